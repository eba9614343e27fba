package press.reader.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import press.reader.support.TestBooks;

/** The build of the real book reports the cleaning of all five captures, each faithful to its essay. */
@Tag("slow")   // reads the real book, laid out once per run of the suite (see README, Tests)
class CleanupReportInBuildTest {
    @Test
    void theReportNamesEveryCaptureWithNoUnexplainedDifference() throws Exception {
        String md = Files.readString(TestBooks.real().out().resolve("cleanup-report.md"));
        assertEquals(5, md.split("fidelity: 0 unexplained difference", -1).length - 1, md);
        for (String s : new String[] {"000_99b93fec261698d4", "001_24a83e878490c625", "002_8dbaac79cf482463",
            "003_1af744ac1428da42", "004_50d9f6fd6d18f49c"}) {
            assertTrue(md.contains("## sources/" + s.replace("_", "\\_") + ".txt"), s);
        }
        assertTrue(Files.isRegularFile(TestBooks.real().out().resolve("cleanup-report.html")));
    }
}
