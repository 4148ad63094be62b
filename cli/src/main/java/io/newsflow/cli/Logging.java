package io.newsflow.cli;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/** Kafka's clients log plenty at INFO; people running a command want only their own output unless asked. */
final class Logging {

    private static volatile boolean verbose;

    private Logging() {
    }

    static boolean verbose() {
        return verbose;
    }

    static void configure(boolean verbose) {
        Logging.verbose = verbose;
        Configurator.setRootLevel(verbose ? Level.INFO : Level.ERROR);
        // A refused login or a missing ACL makes Kafka's clients log it several times over, with stack traces from
        // their own threads; the command says it once, in one line (KafkaClientErrors), and stops.
        Configurator.setLevel("org.apache.kafka", verbose ? Level.INFO : Level.OFF);
        Configurator.setLevel("io.newsflow", verbose ? Level.DEBUG : Level.WARN);
    }
}
