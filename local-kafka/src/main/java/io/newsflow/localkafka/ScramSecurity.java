package io.newsflow.localkafka;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Collection;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;

/**
 * The secured mode of a local broker: SASL/SCRAM-SHA-512 on the client listener, ACLs enforced by KRaft's
 * {@code StandardAuthorizer}, and a super user ({@value #SUPER_USER}) that the broker itself and the test's own
 * admin client use. Users exist from the first start: the storage is formatted with their credentials.
 */
public final class ScramSecurity {

    /** The SASL mechanism of the client listener. */
    public static final String MECHANISM = "SCRAM-SHA-512";

    /** The super user: inter-broker traffic and administration (topics, ACLs, users). */
    public static final String SUPER_USER = "admin";

    /** The client listener's protocol without TLS; with TLS it is {@code SASL_SSL}. */
    static final String LISTENER = "SASL_PLAINTEXT";

    /** The storage tool's --add-scram syntax has no quoting: keep names and passwords to safe characters. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._~-]+");

    private ScramSecurity() {
    }

    /**
     * Creates the ACLs and returns once the broker enforces them. The controller answers when it has committed
     * them, and a broker applies them from its metadata a moment later: a client using them at once could still be
     * refused (it happened on a loaded machine). The broker's own DescribeAcls answers from what it applies.
     *
     * @throws IllegalStateException when the broker has not applied them within {@code timeout}
     */
    public static void grant(Admin admin, Collection<AclBinding> acls, Duration timeout)
            throws ExecutionException, InterruptedException {
        admin.createAcls(acls).all().get();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!admin.describeAcls(AclBindingFilter.ANY).values().get().containsAll(acls)) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("the broker did not apply " + acls + " within " + timeout);
            }
            Thread.sleep(50);
        }
    }

    /**
     * @return the client settings that log in as {@code user}: {@code security.protocol}, {@code sasl.mechanism}
     *         and {@code sasl.jaas.config}, as a client.properties file of a secured cluster holds them
     */
    public static Map<String, Object> clientSettings(String user, String password) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("security.protocol", LISTENER);
        settings.put("sasl.mechanism", MECHANISM);
        settings.put("sasl.jaas.config", jaasConfig(user, password));
        return settings;
    }

    static void requireSafe(String what, String value) {
        if (value == null || !SAFE.matcher(value).matches()) {
            throw new IllegalArgumentException("SCRAM " + what + " must be letters, digits or ._~- only");
        }
    }

    static String newPassword() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * Broker settings for SCRAM on the client listener, named after its protocol {@code listener}
     * ({@code SASL_PLAINTEXT} or {@code SASL_SSL}, see {@link BrokerProperties#clientListener}). The controller
     * listener stays PLAINTEXT on loopback, so the broker's requests to its own controller come as
     * {@code User:ANONYMOUS}, which must be a super user; clients cannot be anonymous, as the client port speaks
     * only SASL.
     */
    static Map<String, String> brokerProperties(String listener, String superUserPassword) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("sasl.enabled.mechanisms", MECHANISM);
        p.put("sasl.mechanism.inter.broker.protocol", MECHANISM);
        p.put("listener.name." + listener.toLowerCase(Locale.ROOT) + "."
                + MECHANISM.toLowerCase(Locale.ROOT) + ".sasl.jaas.config",
                jaasConfig(SUPER_USER, superUserPassword));
        p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.put("super.users", "User:" + SUPER_USER + ";User:ANONYMOUS");
        p.put("allow.everyone.if.no.acl.found", "false");
        return p;
    }

    /** @return the storage tool's arguments that create each user's credentials when formatting */
    static List<String> formatArguments(Map<String, String> users) {
        List<String> arguments = new ArrayList<>();
        users.forEach((name, password) -> {
            arguments.add("--add-scram");
            arguments.add(MECHANISM + "=[name=" + name + ",password=" + password + "]");
        });
        return arguments;
    }

    private static String jaasConfig(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }
}
