package io.newsflow.localkafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The TLS mode of a local broker: the client listener speaks TLS ({@code SSL}, or {@code SASL_SSL} with SCRAM users)
 * with a certificate for {@code localhost} and {@code 127.0.0.1} signed by a certificate authority made for this
 * broker alone, so a client trusts it only through the truststore this mode writes (PKCS12, beside the broker's
 * data). The controller listener stays plaintext on loopback.
 *
 * <p>The JDK's {@code keytool} makes the stores in child processes: the JDK has no public API that signs a
 * certificate, and a library for it would be a test-only dependency of every module using the broker.
 */
public final class TlsSecurity {

    /** The environment variable through which keytool gets the store password: not on its command line. */
    private static final String PASSWORD_VARIABLE = "NEWSFLOW_STORE_PASSWORD";

    private final Path keystore;
    private final Path truststore;
    private final String password;

    private TlsSecurity(Path keystore, Path truststore, String password) {
        this.keystore = keystore;
        this.truststore = truststore;
        this.password = password;
    }

    /**
     * Makes a certificate authority, the broker's key and certificate signed by it, and a truststore holding only
     * the authority, in {@code directory}; all stores share one random password.
     */
    static TlsSecurity create(Path directory) {
        Path dir = directory.toAbsolutePath();
        TlsSecurity tls = new TlsSecurity(dir.resolve("broker-keystore.p12"), dir.resolve("truststore.p12"),
                ScramSecurity.newPassword());
        Path ca = dir.resolve("ca.p12");
        Path caCertificate = dir.resolve("ca.pem");
        Path request = dir.resolve("broker.csr");
        Path signed = dir.resolve("broker.pem");
        String validity = "7";
        tls.keytool("-genkeypair", "-alias", "ca", "-dname", "CN=newsflow local test CA", "-ext", "bc:c",
                "-keyalg", "EC", "-validity", validity, "-keystore", ca.toString());
        tls.keytool("-genkeypair", "-alias", "broker", "-dname", "CN=localhost", "-keyalg", "EC",
                "-validity", validity, "-keystore", tls.keystore.toString());
        tls.keytool("-certreq", "-alias", "broker", "-keystore", tls.keystore.toString(), "-file", request.toString());
        tls.keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", ca.toString(), "-file", caCertificate.toString());
        tls.keytool("-gencert", "-rfc", "-alias", "ca", "-keystore", ca.toString(), "-infile", request.toString(),
                "-outfile", signed.toString(), "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", validity);
        try {
            // The reply carries the whole chain, so keytool needs no trusted copy of the authority to install it.
            Files.writeString(signed, Files.readString(caCertificate) + Files.readString(signed));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the local broker's certificate chain in " + dir, e);
        }
        tls.keytool("-importcert", "-noprompt", "-alias", "broker", "-keystore", tls.keystore.toString(),
                "-file", signed.toString());
        tls.keytool("-importcert", "-noprompt", "-alias", "ca", "-keystore", tls.truststore.toString(),
                "-file", caCertificate.toString());
        return tls;
    }

    /**
     * @return the {@code ssl.truststore.*} settings that make a client trust the broker; {@code security.protocol}
     *         is the caller's ({@code SSL} or {@code SASL_SSL})
     */
    public Map<String, Object> trustSettings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("ssl.truststore.location", truststore.toString());
        settings.put("ssl.truststore.password", password);
        settings.put("ssl.truststore.type", "PKCS12");
        return settings;
    }

    /** The broker's own key and certificate; the truststore too, for its connections to its own listener. */
    Map<String, String> brokerProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("ssl.keystore.location", keystore.toString());
        p.put("ssl.keystore.password", password);
        p.put("ssl.keystore.type", "PKCS12");
        trustSettings().forEach((key, value) -> p.put(key, value.toString()));
        return p;
    }

    private void keytool(String... arguments) {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        // C1 and the serial collector: each run is short, and they start one after another.
        List<String> command = new ArrayList<>(List.of(keytool.toString(), "-J-XX:TieredStopAtLevel=1",
                "-J-XX:+UseSerialGC"));
        command.addAll(List.of(arguments));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass:env", PASSWORD_VARIABLE));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(PASSWORD_VARIABLE, password);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new LocalKafkaException("keytool " + arguments[0] + " failed for the local broker's TLS stores: "
                        + output.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + keytool, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalKafkaException("Interrupted while making the local broker's TLS stores", e);
        }
    }
}
