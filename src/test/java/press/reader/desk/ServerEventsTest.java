package press.reader.desk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The pages' event stream: a page never misses the build that finishes while its stream opens. */
class ServerEventsTest {
    /**
     * Build 2 finishes just as the page's stream reads the desk's build number (1): the page must hear of build 2, as
     * a page that has heard one event no longer asks for the state every second. The stream read the number before it
     * listed the page, so build 2's event went to the pages listed until then, and the page showed build 1 until the
     * next save.
     */
    @Test
    void aBuildFinishingWhileAPagesStreamOpensIsAnnouncedToThePage() throws Exception {
        ServerEvents events = new ServerEvents();
        try {
            ByteArrayOutputStream page = new ByteArrayOutputStream();
            events.open(page, () -> {
                events.publish(2);   // the desk finishes build 2 and announces it ...
                return 1;            // ... as the stream reads the number of the build before it
            });
            String heard = page.toString(StandardCharsets.UTF_8);
            assertTrue(heard.contains("event: build\ndata: 2\n\n"), "the page never heard of build 2: " + heard);
        } finally {
            events.close();
        }
    }
}
