package io.newsflow.cli.replay;

import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/**
 * A consumer group's state and member count, as {@code kafka-consumer-groups --describe} shows them; the state is
 * null when the group does not exist (it never committed, or was deleted).
 */
public record GroupView(String group, GroupState state, int members) {

    public static GroupView describe(Admin admin, String group) throws ExecutionException, InterruptedException {
        try {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).describedGroups()
                    .get(group).get();
            return new GroupView(group, description.groupState(), description.members().size());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return new GroupView(group, null, 0);
            }
            throw e;
        }
    }

    /** No member, and none joining: nothing would commit over offsets moved now. */
    public boolean idle() {
        return members == 0 && (state == null || state == GroupState.EMPTY || state == GroupState.DEAD);
    }

    @Override
    public String toString() {
        return group + " (" + (state == null ? "NONE" : state) + ", " + members
                + (members == 1 ? " member)" : " members)");
    }
}
