package press.reader.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.xml.transform.dom.DOMSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import press.reader.diagnostics.Diagnostics;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/**
 * An EPUB built without the print PDF takes the page map of an earlier print layout of the same book, found under the
 * print key, which holds the book document's hash. Where no page map is kept at all (an output folder of EPUB-only
 * builds, as `watch --format epub` makes), the build knows there is none without that key: it does not wait for the
 * book document to be serialised and hashed on the second core, nor do it on its own thread when the second core has
 * not begun it (in a warm EPUB rebuild the second core is still busy with the manuscript checks then).
 */
class PageMapWithoutPrintTest {
    @TempDir
    Path tmp;

    @Test
    void noPageMapKeptNeedsNoHashOfTheBook() throws Exception {
        Path ms = ManuscriptCopy.mini(tmp.resolve("ms")).root();
        Workshop workshop = Workshop.withoutMemory(TestBooks.workshop());
        Diagnostics diagnostics = new Diagnostics();
        Document dom = new BookBuilder(workshop).check(ms, diagnostics);
        diagnostics.throwIfErrors();
        BuildRequest request = new BuildRequest(ms, tmp.resolve("out"), Set.of("epub"), TestBooks.EPOCH);
        // a second core kept busy, so that the book document's hash is made only by a thread that needs it
        SecondCore busy = new SecondCore();
        CountDownLatch release = new CountDownLatch(1);
        busy.submit(() -> {
            release.await();
            return null;
        });
        try (OutputFiles out = OutputFiles.open(request.out())) {
            AtomicBoolean hashed = new AtomicBoolean();
            BuildContext build = context(workshop, request, out, dom, diagnostics, busy, hashed);
            assertEquals(0, build.pageMap().size(), "a page map where none was kept");
            assertFalse(hashed.get(), "the book document was hashed to look for a page map none of whose kind is kept");

            // a page map kept (of another book): the key is needed to tell, and so the hash
            new BuildCache(request.out()).put(PrintPdfEdition.CACHED_PAGE_MAP, "another book", "<pagemap/>".getBytes());
            AtomicBoolean hashedNow = new AtomicBoolean();
            BuildContext again = context(workshop, request, out, dom, diagnostics, busy, hashedNow);
            assertEquals(0, again.pageMap().size(), "another book's page map was taken");
            assertTrue(hashedNow.get(), "the test no longer sees the hash being made");
        } finally {
            release.countDown();
        }
    }

    private BuildContext context(Workshop workshop, BuildRequest request, OutputFiles out, Document dom,
                                 Diagnostics diagnostics, SecondCore busy, AtomicBoolean hashed) throws Exception {
        var book = workshop.xslt().parse(new DOMSource(dom));
        // writes nothing: run by the busy core once the test has released it, it must not race the folder's deletion
        var bookXml = new Offered<>(busy, () -> {
            hashed.set(true);
            return new BuildContext.BookXml(tmp.resolve("book.xml"), "hash");
        });
        return new BuildContext(request, workshop, TestBooks.read(request.manuscript(), diagnostics), dom, book, bookXml,
                out, new BuildCache(request.out()), diagnostics, new HashMap<>(), () -> { },
                workshop.warmUp(request.formats()));
    }
}
