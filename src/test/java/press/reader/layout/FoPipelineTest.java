package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/** The XSL-FO handed to FOP on its own thread: the same events in the same order, FOP's failure, the wait for FOP. */
class FoPipelineTest {
    /** What FOP would be given, written down ({@link SaxEvents.Recorder}); it may fail at a chosen element. */
    private static final class Written extends SaxEvents.Recorder {
        int starts;
        final int failAt;
        final RuntimeException failure = new IllegalStateException("FOP failed here");

        Written(int failAt) {
            this.failAt = failAt;
        }

        @Override
        public void startDocument() {
            text.append("{");
        }

        @Override
        public void endDocument() {
            text.append("}");
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            if (++starts == failAt) throw failure;
            super.startElement(uri, localName, qName, atts);
        }
    }

    private static void write(DefaultHandler to, int blocks) throws SAXException {
        to.startDocument();
        for (int i = 0; i < blocks; i++) {
            AttributesImpl atts = new AttributesImpl();
            atts.addAttribute("", "n", "n", "CDATA", Integer.toString(i));
            to.startElement(FoChapters.FO, "block", "fo:block", atts);
            char[] text = ("text " + i).toCharArray();
            to.characters(text, 0, 3);                       // text in chunks, as a stylesheet may write it
            to.characters(text, 3, text.length - 3);
            to.endElement(FoChapters.FO, "block", "fo:block");
        }
        to.endDocument();
    }

    @Test
    void fopIsGivenWhatTheStylesheetWroteInItsOrder() throws SAXException {
        Written alone = new Written(-1);
        write(alone, 10_000);
        Written piped = new Written(-1);
        try (FoPipeline pipeline = new FoPipeline(piped)) {
            write(pipeline, 10_000);
        }
        assertEquals(alone.text.toString(), piped.text.toString());
        assertEquals(10_000, piped.starts);
    }

    @Test
    void fopsFailureReachesTheStylesheet() {
        Written failing = new Written(5_000);
        try (FoPipeline pipeline = new FoPipeline(failing)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> write(pipeline, 10_000));
            assertSame(failing.failure, e);
        }
    }

    @Test
    void waitingForFopMeansFopHasEverythingWrittenSoFar() throws SAXException {
        Written piped = new Written(-1);
        try (FoPipeline pipeline = new FoPipeline(piped)) {
            pipeline.startDocument();
            for (int i = 0; i < 3_001; i++) {
                pipeline.startElement(FoChapters.FO, "block", "fo:block", new AttributesImpl());
                pipeline.endElement(FoChapters.FO, "block", "fo:block");
            }
            pipeline.awaitLaidOut();
            assertEquals(3_001, piped.starts, "FOP had not been given every block when the stylesheet went on");
        }
    }
}
