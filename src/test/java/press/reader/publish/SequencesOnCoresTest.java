package press.reader.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.cli.Builders;
import press.reader.layout.ChapterLayout;
import press.reader.support.TestBooks;

/**
 * A cold build asked to lay its page sequences out on two threads (the caller's from the start of the book, another's
 * from the end, each sequence from the start number the first pass's page map foresees) writes the bytes a build
 * laying them out one after the other writes: the same sequences laid out, the same PDF.
 */
@Tag("slow")   // lays the sampler out twice
class SequencesOnCoresTest {
    @TempDir
    Path tmp;

    @Test
    void twoThreadsWriteTheBytesOneThreadWrites() throws Exception {
        Workshop serial = Builders.workshop(TestBooks.STYLES);
        serial.chapterLayouts().threads(1);
        new BookBuilder(serial).build(new BuildRequest(TestBooks.SAMPLER_MANUSCRIPT, tmp.resolve("serial"), Set.of("pdf"),
                TestBooks.EPOCH));
        Workshop parallel = Builders.workshop(TestBooks.STYLES);
        ChapterLayout.Cache cache = parallel.chapterLayouts().threads(2);
        new BookBuilder(parallel).build(new BuildRequest(TestBooks.SAMPLER_MANUSCRIPT, tmp.resolve("parallel"),
                Set.of("pdf"), TestBooks.EPOCH));
        System.out.println("sampler on two threads: " + cache.layouts() + " sequences laid out, " + cache.aheadTaken()
                + " from the start foreseen, " + cache.aheadElsewhere() + " on the other thread, " + cache.aheadMissed()
                + " from a start they did not have");
        assertEquals(0, serial.chapterLayouts().aheadTaken(), "one thread lays nothing out ahead");
        assertTrue(cache.aheadElsewhere() > 0, "sequences laid out on the other thread");
        assertTrue(cache.aheadTaken() > 0, "sequences laid out from the foreseen start and used");
        assertEquals(serial.chapterLayouts().layouts(), cache.layouts(), "the same sequences laid out");
        assertArrayEquals(Files.readAllBytes(pdf(tmp.resolve("serial"))), Files.readAllBytes(pdf(tmp.resolve("parallel"))));
    }

    private static Path pdf(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".pdf") && !p.toString().endsWith("-cover.pdf"))
                    .findFirst().orElseThrow();
        }
    }
}
