package press.reader.publish;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.UserError;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/**
 * The EPUB begins what only reads the book (its cover image, its chapters' keys) while the manuscript checks still
 * run on the second core, and waits for them before it writes anything: a check's error still stops the build with no
 * EPUB. In a warm EPUB rebuild the checks end about when the assembly does, and the EPUB waited for them idle.
 */
class EpubBesideTheChecksTest {
    @TempDir
    Path tmp;

    /**
     * A check that waits until the EPUB has drawn its cover (which it does before its chapters' keys): before, the
     * EPUB began only once the checks were over, and the check saw no cover drawn (it gives up after a while).
     */
    @Test
    void theEpubBeginsWhileTheChecksRun() {
        AtomicReference<Workshop> workshop = new AtomicReference<>();
        AtomicBoolean sawTheEpubBegun = new AtomicBoolean();
        BookBuilder.ManuscriptCheck waiting = (ms, d) -> {
            for (int i = 0; i < 600 && workshop.get().coverImagesDrawn() == 0; i++) pause();
            sawTheEpubBegun.set(workshop.get().coverImagesDrawn() > 0);
        };
        workshop.set(withCheck(waiting));
        Path ms = ManuscriptCopy.mini(tmp.resolve("ms")).root();
        new BookBuilder(workshop.get()).build(new BuildRequest(ms, tmp.resolve("out"), Set.of("epub"), TestBooks.EPOCH));
        assertTrue(sawTheEpubBegun.get(), "the EPUB began only once the checks were over");
        assertTrue(Files.isRegularFile(tmp.resolve("out/a-small-test-book.epub")), "no EPUB");
    }

    @Test
    void aChecksErrorStillStopsTheEpub() {
        Workshop workshop = withCheck((ms, d) -> d.error("essays/alpha.md", 1, "BP002", "a check's error"));
        Path ms = ManuscriptCopy.mini(tmp.resolve("ms")).root();
        UserError e = assertThrows(UserError.class, () -> new BookBuilder(workshop)
                .build(new BuildRequest(ms, tmp.resolve("out"), Set.of("epub"), TestBooks.EPOCH)));
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.isError() && d.message().equals("a check's error")),
                e.getMessage());
        assertFalse(Files.exists(tmp.resolve("out/a-small-test-book.epub")), "an EPUB written though a check failed");
    }

    /** A workshop of the stock styles whose only manuscript check is {@code check}. */
    private static Workshop withCheck(BookBuilder.ManuscriptCheck check) {
        Workshop stock = TestBooks.workshop();
        return new Workshop(stock.stylesDir(), stock.features(), List.of(check), stock.fidelity());
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
