package press.reader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/bookpress chooses the JVM's flags and uses the class-data archive only when it belongs to the jar: run with
 * JAVA=echo, it prints the command it would run.
 */
class LauncherTest {
    @TempDir
    Path tmp;

    private record Ran(int exit, String output) {}

    private Ran launch(Path jar, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("sh", Path.of("bin/bookpress").toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("JAVA", "echo");
        pb.environment().put("BOOKPRESS_JAR", jar.toString());
        pb.environment().remove("BOOKPRESS_JAVA_OPTS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "hang guard");
        return new Ran(p.exitValue(), out.strip());
    }

    @Test
    void aOneShotBuildGetsTheQuickCompilerAndTheArchiveWhenItIsNewerThanTheJar() throws Exception {
        Path jar = Files.writeString(tmp.resolve("bookpress.jar"), "jar");
        Path jsa = tmp.resolve("bookpress.jsa");
        Ran without = launch(jar, "build", "--out", "x");
        assertEquals(0, without.exit());
        assertTrue(without.output().startsWith("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:NewRatio=1 -XX:MaxTenuringThreshold=2 -XX:InitialRAMPercentage=4 -Dbookpress.file-digests="
                + tmp.toAbsolutePath().resolve("bookpress.digests") + " -D" + JarRelaunch.LAUNCHED + "=true -jar "
                + jar.toAbsolutePath()), without.output());
        assertTrue(without.output().endsWith("build --out x"), without.output());
        assertFalse(without.output().contains("SharedArchiveFile"), "no archive: " + without.output());

        Files.writeString(jsa, "archive");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Ran with = launch(jar, "build");
        assertTrue(with.output().contains("-XX:SharedArchiveFile=" + jsa.toAbsolutePath()), with.output());

        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertFalse(launch(jar, "build").output().contains("SharedArchiveFile"), "a jar newer than its archive");
    }

    @Test
    void watchAndServeKeepTheOptimisingCompiler() throws Exception {
        Path jar = Files.writeString(tmp.resolve("bookpress.jar"), "jar");
        for (String command : new String[] {"watch", "serve"}) {
            String out = launch(jar, command).output();
            assertFalse(out.contains("TieredStopAtLevel"), out);
            assertTrue(out.contains("-XX:+UseSerialGC"), out);
            assertFalse(out.contains("NewRatio"), out);
        }
    }

    @Test
    void aJarOlderThanTheClassesBesideItIsSaidToBeStale() throws Exception {
        Path jar = Files.writeString(tmp.resolve("bookpress.jar"), "jar");
        Path compiled = Files.createDirectories(tmp.resolve("classes/press")).resolve("Main.class");
        Files.writeString(compiled, "class");
        Files.setLastModifiedTime(compiled, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Ran fresh = launch(jar, "build");
        assertFalse(fresh.output().contains("older than the classes"), fresh.output());

        Files.setLastModifiedTime(compiled, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Ran stale = launch(jar, "build");
        assertEquals(0, stale.exit(), "said, not refused");
        assertTrue(stale.output().contains("older than the classes beside it; rebuild it with  mvn -B package -DskipTests"),
                stale.output());
    }

    @Test
    void aMissingJarIsAnErrorThatSaysHowToBuildIt() throws Exception {
        Ran r = launch(tmp.resolve("none.jar"), "build");
        assertEquals(2, r.exit());
        assertTrue(r.output().contains("mvn -B package -DskipTests"), r.output());
    }
}
