package io.newsflow.cli.status;

import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/** A consumer group's state and member count, as {@code kafka-consumer-groups --describe} shows them. */
record GroupView(String group, String state, int members) {

    static GroupView describe(Admin admin, String group) throws ExecutionException, InterruptedException {
        try {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).describedGroups()
                    .get(group).get();
            return new GroupView(group, description.groupState().toString(), description.members().size());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return new GroupView(group, "NONE", 0);
            }
            throw e;
        }
    }

    boolean active() {
        return members > 0;
    }

    @Override
    public String toString() {
        return group + " (" + state + ", " + members + (members == 1 ? " member)" : " members)");
    }
}
