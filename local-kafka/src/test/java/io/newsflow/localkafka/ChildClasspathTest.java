package io.newsflow.localkafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildClasspathTest {

    @TempDir
    Path dir;

    @Test
    void expandsTheClassPathOfALoneManifestOnlyJar() throws Exception {
        Path booter = manifestOnlyJar(dir.resolve("target/surefire/booter.jar"),
                "../../lib/kafka.jar ../../my%20classes/ " + dir.resolve("abs.jar").toUri());

        assertThat(ChildClasspath.resolve(booter.toString())).containsExactly(
                booter,
                dir.resolve("lib/kafka.jar"),
                dir.resolve("my classes"),
                dir.resolve("abs.jar"));
    }

    @Test
    void keepsASeveralEntryClassPathAsItIs() throws Exception {
        Path booter = manifestOnlyJar(dir.resolve("booter.jar"), "other.jar");
        String classPath = booter + File.pathSeparator + dir.resolve("classes");

        assertThat(ChildClasspath.resolve(classPath)).containsExactly(booter, dir.resolve("classes"));
    }

    @Test
    void keepsALoneJarWithoutClassPathAsItIs() throws Exception {
        Path shaded = manifestOnlyJar(dir.resolve("app.jar"), null);

        assertThat(ChildClasspath.resolve(shaded.toString())).containsExactly(shaded);
    }

    @Test
    void quotesTheArgumentFileLine() {
        String line = ChildClasspath.argFileLine(List.of(Path.of("/a b/x.jar"), Path.of("/c/d")));

        assertThat(line).isEqualTo("-cp \"/a b/x.jar" + File.pathSeparator + "/c/d\"\n");
    }

    private static Path manifestOnlyJar(Path jar, String classPath) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }
}
