package io.newsflow.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessCpuTest {

    @TempDir
    Path tasks;

    @Test
    void shouldKeepTheTimeOfACompilerThreadThatEndedAndCountOneStartedLaterFromZero() throws IOException {
        thread("101", "C2 CompilerThread0", 500, 20);
        thread("102", "C2 CompilerThread1", 300, 0);
        thread("103", "C1 CompilerThread0", 40, 2);
        thread("104", "kafka-producer-network-thread", 900, 90);
        ProcessCpu cpu = new ProcessCpu(ProcessHandle.current(), tasks);

        thread("102", "C2 CompilerThread1", 350, 10);
        cpu.sample();
        delete("102");
        thread("101", "C2 CompilerThread0", 600, 20);
        thread("105", "C2 CompilerThread1", 70, 0);
        thread("104", "kafka-producer-network-thread", 5000, 90);

        // 100 ticks of 101, 60 of 102 until its last sample, 70 of 105; 103 and 104 add nothing.
        assertThat(cpu.sinceStart().jit()).isEqualTo(Duration.ofMillis(2_300));
    }

    @Test
    void shouldSayTheJitShareIsUnknownWithoutThreadTimes() {
        ProcessCpu cpu = new ProcessCpu(ProcessHandle.current(), tasks.resolve("absent"));

        assertThat(cpu.sinceStart().jit()).isNegative();
        assertThat(cpu.sinceStart().total().isNegative()).isFalse();
    }

    private void thread(String id, String name, long userTicks, long systemTicks) throws IOException {
        Path thread = Files.createDirectories(tasks.resolve(id));
        Files.writeString(thread.resolve("comm"), name.substring(0, Math.min(15, name.length())) + "\n");
        // The name in the stat line may hold spaces and parentheses: the fields are counted from the last ')'.
        Files.writeString(thread.resolve("stat"), id + " (" + name + ") S 1 1 1 0 -1 4194368 0 0 0 0 " + userTicks
                + " " + systemTicks + " 0 0 20 0 1 0 0 0 0\n");
    }

    private void delete(String id) throws IOException {
        Path thread = tasks.resolve(id);
        Files.delete(thread.resolve("comm"));
        Files.delete(thread.resolve("stat"));
        Files.delete(thread);
    }
}
