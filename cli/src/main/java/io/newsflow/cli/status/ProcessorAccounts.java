package io.newsflow.cli.status;

import io.newsflow.cli.TopicContents;
import io.newsflow.events.Json;
import io.newsflow.events.PartitionAccount;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.IntegerDeserializer;

/** The processor's accounts, read from the changelog of its {@code accounting} store. */
final class ProcessorAccounts {

    private ProcessorAccounts() {
    }

    static String changelogTopic(String applicationId) {
        return applicationId + "-accounting-changelog";
    }

    /** The latest account of each raw partition of the topic; the changelog topic must exist. */
    static Map<Integer, PartitionAccount> read(Admin admin, Map<String, Object> settings, String applicationId,
            String rawTopic) throws ExecutionException, InterruptedException {
        String changelog = changelogTopic(applicationId);
        List<TopicPartition> partitions = admin.describeTopics(List.of(changelog)).allTopicNames().get()
                .get(changelog).partitions().stream().map(p -> new TopicPartition(changelog, p.partition())).toList();
        Map<Integer, PartitionAccount> accounts = new TreeMap<>();
        TopicContents.readAll(settings, partitions, new IntegerDeserializer(), record -> {
            if (record.value() == null) {
                accounts.remove(record.key());
                return;
            }
            try {
                PartitionAccount account = Json.MAPPER.readValue(record.value(), PartitionAccount.class);
                if (account.rawTopic().equals(rawTopic)) {
                    accounts.put(record.key(), account);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("unreadable account at " + record.topic() + "-" + record.partition()
                        + "@" + record.offset(), e);
            }
        });
        return accounts;
    }
}
