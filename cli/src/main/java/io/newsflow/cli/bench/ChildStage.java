package io.newsflow.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * One pipeline stage as people run it, {@code newsflow ...} in a JVM of its own, with the moments it is to be
 * killed: once its output has passed a planned count and it has done work since its last start, it is killed
 * with SIGKILL after a planned delay and started again at once, as a supervisor would.
 */
final class ChildStage implements AutoCloseable {

    /** Kill number {@code n} comes once the stage's progress has reached {@code atProgress}, {@code delayMillis} later. */
    record PlannedKill(long atProgress, long delayMillis) {
    }

    private final String name;
    private final List<String> command;
    private final Path logDir;
    private final LongSupplier progress;
    private final Deque<PlannedKill> plan;
    private Process process;
    private int starts;
    private int kills;
    private long progressAtStart;
    private long killAtNanos;
    private Duration cpu = Duration.ZERO;

    /**
     * @param command  the whole command line, {@code java ... io.newsflow.cli.Newsflow process ...}
     * @param progress how far the stage has got: records it has written, in any unit that only grows
     */
    ChildStage(String name, List<String> command, Path logDir, LongSupplier progress, List<PlannedKill> plan) {
        this.name = name;
        this.command = List.copyOf(command);
        this.logDir = logDir;
        this.progress = progress;
        this.plan = new ArrayDeque<>(plan);
    }

    String name() {
        return name;
    }

    int kills() {
        return kills;
    }

    boolean killsLeft() {
        return !plan.isEmpty();
    }

    long progress() {
        return progress.getAsLong();
    }

    /**
     * How many articles ingest may have published so that this stage's next planned kill can still come: enough
     * to reach its planned progress and to write beyond what it had written when it last started, plus
     * {@code margin} so that it still has work in hand when killed. Unlimited once no kill is left.
     */
    long ingestAllowance(long margin) {
        PlannedKill next = plan.peek();
        return next == null ? Long.MAX_VALUE : Math.max(next.atProgress(), progressAtStart + 1) + margin;
    }

    void start() throws IOException {
        starts++;
        progressAtStart = progress();
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logDir.resolve(name + "-" + starts + ".log").toFile()).start();
    }

    /**
     * Kills and restarts the stage when its next planned moment has come; fails if it died on its own.
     *
     * @return whether it was killed and restarted now
     */
    boolean step() throws IOException, InterruptedException {
        requireAlive();
        if (plan.isEmpty()) {
            return false;
        }
        if (killAtNanos == 0) {
            long now = progress();
            // Only a stage that has written something since it started is killed mid-work, not mid-start.
            if (now >= plan.peek().atProgress() && now > progressAtStart) {
                killAtNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(plan.peek().delayMillis());
            }
        } else if (System.nanoTime() - killAtNanos >= 0) {
            plan.remove();
            killAtNanos = 0;
            addCpuTime();
            process.destroyForcibly(); // SIGKILL: no shutdown hook, nothing flushed or committed
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " still running 30 s after SIGKILL");
            }
            kills++;
            start();
            return true;
        }
        return false;
    }

    /** CPU time of its runs so far, up to each run's kill or stop (the last moments of a stopping JVM left out). */
    Duration cpu() {
        return cpu;
    }

    private void addCpuTime() {
        cpu = cpu.plus(process.info().totalCpuDuration().orElse(Duration.ZERO));
    }

    void requireAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited on its own with code " + process.exitValue()
                    + "; the end of its log:\n" + logTail());
        }
    }

    /** SIGTERM, as an operator stops a stage: it commits what it holds and leaves. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            addCpuTime();
            process.toHandle().destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " did not stop within 60 s of SIGTERM");
            }
        }
    }

    /** The last lines of the current run's log, to say why a stage failed. */
    String logTail() {
        Path log = logDir.resolve(name + "-" + starts + ".log");
        try {
            Deque<String> tail = new ArrayDeque<>();
            for (String line : Files.readAllLines(log)) {
                tail.addLast(line);
                if (tail.size() > 30) {
                    tail.removeFirst();
                }
            }
            return String.join("\n", new ArrayList<>(tail));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroyForcibly();
        }
    }
}
