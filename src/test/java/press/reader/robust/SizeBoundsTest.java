package press.reader.robust;

import press.reader.support.HangGuard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.transform.dom.DOMSource;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Steps;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.UserError;
import press.reader.publish.BuildRequest;
import press.reader.publish.BuildResult;
import press.reader.support.TestBooks;
import press.reader.xml.Xslt;

/** Resource bounds: a manuscript of thousands of files, and paragraphs far beyond any real essay's. */
class SizeBoundsTest {
    private static final int ESSAYS = 2000;

    @TempDir
    Path tmp;

    @Test
    @Tag("slow")   // writes and checks a manuscript of 2000 essays: 1-3 s each, in .ci/run, not the quick loop
    void aManuscriptOfThousandsOfFilesIsCheckedQuickly() throws IOException {
        Path ms = Hostile.copyMini(tmp);
        StringBuilder contents = new StringBuilder();
        for (int i = 0; i < ESSAYS; i++) {
            String name = "essays/e" + i + ".md";
            Files.writeString(ms.resolve(name), Hostile.piece("Essay " + i, "The words of essay " + i
                    + ", with the soviets and Lenin.[^1]\n\n[^1]: A note of essay " + i + ".\n"));
            contents.append(i == 0 ? "" : ", ").append(name);
        }
        Hostile.write(ms, "book.yaml", Hostile.read(ms.resolve("book.yaml"))
                .replace("essays/alpha.md, essays/beta.md", "essays/alpha.md, essays/beta.md, " + contents));
        List<Diagnostic> d = HangGuard.run(() -> Hostile.diagnostics(ms));
        assertTrue(d.stream().noneMatch(Diagnostic::isError), () -> d.subList(0, Math.min(5, d.size())).toString());
    }

    @Test
    @Tag("slow")   // writes and checks a manuscript of 2000 essays: 1-3 s each, in .ci/run, not the quick loop
    void aManuscriptOfThousandsOfFilesWithOneBrokenFileNamesIt() throws IOException {
        Path ms = Hostile.copyMini(tmp);
        StringBuilder contents = new StringBuilder();
        for (int i = 0; i < ESSAYS; i++) {
            String name = "essays/e" + i + ".md";
            Files.writeString(ms.resolve(name), Hostile.piece("Essay " + i, i == 1234 ? "Broken[^x].\n" : "Text.\n"));
            contents.append(i == 0 ? "" : ", ").append(name);
        }
        Hostile.write(ms, "book.yaml", Hostile.read(ms.resolve("book.yaml"))
                .replace("essays/alpha.md, essays/beta.md", contents.toString()));
        Hostile.Run r = HangGuard.run(() -> Hostile.check(ms));
        Hostile.assertClearError(r, "essays/e1234.md", 4, "[^x]");
    }

    /** Builds the mini book with {@code paragraph} as essay beta's text, PDF and EPUB. */
    private BuildResult buildWithParagraph(String paragraph) {
        Path ms = Hostile.copyMini(tmp);
        Hostile.write(ms, "essays/beta.md", Hostile.piece("B", paragraph + "\n"));
        return Hostile.builder().build(new BuildRequest(ms, tmp.resolve("out"), Set.of("pdf", "epub"), TestBooks.EPOCH));
    }

    /** Was a bug (FOP ran out of memory); the build now refuses the paragraph before typesetting. */
    @Test
    void aOneMegabyteParagraphIsRefusedBeforeTypesetting() {
        UserError e = assertThrows(UserError.class,
                () -> HangGuard.run(() -> buildWithParagraph(BigText.paragraph(1 << 20))));
        // file:line, then the column where it is known
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.format().matches("essays/beta\\.md:4:(\\d+:)? error: .*")),
                e.diagnostics()::toString);
    }

    /**
     * Was a bug: fo.xsl scanned every preceding sibling of every text node, quadratic in the index and glossary
     * marks of one paragraph (a 100 kB paragraph took 166 s to build). The cost that mattered is the transform, so
     * the test runs only that (no FOP passes, which made it take 49 s, and no edition: the book document is assembled
     * as a build assembles it and given to the shared, compiled fo.xsl), on a paragraph of 195 kB, just under the
     * paragraph limit and twice the one that took 166 s: a quadratic scan would take four times as long, past the
     * hang guard, while the linear transform takes seconds. The marks are counted, so the paragraph really is dense with them.
     */
    @Test
    void aLongParagraphDenseWithIndexTermsIsTransformedInLinearWork() throws Exception {
        StringBuilder p = new StringBuilder();
        java.util.Random r = new java.util.Random(7);
        String[] words = {"the", "soviets", "workers", "Lenin", "power", "of", "and", "Petrograd", "council"};
        while (p.length() < 195_000) p.append(words[r.nextInt(words.length)]).append(' ');
        Path ms = Hostile.copyMini(tmp);
        Hostile.write(ms, "essays/beta.md", Hostile.piece("B", p + "end.\n"));
        // The book document as a build makes it (read, check, assemble), without making any edition from it.
        Diagnostics diagnostics = new Diagnostics();
        Document assembled = Hostile.builder().check(ms, diagnostics);
        assertEquals(0, diagnostics.all().stream().filter(Diagnostic::isError).count(), diagnostics.all()::toString);
        Xslt xslt = TestBooks.workshop().xslt();
        XdmNode book = xslt.parse(new DOMSource(assembled));
        long marks = book.select(Steps.descendant("indexterm")).count();
        assertTrue(marks > 10_000, "the paragraph holds " + marks + " index marks");

        ByteArrayOutputStream fo = new ByteArrayOutputStream();
        HangGuard.run(() -> {
            xslt.transform(TestBooks.STYLES.resolve("fo.xsl"), book, Map.of(),
                    xslt.processor().newSerializer(fo));
            return null;
        });
        assertTrue(fo.size() > p.length(), "the FO holds the paragraph");
    }
}
