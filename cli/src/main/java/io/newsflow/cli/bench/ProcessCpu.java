package io.newsflow.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of a whole process and of its JIT compiler threads since construction. The compilers are no Java
 * threads that ThreadMXBean lists, so on Linux their share is read from {@code /proc/<pid>/task}; elsewhere it
 * is unknown.
 *
 * <p>The JVM starts compiler threads while its compile queue is long and ends them when they idle
 * (UseDynamicNumberOfCompilerThreads), and an ended thread's time leaves {@code /proc}. So each compiler thread's
 * time is kept from the last {@link #sample()}: call it now and then (a thread is ended only after idling, so
 * little is lost in between).
 */
final class ProcessCpu {

    /** @param jit negative when unknown */
    record Usage(Duration total, Duration jit) {
    }

    /** Linux reports thread times in clock ticks; 100 per second on every platform the JDK runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final ProcessHandle process;
    private final Path tasks;
    private final Duration totalAtStart;
    private final Map<String, Boolean> isCompiler = new HashMap<>();
    private final Map<String, Long> ticksAtStart = new HashMap<>();
    private final Map<String, Long> ticksLastSeen = new HashMap<>();
    private boolean started;
    private boolean jitUnknown;

    ProcessCpu(ProcessHandle process) {
        this(process, Path.of("/proc", Long.toString(process.pid()), "task"));
    }

    /** @param tasks the process's {@code /proc/<pid>/task} */
    ProcessCpu(ProcessHandle process, Path tasks) {
        this.process = process;
        this.tasks = tasks;
        totalAtStart = totalNow();
        sample();
        started = true;
    }

    /** Reads the compiler threads' times. */
    synchronized void sample() {
        if (jitUnknown || !Files.isDirectory(tasks)) {
            jitUnknown = true;
            return;
        }
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : (Iterable<Path>) threads::iterator) {
                String id = thread.getFileName().toString();
                if (isCompiler.computeIfAbsent(id, unused -> isCompilerThread(thread))) {
                    long ticks = ticks(thread);
                    if (ticks >= 0) {
                        ticksLastSeen.put(id, ticks);
                        // A compiler thread started after this meter counts from zero.
                        ticksAtStart.putIfAbsent(id, started ? 0 : ticks);
                    }
                }
            }
        } catch (IOException e) {
            jitUnknown = true;
        }
    }

    /** CPU used since construction; samples once more first. */
    synchronized Usage sinceStart() {
        sample();
        long ticks = 0;
        for (Map.Entry<String, Long> thread : ticksLastSeen.entrySet()) {
            ticks += thread.getValue() - ticksAtStart.get(thread.getKey());
        }
        return new Usage(totalNow().minus(totalAtStart),
                jitUnknown ? Duration.ofNanos(-1) : Duration.ofNanos(ticks * NANOS_PER_TICK));
    }

    private Duration totalNow() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static boolean isCompilerThread(Path thread) {
        try {
            return Files.readString(thread.resolve("comm")).matches("C[12] CompilerThre.*\\s*");
        } catch (IOException threadGone) {
            return false;
        }
    }

    /** @return the thread's user and system time in ticks, or -1 when it has ended */
    private static long ticks(Path thread) {
        try {
            // stat: pid (comm) state ...; utime and stime are fields 14 and 15, i.e. 12 and 13 after the ')'.
            String stat = Files.readString(thread.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException threadGone) {
            return -1;
        }
    }
}
