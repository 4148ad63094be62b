package io.newsflow.ingest;

import io.newsflow.events.Headers;
import io.newsflow.events.JsonSerde;
import io.newsflow.events.RawEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes each article file as one raw event; a bad file is skipped with a reason, never aborting the rest. */
public final class FileIngester implements AutoCloseable {

    /** Told about each file as it is done, e.g. to show progress. */
    @FunctionalInterface
    public interface Listener {
        /** @param articleId the id it was published under, null when the file was skipped */
        void fileDone(Path file, String articleId);
    }

    private final IngestConfig config;
    private final Producer<String, RawEvent> producer;
    private final Clock clock;

    public FileIngester(IngestConfig config) {
        this(config, Clock.systemUTC());
    }

    FileIngester(IngestConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.producer = new KafkaProducer<>(producerProperties(config.kafka()), new StringSerializer(),
                new JsonSerde<>(RawEvent.class).serializer());
    }

    static Map<String, Object> producerProperties(Map<String, Object> kafka) {
        Map<String, Object> props = new HashMap<>(kafka);
        // The raw topic is the system of record: a file counts as published only once every replica has it,
        // and a retried send must not duplicate it.
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-ingest");
        return props;
    }

    public IngestSummary ingest(List<Path> paths) {
        return ingest(paths, (file, articleId) -> { });
    }

    public IngestSummary ingest(List<Path> paths, Listener listener) {
        FileSelector selector = new FileSelector(config.includes(), config.excludes());
        AtomicInteger seen = new AtomicInteger();
        AtomicInteger published = new AtomicInteger();
        List<IngestSummary.Skipped> skipped = Collections.synchronizedList(new ArrayList<>());
        for (Path path : paths) {
            selector.walk(path, file -> {
                seen.incrementAndGet();
                publish(file, published, skipped, listener);
            }, (file, reason) -> {
                seen.incrementAndGet();
                skipped.add(new IngestSummary.Skipped(file, reason));
                listener.fileDone(file, null);
            });
        }
        producer.flush();
        synchronized (skipped) {
            return new IngestSummary(seen.get(), published.get(), skipped);
        }
    }

    private void publish(Path file, AtomicInteger published, List<IngestSummary.Skipped> skipped, Listener listener) {
        RawEvent event;
        try {
            event = ArticleFiles.read(file, clock.instant());
        } catch (ArticleFiles.Unreadable e) {
            skipped.add(new IngestSummary.Skipped(file, e.getMessage()));
            listener.fileDone(file, null);
            return;
        }
        ProducerRecord<String, RawEvent> record = new ProducerRecord<>(config.topic(), event.id(), event);
        record.headers().add(Headers.CONTENT_TYPE, event.contentType().getBytes(StandardCharsets.UTF_8));
        record.headers().add(Headers.SCHEMA_VERSION,
                Integer.toString(event.schemaVersion()).getBytes(StandardCharsets.UTF_8));
        producer.send(record, (metadata, error) -> {
            if (error == null) {
                published.incrementAndGet();
            } else {
                skipped.add(new IngestSummary.Skipped(file, "not published: " + error.getMessage()));
            }
            listener.fileDone(file, error == null ? event.id() : null);
        });
    }

    @Override
    public void close() {
        producer.close();
    }
}
