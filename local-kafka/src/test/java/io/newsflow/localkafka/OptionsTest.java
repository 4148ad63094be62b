package io.newsflow.localkafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void defaultsAreQuietWithoutExtras() {
        LocalKafkaBroker.Options options = LocalKafkaBroker.Options.defaults();

        assertThat(options.verbose()).isFalse();
        assertThat(options.extraBrokerProperties()).isEmpty();
        assertThat(options.startupTimeout()).isPositive();
    }

    @Test
    void withersCopy() {
        LocalKafkaBroker.Options options = LocalKafkaBroker.Options.defaults()
                .withVerbose(true)
                .withBrokerProperty("num.partitions", "3")
                .withBrokerProperty("num.partitions", "4")
                .withStartupTimeout(Duration.ofSeconds(5));

        assertThat(options).isEqualTo(new LocalKafkaBroker.Options(true, Map.of("num.partitions", "4"), Duration.ofSeconds(5)));
    }

    @Test
    void rejectsANonPositiveTimeout() {
        assertThatThrownBy(() -> LocalKafkaBroker.Options.defaults().withStartupTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scramUsersMakeItSecuredAndMustBeSafeForTheStorageTool() {
        assertThat(LocalKafkaBroker.Options.defaults().secured()).isFalse();
        LocalKafkaBroker.Options secured = LocalKafkaBroker.Options.defaults().withScramUser("alice", "pw-1.x_~");
        assertThat(secured.secured()).isTrue();
        assertThat(secured.withVerbose(true).scramUsers()).containsEntry("alice", "pw-1.x_~");
        assertThatThrownBy(() -> secured.withScramUser("bob", "has,comma]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("has,comma]");
        assertThatThrownBy(() -> secured.withScramUser(ScramSecurity.SUPER_USER, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ScramSecurity.formatArguments(Map.of("alice", "pw")))
                .containsExactly("--add-scram", "SCRAM-SHA-512=[name=alice,password=pw]");
    }

    @Test
    void tlsMakesTheClientListenerSslOrSaslSsl() {
        LocalKafkaBroker.Options options = LocalKafkaBroker.Options.defaults();
        assertThat(options.tls()).isFalse();
        assertThat(options.clientProtocol()).isEqualTo("PLAINTEXT");
        assertThat(options.withTls().clientProtocol()).isEqualTo("SSL");
        assertThat(options.withScramUser("alice", "pw").clientProtocol()).isEqualTo("SASL_PLAINTEXT");
        assertThat(options.withTls().withScramUser("alice", "pw").withVerbose(true).clientProtocol()).isEqualTo("SASL_SSL");
        assertThatThrownBy(() -> LocalKafkaCluster.start(3, options.withTls())).isInstanceOf(IllegalArgumentException.class);
    }
}
