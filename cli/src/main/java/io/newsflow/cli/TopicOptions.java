package io.newsflow.cli;

import io.newsflow.events.TopicNames;
import picocli.CommandLine.Option;

/** Topic names, configurable so several pipelines can share a cluster. */
final class TopicOptions {

    @Option(names = "--raw-topic", paramLabel = "NAME", defaultValue = TopicNames.DEFAULT_RAW,
            description = "Raw articles topic (default: ${DEFAULT-VALUE}).")
    String raw;

    @Option(names = "--enriched-topic", paramLabel = "NAME", defaultValue = TopicNames.DEFAULT_ENRICHED,
            description = "Enriched articles topic (default: ${DEFAULT-VALUE}).")
    String enriched;

    @Option(names = "--dlq-topic", paramLabel = "NAME", defaultValue = TopicNames.DEFAULT_DEAD_LETTER,
            description = "Dead-letter topic (default: ${DEFAULT-VALUE}).")
    String deadLetter;

    TopicNames names() {
        return new TopicNames(raw, enriched, deadLetter);
    }
}
