package press.reader.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.layout.ChapterLayout;
import press.reader.report.BuildReport;
import press.reader.report.ReportData;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/**
 * The print PDF laid out page sequence by page sequence (each chapter alone, kept for the next build) is the book
 * FOP lays out whole: the same text on every page (running heads and folios included), the same page labels, the
 * same outline and links to the same places, and it is PDF/A-1b. After a one-paragraph edit only the edited chapter
 * is laid out again; when the edit changes the chapter's page count, the sequences after it follow; and the warm
 * rebuild gives the bytes a cold build of the edited manuscript gives. The layouts by page sequence compared are the
 * shared build of the small book (the real book's apparatus: notes, citations and works cited, glossary, chronology, an
 * index of page references), which every test JVM's workshop lays out by page sequence, and the sampler (parts, tables,
 * verse, code, figures) after the edit test's two edits: every sequence of it, laid out by sequence (kept from the first
 * build or laid out again), against the whole-book layout. The unedited sampler's own whole-book layout, a test of its
 * own before, proved nothing more (a layout by sequence unlike the whole book's fails the edited one too) and cost
 * 1.3 s of the class's 6.7 s of CPU (the shared builds made); the real book's PDF/A-1b is
 * {@code PdfConformanceTest}'s. Every workshop here is the test JVM's warm parts without their memory
 * ({@link Workshop#withoutMemory}): a cold build without compiling the stylesheets and reading the fonts again.
 */
@Tag("slow")   // lays books out several times
class ChapterLayoutTest {
    private static final Set<String> PDF = Set.of("pdf");

    @TempDir
    Path tmp;

    @Test
    void theSmallBookWithTheApparatusLaidOutByChapterIsTheWholeBookLayout() throws Exception {
        sameAsWholeBook(TestBooks.MINI_MANUSCRIPT, TestBooks.mini(), "mini");
    }

    @Test
    void anEditLaysOutItsChapterAgainAndTheWarmBytesAreTheColdBytes() throws Exception {
        ManuscriptCopy ms = ManuscriptCopy.of(TestBooks.SAMPLER_MANUSCRIPT, tmp.resolve("ms"));
        Workshop warm = Workshop.withoutMemory(TestBooks.workshop());
        BookBuilder builder = new BookBuilder(warm);
        ChapterLayout.Cache cache = warm.chapterLayouts();
        BuildResult sampler = builder.build(new BuildRequest(ms.root(), tmp.resolve("warm"), PDF, TestBooks.EPOCH));
        long sequences = cache.kept();
        System.out.println("sampler, first build: " + sequences + " page sequences, " + cache.layouts()
                + " laid out and drawn, " + cache.measured() + " laid out without drawing in the first pass");

        ms.replace("chapters/measures.md", "survive in odd places.", "survive in *odd* places.");
        long before = cache.layouts();
        long hitsBefore = cache.hits();
        long readBefore = cache.pdfsRead();
        long earlyBefore = cache.earlyLayouts();
        BuildResult edited = builder.build(new BuildRequest(ms.root(), tmp.resolve("warm"), PDF, TestBooks.EPOCH));
        System.out.println("sampler, one word emphasised: " + (cache.layouts() - before) + " laid out, "
                + (cache.hits() - hitsBefore) + " from the cache, " + edited.layoutPasses() + " pass(es), "
                + (cache.pdfsRead() - readBefore) + " sequence PDFs read to assemble the book");
        assertEquals(1, cache.layouts() - before, "only the edited chapter is laid out again");
        // laid out early, beside the stylesheet's run, if the second core began it before the build's thread came to
        // it, else by the build's thread (CI, a loaded machine: the second core had not begun; the hand-over either
        // way is EarlyLayoutTest's, with the threads' order held)
        assertTrue(cache.earlyLayouts() - earlyBefore <= 1, "laid out once, early or not");
        assertEquals(sequences - 1, cache.hits() - hitsBefore);
        assertEquals(2, cache.pdfsRead() - readBefore, "the book is assembled from the kept sequences, the edited "
                + "chapter's new PDF and the first sequence (whose catalogue becomes the book's)");
        assertColdBytes(ms.root(), tmp.resolve("warm"), "emphasis");
        assertThumbnailsAsFromThePdf(tmp.resolve("warm"), edited.pages());

        // a chapter grows by pages: the sequences after it start later and are laid out again. Two pages or more (a
        // chapter opening on a recto may take one page up in a blank verso); every page more is laid out three times
        // more below (warm, cold, whole)
        String paragraph = String.join(" ", Collections.nCopies(120, "A sentence that fills the page."));
        for (int i = 0; i < 2; i++) ms.append("chapters/measures.md", paragraph);
        before = cache.layouts();
        BuildResult grown = builder.build(new BuildRequest(ms.root(), tmp.resolve("warm"), PDF, TestBooks.EPOCH));
        System.out.println("sampler, a chapter grown to " + grown.pages() + " pages: " + (cache.layouts() - before)
                + " laid out, " + grown.layoutPasses() + " pass(es)");
        assertTrue(grown.pages() >= sampler.pages() + 2, "the chapter grew by pages: " + grown.pages());
        assertTrue(cache.layouts() - before > 1, "the sequences after the grown chapter are laid out again");
        assertColdBytes(ms.root(), tmp.resolve("warm"), "grown");
        Path whole = wholeBook(ms.root(), tmp.resolve("grown-whole"));
        assertSameBook(whole, printPdf(tmp.resolve("warm")));
    }

