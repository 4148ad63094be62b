package io.newsflow.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * CPU time of a whole process and of its JIT compiler threads. The compilers are no Java threads that
 * ThreadMXBean lists, so on Linux their share is read from {@code /proc/<pid>/task}; elsewhere it is unknown.
 *
 * @param jit negative when unknown
 */
record ProcessCpu(Duration total, Duration jit) {

    /** Linux reports thread times in clock ticks; 100 per second on every platform the JDK runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    static ProcessCpu of(ProcessHandle process) {
        Duration total = process.info().totalCpuDuration().orElse(Duration.ZERO);
        return new ProcessCpu(total, compilerThreadsTime(process.pid()));
    }

    ProcessCpu minus(ProcessCpu earlier) {
        return new ProcessCpu(total.minus(earlier.total),
                jit.isNegative() || earlier.jit.isNegative() ? Duration.ofNanos(-1) : jit.minus(earlier.jit));
    }

    private static Duration compilerThreadsTime(long pid) {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        if (!Files.isDirectory(tasks)) {
            return Duration.ofNanos(-1);
        }
        long ticks = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : (Iterable<Path>) threads::iterator) {
                ticks += compilerTicks(thread);
            }
        } catch (IOException e) {
            return Duration.ofNanos(-1);
        }
        return Duration.ofNanos(ticks * NANOS_PER_TICK);
    }

    private static long compilerTicks(Path thread) {
        try {
            if (!Files.readString(thread.resolve("comm")).matches("C[12] CompilerThre.*\\s*")) {
                return 0;
            }
            // stat: pid (comm) state ...; utime and stime are fields 14 and 15, i.e. 12 and 13 after the ')'.
            String stat = Files.readString(thread.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException threadGone) {
            return 0;
        }
    }
}
