package press.reader.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import press.reader.publish.KeptDigests;

/**
 * The README command ({@code mvn -q compile exec:java}) runs the tool in a JVM of its own, as {@code bin/bookpress}
 * runs the jar: with the flags chosen by measurement and a class-data archive, which Maven's own JVM cannot have (its
 * classes come from target/classes, a folder, through Maven's class loader). The class path is made archivable
 * ({@link ArchivableJars}); the archive of the classes a build of the user's own book loaded is made at the end of the
 * first build from it ({@code -XX:ArchiveClassesAtExit}) and mapped by every later command.
 *
 * <p>Never a broken state: the archive is kept under the fingerprint of everything it was made from (the class
 * folder's files, each jar's size and time, the Java it was made by), so a recompiled class, another dependency or
 * another Java makes a new one and never meets an old one; it is written under a name of its own and renamed only when
 * the build that made it succeeded; one the JVM cannot map is ignored by the JVM, silently (its messages are turned
 * off), and the command runs as without it. Where no new JVM can be started the command runs in Maven's, as before.
 */
final class ArchivedJvm {
    /** The system property the pom's exec:java sets: run the command in a JVM of its own. */
    static final String FORK = "bookpress.fork";
    /** More JVM options for the child, as for bin/bookpress (for example -Xmx2g). */
    static final String EXTRA_OPTIONS = "BOOKPRESS_JAVA_OPTS";
    /** The folder beside the classes (target/bookpress-jvm) where the jar of the classes and the archive are kept. */
    static final String FOLDER = "bookpress-jvm";
    /** The JVM messages about class-data sharing, off: a stale or unusable archive only costs its saving. */
    static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    /** The file where the JVM making the archive records the command's exit code ({@link #recordExit}). */
    static final String EXIT_FILE = "bookpress.exit-file";
    static final String NO_ARCHIVE = "no-archive";
    /** The file of the large files' digests ({@link KeptDigests}), kept in the home folder across class paths. */
    static final String DIGESTS = "file-digests.txt";
    /**
     * The young generation of a one-shot command's heap, as bin/bookpress sets it: half the heap, and objects that
     * outlive two collections moved to the old one. A cold build of the real book allocates about 3 GB, most of it
     * garbage at once, while what it keeps (fonts, compiled stylesheets, the laid-out pages) grows steadily; with the
     * default third of the heap the serial collector ran 29 times and copied the kept objects from one survivor space
     * to the other up to fifteen times; so 19 collections, their CPU time 2.0 → 1.5 s and their pauses (which stop
     * both of the build's threads) 2.7 → 1.65 s, the peak memory the same (measured with -Xlog:gc+cpu, alternating
     * runs). A ratio, not a size: a heap the user makes small (-Xmx) keeps its old half. The heap starts at 4 % of
     * the machine's memory, not the JVM's 1/64 (940 MB here, 330 MB on 8 GB; never above -Xmx): grown from 370 MB, a
     * 10× book's heap took two full collections and 69 young ones (2.7 s of pauses), started at 1 GB none and 33
     * (1.7–2.0 s), wall 24.6 → 21.6 s, CPU 34.7 → 31.4 s (three alternating pairs); the real book 7.24 → 6.86 s
     * (five pairs), its peak memory 480 → 695 MB. A percentage, not -Xms1g: on a small machine a fixed start above
     * the JVM's own maximum would stop it from starting.
     */
    static final List<String> ONE_SHOT_HEAP = List.of("-XX:NewRatio=1", "-XX:MaxTenuringThreshold=2",
            "-XX:InitialRAMPercentage=4");
    /**
     * The quick C1 compiler alone for a one-shot command, whatever the size of the book. The optimising compiler (C2)
     * took twice the CPU time of a cold build of the real book (100 pages), and it does not pay for a big book either
     * on 2 cores (issue 17, h80, child JVMs of {@code SyntheticManuscript} books, runs taking turns, load average 3–4):
     * at 10× (580 pages, -Xmx2g) the JVM's full tiered compilation took 84 s of CPU against 44–53 s (median 48 s, 7
     * runs) with C1 alone, its C2 thread busy from start to end (2,100 methods in 62 s, the queue never empty: FOP's,
     * Saxon's and PDFBox's profile is flat); C2's thresholds raised 3× and 20× (-XX:Tier4…Threshold) still left it
     * 2,400–3,100 methods to compile (89 and 71 s); at 50× (2,724 pages, -Xmx1g) 232 s against 197 s (241 and 209 s
     * wall).
     */
    static final String QUICK_COMPILER = "-XX:TieredStopAtLevel=1";
    /** The serial collector, for every command: a build has no pauses worth a concurrent collector's threads. */
    static final String SERIAL_COLLECTOR = "-XX:+UseSerialGC";
    /** A one-shot command's flags: bin/bookpress's own list (ArchivedJvmTest holds the two to one). */
    static final List<String> ONE_SHOT = Stream.concat(Stream.of(QUICK_COMPILER, SERIAL_COLLECTOR), ONE_SHOT_HEAP.stream())
            .toList();
    /** watch and serve stay warm: the optimising compiler pays there, and the collector keeps its own sizes. */
    static final List<String> LONG_LIVED = List.of(SERIAL_COLLECTOR);
    /** The exit code of a command stopped by an interrupt, as a shell reports one stopped by Ctrl-C. */
    static final int INTERRUPTED = 130;

