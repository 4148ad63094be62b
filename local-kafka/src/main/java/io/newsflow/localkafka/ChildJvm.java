package io.newsflow.localkafka;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Launches {@link BrokerMain} in a child JVM running the same Java and class path as this one. */
final class ChildJvm {

    /** How much of the machine one broker JVM may take. */
    enum Sizing {
        /** The GC settings of Kafka's own start scripts: the benchmarks measure this broker. */
        SINGLE_BROKER(List.of("-Xmx512m", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20",
                "-XX:InitiatingHeapOccupancyPercent=35", "-XX:+ExplicitGCInvokesConcurrent")),
        /**
         * Several of these start at once, on machines with two cores: the optimising compiler and G1's
         * threads would make them fight for the CPU for half a minute before any serves a client.
         */
        CLUSTER_NODE(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));

        private final List<String> jvmOptions;

        Sizing(List<String> jvmOptions) {
            this.jvmOptions = jvmOptions;
        }
    }

    private ChildJvm() {
    }

    /**
     * @param clusterIdToFormat format the storage with this cluster id first; {@code null} to skip
     *                          (restarts)
     * @return the started process; its stdin is left open on purpose, see {@link BrokerMain}
     */
    static Process launchBroker(BrokerFiles files, Sizing sizing, boolean verbose, String clusterIdToFormat) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(sizing.jvmOptions);
        command.addAll(List.of(
                "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + files.log4jConfig(),
                "@" + files.classpathArgFile(),
                BrokerMain.class.getName(),
                files.serverProperties().toString()));
        if (clusterIdToFormat != null) {
            command.add(clusterIdToFormat);
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(files.root().toFile());
        if (verbose) {
            builder.redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT);
        } else {
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(files.logFile().toFile()));
        }
        try {
            Files.writeString(files.classpathArgFile(), ChildClasspath.argFileLine(ChildClasspath.current()));
            if (!verbose) {
                Files.writeString(files.logFile(), "### " + Instant.now() + " starting: " + String.join(" ", command)
                        + System.lineSeparator(), StandardOpenOption.APPEND);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the local Kafka broker JVM: " + String.join(" ", command), e);
        }
    }

    /**
     * {@code java.home} first: under a native launcher (jpackage) the current process's command is
     * the launcher, not {@code java}.
     */
    static String javaExecutable() {
        String name = File.separatorChar == '\\' ? "java.exe" : "java";
        Path fromJavaHome = Path.of(System.getProperty("java.home"), "bin", name);
        if (Files.isExecutable(fromJavaHome)) {
            return fromJavaHome.toString();
        }
        return ProcessHandle.current().info().command().orElse(name);
    }
}
