package io.newsflow.processor;

import io.newsflow.events.JsonSerde;
import io.newsflow.events.PartitionAccount;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Counts each outcome against the raw partition and offset it came from ({@link PartitionAccount}), then passes it
 * on unchanged. It runs in the task that read the raw record, so the count, the outputs and the consumed offset
 * are committed in one transaction: after any crash they still agree.
 */
final class AccountingProcessor implements FixedKeyProcessor<String, Outcome, Outcome> {

    /** Its changelog, {@code <application-id>-accounting-changelog}, is what {@code newsflow status} reads. */
    static final String STORE = "accounting";

    /**
     * With a record cache: the account of a partition changes with every record, but only its value at each
     * commit is written (to the store and the changelog, in the commit's transaction), one record per commit
     * instead of one per raw record; {@code status} reads only the latest anyway.
     */
    static StoreBuilder<KeyValueStore<Integer, PartitionAccount>> accountsStore() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.Integer(),
                new JsonSerde<>(PartitionAccount.class)).withCachingEnabled();
    }

    private FixedKeyProcessorContext<String, Outcome> context;
    private KeyValueStore<Integer, PartitionAccount> accounts;
    /**
     * Each partition's account as this task last read or put it, so each record costs no store read: the cache
     * keeps values as bytes, and reading the account back as JSON for every record took 2% of the stream threads.
     * Emptied in init, which Kafka Streams calls again whenever it restores the store (e.g. after an aborted
     * transaction).
     */
    private final Map<Integer, PartitionAccount> latest = new HashMap<>();

    @Override
    public void init(FixedKeyProcessorContext<String, Outcome> context) {
        this.context = context;
        this.accounts = context.getStateStore(STORE);
        latest.clear();
    }

    @Override
    public void process(FixedKeyRecord<String, Outcome> record) {
        RecordMetadata where = context.recordMetadata().orElseThrow();
        String reason = record.value() instanceof Outcome.DeadLettered dead ? dead.letter().reason() : null;
        PartitionAccount after = PartitionAccount.count(latest.computeIfAbsent(where.partition(), accounts::get),
                where.topic(), where.partition(), where.offset(), reason);
        accounts.put(where.partition(), after);
        latest.put(where.partition(), after);
        context.forward(record);
    }
}
