package press.reader.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.Diagnostics;
import press.reader.layout.ChapterLayout;
import press.reader.layout.FopEngine;
import press.reader.layout.PrintLayout;
import press.reader.support.TestBooks;

/**
 * A cold build's first pass is laid out page sequence by page sequence (layout/ColdPass), not the whole book once
 * more without drawing; a design whose page sequences leave their page count to the next one
 * ({@code force-page-count="auto"}, the default) cannot be laid out so, and is laid out whole, as before.
 */
class ColdPassTest {
    @TempDir
    Path tmp;

    private static final String BOOK = "<book><chapter xml:id=\"one\">The first chapter.</chapter>"
            + "<chapter xml:id=\"two\">The second chapter.</chapter><chapter xml:id=\"three\">The third.</chapter></book>";

    /** A design's print stylesheet: one page sequence a chapter, with {@code force} as its force-page-count. */
    private Path stylesheet(String force) throws Exception {
        return stylesheet(force, "");
    }

    /** The same, with {@code tail} written after the chapters' sequences. */
    private Path stylesheet(String force, String tail) throws Exception {
        Path xsl = tmp.resolve("print-" + force + ".xsl");
        Files.writeString(xsl, """
                <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                    xmlns:fo="http://www.w3.org/1999/XSL/Format">
                  <xsl:template match="/">
                    <fo:root>
                      <fo:layout-master-set>
                        <fo:simple-page-master master-name="p" page-width="4in" page-height="4in">
                          <fo:region-body margin="0.5in"/>
                        </fo:simple-page-master>
                      </fo:layout-master-set>
                      <xsl:for-each select="//chapter">
                        <fo:page-sequence master-reference="p" force-page-count="FORCE">
                          <fo:flow flow-name="xsl-region-body"><fo:block id="{@xml:id}"><xsl:value-of select="."/></fo:block></fo:flow>
                        </fo:page-sequence>
                      </xsl:for-each>TAIL
                    </fo:root>
                  </xsl:template>
                </xsl:stylesheet>
                """.replace("FORCE", force).replace("TAIL", tail));
        return xsl;
    }

    private record Laid(PrintLayout.Result result, FopEngine.Work work, ChapterLayout.Cache cache) {}

    private Laid layOut(String force) throws Exception {
        return layOut(force, "", Map.of(), new ChapterLayout.Cache());
    }

    private Laid layOut(String force, String tail, Map<String, String> params, ChapterLayout.Cache cache)
            throws Exception {
        Workshop workshop = Workshop.withoutMemory(TestBooks.workshop());
        XdmNode book = workshop.xslt().processor().newDocumentBuilder()
                .build(new StreamSource(new StringReader(BOOK)));
        PrintLayout layout = new PrintLayout(workshop.xslt(), workshop.fop(), TestBooks.STYLES,
                stylesheet(force, tail)).byChapter(cache, "test");
        PrintLayout.Result r = layout.layout(book, params, new Date(TestBooks.EPOCH * 1000L), new Diagnostics(),
                null);
        return new Laid(r, workshop.fop().work(), cache);
    }

    @Test
    void aColdLayoutBySequenceLaysNothingOutWholeAndDrawsEachSequenceOnce() throws Exception {
        Laid l = layOut("no-force");
        System.out.println("three chapters, cold, by sequence: " + l.result().passes() + " passes, " + l.work()
                + ", " + l.cache().layouts() + " sequences drawn");
        assertEquals(3, l.result().pages());
        assertEquals(1, l.cache().coldPasses(), "the first pass laid out by page sequence");
        assertEquals(3, l.cache().layouts(), "each sequence drawn once: the second pass keeps the first's");
        assertEquals(new FopEngine.Work(3, 0), l.work(), "no layout without drawing: nothing cites a page");
        assertEquals(2, l.result().passes());
        assertNotNull(l.result().pageMap().page("three"));
    }

    @Test
    void aBookWhoseSequencesDoNotEndOnTheirOwnIsLaidOutWhole() throws Exception {
        Laid l = layOut("auto");
        System.out.println("three chapters, force-page-count auto: " + l.result().passes() + " passes, " + l.work());
        assertEquals(3, l.result().pages());
        assertEquals(0, l.cache().coldPasses(), "not laid out by sequence");
        assertTrue(l.work().layoutsOnly() >= 1, "the first pass laid out whole without drawing, as before");
        assertEquals(2, l.result().passes());
    }

    /**
     * A signature of four pages and a design that does not mark its padding sequence: the sequences fit only once the
     * stylesheet has ended, so the first pass draws them, and the book is then laid out whole. What that pass drew is
     * never asked for again and is not kept (a watch session held it until its next build).
     */
    @Test
    void aFirstPassThatEndsInAWholeBookLayoutKeepsNothingItDrew() throws Exception {
        Laid l = layOut("no-force", "", Map.of("signature", "4"), new ChapterLayout.Cache());
        System.out.println("three chapters, signature 4, no padding mark: " + l.result().pages() + " pages, "
                + l.work() + ", kept " + l.cache().kept());
        assertEquals(3, l.result().pages());
        assertEquals(0, l.cache().kept(), "nothing of the abandoned first pass kept");
    }

    /** A stylesheet that fails after writing its sequences: the error is the build's, and nothing drawn is kept. */
    @Test
    void aStylesheetErrorLeavesNothingOfTheFirstPassKept() throws Exception {
        ChapterLayout.Cache cache = new ChapterLayout.Cache();
        RuntimeException e = assertThrows(RuntimeException.class, () -> layOut("no-force",
                "<xsl:message terminate=\"yes\">the designer's error</xsl:message>", Map.of(), cache));
        System.out.println("stylesheet error after three sequences: " + e + "; kept " + cache.kept());
        assertTrue(String.valueOf(e.getMessage()).contains("[BP203]"), String.valueOf(e.getMessage()));
        assertEquals(0, cache.kept(), "a failed layout keeps nothing");
    }
}
