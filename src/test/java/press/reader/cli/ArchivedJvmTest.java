package press.reader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.bench.LauncherFlags;
import press.reader.support.HangGuard;

/**
 * The README command's JVM of its own ({@link ArchivedJvm}): bin/bookpress's flags, and a class-data archive made by
 * the first successful build and mapped by every later command, never a word from the JVM about it.
 */
class ArchivedJvmTest {
    @TempDir
    Path tmp;

    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @Test
    void aOneShotCommandGetsTheQuickCompilerAndWatchKeepsTheOptimisingOne() {
        ArchivedJvm jvm = new ArchivedJvm(JAVA, List.of(), List.of("-Xmx2g"), tmp, ProcessBuilder.Redirect.INHERIT);
        List<Path> jars = List.of(Path.of("/a.jar"), Path.of("/b.jar"));
        List<String> build = jvm.command(jars, new String[] {"build", "--quiet"}, List.of("-XX:SharedArchiveFile=/x.jsa"));
        assertEquals(List.of(JAVA.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:NewRatio=1",
                "-XX:MaxTenuringThreshold=2", "-XX:InitialRAMPercentage=4", "-XX:SharedArchiveFile=/x.jsa",
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Dbookpress.file-digests=" + tmp.resolve("file-digests.txt"),
                "-Xmx2g", "-cp", "/a.jar" + File.pathSeparator + "/b.jar",
                Main.class.getName(), "build", "--quiet"), build);
        List<String> watch = jvm.command(jars, new String[] {"watch"}, List.of());
        assertFalse(watch.contains("-XX:TieredStopAtLevel=1"), watch.toString());
        assertFalse(watch.contains("-XX:NewRatio=1"), "a long-lived process keeps the collector's own sizes: " + watch);
        assertFalse(watch.stream().anyMatch(a -> a.startsWith("-Xlog")), "no archive, nothing to silence: " + watch);
    }

    /**
     * The README command's child and bin/bookpress run one list of flags each way (a one-shot build; watch and serve):
     * the shell script cannot share the Java constant, so a flag changed in one and not the other fails here.
     */
    @Test
    void theChildRunsTheLaunchersFlags() {
        Path launcher = Path.of("bin/bookpress");
        assertEquals(LauncherFlags.oneShot(launcher), ArchivedJvm.ONE_SHOT);
        assertEquals(LauncherFlags.longLived(launcher), ArchivedJvm.LONG_LIVED);
        ArchivedJvm jvm = new ArchivedJvm(JAVA, List.of(), List.of(), tmp, ProcessBuilder.Redirect.INHERIT);
        List<Path> jars = List.of(Path.of("/a.jar"));
        assertEquals(ArchivedJvm.ONE_SHOT,
                jvm.command(jars, new String[] {"proof"}, List.of()).subList(1, 1 + ArchivedJvm.ONE_SHOT.size()));
        assertEquals(ArchivedJvm.LONG_LIVED, jvm.command(jars, new String[] {"serve"}, List.of()).subList(1, 2));
    }

    /**
     * What is kept after a training build, decided from what the JVM left: a failed build's archive is dropped (the
     * JVM writes one at exit whatever the build did) and no "no-archive" mark is left, so the next build trains again;
     * a good build's archive is kept. The JVM is a stand-in script that leaves what a JVM leaves (the archive it was
     * asked for, the exit code the build recorded): the decision is this class's, and a real JVM's start and archive
     * dump (a few seconds of CPU) would prove nothing more; the real JVM's good build is the slow test's.
     */
    @Test
    void aFailedBuildsArchiveIsDroppedAndTheNextGoodBuildsIsKept() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a stand-in JVM needs a POSIX shell");
        Path java = tmp.resolve("bin/java");
        Files.createDirectories(java.getParent());
        // a build fails where its manuscript folder is missing, as the tool's does; the "archive" is written at exit
        Files.writeString(java, String.join("\n", "#!/bin/sh",
                "code=1; prev=",
                "for a in \"$@\"; do",
                "  case \"$a\" in",
                "    -XX:ArchiveClassesAtExit=*) jsa=${a#*=} ;;",
                "    -D" + ArchivedJvm.EXIT_FILE + "=*) exitfile=${a#*=} ;;",
                "  esac",
                "  if [ \"$prev\" = --manuscript ] && [ -d \"$a\" ]; then code=0; fi",
                "  prev=$a",
                "done",
                "echo \"$code\" > \"$exitfile\"",
                "echo 'classes' > \"$jsa\"",
                "exit $code", ""));
        assertTrue(java.toFile().setExecutable(true));
        Path home = tmp.resolve("jvm");
        Path log = tmp.resolve("out.log");
        ArchivedJvm jvm = new ArchivedJvm(java, List.of(), List.of(), home, ProcessBuilder.Redirect.to(log.toFile()));

