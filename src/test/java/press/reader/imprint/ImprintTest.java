package press.reader.imprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.transform.dom.DOMSource;
import net.sf.saxon.s9api.NullDestination;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import press.reader.diagnostics.Diagnostics;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;
import press.reader.xml.Xslt;

/**
 * The title page, copyright page and metadata are made from book.yaml only: what is given is printed, in both
 * editions, and what is not given leaves no trace ("Edited by .", "© 2026 ."). The real book's imprint, on its
 * cover too, is {@link ShowcaseImprintTest}'s.
 */
class ImprintTest {
    /** The compiled stylesheets every test shares (fo.xsl and epub.xsl are compiled once per test JVM). */
    private static final Xslt XSLT = TestBooks.workshop().xslt();

    @TempDir
    Path tmp;

    /** The print book's front pages as text: the XSL-FO of the half-title, title and copyright pages. */
    private String printFrontPages(Path manuscript) throws Exception {
        Document doc = TestBooks.builder().check(manuscript, new Diagnostics());
        XdmNode book = XSLT.processor().newDocumentBuilder().build(new DOMSource(doc));
        StringWriter fo = new StringWriter();
        Serializer s = XSLT.processor().newSerializer(fo);
        XSLT.transform(TestBooks.STYLES.resolve("fo.xsl"), book, Map.of(), s);
        String text = fo.toString();
        String front = text.substring(text.lastIndexOf("<", text.indexOf("id=\"half-title\"")),
                text.lastIndexOf("<", text.indexOf("id=\"contents\"")));
        return front.replaceAll("<[^>]+>", "\n").replaceAll("[ \\t]*\\n[\\s]*", "\n").strip();
    }

    /** The EPUB's title page file and package document. */
    private Map<String, String> epubFront(Path manuscript) throws Exception {
        Document doc = TestBooks.builder().check(manuscript, new Diagnostics());
        XdmNode book = XSLT.processor().newDocumentBuilder().build(new DOMSource(doc));
        Path out = tmp.resolve("epub-" + manuscript.getFileName());
        XSLT.transform(TestBooks.STYLES.resolve("epub/epub.xsl"), book, Map.of("out-base", out.toUri().toString()),
                new NullDestination());
        return Map.of("title", Files.readString(out.resolve("OEBPS/text/titlepage.xhtml")),
                "opf", Files.readString(out.resolve("OEBPS/content.opf")));
    }

    @Test
    void aBookWithoutCreditsOrRightsPrintsNoEmptyLines() throws Exception {
        ManuscriptCopy ms = ManuscriptCopy.mini(tmp.resolve("bare"))
                .replace("book.yaml", "editors: [Ada Editor]\n", "");
        String front = printFrontPages(ms.root());
        assertFalse(front.contains("Edited by"), front);
        assertFalse(front.contains("©"), front);
        assertFalse(front.matches("(?s).*\\s[.,]\\s.*"), "a line with a missing value: " + front);
        assertEquals("""
                A Small Test Book
                A Small Test Book
                Two Essays for the Test Suite
                Test Press
                A Small Test Book: Two Essays for the Test Suite
                Test Press
                Set in Linux Libertine O.""", front);
        String title = epubFront(ms.root()).get("title");
        assertFalse(title.contains("Edited by"), title);
        assertFalse(title.contains("©"), title);
    }

    @Test
    void everyGivenCreditAndRightPrintsInBothEditions() throws Exception {
        ManuscriptCopy ms = ManuscriptCopy.mini(tmp.resolve("full")).replace("book.yaml", "editors: [Ada Editor]\n", """
                contributors:
                  - {name: Mary Writer, role: author}
                  - {name: Ada Editor, role: editor}
                  - {name: Bo Editor, role: editor}
                  - {name: Cy Tran, role: translator}
                  - {name: Di Intro, role: introduction}
                copyright: {holder: Mary Writer, year: 2024}
                edition: First edition, second impression
                rights: |
                  All rights reserved.

                  No part may be reproduced without leave.
                publisher-city: Leeds
                colophon: Printed on paper from managed forests.
                """);
        String front = printFrontPages(ms.root());
        for (String line : new String[] {"Mary Writer", "Edited by Ada Editor and Bo Editor", "Translated by Cy Tran",
                "With an introduction by Di Intro", "Test Press, Leeds", "First edition, second impression",
                "© 2024 Mary Writer", "All rights reserved.", "No part may be reproduced without leave.",
                "Printed on paper from managed forests."}) {
            assertTrue(front.contains("\n" + line + "\n"), "missing line '" + line + "' in\n" + front);
        }
        Map<String, String> epub = epubFront(ms.root());
        for (String line : new String[] {"Edited by Ada Editor and Bo Editor", "Translated by Cy Tran",
                "© 2024 Mary Writer", "No part may be reproduced without leave.", "Test Press, Leeds"}) {
            assertTrue(epub.get("title").contains(">" + line + "<"), "EPUB title page lacks '" + line + "'");
        }
        String opf = epub.get("opf");
        assertTrue(opf.matches("(?s).*<dc:creator id=\"credit1\">Mary Writer</dc:creator>\\s*"
                + "<meta refines=\"#credit1\" property=\"role\" scheme=\"marc:relators\">aut</meta>.*"), opf);
        assertTrue(opf.contains("<dc:contributor id=\"credit4\">Cy Tran</dc:contributor>"), opf);
        assertTrue(opf.matches("(?s).*#credit4\" property=\"role\" scheme=\"marc:relators\">trl<.*"), opf);
        assertTrue(opf.matches("(?s).*#credit5\" property=\"role\" scheme=\"marc:relators\">aui<.*"), opf);
    }

