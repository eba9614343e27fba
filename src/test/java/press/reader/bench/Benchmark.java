package press.reader.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import press.reader.cli.Builders;
import press.reader.cli.Main;
import press.reader.publish.BookBuilder;
import press.reader.publish.BuildRequest;
import press.reader.publish.BuildResult;

/**
 * Measures the build on demand (it is not a unit test: timings depend on the machine). Run from the repository root:
 * <pre>
 *   mvn -B -q -Dbuild.dir=target-bench compile exec:java -Dmain.class=press.reader.bench.Benchmark \
 *       [-Dexec.args="--formats pdf,epub --factors 1,10,50 --edit-factors 1,3 --sections cold,warm,edit,scale \
 *                     --runs 3 --warmups 10 --timeout-minutes 15 --scale-defaults"]
 * </pre>
 * It measures on the real manuscript a cold build in a new JVM ({@code cold}), warm rebuilds with one
 * {@link BookBuilder} in a JVM of their own that runs as {@code watch} runs ({@link #inWatchJvm})
 * (unchanged: {@code warm}; after a one-paragraph edit, EPUB and PDF separately, on the real book
 * and on {@link SyntheticManuscript}s of the {@code --edit-factors}: {@code edit}), and scaling on
 * {@link SyntheticManuscript}s, each in a child JVM with bin/bookpress's one-shot flags (and with the JVM's defaults
 * too, with {@code --scale-defaults}), limited to 2 GB of heap (1 GB from 50 times on, the target's
 * bound), whose peak heap {@link MeasuredBuild} reports ({@code scale}). {@code --sections} chooses among them ({@code --sections edit} measures only the edit
 * rows, in a minute or two). The Markdown table goes to stdout and to {@code output/benchmark.md}.
 */
public final class Benchmark {
    private static final Pattern PAGES = Pattern.compile("(\\d+) pages");
    private static final Pattern SECONDS = Pattern.compile("([\\d.]+) s\\b");
    private static final Pattern MEASURED = Pattern.compile(
            "BENCH peakHeap=(-?\\d+) liveHeap=(-?\\d+) vmHwm=(-?\\d+) cpu=(-?\\d+) gc=(-?\\d+) exit=(-?\\d+)");
    /** Where the one-paragraph edit is made, and which paragraph: a long plain paragraph of the longest essay. */
    static final String EDITED_ESSAY = "essays/weissman.md";

    private final Path manuscript;
    private final Path styles;
    private final Path work;
    private final int runs;
    private final List<Integer> factors;
    private final long timeoutMinutes;
    private final int warmups;
    private final Set<String> formats;
    private final Set<String> sections;
    private final List<Integer> editFactors;
    private final ChildJvm jvm = new ChildJvm();
    private final List<String> rows = new ArrayList<>();
    private final List<String> scaleRows = new ArrayList<>();
    /** bin/bookpress's one-shot JVM flags: the scale rows' JVM (LauncherFlags). */
    private final List<String> launcherFlags = LauncherFlags.oneShot(Path.of("bin/bookpress"));
    /** Whether each scale row has a second one measured with the JVM's defaults. */
    private boolean scaleDefaults;

    Benchmark(Path manuscript, Path styles, Path work, int runs, int warmups, Set<String> formats, List<Integer> factors,
              long timeoutMinutes, Set<String> sections, List<Integer> editFactors) {
        this.sections = sections;
        this.editFactors = editFactors;
        this.warmups = warmups;
        this.formats = formats;
        this.manuscript = manuscript.toAbsolutePath();
        this.styles = styles.toAbsolutePath();
        this.work = work;
        this.runs = runs;
        this.factors = factors;
        this.timeoutMinutes = timeoutMinutes;
    }