        int failed = jvm.run(new String[] {"build", "--manuscript", tmp.resolve("none").toString()});
        assertEquals(1, failed, Files.readString(log));
        assertEquals(List.of(), files(home, "bookpress.jsa"), "a failed build makes no archive");
        assertEquals(List.of(), files(home, ArchivedJvm.NO_ARCHIVE), "and may make one next time");
        assertEquals(List.of(), leftovers(home), "nothing half written is left");

        Files.createDirectories(tmp.resolve("book"));
        assertEquals(0, jvm.run(new String[] {"build", "--manuscript", tmp.resolve("book").toString()}), Files.readString(log));
        assertEquals(1, files(home, "bookpress.jsa").size(), "the next good build's archive is kept");
        assertEquals(List.of(), leftovers(home), "nothing half written is left");
    }

    /**
     * A real JVM on the tool's class path: its first good build dumps the archive (the failed build's case is the test
     * above), and a later command maps the tool's classes from it, the JVM saying nothing about it. The build is the
     * small book's HTML edition, its cheapest good build (no layout, no cover to draw): which edition a build makes does
     * not change how its archive is made, kept and mapped, and the archive of a real build of a real book is the one
     * {@code mvn package} trains for bin/bookpress.
     */
    @Test
    @Tag("slow")
    void theFirstGoodBuildMakesTheArchiveAndLaterCommandsMapItSilently() throws Exception {
        List<Path> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).filter(p -> !p.endsWith("test-classes") && Files.exists(p)).toList();
        Path home = tmp.resolve("jvm");
        Path log = tmp.resolve("out.log");
        ArchivedJvm jvm = new ArchivedJvm(JAVA, classPath, List.of(), home, ProcessBuilder.Redirect.to(log.toFile()));

        Path out = tmp.resolve("o2");
        int built = HangGuard.run(() -> jvm.run(new String[] {"build", "--quiet", "--manuscript",
                Path.of("src/test/resources/manuscripts/mini").toAbsolutePath().toString(), "--out", out.toString(),
                "--format", "html"}));
        String said = Files.readString(log);
        assertEquals(0, built, said);
        assertTrue(Files.isRegularFile(out.resolve("a-small-test-book.html")));
        List<Path> archives = files(home, "bookpress.jsa");
        assertEquals(1, archives.size(), "made by the first good build");
        System.out.printf("class-data archive: %,d bytes%n", Files.size(archives.get(0)));
        assertFalse(said.contains("cds") || said.contains("[warning]") || said.contains("# "), "the JVM said: " + said);
        assertEquals(List.of(), leftovers(home), "nothing half written is left");

        Path classes = tmp.resolve("classes.log");
        ArchivedJvm logging = new ArchivedJvm(JAVA, classPath, List.of("-Xlog:class+load=info:file=" + classes), home,
                ProcessBuilder.Redirect.to(log.toFile()));
        assertEquals(0, HangGuard.run(() -> logging.run(new String[] {"--version"})));
        assertTrue(Files.readString(log).startsWith("bookpress"), Files.readString(log));
        long mapped = Files.readAllLines(classes).stream().filter(l -> l.contains("shared objects file (top)")).count();
        System.out.println("classes mapped from the archive by --version: " + mapped);
        assertTrue(mapped > 100, "the tool's classes come from the archive: " + mapped);
    }

    /** The archive's partial files and the recorded exit codes, which a finished command removes. */
    private static List<Path> leftovers(Path home) throws Exception {
        try (Stream<Path> all = Files.walk(home)) {
            return all.filter(p -> p.toString().endsWith(".partial") || p.getFileName().toString().startsWith("exit."))
                    .toList();
        }
    }

    private static List<Path> files(Path home, String name) throws Exception {
        if (!Files.isDirectory(home)) return List.of();
        try (Stream<Path> all = Files.walk(home)) {
            return all.filter(p -> p.getFileName().toString().equals(name)).toList();
        }
    }
}
