package io.newsflow.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The passwords this process was given (in --command-config, --jdbc-password-file), so that an error message that
 * happens to quote one, from Kafka, a driver or a JAAS parser, is printed with {@value #HIDDEN} in its place.
 * Kafka's own logs hide its password-typed settings already.
 */
final class Secrets {

    static final String HIDDEN = "[hidden]";

    private static final Pattern JAAS_OPTION = Pattern.compile("(?i)(password|secret|token)\\s*=\\s*\"?([^\\s\";]+)");
    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

    private Secrets() {
    }

    /** Remembers the values of the secret settings among these Kafka client settings. */
    static void rememberFrom(Map<String, ?> settings) {
        settings.forEach((key, value) -> {
            String name = key.toLowerCase(Locale.ROOT);
            if (value == null) {
                return;
            }
            if (name.endsWith("password") || name.endsWith(".secret") || name.endsWith("jaas.config")) {
                remember(value.toString());
                Matcher option = JAAS_OPTION.matcher(value.toString());
                while (option.find()) {
                    remember(option.group(2));
                }
            }
        });
    }

    static void remember(String secret) {
        if (secret != null && secret.length() >= 3) {
            KNOWN.add(secret);
        }
    }

    /** @return the text with every remembered secret replaced, longest first (a password inside a JAAS line) */
    static String hide(String text) {
        if (text == null) {
            return null;
        }
        String hidden = text;
        for (String secret : KNOWN.stream().sorted((a, b) -> b.length() - a.length()).toList()) {
            hidden = hidden.replace(secret, HIDDEN);
        }
        return hidden;
    }
}