    public static void main(String[] args) throws Exception {
        Path manuscript = Path.of(option(args, "--manuscript", "manuscript"));
        Path styles = Path.of(option(args, "--styles", "styles"));
        Path report = Path.of(option(args, "--report", "output/benchmark.md"));
        int runs = Integer.parseInt(option(args, "--runs", "3"));
        int warmups = Integer.parseInt(option(args, "--warmups", Integer.toString(WARMUPS)));
        Set<String> formats = new LinkedHashSet<>(List.of(option(args, "--formats", "pdf,screen,epub").split(",")));
        long timeout = Long.parseLong(option(args, "--timeout-minutes", "15"));
        List<Integer> factors = integers(option(args, "--factors", "1,10,50"));
        List<Integer> editFactors = integers(option(args, "--edit-factors", "1,3"));
        Set<String> sections = new LinkedHashSet<>(List.of(option(args, "--sections", String.join(",", SECTIONS)).split(",")));
        if (!SECTIONS.containsAll(sections)) {
            throw new IllegalArgumentException("--sections: choose among " + SECTIONS + ", not " + sections);
        }
        Path work = Files.createTempDirectory("bookpress-bench");
        try {
            Benchmark bench = new Benchmark(manuscript, styles, work, runs, warmups, formats, factors, timeout, sections,
                    editFactors);
            bench.scaleDefaults = Arrays.asList(args).contains("--scale-defaults");
            boolean warmRowsOnly = Arrays.asList(args).contains(IN_WATCH_JVM);
            String table = warmRowsOnly ? bench.warmRows() : bench.run();
            if (!warmRowsOnly) {
                System.out.println();
                System.out.println(table);
            }
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, table, StandardCharsets.UTF_8);
            if (!warmRowsOnly) System.out.println("written to " + report);
        } finally {
            deleteTree(work);
        }
        System.exit(0);   // FOP and Saxon may leave non-daemon threads behind
    }

    /**
     * The untimed rebuilds of each kind before the timed ones, by default: in a JVM that runs as {@code watch} runs,
     * the optimising compiler takes about ten one-paragraph edits of each kind to compile the rebuild's paths (the 3×
     * book's PDF edit: 1.0–2.8 s over the first ten, 0.76–0.84 s after them, on the 2-core machine of the README's
     * results). They are reported too: an editor's first edits of a session.
     */
    static final int WARMUPS = 10;

    /** The parts of the report, in the order they run; {@code --sections} chooses some of them. */
    static final List<String> SECTIONS = List.of("cold", "warm", "edit", "scale");

    private static List<Integer> integers(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Integer::parseInt).toList();
    }

    String run() throws Exception {
        String machine = Machine.describe();
        log("machine: " + machine + "; sections " + sections);
        if (sections.contains("cold")) cold();
        if (sections.contains("warm") || sections.contains("edit")) rows.addAll(inWatchJvm());
        if (sections.contains("scale")) scaling();
        return "Machine: " + machine + "\n\n"
                + "Time is wall clock (median); CPU is the process's CPU time over the same builds (all threads, "
                + "median), less disturbed by other load on the machine.\n\n"
                + "| Measurement (real manuscript) | Formats | Pages | Time | CPU | Target |\n"
                + "|---|---|---:|---:|---:|---|\n" + String.join("\n", rows) + "\n\n"
                + "Scaling: synthetic manuscripts (the essays repeated, see SyntheticManuscript), each a `build` in a "
                + "child JVM with `-Xmx2g` (`-Xmx" + SCALE_BOUND + "` from " + SCALE_BOUND_FROM + "×: the heap issue 17 "
                + "allows a 50-times book), formats " + String.join(", ", formats) + ". JVM `launcher`: the one-shot flags of "
                + "`bin/bookpress`, as a user builds a big book (`" + String.join(" ", launcherFlags) + "`)"
                + (scaleDefaults ? "; `defaults`: the JVM's own (as `java -jar`)" : "")
                + ". Build time is the builder's own total; wall time includes JVM "
                + "start. Peak heap is the heap occupancy just before the fullest collection (from GC notifications), "
                + "live heap the fullest heap just after one (a collector lets garbage pile up to the limit, so both grow towards -Xmx "
                + "when there is room; GC time says how hard the limit pressed), RSS the process's VmHWM.\n\n"
                + "| Size | JVM | Essays | Pages | Build time | Wall time | CPU time | Pages/s | ms/page | GC time | Peak heap | Live heap | Peak RSS |\n"
                + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n" + String.join("\n", scaleRows) + "\n";
    }

    /**
     * (1) A cold full build into an empty folder, as a user runs it: a new JVM with the JVM's defaults (what {@code
     * java -jar} as it comes ran before it restarted itself tuned), {@code java -jar target/bookpress.jar} as typed
     * and the launcher {@code bin/bookpress} (its flags and the class-data archive made at package time; both when
     * target/bookpress.jar has been packaged), and, when pandoc and pdflatex are installed, pandoc making
     * a PDF and an EPUB of the same text (the front matter and the essays, the CSL-JSON bibliography, --citeproc with
     * Chicago notes), the comparison of issue 17. The variants take turns run by run, so that other load on the
     * machine falls on all of them alike; each row gives its ratio to pandoc's median in the same run.
     */
    private void cold() throws Exception {
        // a variant's command for an output folder; null: bookpress in a new JVM with the JVM's defaults
        Map<String, Function<Path, List<String>>> variants = new LinkedHashMap<>();
        variants.put("Cold full build, JVM defaults (`java -cp … Main build`: what `java -jar` ran before it restarted"
                + " itself)", null);
        Path launcher = Path.of("bin/bookpress").toAbsolutePath();
        Path jar = Path.of("target/bookpress.jar");
        if (Files.isRegularFile(jar)) {
            // as a user types it: the jar, finding the JVM's defaults, starts itself again tuned (cli/JarRelaunch)
            variants.put("Cold full build, `java -jar target/bookpress.jar` as typed (restarts itself as the launcher"
                    + " runs it)", out -> {
                List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-jar", jar.toAbsolutePath().toString()));
                cmd.addAll(buildArgs(manuscript, out));
                return cmd;
            });
        }
        if (Files.isExecutable(launcher) && Files.isRegularFile(jar)) {
            // the launcher uses the archive only when it is newer than the jar; .ci/run does not make it (-Dcds.skip)
            Path archive = Path.of("target/bookpress.jsa");
            boolean archived = Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0;
            variants.put("Cold full build, `bin/bookpress` (C1, serial GC, " + (archived ? "class-data archive)"
                    : "no class-data archive: `mvn -B package -DskipTests` makes it)"), out -> {
                List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
                cmd.addAll(buildArgs(manuscript, out));
                return cmd;
            });
        }
        String pandocLabel = "pandoc " + PandocBaseline.version() + " PDF (pdflatex) + EPUB, --citeproc, Chicago notes";
        if (PandocBaseline.installed()) variants.put(pandocLabel, out -> PandocBaseline.command(manuscript, out));
        Map<String, List<Long>> wall = new LinkedHashMap<>();
        Map<String, List<Long>> cpu = new LinkedHashMap<>();
        Map<String, Integer> pages = new HashMap<>();
        for (int i = 1; i <= runs; i++) {
            int n = 0;
            for (var v : variants.entrySet()) {
                String name = "cold-" + (++n) + "-" + i;
                Path out = work.resolve(name);
                Path logFile = work.resolve(name + ".log");
                ChildJvm.Run r = v.getValue() == null
                        ? jvm.run(List.of(), Main.class.getName(), buildArgs(manuscript, out), logFile, timeoutMinutes)
                        : jvm.command(v.getValue().apply(out), logFile, timeoutMinutes);
                check(r, v.getKey());
                wall.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(r.millis());
                cpu.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(r.cpuMillis());
                pages.put(v.getKey(), v.getKey().equals(pandocLabel) ? PandocBaseline.pages(out) : firstInt(PAGES, r.output()));
                log(v.getKey() + ", run " + i + ": " + seconds(r.millis()) + " (cpu " + seconds(r.cpuMillis()) + ")");
                deleteTree(out);
            }
        }
        Long pandoc = wall.containsKey(pandocLabel) ? median(wall.get(pandocLabel)) : null;
        for (String label : variants.keySet()) {
            long t = median(wall.get(label));
            rows.add("| " + label + ", " + stat(wall.get(label)) + " | " + (label.equals(pandocLabel) ? "pdf, epub"
                    : String.join(", ", formats)) + " | " + pages.get(label) + " | " + seconds(t) + " | "
                    + seconds(median(cpu.get(label))) + " | " + (pandoc == null ? "pandoc not installed"
                    : String.format(Locale.ROOT, "%.2f× pandoc (target ≤ 0.6×)", (double) t / pandoc)) + " |");
        }
    }

    /** The JVM flags of {@code watch} (the launcher's for its long-lived commands): the warm rows' JVM. */
    private final List<String> watchFlags = LauncherFlags.longLived(Path.of("bin/bookpress"));

    /**
     * The warm rows (2) and (3), measured in a JVM of their own that runs as {@code watch} runs, with the launcher's
     * flags for it ({@link #watchFlags}: the optimising compiler kept). Not in this one: under {@code mvn exec:java}
     * it is Maven's JVM, which {@code .mvn/jvm.config} gives the quick compiler alone (right for a build that ends
     * soon, not for an editor's session of rebuilds: the same one-paragraph PDF edit of the 3× book took twice as
     * long under it).
     */
    private List<String> inWatchJvm() throws Exception {
        Path rowsFile = work.resolve("watch-rows.md");
        List<String> warmSections = sections.stream().filter(s -> s.equals("warm") || s.equals("edit")).toList();
        List<String> args = List.of(IN_WATCH_JVM, "--report", rowsFile.toString(), "--manuscript", manuscript.toString(),
                "--styles", styles.toString(), "--runs", Integer.toString(runs), "--warmups", Integer.toString(warmups),
                "--formats", String.join(",", formats), "--sections", String.join(",", warmSections),
                "--edit-factors", String.join(",", editFactors.stream().map(String::valueOf).toList()));
        log("warm rows in a JVM as watch runs: " + String.join(" ", watchFlags));
        ChildJvm.Run r = jvm.run(watchFlags, Benchmark.class.getName(), args, work.resolve("watch-jvm.log"),
                timeoutMinutes);
        System.out.print(r.output());
        if (r.exit() != 0 || !Files.isRegularFile(rowsFile)) {
            throw new IllegalStateException("the warm rows' JVM failed (exit " + r.exit() + (r.timedOut() ? ", timed out"
                    : "") + "): see its output above");
        }
        return Files.readAllLines(rowsFile, StandardCharsets.UTF_8);
    }

    /** Said to the warm rows' own JVM ({@link #inWatchJvm}): measure (2) and (3) here, and write only their rows. */
    static final String IN_WATCH_JVM = "--in-watch-jvm";

    /** Rows (2) and (3) as {@link #inWatchJvm}'s JVM measures them, one a line. */
    private String warmRows() throws Exception {
        log("warm rows' JVM: " + ManagementFactory.getRuntimeMXBean().getInputArguments());
        BookBuilder builder = Builders.create(styles);
        if (sections.contains("warm")) warm(builder);
        if (sections.contains("edit")) {
            for (int factor : editFactors) edit(builder, factor);
        }
        return String.join("\n", rows) + "\n";
    }

    /** (2) Warm full rebuilds with one long-lived builder, as `watch` does. */
    private void warm(BookBuilder builder) throws Exception {
        Set<String> both = formats;
        long epoch = 1767225600L;
        BuildResult first = builder.build(new BuildRequest(manuscript, work.resolve("warm-0"), both, epoch));
        log("first build in this JVM: " + seconds(first.totalMillis()));
        for (int i = 1; i <= warmups; i++) {   // untimed: the JIT compiles the hot paths, as after an editor's first saves
            long t0 = System.nanoTime();
            builder.build(new BuildRequest(manuscript, work.resolve("warm-0"), both, epoch));
            log("warm-up build " + i + ": " + seconds((System.nanoTime() - t0) / 1_000_000));
        }

        Timings full = new Timings();
        Timings unchanged = new Timings();
        int pages = first.pages();
        for (int i = 1; i <= runs; i++) {
            full.time(builder, manuscript, work.resolve("warm-full-" + i), both, epoch);
            unchanged.time(builder, manuscript, work.resolve("warm-0"), both, epoch);
        }
        rows.add(row("Warm full rebuild (same JVM after " + (1 + warmups) + " builds, fresh output folder), " + full.stat(), String.join(", ", formats), pages, full, ""));
        rows.add(row("Warm rebuild, nothing changed (same output folder), " + unchanged.stat(), String.join(", ", formats), pages,
                unchanged, ""));
        deleteTree(work.resolve("warm-0"));
        for (int i = 1; i <= runs; i++) deleteTree(work.resolve("warm-full-" + i));
    }

    /**
     * (3) Warm rebuilds after a one-paragraph edit of a copy of the manuscript ({@code factor} times the real one),
     * EPUB only and print PDF only, as `watch` makes them after a save: a first full build of the copy, then
     * {@code warmups} untimed edits of each kind (the JIT compiles the rebuild's own paths), then {@code runs} timed.
     */
    private void edit(BookBuilder builder, int factor) throws Exception {
        long epoch = 1767225600L;
        Path edited = work.resolve("edit-manuscript-x" + factor);
        if (factor == 1) copyTree(manuscript, edited);
        else SyntheticManuscript.generate(manuscript, factor, edited);
        Path out = work.resolve("edit-out-x" + factor);
        BuildResult first = builder.build(new BuildRequest(edited, out, formats, epoch));
        log(factor + "x: first build of the copy: " + seconds(first.totalMillis()) + ", " + first.pages() + " pages");
        ParagraphEdit edit = new ParagraphEdit(edited.resolve(EDITED_ESSAY));
        Timings epub = new Timings();
        Timings pdf = new Timings();
        Timings firstEpub = new Timings();
        Timings firstPdf = new Timings();
        int n = 0;
        for (int i = 0; i < warmups + runs; i++) {
            edit.emphasise(n++);
            (i < warmups ? firstEpub : epub).time(builder, edited, out, Set.of("epub"), epoch);
            edit.emphasise(n++);
            (i < warmups ? firstPdf : pdf).time(builder, edited, out, Set.of("pdf"), epoch);
        }
        String book = factor == 1 ? "" : ", " + factor + "× synthetic manuscript";
        rows.add(row("Warm rebuild after a one-paragraph edit (" + EDITED_ESSAY + book + "), " + epub.stat(), "epub",
                0, epub, "≤ 0.3 s"));
        rows.add(row("Warm rebuild after a one-paragraph edit (" + EDITED_ESSAY + book + "), " + pdf.stat(), "pdf",
                first.pages(), pdf, "≤ 1.0 s"));
        // the warm-ups, shown too: the edits before the timed ones, while the optimising compiler still works beside
        // them (the first of them the first edits of a session on the real book, whose rows come first)
        if (warmups > 0) {
            String firstEdits = "Warm-up: the same edits before those, still compiling (" + EDITED_ESSAY + book + "), ";
            rows.add(row(firstEdits + firstEpub.stat(), "epub", 0, firstEpub, ""));
            rows.add(row(firstEdits + firstPdf.stat(), "pdf", first.pages(), firstPdf, ""));
        }
        deleteTree(out);
        deleteTree(edited);
    }

    /** Wall-clock and CPU times of repeated in-process builds. */
    private static final class Timings {
        final List<Long> wall = new ArrayList<>();
        final List<Long> cpu = new ArrayList<>();

        void time(BookBuilder b, Path ms, Path out, Set<String> formats, long epoch) {
            long c0 = MeasuredBuild.cpuMillis();
            long t0 = System.nanoTime();
            b.build(new BuildRequest(ms, out, formats, epoch));
            long millis = (System.nanoTime() - t0) / 1_000_000;
            wall.add(millis);
            cpu.add(MeasuredBuild.cpuMillis() - c0);
            log("  " + formats + " " + ms.getFileName() + " -> " + out.getFileName() + ": " + seconds(millis)
                    + " (cpu " + seconds(cpu.get(cpu.size() - 1)) + ")");
        }

        String stat() {
            return Benchmark.stat(wall);
        }
    }

    /** The heap the scale target allows from {@link #SCALE_BOUND_FROM} times the book on (issue 17: 1 GB at 50×). */
    static final String SCALE_BOUND = "1g";
    static final int SCALE_BOUND_FROM = 50;

    /** The child JVM's heap for a synthetic book {@code factor} times the real one. */
    static String scaleHeap(int factor) {
        return "-Xmx" + (factor >= SCALE_BOUND_FROM ? SCALE_BOUND : "2g");
    }

    /**
     * (4) Synthetic books n times the real one, each built once in a child JVM with 2 GB of heap, or the target's
     * bound from 50 times on (a build that needs more fails, and its row says so).
     */
    private void scaling() throws Exception {
        Map<String, Double> baseMillisPerPage = new HashMap<>();
        for (int factor : factors) {
            Path ms = factor == 1 ? manuscript : SyntheticManuscript.generate(manuscript, factor, work.resolve("x" + factor));
            int essays = countEssays(ms);
            for (var jvmFlags : scaleJvms().entrySet()) {
                String label = jvmFlags.getKey();
                Path out = work.resolve("x" + factor + "-" + label + "-out");
                log("building " + factor + "x (" + label + ") ...");
                List<String> options = new ArrayList<>(jvmFlags.getValue());
                options.add(scaleHeap(factor));
                ChildJvm.Run r = jvm.run(options, MeasuredBuild.class.getName(),
                        buildArgs(ms, out), work.resolve("x" + factor + "-" + label + ".log"), timeoutMinutes);
                String head = "| " + factor + "x | " + label + " | " + essays + " | ";
                if (r.timedOut()) {
                    scaleRows.add(head + " | > " + timeoutMinutes + " min (stopped) | | | | | | | | |");
                    log(factor + "x (" + label + "): stopped after " + timeoutMinutes + " min");
                    deleteTree(out);
                    continue;
                }
                Matcher m = MEASURED.matcher(r.output());
                if (r.exit() != 0 || !m.find()) {
                    scaleRows.add(head + " | failed (exit " + r.exit() + ") | | | | | | | | |");
                    log(factor + "x (" + label + ") failed:\n" + tail(r.output()));
                    deleteTree(out);
                    continue;
                }
                int pages = firstInt(PAGES, r.output());
                long build = buildMillis(r.output(), r.millis());
                double msPerPage = pages == 0 ? 0 : (double) build / pages;
                if (factor == 1) baseMillisPerPage.put(label, msPerPage);
                double base = baseMillisPerPage.getOrDefault(label, 0.0);
                scaleRows.add(head + String.format(Locale.ROOT, "%d | %s | %s | %s | %.1f | %.1f%s | %s | %s | %s | %s |",
                        pages, seconds(build), seconds(r.millis()), seconds(Long.parseLong(m.group(4))),
                        pages * 1000.0 / Math.max(1, build),
                        msPerPage, base > 0 && factor != 1 ? String.format(Locale.ROOT, " (%.2f× 1x)", msPerPage / base) : "",
                        seconds(Long.parseLong(m.group(5))), mb(Long.parseLong(m.group(1))), mb(Long.parseLong(m.group(2))),
                        mb(Long.parseLong(m.group(3)))));
                log(scaleRows.get(scaleRows.size() - 1));
                deleteTree(out);
            }
            if (factor != 1) deleteTree(ms);
        }
    }

    /**
     * The JVMs the scale rows are measured in, by the label their rows carry: as a user builds a big book, with
     * {@code bin/bookpress}'s one-shot flags (read from the launcher: {@link LauncherFlags}); with {@code
     * --scale-defaults}, also with the JVM's defaults (as {@code java -jar}), a second row per size.
     */
    Map<String, List<String>> scaleJvms() {
        Map<String, List<String>> jvms = new LinkedHashMap<>();
        jvms.put("launcher", launcherFlags);
        if (scaleDefaults) jvms.put("defaults", List.of());
        return jvms;
    }

    /** The builder's own total from the summary line of `build`, else the wall time. */
    private static long buildMillis(String output, long wall) {
        for (String line : output.split("\n")) {
            if (PAGES.matcher(line).find()) {
                Matcher s = SECONDS.matcher(line);
                String last = null;
                while (s.find()) last = s.group(1);
                if (last != null) return Math.round(Double.parseDouble(last) * 1000);
            }
        }
        return wall;
    }

    private List<String> buildArgs(Path ms, Path out) {
        return List.of("build", "--manuscript", ms.toString(), "--out", out.toString(), "--styles", styles.toString(),
                "--format", String.join(",", formats));
    }

    private static int countEssays(Path ms) throws IOException {
        try (Stream<Path> files = Files.list(ms.resolve("essays"))) {
            return (int) files.filter(p -> p.toString().endsWith(".md")).count();
        }
    }

    private static void check(ChildJvm.Run r, String what) {
        if (r.exit() != 0) throw new IllegalStateException(what + " failed (exit " + r.exit() + "):\n" + tail(r.output()));
    }

    private static String tail(String s) {
        return s.length() > 3000 ? "..." + s.substring(s.length() - 3000) : s;
    }

    private static int firstInt(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String row(String what, String formats, int pages, Timings t, String target) {
        return "| " + what + " | " + formats + " | " + (pages > 0 ? pages : "") + " | " + seconds(median(t.wall)) + " | "
                + seconds(median(t.cpu)) + " | " + target + " |";
    }

    private static String stat(List<Long> millis) {
        if (millis.size() == 1) return "1 run";
        return "median of " + millis.size() + " (min " + seconds(millis.stream().min(Long::compare).orElse(0L))
                + ", max " + seconds(millis.stream().max(Long::compare).orElse(0L)) + ")";
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%d MB", Math.round(bytes / 1048576.0));
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) if (args[i].equals(name)) return args[i + 1];
        return fallback;
    }

    private static void log(String s) {
        System.err.println("[bench " + DateTimeFormatter.ofPattern("HH:mm:ss").format(ZonedDateTime.now()) + "] " + s);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> tree = Files.walk(from)) {
            for (Path p : tree.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.deleteIfExists(p);
            }
        }
    }
}
