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
        assertTrue(text.contains("A furlong is a furrow long"), text);
        // the formulas are drawn (no text of their own); the prices around them are text
        assertTrue(text.contains("A price is not a formula: the map cost $5 and the chain $10, and a\ndollar sign can be "
                + "written as $ on its own."), text);
        for (String markup : List.of("|---", "~~", "```", "Table:", "\\\n", "| ", "^[", "^10^", "~2~", "![", "{#fig", "+---", "+===",
                "$$", "\\frac", "\\sum", "$\\")) {
            assertFalse(text.contains(markup), "literal markup '" + markup + "' in the PDF");
        }
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

    private static String entry(String name) throws Exception {
        try (ZipFile zip = new ZipFile(book().file(".epub").toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