    @Test
    void isbnsPerFormatAddressCatalogueAndCoverCreditsPrintInBothEditions() throws Exception {
        ManuscriptCopy ms = ManuscriptCopy.mini(tmp.resolve("press")).replace("book.yaml", "blurb:", """
                isbn:
                  print: 978-0-306-40615-7
                  epub: 978-0-00-000000-2
                  pdf: ISBN 0-306-40615-2
                publisher-address: |
                  14 Small Street
                  Leeds LS1 1AA
                catalogue: |
                  A catalogue record for this book is available from the British Library.
                  Writer, Mary. A small test book. 1. Essays.
                cover-credits: ["Cover design by Ed Designer", "Cover image: a field at dawn"]
                blurb:""");
        String front = printFrontPages(ms.root());
        for (String line : new String[] {"ISBN 978-0-306-40615-7 (print)", "ISBN 978-0-00-000000-2 (EPUB)",
                "ISBN 0-306-40615-2 (PDF)", "Cover design by Ed Designer",
                "Cover image: a field at dawn"}) {
            assertTrue(front.contains("\n" + line + "\n"), "missing line '" + line + "' in\n" + front);
        }
        // the address and the catalogue record keep their line breaks (each is one block, broken where the editor broke it)
        assertTrue(front.contains("\n14 Small Street\nLeeds LS1 1AA\n"), front);
        assertTrue(front.contains("British Library.\nWriter, Mary."), front);
        Map<String, String> epub = epubFront(ms.root());
        assertTrue(epub.get("title").contains(">14 Small Street<br/>Leeds LS1 1AA<"), epub.get("title"));
        assertTrue(epub.get("title").contains(">ISBN 978-0-00-000000-2 (EPUB)<"), epub.get("title"));
        assertTrue(epub.get("title").contains(">Cover image: a field at dawn<"), epub.get("title"));
        String opf = epub.get("opf");
        assertTrue(opf.contains("<dc:identifier id=\"isbn-epub\">urn:isbn:978-0-00-000000-2</dc:identifier>"), opf);
        assertTrue(opf.contains("<dc:source>urn:isbn:978-0-306-40615-7</dc:source>"), opf);
        assertFalse(opf.contains("0-306-40615-2"), "the PDF's ISBN is not the EPUB's metadata: " + opf);
        // the cover's barcode draws the print edition's ISBN
        assertEquals("978-0-306-40615-7", TestBooks.read(ms.root(), new Diagnostics()).config().isbn());
    }

    @Test
    void thePressesOwnCreditReplacesTheComposedOne() throws Exception {
        ManuscriptCopy ms = ManuscriptCopy.mini(tmp.resolve("credit")).replace("book.yaml", "editors: [Ada Editor]\n", """
                contributors: [{name: Test Press, role: editor, organisation: true}]
                credit: Edited by the editors of Test Press
                """);
        String front = printFrontPages(ms.root());
        assertTrue(front.contains("\nEdited by the editors of Test Press\n"), front);
        assertFalse(front.contains("Edited by Test Press"), front);
        Map<String, String> epub = epubFront(ms.root());
        assertTrue(epub.get("title").contains(">Edited by the editors of Test Press<"), epub.get("title"));
        assertTrue(epub.get("opf").contains("<dc:creator id=\"credit1\">Test Press</dc:creator>"), epub.get("opf"));
    }

    @Test
    void anUnknownRoleIsRefusedWithItsLine() {
        ManuscriptCopy ms = ManuscriptCopy.mini(tmp.resolve("role")).replace("book.yaml", "editors: [Ada Editor]\n",
                "contributors:\n  - {name: Ada Editor, role: compiler}\n");
        var errors = ms.check();
        assertTrue(errors.stream().anyMatch(d -> d.toString().startsWith("book.yaml:5:")
                && d.toString().contains("unknown contributor role 'compiler'")), errors.toString());
    }
}
