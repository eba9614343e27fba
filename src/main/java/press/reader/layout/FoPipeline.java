package press.reader.layout;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The stylesheet's XSL-FO handed to FOP on a thread of its own, in batches, so that the stylesheet and FOP's layout
 * use both cores: in a cold build's first pass (which draws nothing) the second core otherwise sits idle while one
 * thread runs the stylesheet and FOP in turn. FOP gets the same events in the same order (text may come in other
 * chunks, which FOP reads as one); where the stylesheet reads the page map FOP is making (a live page map), it first
 * waits for FOP to catch up ({@link #awaitLaidOut}), so it reads what it would have read with FOP on its own thread.
 * FOP's failure reaches the stylesheet at its next batch, as a SAX exception with FOP's as its cause.
 */
final class FoPipeline extends DefaultHandler implements AutoCloseable {
    /** Events a batch holds before it is handed over (small enough to keep FOP busy, large enough to be cheap). */
    private static final int BATCH = 2048;
    private static final Object START = new Object();
    private static final Object END_DOCUMENT = new Object();
    private static final Object CLOSE = new Object();

    private final ContentHandler fop;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(32);
    private final Thread consumer;
    private SaxRecording batch = new SaxRecording();
    private int events;
    private long handed;
    private long done;
    private Throwable failure;

    FoPipeline(ContentHandler fop) {
        this.fop = fop;
        this.consumer = new Thread(this::consume, "bookpress-fo-pipeline");
        consumer.setDaemon(true);
        consumer.start();
    }

    private void consume() {
        while (true) {
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (item == CLOSE) return;
            try {
                if (failed() == null) {
                    if (item == START) fop.startDocument();
                    else if (item == END_DOCUMENT) fop.endDocument();
                    else ((SaxRecording) item).replay(fop);
                }
            } catch (Throwable t) {        // FOP's, whatever it is, for the stylesheet's thread to throw
                synchronized (this) {
                    failure = t;
                }
            }
            synchronized (this) {
                done++;
                notifyAll();
            }
        }
    }

    private synchronized Throwable failed() {
        return failure;
    }

    /** Waits until FOP has been given every event so far (its page map then holds what they laid out). */
    void awaitLaidOut() throws SAXException {
        handOver();
        synchronized (this) {
            while (done < handed && failure == null) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SAXException("interrupted while FOP lays out");
                }
            }
        }
        throwIfFailed();
    }

    private void handOver() throws SAXException {
        if (events > 0) {
            put(batch);
            batch = new SaxRecording();
            events = 0;
        }
    }

    private void put(Object item) throws SAXException {
        throwIfFailed();
        try {
            synchronized (this) {
                handed++;
            }
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SAXException("interrupted while FOP lays out");
        }
    }

    private void throwIfFailed() throws SAXException {
        Throwable t = failed();
        if (t instanceof SAXException s) throw s;
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        if (t != null) throw new SAXException(t.getMessage(), t instanceof Exception e ? e : null);
    }

    private void counted() throws SAXException {
        if (++events >= BATCH) handOver();
    }

    @Override
    public void startDocument() throws SAXException {
        put(START);
    }

    @Override
    public void endDocument() throws SAXException {
        handOver();
        put(END_DOCUMENT);
        awaitLaidOut();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        batch.add(new SaxRecording.Prefix(prefix, uri));
        counted();
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        batch.add(new SaxRecording.EndPrefix(prefix));
        counted();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        batch.start(uri, localName, qName, atts);
        counted();
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        batch.add(new SaxRecording.End(uri, localName, qName));
        counted();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        batch.text(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        batch.text(ch, start, length);
    }

    /** Ends FOP's thread (after the document, or after a failure on either side). */
    @Override
    public void close() {
        queue.clear();
        if (!queue.offer(CLOSE)) consumer.interrupt();
    }
}
