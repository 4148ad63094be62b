package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void shouldHideThePasswordsOfAJaasLineAndOfPasswordSettingsButNotOtherValues() {
        Secrets.rememberFrom(Map.of(
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                        + "username=\"newsflow\" password=\"jaas-pw-1\";",
                "ssl.truststore.password", "trust-pw-2",
                "ssl.truststore.location", "/etc/newsflow/truststore.p12"));

        assertThat(Secrets.hide("login failed: password=\"jaas-pw-1\" and trust-pw-2 in /etc/newsflow/truststore.p12"))
                .isEqualTo("login failed: password=\"[hidden]\" and [hidden] in /etc/newsflow/truststore.p12");
        assertThat(Secrets.hide("username=\"newsflow\"")).isEqualTo("username=\"newsflow\"");
    }
}
