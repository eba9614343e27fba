package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;
import press.reader.support.TestBooks;
import press.reader.xml.Xslt;

/**
 * A long index is laid out in several page sequences (fo-index.xsl, {@code index-terms-per-sequence}): FOP holds a
 * sequence's layout, and the tagged PDF's structure tree, until the sequence ends, and the index of a book fifty
 * times the real one, one sequence, was the largest run of its build. Cut, it must read as one index: the same
 * entries in the same order, the title once, folios running on (no opening page, no blank page between the parts).
 */
class LongIndexSequencesTest {
    /** One page sequence of the index as the stylesheet wrote it. */
    record Part(String master, String forcePageCount, String initialPageNumber, String text, List<String> ids) {}

    @Test
    void aLongIndexIsCutAtLetterHeadingsAndReadsAsOne() throws Exception {
        Xslt xslt = new Xslt();
        XdmNode book = xslt.processor().newDocumentBuilder()
                .build(new StreamSource(new StringReader(TestBooks.bookXml(TestBooks.MINI_MANUSCRIPT))));
        List<Part> whole = indexParts(xslt, book, Map.of());
        List<Part> cut = indexParts(xslt, book, Map.of("index-terms-per-sequence", "1"));
        System.out.println("index of the mini book: " + whole.size() + " page sequence, cut: " + cut.size());

        assertEquals(1, whole.size(), "an index smaller than the limit is one page sequence");
        assertTrue(cut.size() > 2, "one letter per part: " + cut.size());
        StringBuilder joined = new StringBuilder();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < cut.size(); i++) {
            Part p = cut.get(i);
            boolean first = i == 0, last = i == cut.size() - 1;
            assertEquals(first ? "chapter-columns" : "chapter-columns-continued", p.master());
            assertEquals(first ? "auto-odd" : "auto", p.initialPageNumber(), "the folios run on");
            assertEquals(last ? "end-on-even" : "no-force", p.forcePageCount(), "no blank page between parts");
            joined.append(p.text());
            ids.addAll(p.ids());
        }
        assertEquals(whole.get(0).text(), joined.toString().replaceAll("\n+", "\n"), "the same title, letters and entries, in order");
        assertEquals(whole.get(0).ids(), ids, "the index's id on its first part, its end's on its last");
    }

    /** The page sequences of the index (on the column pages) that fo.xsl writes for {@code book}. */
    private static List<Part> indexParts(Xslt xslt, XdmNode book, Map<String, Object> params) {
        List<Part> parts = new ArrayList<>();
        xslt.transform(TestBooks.STYLES.resolve("fo.xsl"), book, params, new SAXDestination(new DefaultHandler() {
            private String[] sequence;
            private StringBuilder text;
            private List<String> ids;
            private int inFlow;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                if (localName.equals("page-sequence") && atts.getValue("master-reference").startsWith("chapter-columns")) {
                    sequence = new String[] {atts.getValue("master-reference"), atts.getValue("force-page-count"),
                            atts.getValue("initial-page-number")};
                    text = new StringBuilder();
                    ids = new ArrayList<>();
                }
                if (sequence == null) return;
                if (localName.equals("flow")) inFlow++;
                if (inFlow > 0 && atts.getValue("id") != null) ids.add(atts.getValue("id"));
                if (inFlow > 0 && localName.equals("block")) text.append('\n');
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                if (sequence == null) return;
                if (localName.equals("flow")) inFlow--;
                if (localName.equals("page-sequence")) {
                    parts.add(new Part(sequence[0], sequence[1], sequence[2], text.toString().replaceAll("\n+", "\n"),
                            ids));
                    sequence = null;
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (sequence != null && inFlow > 0) text.append(ch, start, length);
            }
        }));
        return parts;
    }
}
