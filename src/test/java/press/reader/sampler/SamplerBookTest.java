package press.reader.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adobe.epubcheck.api.EpubCheck;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import press.reader.support.EpubCheckReport;
import press.reader.support.TestBooks;
import press.reader.support.VeraPdf;

/**
 * A second sample book, not an annotated reader (src/test/resources/manuscripts/sampler): a table with a caption,
 * verse, a code block, struck-through text, TeX math, contributors with roles. It builds with EPUBCheck 0/0, veraPDF PDF/A-1b
 * (print) and PDF/UA-1 (screen) clean, and each construct comes out rendered in both editions.
 */
@Tag("slow")   // lays out a second sample book and runs veraPDF and EPUBCheck on it (see README, Tests)
class SamplerBookTest {
    @BeforeAll
    static void init() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private static TestBooks.Built book() {
        return TestBooks.build(TestBooks.SAMPLER_MANUSCRIPT);
    }

    @Test
    void epubcheckFindsNothing() {
        EpubCheckReport report = new EpubCheckReport();
        new EpubCheck(book().file(".epub").toFile(), report).doValidate();
        assertEquals(List.of(), report.problems, "EPUBCheck messages");
        assertEquals(0, report.getFatalErrorCount() + report.getErrorCount() + report.getWarningCount());
    }

    @Test
    void printPdfIsPdfA1bAndScreenPdfIsPdfUa1() throws Exception {
        assertEquals(List.of(), VeraPdf.failures(book().file("things.pdf"), PDFAFlavour.PDFA_1_B));
        assertEquals(List.of(), VeraPdf.failures(book().file("-screen.pdf"), PDFAFlavour.PDFUA_1));
    }

