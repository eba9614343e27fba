package press.reader.proofing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Internal ids are never printed: essays are named by their display names, headings by their visible words. */
@Tag("slow")   // reads the real book, laid out once per run of the suite (see README, Tests)
class NamesProofTest {
    /** An essay id where the reader should see a name ("nielsen dates…", "By weissman’s account", "(significance"). */
    private static final Pattern ID_AS_NAME = Pattern.compile("\\b(nielsen|weissman)\\b|\\bdegeneration’s (list|closing"
            + "|account|text)|(?<!on )\\bdegeneration (has|to|dates)|\\(significance\\b|\\bsignificance (dates|says|agrees)"
            + "|\\bdefeated to\\b|By [a-z]+’s account");

    private static List<String> idsIn(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = ID_AS_NAME.matcher(text);
        while (m.find()) found.add(text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 10)));
        return found;
    }

    @Test
    void noEssayIdIsPrintedInEitherPdfOrTheEpub() throws IOException {
        RealBook b = RealBook.get();
        assertEquals(List.of(), idsIn(RealBook.flat(b.printText())), "print");
        assertEquals(List.of(), idsIn(RealBook.flat(b.screenText())), "screen");
        assertTrue(RealBook.flat(b.screenText()).contains("Note: Nielsen dates to 1905 Trotsky’s warning"),
                "the screen PDF's text, read: no id in a text that cannot be extracted proves nothing");
        assertEquals(List.of(), idsIn(b.epubText().replaceAll("<[^>]+>", "")), "EPUB");
        String print = RealBook.flat(b.printText());
        assertTrue(print.contains("Note: Nielsen dates to 1905 Trotsky’s warning"), "chronology note");
        assertTrue(print.contains("Note: Weissman places the abdication"), "chronology note");
        assertTrue(b.epubText().contains("By Weissman’s account"), "time-line figure and chronology");
        for (String id : List.of("defeated", "nielsen", "weissman", "significance", "degeneration")) {
            assertFalse(b.xml.contains("<link linkend=\"" + id + "\">" + id + "</link>"), "a cross-reference shows the id " + id);
        }
        assertTrue(print.contains("end the war in 1920 (the ICT article (p."), "a cross-reference to an essay, with its page");
    }

    /** The visible words of every section title of the book document, in order. */
    private static List<String> sectionTitles(String xml) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        var doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        NodeList titles = doc.getElementsByTagNameNS("http://docbook.org/ns/docbook", "title");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < titles.getLength(); i++) {
            Element t = (Element) titles.item(i);
            Node parent = t.getParentNode();
            if (!parent.getLocalName().equals("section") || !((Element) parent.getParentNode()).hasAttribute("role")
                    && !parent.getParentNode().getLocalName().matches("chapter|preface|appendix")) {
                continue;
            }
            out.add(visible(t).replaceAll("\\s+", " ").strip());
        }
        return out;
    }

    private static String visible(Node n) {
        StringBuilder sb = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE) sb.append(c.getNodeValue());
            else if (c.getNodeType() == Node.ELEMENT_NODE && !c.getLocalName().matches("indexterm|footnote")) sb.append(visible(c));
        }
        return sb.toString();
    }

    @Test
    void everyBookmarkAndNavEntryOfASectionIsItsHeadingsVisibleText() throws Exception {
        List<String> expected = sectionTitles(RealBook.get().xml);
        assertTrue(expected.contains("April Theses: “All Power to the Soviets”"), expected.toString());
        for (var pdf : List.of(RealBook.get().print, RealBook.get().screen)) {
            List<String> bookmarks = new ArrayList<>();
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                for (PDOutlineItem top : doc.getDocumentCatalog().getDocumentOutline().children()) {
                    for (PDOutlineItem section : top.children()) bookmarks.add(section.getTitle());
                }
            }
            assertEquals(expected, bookmarks, pdf.getFileName().toString());
        }
        String nav = RealBook.get().epub.entrySet().stream().filter(e -> e.getKey().endsWith("nav.xhtml"))
                .findFirst().orElseThrow().getValue();
        nav = nav.substring(nav.indexOf("epub:type=\"toc\""));
        nav = nav.substring(0, nav.indexOf("</nav>"));
        List<String> entries = new ArrayList<>();
        Matcher m = Pattern.compile("<a href=\"[^\"#]+#[^\"]+\">([^<]*)</a>").matcher(nav);
        while (m.find()) entries.add(m.group(1));
        assertEquals(expected, entries, "EPUB nav");
        assertFalse(nav.contains("April ThesesApril Theses"));
    }
}
