package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLHandshakeException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.junit.jupiter.api.Test;

class KafkaClientErrorsTest {

    @Test
    void aTlsHandshakeFailureNamesTheTruststoreAndTheJdksReasonNotALogin() {
        // As the admin client of the connectivity check reports a broker whose certificate it does not trust.
        SSLHandshakeException handshake = new SSLHandshakeException("PKIX path building failed");
        handshake.initCause(new IllegalStateException("unable to find valid certification path to requested target"));
        Throwable e = new UserError("cannot talk to Kafka", new ExecutionException(
                new SslAuthenticationException("SSL handshake failed", handshake)));

        assertThat(KafkaClientErrors.describe(e)).hasValueSatisfying(line -> assertThat(line)
                .startsWith("TLS handshake with the broker failed: unable to find valid certification path")
                .contains("check ssl.truststore.* in --command-config")
                .doesNotContain("refused the login"));
    }

    @Test
    void aRefusedSaslLoginStaysALoginRefusal() {
        assertThat(KafkaClientErrors.describe(new SaslAuthenticationException("invalid credentials")))
                .hasValueSatisfying(line -> assertThat(line).startsWith("Kafka refused the login: invalid credentials"));
    }
}
