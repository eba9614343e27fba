package press.reader.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import press.reader.assemble.ApparatusFeatures;
import press.reader.assemble.KeptChapters;
import press.reader.epub.ZipEntryData;
import press.reader.layout.ChapterLayout;
import press.reader.layout.FopEngine;
import press.reader.layout.ModelledStylesheets;
import press.reader.memo.Lru;
import press.reader.publish.BookBuilder.ManuscriptCheck;
import press.reader.report.Thumbnails;
import press.reader.xml.Xslt;

/**
 * The warm parts of a build: what is slow to make and the same from one build to the next. The compiled stylesheets
 * (recompiled by {@link Xslt} itself when a stylesheet changes), the FOP factory with its fonts (made on first use),
 * the citation processor, and the manuscript checks with the results they remember (the {@link Fidelity} of the
 * imported essays, shared with the cleanup report). Made once by the composition root ({@code cli/Builders}) and
 * shared by every builder that uses the same styles: the command line, {@code watch}, the editor's desk, the tests
 * and the benchmark.
 */
public final class Workshop {
    private final Path stylesDir;
    private final Xslt xslt;
    /** The apparatus features, among them the citations with their processor */
    private final ApparatusFeatures features;
    private final List<ManuscriptCheck> checks;
    private final Fidelity fidelity;
    private FopEngine fop;
    private final SecondCore secondCore = new SecondCore();
    private ChapterLayout.Cache chapterLayouts = new ChapterLayout.Cache();
    /** Front-cover images drawn in this process, by the hash of everything they are drawn from (a few books). */
    private final KeptDrawings coverImages = new KeptDrawings();
    /**
     * Cover PDFs drawn in this process, by the hash of everything they are drawn from (CoverEdition): a print rebuild
     * after an edit that moves no page draws the same wrap again otherwise, 20 to 65 ms of a 3x book's rebuild.
     */
    private final KeptDrawings coverPdfs = new KeptDrawings();
    /** The build report's thumbnails of the last build, by their page's fingerprint: only changed pages are drawn. */
    private final Thumbnails reportThumbnails = new Thumbnails();
    /**
     * The EPUB's chapter entries, deflated, by division and key (EpubEdition): a warm rebuild writes the unchanged
     * chapters' bytes as they are, not read back from the cache, checked and deflated again. Enough for the divisions
     * of a book ten times the size of the essays' (which has some 70); a book with more only deflates some again.
     */
    private final Map<String, ZipEntryData> epubEntries = Lru.synchronizedMap(256);
    /** The essays' chapters as the last builds assembled them: a warm rebuild converts only the edited essay again. */
    private final KeptChapters keptChapters = new KeptChapters();
    /** Whether the styles' stylesheets are the ones the division keys model, by the styles' hash and folders asked. */
    private final Map<String, Boolean> modelledStylesheets = Lru.synchronizedMap(8);

    /** Draws an image; may fail as reading and writing may. */
    interface Drawing {
        byte[] draw() throws IOException;
    }

    /** A drawing's bytes, and whether they were drawn now (else kept from an earlier build). */
    record Drawn(byte[] bytes, boolean now) {}

    /** Drawings kept by the hash of everything they are drawn from (those of a few books), and how many were drawn. */
    private static final class KeptDrawings {
        private final Map<String, byte[]> kept = Lru.map(4);
        private int drawn;

        /** The drawing kept under {@code key}, or drawn now. */
        synchronized Drawn get(String key, Drawing drawing) throws IOException {
            byte[] bytes = kept.get(key);
            if (bytes != null) return new Drawn(bytes, false);
            bytes = drawing.draw();
            kept.put(key, bytes);
            drawn++;
            return new Drawn(bytes, true);
        }

        synchronized int drawn() {
            return drawn;
        }
    }

    /**
     * {@code features}: the apparatus features every book is assembled with (the composition root registers them,
     * the citations' processor among them); {@code fidelity}: the fidelity check among {@code checks}, whose results
     * the cleanup report shares.
     */
    public Workshop(Path stylesDir, ApparatusFeatures features, List<ManuscriptCheck> checks, Fidelity fidelity) {
        // Every build's warm parts are made here, so the process is put in the root locale here: the libraries a
        // build runs case their words in the JVM's own language, and a book's bytes must not depend on the machine's.
        // In a Turkish one, Saxon's roman numerals (format-integer with the picture 'I') printed Part İİ, and FOP
        // labelled each front-matter page of the print PDF apart (its roman labels no longer read as a run).
        Locale.setDefault(Locale.ROOT);
        this.stylesDir = stylesDir;
        this.xslt = new Xslt(stylesDir);
        this.features = features;
        this.checks = List.copyOf(checks);
        this.fidelity = fidelity;
    }

    /**
     * The same warm parts as {@code warm} (its compiled stylesheets, FOP with the fonts it read, the apparatus features
     * with the citation processor, the checks) and none of its memory of earlier builds: no page sequences kept, no cover
     * images or thumbnails.
     * A cold build without the cost of compiling and reading them again: the tests compare a warm rebuild's bytes
     * with such a build's, and lay books out whole in one.
     */
    static Workshop withoutMemory(Workshop warm) {
        return new Workshop(warm);
    }

