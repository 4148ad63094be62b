package io.newsflow.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * CPU time spent during one run, split where it was spent: the stage's own threads (stream threads and their
 * producers), this whole JVM (also ingest, the sink or reader, the JIT compilers and GC) and the broker. On a
 * shared machine wall-clock rates move with the other work; CPU per article does not, much.
 */
final class CpuMeter {

    /** CPU of one run. */
    record Usage(Duration stageThreads, ProcessCpu.Usage jvm, ProcessCpu.Usage broker) {

        String perArticle(int articles) {
            return String.format(Locale.ROOT, "CPU per article: stage threads %.2f ms, this JVM %.2f ms%s, "
                    + "broker %.2f ms%s", millis(stageThreads, articles), millis(jvm.total(), articles),
                    jitPart(jvm, articles), millis(broker.total(), articles), jitPart(broker, articles));
        }

        private static String jitPart(ProcessCpu.Usage cpu, int articles) {
            return cpu.jit().isNegative() ? ""
                    : String.format(Locale.ROOT, " (JIT %.2f)", millis(cpu.jit(), articles));
        }

        private static double millis(Duration d, int articles) {
            return d.toNanos() / 1e6 / articles;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final String threadNamePart;
    private final Map<Long, Long> threadStart = new HashMap<>();
    private final ProcessCpu jvm;
    private final ProcessCpu broker;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "bench-cpu-meter");
        thread.setDaemon(true);
        return thread;
    });

    /** Starts measuring now; the stage's threads are those whose name contains {@code threadNamePart}. */
    CpuMeter(String threadNamePart, Supplier<ProcessHandle> broker) {
        this.threadNamePart = threadNamePart;
        stageThreadTimes(threadStart);
        jvm = new ProcessCpu(ProcessHandle.current());
        this.broker = new ProcessCpu(broker.get());
        sampler.scheduleWithFixedDelay(() -> {
            jvm.sample();
            this.broker.sample();
        }, 1, 1, TimeUnit.SECONDS);
    }

    /** CPU used since construction; a stage thread that ended in between is not counted. */
    Usage stop() {
        Map<Long, Long> now = new HashMap<>();
        stageThreadTimes(now);
        long stage = now.entrySet().stream()
                .mapToLong(e -> e.getValue() - threadStart.getOrDefault(e.getKey(), 0L)).sum();
        sampler.shutdownNow();
        return new Usage(Duration.ofNanos(stage), jvm.sinceStart(), broker.sinceStart());
    }

    private void stageThreadTimes(Map<Long, Long> into) {
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains(threadNamePart)) {
                long cpu = THREADS.getThreadCpuTime(info.getThreadId());
                if (cpu >= 0) {
                    into.put(info.getThreadId(), cpu);
                }
            }
        }
    }
}
