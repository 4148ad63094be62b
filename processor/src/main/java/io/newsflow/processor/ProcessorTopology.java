package io.newsflow.processor;

import io.newsflow.events.DeadLetter;
import io.newsflow.events.EnrichedArticle;
import io.newsflow.events.Topic;
import io.newsflow.processor.extract.ArticleExtractor;
import java.time.Clock;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * raw -> (enriched | dead-letter): a pure function of the config, testable without a broker.
 *
 * <p>Two steps: decoding, the duplicate check and extraction run in parallel on the raw topic's partitions;
 * enriched articles then pass through a one-partition internal topic to the near-duplicate linker, so that
 * every article is compared with every other, whichever raw partition it came from. Linking is a few store
 * lookups per article, far cheaper than extraction, so one task keeps up with all the others. The link topic
 * carries each article's final JSON ({@link UnlinkedArticle}), written once: the linker only appends its story.
 */
public final class ProcessorTopology {

    private ProcessorTopology() {
    }

    public static Topology build(ProcessorConfig config) {
        return build(config, new ArticleExtractor()::extract, Clock.systemUTC());
    }

    public static Topology build(ProcessorConfig config, Extractor extractor, Clock clock) {
        Topic<String, EnrichedArticle> enriched = config.topics().enrichedTopic();
        Topic<String, DeadLetter> deadLetter = config.topics().deadLetterTopic();
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(EnrichProcessor.enrichedVersionsStore());
        builder.addStateStore(NearDuplicateLinker.bandIndexStore(config.nearDuplicates()));
        builder.addStateStore(NearDuplicateLinker.storiesStore());
        builder.addStateStore(AccountingProcessor.accountsStore());

        // Raw values are read as bytes: any producer may write there, and undecodable input must reach the
        // dead-letter topic as a value instead of failing the deserializer.
        KStream<String, Outcome> outcomes = builder
                .stream(config.topics().raw(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("raw"))
                .process(() -> new EnrichProcessor(extractor, config.processorVersion(), clock), Named.as("enrich"),
                        EnrichProcessor.ENRICHED_VERSIONS)
                .processValues(AccountingProcessor::new, Named.as("account"), AccountingProcessor.STORE);

        outcomes.split(Named.as("outcome-"))
                .branch((key, outcome) -> outcome instanceof Outcome.Enriched, Branched.withConsumer(stream -> stream
                        .mapValues(outcome -> UnlinkedArticle.of(((Outcome.Enriched) outcome).article()),
                                Named.as("article"))
                        .repartition(Repartitioned.with(enriched.keySerde(), new UnlinkedArticleSerde())
                                .withName("link").withNumberOfPartitions(1))
                        .process(() -> new NearDuplicateLinker(config.nearDuplicates()),
                                Named.as("link-near-duplicates"), NearDuplicateLinker.BANDS, NearDuplicateLinker.STORIES)
                        .to(enriched.name(), Produced.with(enriched.keySerde(), Serdes.ByteArray())
                                .withName("enriched"))))
                .defaultBranch(Branched.withConsumer(stream -> stream
                        .mapValues(outcome -> ((Outcome.DeadLettered) outcome).letter(), Named.as("letter"))
                        .to(deadLetter.name(), Produced.with(deadLetter.keySerde(), deadLetter.valueSerde())
                                .withName("dead-letter"))));
        return builder.build();
    }
}
