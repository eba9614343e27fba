package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.xmlgraphics.util.MimeConstants;
import org.junit.jupiter.api.Test;

/**
 * FOP reads its configuration, a DOM, while it sets a run up, and a DOM is not safe to read from two threads at once:
 * every run of an engine is set up under one lock ({@link FopEngine#configuration}), so that a build's two cores
 * (the fonts read beside the first layout, the screen PDF beside the print layout) never set up runs together.
 * Without the lock, four threads asking FOP's user agent for the PDF renderer's configuration (as each run's setup
 * does) 200,000 times each got NullPointerExceptions from Xerces' child-list cache and configurations with no fonts
 * in them; one thread, never. That race is too rare in whole setups for a test to meet it; this test checks that each setup holds the lock.
 */
class FopConfigurationReadsTest {
    private final FopEngine engine = new FopEngine(Path.of("styles"));

    @Test
    void aRunIsSetUpUnderTheConfigurationsLock() {
        boolean[] held = new boolean[2];
        engine.start(OutputStream.nullOutputStream(), MimeConstants.MIME_PDF, new FopEngine.Messages(),
                agent -> held[0] = Thread.holdsLock(engine.configuration()));
        engine.startLayoutOnly(new FopEngine.Messages(), agent -> held[1] = Thread.holdsLock(engine.configuration()));
        assertTrue(held[0], "a PDF run set up without the lock");
        assertTrue(held[1], "a layout-only run set up without the lock");
    }
}