    private final Path java;
    private final List<Path> classPath;
    private final List<String> userOptions;
    private final Path home;
    private final ProcessBuilder.Redirect output;

    /**
     * @param home   where the archivable class paths and their archives are kept ({@link #home})
     * @param output where the child's output goes: inherited (Maven's terminal), or a file in the tests
     */
    ArchivedJvm(Path java, List<Path> classPath, List<String> userOptions, Path home, ProcessBuilder.Redirect output) {
        this.java = java;
        this.classPath = List.copyOf(classPath);
        this.userOptions = List.copyOf(userOptions);
        this.home = home;
        this.output = output;
    }

    /**
     * Runs {@code args} in a new JVM and returns its exit code; empty when none can be started here (the class path is
     * not a list of files, or this is not Maven's class loader), and the caller runs the command itself.
     */
    static OptionalInt runForked(String[] args) {
        Optional<List<Path>> cp = classPathOf(ArchivedJvm.class.getClassLoader());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (cp.isEmpty() || !Files.isExecutable(java)) return OptionalInt.empty();
        try {
            return OptionalInt.of(new ArchivedJvm(java, cp.get(), userOptions(), home(cp.get()),
                    ProcessBuilder.Redirect.INHERIT).run(args));
        } catch (IOException e) {
            return OptionalInt.empty();
        }
    }

    /** The files of the class loader's class path (Maven's exec:java loader), or empty when it is not such a loader. */
    static Optional<List<Path>> classPathOf(ClassLoader loader) {
        if (!(loader instanceof URLClassLoader urls)) return Optional.empty();
        List<Path> paths = new ArrayList<>();
        try {
            for (URL url : urls.getURLs()) {
                if (!"file".equals(url.getProtocol())) return Optional.empty();
                paths.add(Path.of(url.toURI()));
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return paths.isEmpty() ? Optional.empty() : Optional.of(paths);
    }

    /** The heap and stack options Maven was started with (MAVEN_OPTS), and those of BOOKPRESS_JAVA_OPTS. */
    private static List<String> userOptions() {
        List<String> options = new ArrayList<>();
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("-Xmx") || a.startsWith("-Xms") || a.startsWith("-Xss")) options.add(a);
        }
        String extra = System.getenv(EXTRA_OPTIONS);
        if (extra != null && !extra.isBlank()) options.addAll(List.of(extra.strip().split("\\s+")));
        return options;
    }

    /**
     * Runs the command in the new JVM. Everything is kept in a folder named by the class path's fingerprint
     * ({@link ArchivableJars#fingerprint}): the archivable class path (classpath.txt, written once its jars are), the
     * archive (bookpress.jsa, renamed into place by the build that made it), or "no-archive" when making one failed.
     *
     * @throws IOException only before the command started (the caller then runs it itself), never after: a command
     *                     runs once
     */
    int run(String[] args) throws IOException {
        Path here = home.resolve(ArchivableJars.fingerprint(classPath, java + "\t" + System.getProperty("java.vm.version")));
        List<Path> jars = jars(here);
        Path archive = here.resolve("bookpress.jsa");
        boolean archived = Files.isRegularFile(archive);
        boolean training = !archived && args.length > 0 && args[0].equals("build")
                && !Files.exists(here.resolve(NO_ARCHIVE));
        if (!training) {
            return waitFor(start(command(jars, args, archived ? List.of("-XX:SharedArchiveFile=" + archive) : List.of())));
        }
        long pid = ProcessHandle.current().pid();
        Path partial = here.resolve("bookpress.jsa." + pid + ".partial");
        Path exitFile = here.resolve("exit." + pid);
        // a JVM that fails writing the archive at exit (after the build) says nothing: the build's own exit code is
        // the one the build recorded (exitFile), and this class path is not archived again
        List<String> making = List.of("-XX:ArchiveClassesAtExit=" + partial, "-XX:+SuppressFatalErrorMessage",
                "-D" + EXIT_FILE + "=" + exitFile);
        int exit = waitFor(start(command(jars, args, making)));
        // the command has run: what follows keeps or drops the archive, and never fails the command
        try {
            int built = Files.isRegularFile(exitFile) ? Integer.parseInt(Files.readString(exitFile).strip()) : exit;
            if (built == 0 && exit == 0 && Files.isRegularFile(partial) && Files.size(partial) > 0) {
                Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                removeOthers(home, here);
            } else if (built == 0) {
                Files.writeString(here.resolve(NO_ARCHIVE), "the archive could not be made (exit " + exit + ")\n");
            }
            return built;
        } catch (IOException | NumberFormatException e) {
            return exit;
        } finally {
            deleteQuietly(partial);
            deleteQuietly(exitFile);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a few bytes left in the build folder
        }
    }

