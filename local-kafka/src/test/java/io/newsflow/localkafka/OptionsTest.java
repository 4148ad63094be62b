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
}