    /**
     * The build report of the warm build in {@code warm} drew its thumbnails from the sequences the layout kept
     * ({@code LaidPage}): each is the one drawn from the book's PDF.
     */
    private void assertThumbnailsAsFromThePdf(Path warm, int pages) throws IOException {
        List<Integer> openings = new ArrayList<>();
        try (var files = Files.list(warm.resolve(BuildReport.IMAGE_DIR))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("page-"))
                    .forEach(n -> openings.add(Integer.parseInt(n.substring(5, 9)) - 1));
        }
        assertTrue(openings.size() > 3, "openings: " + openings);
        Path fromPdf = Files.createDirectories(tmp.resolve("report-from-pdf"));
        BuildReport.write(fromPdf, new ReportData("t", pages, List.of(), Map.of(), openings, printPdf(warm), null));
        for (int index : openings) {
            String png = String.format(Locale.ROOT, "%s/page-%04d.png", BuildReport.IMAGE_DIR, index + 1);
            assertArrayEquals(Files.readAllBytes(fromPdf.resolve(png)), Files.readAllBytes(warm.resolve(png)), png);
        }
    }

    /**
     * A cold build of {@code manuscript} (a new builder in a workshop that remembers no layout) writes the bytes the
     * warm build wrote into {@code warm}.
     */
    private void assertColdBytes(Path manuscript, Path warm, String name) throws IOException {
        Path cold = tmp.resolve("cold-" + name);
        new BookBuilder(Workshop.withoutMemory(TestBooks.workshop()))
                .build(new BuildRequest(manuscript, cold, PDF, TestBooks.EPOCH));
        assertArrayEquals(Files.readAllBytes(printPdf(cold)), Files.readAllBytes(printPdf(warm)), name);
    }

    /**
     * The whole-book layout of {@code manuscript} is the same book as the print PDF of {@code shared}, a build shared
     * by the test JVMs (made by whichever asked first): their workshops lay books out page sequence by page sequence,
     * as the stock one does (the edit test counts the sequences of one).
     */
    private void sameAsWholeBook(Path manuscript, TestBooks.Built shared, String name) throws IOException {
        assertTrue(TestBooks.workshop().chapterLayouts() != null, "the shared builds are laid out by page sequence");
        assertSameBook(wholeBook(manuscript, tmp.resolve(name + "-whole")), printPdf(shared.out()));
    }

    /**
     * Lays {@code manuscript} out whole, in one FOP run, into {@code out}: in one workshop for the class (the test JVM's
     * warm parts, the stylesheets and FOP; it keeps no layouts, and each build has a builder of its own).
     */
    private static Path wholeBook(Path manuscript, Path out) {
        new BookBuilder(wholeLayouts()).build(new BuildRequest(manuscript, out, PDF, TestBooks.EPOCH));
        return printPdf(out);
    }

    private static Workshop whole;

    @AfterAll
    static void forgetTheWholeLayouts() {
        whole = null;   // the rest of the test JVM's classes need not hold its builds' memory
    }

    private static synchronized Workshop wholeLayouts() {
        if (whole == null) {
            whole = Workshop.withoutMemory(TestBooks.workshop());
            whole.layOutWhole();
        }
        return whole;
    }

    /** The print PDF among a build's outputs (not the cover, nor the screen edition of a shared build). */
    private static Path printPdf(Path dir) {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".pdf") && !p.toString().endsWith("-cover.pdf")
                    && !p.toString().endsWith("-screen.pdf")).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertSameBook(Path whole, Path byChapter) throws IOException {
        try (PDDocument a = Loader.loadPDF(whole.toFile()); PDDocument b = Loader.loadPDF(byChapter.toFile())) {
            assertEquals(a.getNumberOfPages(), b.getNumberOfPages(), "pages");
            PDFTextStripper text = new PDFTextStripper();
            for (int p = 1; p <= a.getNumberOfPages(); p++) {
                text.setStartPage(p);
                text.setEndPage(p);
                assertEquals(text.getText(a), text.getText(b), "the text of page " + p);
            }
            assertEquals(Arrays.asList(a.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()),
                    Arrays.asList(b.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()), "page labels");
            List<String> outline = outline(a, a.getDocumentCatalog().getDocumentOutline(), "");
            assertTrue(outline.size() > 3, "an outline");
            assertEquals(outline, outline(b, b.getDocumentCatalog().getDocumentOutline(), ""), "outline");
            List<String> links = links(a);
            assertTrue(links.size() > 3, "links");
            assertEquals(links, links(b), "links");
            System.out.println(byChapter.getFileName() + ": " + a.getNumberOfPages() + " pages, " + outline.size()
                    + " bookmarks and " + links.size() + " links as in the whole-book layout");
        }
    }

    /** Each bookmark: its depth, title and target (page index and point). */
    private static List<String> outline(PDDocument d, PDOutlineNode node, String indent) throws IOException {
        List<String> out = new ArrayList<>();
        for (PDOutlineItem item : node.children()) {
            out.add(indent + item.getTitle() + " -> " + (item.getAction() instanceof PDActionGoTo g
                    ? place(d, g) : String.valueOf(item.getAction())));
            out.addAll(outline(d, item, indent + "  "));
        }
        return out;
    }

    /** Each link: its page, its rectangle, and where it goes (a page index and point, or an address). */
    private static List<String> links(PDDocument d) throws IOException {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < d.getNumberOfPages(); i++) {
            PDPage page = d.getPage(i);
            for (PDAnnotation a : page.getAnnotations()) {
                if (!(a instanceof PDAnnotationLink link)) continue;
                PDRectangle r = link.getRectangle();
                String target = link.getAction() instanceof PDActionGoTo g ? place(d, g)
                        : link.getAction() instanceof PDActionURI u ? u.getURI() : String.valueOf(link.getAction());
                out.add(i + " " + Math.round(r.getLowerLeftX()) + "," + Math.round(r.getLowerLeftY()) + " -> " + target);
            }
        }
        return out;
    }

    private static String place(PDDocument d, PDActionGoTo g) throws IOException {
        if (!(g.getDestination() instanceof PDPageXYZDestination x)) return String.valueOf(g.getDestination());
        return "page " + d.getPages().indexOf(x.getPage()) + " at " + x.getLeft() + "," + x.getTop();
    }
}
