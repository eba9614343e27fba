package press.reader.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
                      </xsl:for-each>
                    </fo:root>
                  </xsl:template>
                </xsl:stylesheet>
                """.replace("FORCE", force));
        return xsl;
    }

    private record Laid(PrintLayout.Result result, FopEngine.Work work, ChapterLayout.Cache cache) {}

    private Laid layOut(String force) throws Exception {
        Workshop workshop = Workshop.withoutMemory(TestBooks.workshop());
        XdmNode book = workshop.xslt().processor().newDocumentBuilder()
                .build(new StreamSource(new StringReader(BOOK)));
        ChapterLayout.Cache cache = new ChapterLayout.Cache();
        PrintLayout layout = new PrintLayout(workshop.xslt(), workshop.fop(), TestBooks.STYLES, stylesheet(force))
                .byChapter(cache, "test");
        PrintLayout.Result r = layout.layout(book, Map.of(), new Date(TestBooks.EPOCH * 1000L), new Diagnostics(),
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
}