    @Test
    void thePdfPrintsTheTableTheCodeWithItsSpacesAndTheVerseLines() throws Exception {
        String text;
        try (var doc = Loader.loadPDF(book().file("things.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            text = stripper.getText(doc);
        }
        assertTrue(text.contains("Four old measures of length."), text);
        assertTrue(text.contains("Chain 66 cricket pitches"), text);
        assertTrue(text.contains("        return value * FEET[unit] / FEET[into]")
                || text.contains("    return value * FEET[unit] / FEET[into]"), "indentation kept: " + text);
        assertTrue(text.contains("“Hope” is the thing with feathers -\nThat perches in the soul -"), text);
        assertTrue(text.contains("Translated by Cy Tran"), text);
        assertTrue(text.matches("(?s).*\nSampler Press\n[ \u00A0]{2,}14 Small Street\nLeeds\n.*"), "lines and indent kept: " + text);
        assertTrue(text.contains("Furlong\nTen chains."), text);
        // a reference without words to a figure the design does not number: named by the styles' words and its page
        java.util.regex.Matcher figureRef = java.util.regex.Pattern.compile("The figure on p\\. (\\d+) draws them to scale\\.")
                .matcher(text.replace('\u00A0', ' '));
        assertTrue(figureRef.find(), text);
        System.out.println("@Fig:bars prints: " + figureRef.group());
        assertTrue(text.contains("A furlong is a furrow long"), text);
        // the formulas are drawn (no text of their own); the prices around them are text
        assertTrue(text.contains("A price is not a formula: the map cost $5 and the chain $10, and a\ndollar sign can be "
                + "written as $ on its own."), text);
        for (String markup : List.of("|---", "~~", "```", "Table:", "\\\n", "| ", "^[", "^10^", "~2~", "![", "{#fig", "+---", "+===",
                "$$", "\\frac", "\\sum", "$\\")) {
            assertFalse(text.contains(markup), "literal markup '" + markup + "' in the PDF");
        }
    }

    /** book.yaml's ISBN per format and cover credit: on both copyright pages, in the EPUB's package, on the cover */
    @Test
    void theIsbnsPerFormatAndTheCoverCreditArePrintedAndInTheMetadata() throws Exception {
        String text;
        try (var doc = Loader.loadPDF(book().file("things.pdf").toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        String page = text.substring(text.indexOf("Sampler Press, Leeds"), text.indexOf("Set in "));
        System.out.println("Copyright page of the sampler:\n" + page);
        assertTrue(page.contains("ISBN 978-0-306-40615-7 (print)\nISBN 978-0-00-000000-2 (EPUB)\n"), page);
        assertTrue(page.contains("\nCover design by the Sampler Press\n"), page);
        String title = entry("OEBPS/text/titlepage.xhtml");
        assertTrue(title.contains(">ISBN 978-0-00-000000-2 (EPUB)<") && title.contains(">Cover design by the Sampler Press<"), title);
        String opf = entry("OEBPS/content.opf");
        assertTrue(opf.contains("<dc:identifier id=\"isbn-epub\">urn:isbn:978-0-00-000000-2</dc:identifier>"), opf);
        assertTrue(opf.contains("<dc:source>urn:isbn:978-0-306-40615-7</dc:source>"), opf);
        String cover;
        try (var doc = Loader.loadPDF(book().file("-cover.pdf").toFile())) {
            cover = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
        }
        assertTrue(cover.contains("ISBN978-0-306-40615-7") && !cover.contains("978-0-00-000000-2"), "the barcode's is the print ISBN: " + cover);
    }

    @Test
    void theEpubHasACaptionedTableWithScopedHeadersCodeAndStruckText() throws Exception {
        String measures = entry("OEBPS/text/measures.xhtml");
        assertTrue(measures.contains("<caption>Four old measures of length.</caption>"), measures);
        assertTrue(measures.contains("<caption>The chain and the furlong.</caption>"), measures);
        assertTrue(measures.contains("<td>a hundred links, or four rods</td>"), measures);
        assertFalse(measures.contains("+---") || measures.contains("+==="), measures);
        assertTrue(measures.contains("<th scope=\"col\" class=\"align-right\">In feet</th>"), measures);
        assertTrue(measures.contains("<s>everything</s>"), measures);
        assertTrue(measures.contains("<pre class=\"code\"><code class=\"language-python\">FEET"), measures);
        assertTrue(measures.contains("\n    return value * FEET[unit] / FEET[into]"), measures);
        assertFalse(measures.contains("~~") || measures.contains("|---") || measures.contains("Table:"), measures);
        String verse = entry("OEBPS/text/verse.xhtml");
        assertTrue(verse.contains("feathers -<br/>"), verse);
        assertTrue(verse.contains("<span class=\"line\">Sampler Press</span><br/><span class=\"line\">\u00A0\u00A0\u00A0\u00A014 Small Street</span>"), verse);
        assertTrue(verse.contains("<dt>Chain</dt><dd>Twenty-two yards, or a hundred links.</dd>"), verse);
        assertTrue(verse.contains("H<sub>2</sub>O; 2<sup>10</sup> is 1024; <span class=\"smallcaps\">small capitals</span> and a "
                + "<span lang=\"fr\" xml:lang=\"fr\">mot juste</span> are spans."), verse);
        assertTrue(verse.contains("A furlong is a <em>furrow long</em>"), verse);
    }

    @Test
    void theFormulasAreMathMlInTheEpubAndTaggedFormulasWithTheirTexInTheScreenPdf() throws Exception {
        String reckoning = entry("OEBPS/text/reckoning.xhtml");
        assertTrue(reckoning.contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" alttext=\"\\frac{ab}{10}\" "
                + "display=\"inline\"><semantics><mrow><mfrac>"), reckoning);
        assertTrue(reckoning.contains("alttext=\"\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}.\" display=\"block\""), reckoning);
        assertTrue(reckoning.contains("the map cost $5 and the chain $10, and a dollar sign can be written as $ on its own."),
                reckoning);
        assertFalse(reckoning.contains("$$") || reckoning.contains("<svg"), reckoning);
        // a display formula scrolls in a box the keyboard can reach (Ace: scrollable-region-focusable)
        assertTrue(reckoning.contains("<span class=\"display-math\" tabindex=\"0\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\" "
                + "alttext=\"1760 = 8 \\times 220 \\text{ yards.}\" display=\"block\">"), reckoning);
        // the cases' conditions are set flush left in every reader, MathML Core's too (CSS on the cell)
        assertTrue(reckoning.contains("<mtd columnalign=\"left\" style=\"text-align: left\"><mrow><mtext>for a rectangle,</mtext>"),
                reckoning);
        assertTrue(entry("OEBPS/content.opf").matches("(?s).*href=\"text/reckoning.xhtml\"\\s+media-type=\"application/xhtml\\+xml\"\\s+"
                + "properties=\"mathml\".*"), "the package marks the document that holds MathML");
        assertTrue(entry("OEBPS/content.opf").contains("<meta property=\"schema:accessibilityFeature\">MathML</meta>"),
                "the accessibility metadata names the MathML");
        String html = Files.readString(book().file("things.html"));
        assertTrue(html.contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" alttext=\"d = s\\sqrt{2}\" display=\"inline\">"),
                "the HTML page carries the MathML too");
        List<String> formulas = new java.util.ArrayList<>();
        try (var doc = Loader.loadPDF(book().file("-screen.pdf").toFile())) {
            collectFormulas(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), formulas);
        }
        System.out.println("Formula structure elements in the screen PDF: " + formulas.size());
        assertEquals(21, formulas.size(), formulas.toString());
        assertTrue(formulas.contains("d = s\\sqrt{2}"), formulas.toString());
    }

    /** The alternative text of every Formula of a structure tree, in reading order */
    private static void collectFormulas(List<Object> kids, List<String> out) {
        for (Object k : kids) {
            if (k instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if (e.getStructureType().equals("Formula")) out.add(e.getAlternateDescription());
                collectFormulas(e.getKids(), out);
            }
        }
    }

    /**
     * The sampler's chapters stand in parts (book.yaml contents.essays): each part has a recto title page with the
     * styles' word and its number ("PART II", "Words"), an entry in the printed contents with its page, a bookmark
     * with its chapters nested under it, and an entry in the EPUB's navigation with its chapters in a list below.
     * A dedication without a title has a recto of its own before the contents, listed in the EPUB's navigation only.
     */
    @Test
    void partsHaveTitlePagesContentsEntriesAndNestedBookmarksAndTheDedicationItsPage() throws Exception {
        try (var doc = Loader.loadPDF(book().file("things.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new java.util.ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc).replace('\u00A0', ' ').strip());
            }
            // the label is letter-spaced: its letters come out with spaces between them
            int part2 = java.util.stream.IntStream.range(0, pages.size())
                    .filter(i -> pages.get(i).replace(" ", "").equals("PARTII\nWords")).findFirst().orElse(-1);
            System.out.println("part II's title page: sheet " + (part2 + 1) + " of " + pages.size() + ": " + pages.get(Math.max(part2, 0)));
            assertTrue(part2 > 0 && part2 % 2 == 0, "part II on a recto page of its own: " + pages);
            assertEquals("", pages.get(part2 + 1), "the part page's verso is blank");
            String contents = pages.stream().filter(p -> p.startsWith("Contents")).findFirst().orElseThrow();
            assertTrue(contents.matches("(?s).*Part I: Numbers 3\nMeasures 5\n.*Part II: Words 7\nVerse 9\n.*"), contents);
            int dedication = pages.indexOf("For the editors of small presses, who\nmake books of other people’s words.");
            assertTrue(dedication > 0 && dedication % 2 == 0 && dedication < pages.indexOf(contents), "the dedication on a recto before the contents: " + pages);
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            List<String> tree = new java.util.ArrayList<>();
            for (var item : outline.children()) {
                StringBuilder b = new StringBuilder(item.getTitle());
                for (var child : item.children()) b.append(" > ").append(child.getTitle());
                tree.add(b.toString().replace('\u00A0', ' '));
            }
            assertTrue(tree.contains("Part I: Numbers > Measures"), tree.toString());
            assertTrue(tree.contains("Part II: Words > Verse"), tree.toString());
            assertFalse(tree.contains("Measures"), "a part's chapter is under the part, not beside it: " + tree);
        }
        String nav = entry("OEBPS/text/nav.xhtml");
        assertTrue(nav.contains("<li><a href=\"part-2.xhtml\">Part\u00A0II: Words</a><ol><li><a href=\"verse.xhtml\">Verse</a>"), nav);
        assertTrue(nav.contains("<li><a href=\"dedication.xhtml\">Dedication</a></li>"), nav);
        String part = entry("OEBPS/text/part-1.xhtml");
        assertTrue(part.contains("<section id=\"part-1\" epub:type=\"part\" role=\"doc-part\""), part);
        assertFalse(part.contains("Old measures") || part.contains("class=\"notes\""), "a part's file holds its title page only: " + part);
        assertTrue(entry("OEBPS/text/contributors.xhtml").contains("epub:type=\"contributors\""));
    }

    private static String entry(String name) throws Exception {
        try (ZipFile zip = new ZipFile(book().file(".epub").toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
