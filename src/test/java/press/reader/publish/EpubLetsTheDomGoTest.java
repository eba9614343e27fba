package press.reader.publish;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Set;
import javax.xml.transform.dom.DOMSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import press.reader.diagnostics.Diagnostics;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/**
 * The EPUB's chapter keys are the book document's DOM's last reader: once they are computed the build lets it go, and
 * the EPUB's transform (at fifty times the book, beside the screen PDF's render in a full heap) runs without it. Issue
 * 17: the DOM was held until the end of the loop of editions, through the whole EPUB.
 */
@Tag("slow")   // writes an EPUB of the small book
class EpubLetsTheDomGoTest {
    @TempDir
    Path tmp;

    @Test
    void theDomIsUnreachableOnceTheEpubIsMade() throws Exception {
        Path ms = ManuscriptCopy.mini(tmp.resolve("ms")).root();
        Workshop workshop = Workshop.withoutMemory(TestBooks.workshop());
        Diagnostics diagnostics = new Diagnostics();
        Document dom = new BookBuilder(workshop).check(ms, diagnostics);
        diagnostics.throwIfErrors();
        WeakReference<Document> held = new WeakReference<>(dom);
        BuildRequest request = new BuildRequest(ms, tmp.resolve("out"), Set.of("epub"), TestBooks.EPOCH);
        try (OutputFiles out = OutputFiles.open(request.out())) {
            var book = workshop.xslt().parse(new DOMSource(dom));
            var bookXml = new Offered<>(workshop.secondCore(),
                    () -> new BuildContext.BookXml(Files.createTempFile(tmp, "book", ".xml"), "hash"));
            BuildContext build = new BuildContext(request, workshop, TestBooks.read(ms, diagnostics), dom, book, bookXml,
                    out, new BuildCache(request.out()), diagnostics, new HashMap<>(), () -> { }, workshop.warmUp(request.formats()));
            dom = null;

            new EpubEdition().make(build);

            for (int i = 0; i < 20 && held.get() != null; i++) System.gc();
            System.out.println("the DOM after the EPUB: " + (held.get() == null ? "collected" : "still held"));
            assertNull(held.get(), "nothing holds the book document's DOM once the EPUB is made");
            assertThrows(IllegalStateException.class, build::document);
        }
    }
}