    private Process start(List<String> command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        if (output != ProcessBuilder.Redirect.INHERIT) pb.redirectOutput(output).redirectErrorStream(true);
        return pb.start();
    }

    /** The archivable class path kept in {@code here}, or made there now. */
    List<Path> jars(Path here) throws IOException {
        Path list = here.resolve("classpath.txt");
        if (Files.isRegularFile(list)) {
            List<Path> jars = Files.readAllLines(list).stream().filter(l -> !l.isBlank()).map(Path::of).toList();
            if (jars.stream().allMatch(Files::isRegularFile)) return jars;
        }
        List<Path> jars = ArchivableJars.prepare(classPath, here);
        Path partial = here.resolve("classpath.txt." + ProcessHandle.current().pid() + ".partial");
        Files.write(partial, jars.stream().map(Path::toString).toList());
        Files.move(partial, list, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return jars;
    }

    /** Beside the first class folder (target/classes: target/bookpress-jvm), else in the temporary folder. */
    static Path home(List<Path> classPath) {
        for (Path p : classPath) {
            if (Files.isDirectory(p) && p.toAbsolutePath().getParent() != null) {
                return p.toAbsolutePath().getParent().resolve(FOLDER);
            }
        }
        return Path.of(System.getProperty("java.io.tmpdir"), FOLDER);
    }

    /**
     * The JVM flags for the command {@code args} runs, as bin/bookpress chooses them: watch and serve stay warm and
     * keep the optimising compiler ({@link #LONG_LIVED}); every other command is one-shot ({@link #ONE_SHOT}).
     */
    static List<String> flagsFor(String[] args) {
        boolean longLived = args.length > 0 && (args[0].equals("watch") || args[0].equals("serve"));
        return longLived ? LONG_LIVED : ONE_SHOT;
    }

    /** One-shot commands get the quick compiler alone; watch and serve stay warm and keep the optimising one. */
    List<String> command(List<Path> jars, String[] args, List<String> archiveOptions) {
        List<String> cmd = new ArrayList<>(List.of(java.toString()));
        cmd.addAll(flagsFor(args));
        if (!archiveOptions.isEmpty()) {
            cmd.addAll(archiveOptions);
            cmd.addAll(QUIET);
        }
        // the fonts' digests kept from one build to the next beside the archive: a cold build hashes none it has seen
        cmd.add("-D" + KeptDigests.PROPERTY + "=" + home.resolve(DIGESTS));
        cmd.addAll(userOptions);
        cmd.add("-cp");
        cmd.add(String.join(File.pathSeparator, jars.stream().map(Path::toString).toList()));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** The folders of earlier class paths (tens of megabytes each), once this one has its archive. */
    private static void removeOthers(Path home, Path here) {
        try (Stream<Path> folders = Files.list(home)) {
            for (Path other : folders.filter(f -> !f.equals(here) && Files.isDirectory(f)).toList()) {
                StylesLocator.deleteTree(other);
            }
        } catch (IOException e) {
            // left for the next build that makes an archive
        }
    }

    /** In the JVM making the archive: the command's exit code, recorded before the JVM writes the archive at exit. */
    static void recordExit(int code) {
        String file = System.getProperty(EXIT_FILE);
        if (file == null) return;
        try {
            Files.writeString(Path.of(file), Integer.toString(code));
        } catch (IOException e) {
            // the exit code then is the process's
        }
    }

    static int waitFor(Process child) {
        // the first JVM stopped (Maven's, or java -jar's; Ctrl-C reaches both, a kill only the first): the child stops
        // too, after its own shutdown work
        Thread stop = new Thread(() -> {
            child.destroy();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bookpress-child-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            return INTERRUPTED;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs
            }
        }
    }
}