    private Workshop(Workshop warm) {
        this.stylesDir = warm.stylesDir;
        this.xslt = warm.xslt;
        this.features = warm.features;
        this.checks = warm.checks;
        this.fidelity = warm.fidelity;
        // Its own count of FOP runs: a test counts this workshop's builds, not another's still rendering beside.
        this.fop = warm.fop().countedApart();
    }

    public Path stylesDir() {
        return stylesDir;
    }

    public Xslt xslt() {
        return xslt;
    }

    /** The apparatus features every book is assembled with (the citations' processor kept warm among them). */
    public ApparatusFeatures features() {
        return features;
    }

    /** The checks of the manuscript that run before assembly, in order. */
    public List<ManuscriptCheck> checks() {
        return checks;
    }

    /** The fidelity of the imported essays to their captures, computed once per content. */
    public Fidelity fidelity() {
        return fidelity;
    }

    /**
     * The print book's page sequences as laid out by the last build, kept for the next (warm rebuilds); null when
     * this workshop lays the book out whole.
     */
    public ChapterLayout.Cache chapterLayouts() {
        return chapterLayouts;
    }

    /**
     * This workshop makes one build (a process that builds once and ends): what the layout used is not kept for a
     * next build that never comes ({@link ChapterLayout.Cache#keepNothingAfterLayout}).
     */
    public void buildsOnce() {
        if (chapterLayouts != null) chapterLayouts.keepNothingAfterLayout();
        keptChapters.keepNothing();
        reportThumbnails.keepNothing();
    }

    /** The essays' chapters kept from earlier builds (KeptChapters), for the assembly. */
    public KeptChapters keptChapters() {
        return keptChapters;
    }

    /** Lays the print book out whole, in one FOP run (the tests compare the two layouts). */
    void layOutWhole() {
        chapterLayouts = null;
    }

    /** The thread beside the build's own: work that waits for nothing else runs there. */
    SecondCore secondCore() {
        return secondCore;
    }

    /**
     * Makes the stylesheets, FOP and its fonts of {@code formats} ready on the second core while the build reads and
     * assembles the manuscript (the stock stylesheets: a book's own design is compiled when the build reaches it), and
     * hashes the styles folder there first; returns that hash, which is part of every edition's key (its large files,
     * megabytes of fonts, are read only when they changed: FileDigests; a cold build reads them all, a few tenths of a
     * second off the build's own thread). Nothing else waits for this; a stylesheet that does not compile fails the
     * build when the build itself asks for it.
     */
    Future<String> warmUp(Set<String> formats) {
        Future<String> stylesHash = secondCore.submit(() -> BuildCache.hashFolder(stylesDir));
        secondCore.submit(() -> {
            try {
                if (formats.contains(PrintPdfEdition.NAME)) {
                    fop();
                    xslt.compile(stylesDir.resolve("fo.xsl"));
                }
                if (formats.contains("epub") && Files.isRegularFile(stylesDir.resolve("epub/epub.xsl"))) {
                    xslt.compile(stylesDir.resolve("epub/epub.xsl"));
                }
                // last: the fonts read here are lent to every FOP run that starts after (FopEngine#readFonts); then
                // what FOP needs to size its first SVG (SvgSizing)
                if (formats.contains(PrintPdfEdition.NAME)) {
                    fop().readFonts();
                    SvgSizing.prepare();
                }
            } catch (RuntimeException e) {
                // the build meets the same problem where it can report it
            }
            return null;
        });
        return stylesHash;
    }

    /**
     * Whether the stylesheets of {@code folders} of the styles are those the division keys were checked against
     * ({@link ModelledStylesheets}): asked once per hash of the styles ({@code stylesHash}, which covers their bytes),
     * not digested again by every warm rebuild and by each edition that keeps divisions.
     */
    boolean modelledStylesheets(String stylesHash, String... folders) {
        return modelledStylesheets.computeIfAbsent(stylesHash + " " + String.join(",", folders),
                k -> ModelledStylesheets.in(stylesDir, FileDigests::digest, folders));
    }

    /** The front cover's image drawn under {@code key} before in this process, or drawn now. */
    byte[] coverImage(String key, Drawing drawing) throws IOException {
        return coverImages.get(key, drawing).bytes();
    }

    /** The cover PDF drawn under {@code key} before in this process, or drawn now. */
    Drawn coverPdf(String key, Drawing drawing) throws IOException {
        return coverPdfs.get(key, drawing);
    }

    /** How many cover PDFs this workshop has drawn, for the tests. */
    int coverPdfsDrawn() {
        return coverPdfs.drawn();
    }

    /** How many front-cover images this workshop has drawn, for the tests. */
    int coverImagesDrawn() {
        return coverImages.drawn();
    }

    /** The build report's thumbnails kept from the last build. */
    Map<String, ZipEntryData> epubEntries() {
        return epubEntries;
    }

    Thumbnails reportThumbnails() {
        return reportThumbnails;
    }

    /** FOP reads its configuration and the fonts once: a change to either needs a new workshop. */
    public synchronized FopEngine fop() {
        if (fop == null) fop = new FopEngine(stylesDir);
        return fop;
    }
}
