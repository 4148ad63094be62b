package io.newsflow.localkafka;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The class path a child JVM needs to run the same code as this one.
 *
 * <p>It is passed in an argument file: a Maven test class path is dozens of long paths, beyond
 * Windows' command-line limit and unreadable in {@code ps} everywhere.
 */
final class ChildClasspath {

    private ChildClasspath() {
    }

    /** @return this JVM's class path, absolute, with a lone launcher jar expanded (see {@link #resolve}) */
    static List<Path> current() {
        return resolve(System.getProperty("java.class.path", ""));
    }

    /**
     * When the class path is a single jar, its manifest {@code Class-Path} entries are appended:
     * Surefire/Failsafe and IDEs may launch tests through a manifest-only "booter" jar whose own
     * content is empty, and {@code java -jar app.jar} may carry its libraries the same way. A shaded
     * jar has no {@code Class-Path} and is used as it is. With several entries the JVM has been given
     * the real class path already.
     */
    static List<Path> resolve(String classPath) {
        Set<Path> entries = new LinkedHashSet<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry).toAbsolutePath().normalize());
            }
        }
        if (entries.size() == 1) {
            Path only = entries.iterator().next();
            if (Files.isRegularFile(only)) {
                entries.addAll(manifestClassPath(only));
            }
        }
        return List.copyOf(entries);
    }

    /** @return the line {@code -cp "<entries>"} in the JDK's argument-file syntax */
    static String argFileLine(List<Path> entries) {
        List<String> paths = new ArrayList<>();
        entries.forEach(path -> paths.add(path.toString()));
        String joined = String.join(File.pathSeparator, paths);
        // Inside quotes, argument files treat backslash as an escape (Windows paths).
        return "-cp \"" + joined.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n";
    }

    private static List<Path> manifestClassPath(Path jar) {
        try (JarFile jarFile = new JarFile(jar.toFile())) {
            Manifest manifest = jarFile.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath == null || classPath.isBlank()) {
                return List.of();
            }
            List<Path> entries = new ArrayList<>();
            URI base = jar.toUri();
            for (String url : classPath.trim().split("\\s+")) {
                // Entries are URLs relative to the jar (Surefire writes them percent-encoded).
                entries.add(Path.of(base.resolve(url)).normalize());
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the manifest of " + jar, e);
        }
    }
}
