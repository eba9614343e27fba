package press.reader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** java -jar with the JVM's defaults starts the jar again as bin/bookpress starts it (LauncherTest holds the same). */
class JarRelaunchTest {
    @TempDir Path tmp;

    private static List<String> expectedStart() {
        List<String> start = new ArrayList<>(List.of("/usr/bin/java"));
        start.addAll(ArchivedJvm.ONE_SHOT);
        return start;
    }

    @Test
    void aOneShotCommandGetsTheLaunchersFlagsThenTheUsersOptionsThenTheJar() throws Exception {
        Path jar = Files.writeString(tmp.resolve("bookpress.jar"), "jar");
        List<String> cmd = new JarRelaunch(Path.of("/usr/bin/java"), jar, List.of("-Xmx2g", "-Dx=y"))
                .command(new String[] {"build", "--out", "o"});
        List<String> expected = expectedStart();
        expected.addAll(List.of("-Dbookpress.file-digests=" + tmp.resolve("bookpress.digests").toAbsolutePath(),
                "-Xmx2g", "-Dx=y", "-D" + JarRelaunch.LAUNCHED + "=true", "-jar", jar.toAbsolutePath().toString(),
                "build", "--out", "o"));
        assertEquals(expected, cmd);
        assertEquals(ArchivedJvm.QUICK_COMPILER, cmd.get(1), "bin/bookpress's flags, the same list");
    }

    @Test
    void theArchiveIsUsedOnlyWhenNewerThanTheJarAndWatchKeepsTheOptimisingCompiler() throws Exception {
        Path jar = Files.writeString(tmp.resolve("bookpress.jar"), "jar");
        Path jsa = Files.writeString(tmp.resolve("bookpress.jsa"), "archive");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        JarRelaunch relaunch = new JarRelaunch(Path.of("/usr/bin/java"), jar, List.of());
        List<String> build = relaunch.command(new String[] {"build"});
        assertTrue(build.contains("-XX:SharedArchiveFile=" + jsa.toAbsolutePath()), build.toString());
        assertTrue(build.containsAll(ArchivedJvm.QUIET));

        List<String> watch = relaunch.command(new String[] {"watch"});
        assertEquals(ArchivedJvm.LONG_LIVED, watch.subList(1, 1 + ArchivedJvm.LONG_LIVED.size()));
        assertFalse(watch.contains(ArchivedJvm.QUICK_COMPILER), watch.toString());

        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertFalse(relaunch.command(new String[] {"build"}).stream().anyMatch(a -> a.contains("SharedArchiveFile")),
                "a jar newer than its archive (another build of it)");
    }

    @Test
    void theSecondJvmRunsTheCommandAndItsExitCodeIsPassedOn() throws Exception {
        Path jar = Files.writeString(tmp.resolve("bookpress.jar"), "jar");
        Path seen = tmp.resolve("seen.txt");
        Path java = tmp.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done > '" + seen + "'\nexit 7\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        int exit = new JarRelaunch(java, jar, List.of()).run(new String[] {"check", "--manuscript", "my book"});
        assertEquals(7, exit);
        List<String> args = Files.readAllLines(seen);
        assertEquals(List.of("check", "--manuscript", "my book"), args.subList(args.size() - 3, args.size()));
        assertTrue(args.contains("-D" + JarRelaunch.LAUNCHED + "=true"), args.toString());
    }

    @Test
    void onlyTheRunnableJarUntunedIsStartedAgain() throws Exception {
        Path jar = Files.writeString(tmp.resolve("bookpress.jar"), "jar");
        assertEquals(jar, JarRelaunch.onlyJar(jar.toString()).orElseThrow());
        assertTrue(JarRelaunch.onlyJar(jar + File.pathSeparator + jar).isEmpty(), "a class path of several");
        assertTrue(JarRelaunch.onlyJar(tmp.toString()).isEmpty(), "a folder of classes (the tests, Maven)");
        assertTrue(JarRelaunch.onlyJar(tmp.resolve("missing.jar").toString()).isEmpty());
        assertTrue(JarRelaunch.onlyJar("").isEmpty());

        assertFalse(JarRelaunch.tunedByUser(List.of("-Xmx2g", "-Dfile.encoding=UTF-8")));
        assertTrue(JarRelaunch.tunedByUser(List.of("-XX:TieredStopAtLevel=1")), "the launcher's own command");
        assertTrue(JarRelaunch.tunedByUser(List.of("-Xshare:off")));
        assertTrue(JarRelaunch.tunedByUser(List.of("-Xint")));
    }
}
