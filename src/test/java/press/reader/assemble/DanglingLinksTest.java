package press.reader.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import press.reader.diagnostics.Diagnostics;
import press.reader.features.Features;
import press.reader.features.citations.CitationsFeature;
import press.reader.manuscript.Manuscript;
import press.reader.manuscript.ManuscriptReader;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/**
 * Every link of the book document leads to an id it has: in the test books as assembled (the mini book, the
 * sampler, the mini book without its front and back matter, whose glossary, chronology and index are not printed),
 * and the assembly stops with an internal error naming the link when a feature makes one that leads nowhere.
 */
class DanglingLinksTest {

    @Test
    void noLinkOfTheTestBooksLeadsNowhere(@TempDir Path dir) {
        ManuscriptCopy bare = ManuscriptCopy.mini(dir.resolve("bare"));
        bare.write("book.yaml", bare.read("book.yaml").replaceAll("(?m)^  (front|back):.*\\n", ""));
        for (Path ms : List.of(TestBooks.MINI_MANUSCRIPT, TestBooks.SAMPLER_MANUSCRIPT, bare.root())) {
            assertNoneDangles(ms);
        }
    }

    /** The real book: the guard is one walk over its document. */
    @Test
    @Tag("slow")   // assembles the real book
    void noLinkOfTheRealBookLeadsNowhere() {
        assertNoneDangles(TestBooks.REAL_MANUSCRIPT);
    }

    private static void assertNoneDangles(Path ms) {
        Diagnostics diagnostics = new Diagnostics();
        // the assembly's own guard would stop it with an internal error: this walk says which links, book by book
        Document doc = TestBooks.builder().check(ms, diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics.all().toString());
        int links = count(doc, "linkend");
        System.out.println(ms + ": " + links + " links (linkend) among " + doc.getElementsByTagName("*").getLength()
                + " elements, none leading nowhere");
        assertEquals(List.of(), DanglingLinks.dangling(doc).stream().map(DanglingLinks.Link::describe).toList(), ms.toString());
    }

    /** A feature whose marker links its first word to an id no element has: a bug of the tool, named, not printed. */
    @Test
    void aLinkThatLeadsNowhereStopsTheAssemblyNamingIt() {
        DocBook[] db = new DocBook[1];
        ApparatusFeatures features = Features.standard(CitationsFeature.factory()).with(ApparatusFeatures.Maker.withoutSection(a -> {
            db[0] = a.db();
            return ctx -> (text, marks) -> marks.insert(0, false, -1, () -> {
                Element link = db[0].el("link");
                link.setAttribute("linkend", "nowhere");
                return link;
            });
        }));
        Diagnostics diagnostics = new Diagnostics();
        Manuscript ms = new ManuscriptReader(TestBooks.MINI_MANUSCRIPT, diagnostics, features.declarations()).read();
        BookAssembler assembler = new BookAssembler(ms, diagnostics, features, Words.load(TestBooks.STYLES, "en"));
        IllegalStateException e = assertThrows(IllegalStateException.class, assembler::assemble);
        System.out.println(e.getMessage());
        assertTrue(e.getMessage().startsWith("the book document has 11 link(s) to ids it does not have: "), e.getMessage());
        assertTrue(e.getMessage().contains("<link linkend=\"nowhere\"> in 'alpha-p1'"), e.getMessage());
        assertTrue(e.getMessage().contains("a bug of bookpress"), e.getMessage());
    }

    /** Every kind of link the walk reads, and the ids it reads, whatever element holds them. */
    @Test
    void everyKindOfLinkIsRead() {
        DocBook db = new DocBook();
        Element book = db.el("book");
        db.document().appendChild(book);
        DocBook.id(book, "b");
        Element para = db.add(book, "para");
        DocBook.id(para, "p1");
        db.add(para, "glossterm").setAttribute("linkend", "gl-x");
        db.add(para, "xref").setAttribute("linkend", "p1");
        db.add(para, "link").setAttributeNS(DocBook.XLINK_NS, "xlink:href", "#ix-1");
        db.add(para, "link").setAttributeNS(DocBook.XLINK_NS, "xlink:href", "https://example.org/#top");
        db.add(para, "co").setAttribute("linkends", "b  c2");
        db.add(para, "xref").setAttribute("endterm", "b");
        assertEquals(List.of("<glossterm linkend=\"gl-x\"> in 'p1'", "<link xlink:href=\"ix-1\"> in 'p1'",
                        "<co linkends=\"c2\"> in 'p1'"),
                DanglingLinks.dangling(db.document()).stream().map(DanglingLinks.Link::describe).toList());
    }

    private static int count(Document doc, String attribute) {
        int n = 0;
        var all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) if (((Element) all.item(i)).hasAttribute(attribute)) n++;
        return n;
    }
}
