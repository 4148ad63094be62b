package io.newsflow.cli;

import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TransactionalIdAuthorizationException;

/**
 * Kafka client failures that retrying cannot fix, told in one line a person can act on: a refused login, a missing
 * ACL, client settings that make no client. A command stops at the first one, whichever client met it. Kafka's
 * messages name users, topics, groups and files; {@link Secrets} hides any password that would show anyway.
 */
final class KafkaClientErrors {

    private static final String ACL_HINT = " (docs/security.md lists the ACLs each command needs)";

    private KafkaClientErrors() {
    }

    /** @return the one-line message when {@code e} or one of its causes is such a failure */
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
        // Before AuthenticationException, its parent: no login was refused, the client did not trust the broker.
        if (t instanceof SslAuthenticationException) {
            return Optional.of("TLS handshake with the broker failed: " + rootMessage(t)
                    + "; check ssl.truststore.* in --command-config (it must hold the CA that signed the broker's"
                    + " certificate, issued for the host in --bootstrap-server)");
        }
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
            return Optional.of("not authorized to use the processor's transactional ids: " + t.getMessage()
                    + ACL_HINT);
        }
        if (t instanceof AuthorizationException) {
            return Optional.of("not authorized: " + t.getMessage() + ACL_HINT);
        }
        return describeUnusableSettings(t);
    }

    /** Client constructors wrap the reason (a JAAS line, a truststore, a provider) in "Failed to create...". */
    private static Optional<String> describeUnusableSettings(Throwable t) {
        String message = t.getMessage() != null ? t.getMessage() : "";
        boolean construction = t instanceof KafkaException
                && (message.startsWith("Failed to create new Kafka") || message.startsWith("Failed to construct kafka"));
        if (!construction && !(t instanceof ConfigException)) {
            return Optional.empty();
        }
        Throwable root = rootCause(t);
        String reason = root instanceof NoSuchFileException ? "no such file: " + root.getMessage() : rootMessage(t);
        return Optional.of("Kafka client settings that make no client (check --command-config): " + reason);
    }

    /** The innermost reason says what is wrong ("unable to find valid certification path"), the outer ones where. */
    private static String rootMessage(Throwable t) {
        Throwable root = rootCause(t);
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    private static Throwable rootCause(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
