package io.newsflow.cli;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TransactionalIdAuthorizationException;

/**
 * Kafka's authentication and authorization failures, told in one line a person can act on. Retrying cannot fix
 * them, so a command stops at the first one, whichever client met it. Kafka's messages name users, topics and
 * groups, never a password.
 */
final class AccessErrors {

    private static final String ACL_HINT = " (docs/security.md lists the ACLs each command needs)";

    private AccessErrors() {
    }

    /** @return the one-line message when {@code e} or one of its causes is an access failure */
    static Optional<String> describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<String> message = describeOne(t);
            if (message.isPresent()) {
                return message;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> describeOne(Throwable t) {
        if (t instanceof AuthenticationException) {
            return Optional.of("Kafka refused the login: " + t.getMessage()
                    + "; check sasl.jaas.config and the TLS settings in --command-config");
        }
        if (t instanceof TopicAuthorizationException topics && !topics.unauthorizedTopics().isEmpty()) {
            Set<String> names = new TreeSet<>(topics.unauthorizedTopics());
            return Optional.of("not authorized to use topic" + (names.size() > 1 ? "s " : " ")
                    + String.join(", ", names) + ACL_HINT);
        }
        if (t instanceof GroupAuthorizationException group && group.groupId() != null) {
            return Optional.of("not authorized to use consumer group " + group.groupId() + ACL_HINT);
        }
        if (t instanceof TransactionalIdAuthorizationException) {
            return Optional.of("not authorized to use the processor's transactional ids: " + t.getMessage() + ACL_HINT);
        }
        if (t instanceof AuthorizationException) {
            return Optional.of("not authorized: " + t.getMessage() + ACL_HINT);
        }
        return Optional.empty();
    }
}
