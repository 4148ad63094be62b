package io.newsflow.ingest;

import io.newsflow.events.Headers;
import io.newsflow.events.JsonSerde;
import io.newsflow.events.MessageSizes;
import io.newsflow.events.RawEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes each article file as one raw event; a bad file is skipped with a reason, never aborting the rest. A
 * refused login or ACL stops the run instead (every later file would be refused alike): {@link #ingest} throws it.
 */
public final class FileIngester implements AutoCloseable {

    /** Told about each file as it is done, e.g. to show progress. Called from the walk and the producer's thread. */
    @FunctionalInterface
    public interface Listener {
        /** @param articleId the id it was published under, null when the file was skipped */
        void fileDone(Path file, String articleId);

        /** Called just before {@code fileDone(file, null)} with the reason, to tell a person at once. */
        default void fileSkipped(Path file, String reason) {
        }
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
        // Articles over Kafka's 1 MiB default are allowed up to the file limit; TopicSetup's topics take as much.
        props.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MessageSizes.MAX_MESSAGE_BYTES);
        return props;
    }

    public IngestSummary ingest(List<Path> paths) {
        return ingest(paths, (file, articleId) -> { });
    }

    public IngestSummary ingest(List<Path> paths, Listener listener) {
        Run run = new Run(listener);
        FileSelector selector = new FileSelector(config.includes(), config.excludes(), config.followLinks());
        for (Path path : paths) {
            if (run.stopped()) {
                break;
            }
            selector.walk(path, file -> {
                run.seen.incrementAndGet();
                publish(file, run);
            }, (file, reason) -> {
                run.seen.incrementAndGet();
                run.skip(file, reason);
            }, run::stopped);
        }
        producer.flush();
        if (run.refused.get() != null) {
            throw new KafkaException("the cluster refused to take articles for " + config.topic() + ": "
                    + run.refused.get().getMessage(), run.refused.get());
        }
        return run.summary();
    }

    /** The counts of one {@link #ingest} call; sends complete on the producer's thread, hence atomics. */
    private final class Run {
        final AtomicInteger seen = new AtomicInteger();
        final AtomicInteger published = new AtomicInteger();
        final List<IngestSummary.Skipped> skipped = Collections.synchronizedList(new ArrayList<>());
        final AtomicBoolean failed = new AtomicBoolean();
        /** A login or ACL problem: every later file would fail the same way, so the run stops. */
        final AtomicReference<Exception> refused = new AtomicReference<>();
        final Listener listener;

        Run(Listener listener) {
            this.listener = listener;
        }

        void skip(Path file, String reason) {
            skipped.add(new IngestSummary.Skipped(file, reason));
            failed.set(true);
            listener.fileSkipped(file, reason);
            listener.fileDone(file, null);
        }

        void fail(Path file, Exception error) {
            if (error instanceof AuthenticationException || error instanceof AuthorizationException) {
                refused.compareAndSet(null, error);
            } else {
                skip(file, "not published: " + error.getMessage());
            }
        }

        boolean stopped() {
            return config.failFast() && failed.get() || refused.get() != null;
        }

        IngestSummary summary() {
            synchronized (skipped) {
                return new IngestSummary(seen.get(), published.get(), skipped, stopped());
            }
        }
    }

    private void publish(Path file, Run run) {
        ArticleFiles.ArticleFile article;
        try {
            article = ArticleFiles.readFile(file, clock.instant(), null, config.maxFileSize());
        } catch (ArticleFiles.Unreadable e) {
            run.skip(file, e.getMessage());
            return;
        }
        RawEvent event = article.event();
        ProducerRecord<String, RawEvent> record = new ProducerRecord<>(config.topic(), event.id(), event);
        record.headers().add(Headers.CONTENT_TYPE, event.contentType().getBytes(StandardCharsets.UTF_8));
        record.headers().add(Headers.SCHEMA_VERSION,
                Integer.toString(event.schemaVersion()).getBytes(StandardCharsets.UTF_8));
        record.headers().add(Headers.SOURCE_CHARSET, article.charset().getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record, (metadata, error) -> {
                if (error == null) {
                    run.published.incrementAndGet();
                    run.listener.fileDone(file, event.id());
                } else {
                    run.fail(file, error);
                }
            });
        } catch (KafkaException e) {
            run.fail(file, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
