package press.reader.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.AbstractCollection;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Saves a PDF without object streams as PDFBox's {@code PDDocument.save(out, NO_COMPRESSION)} does, byte for byte,
 * without its quadratic step. PDFBox 3.0.8's writer keeps the objects still to write in a queue and, before queuing
 * one, asks the queue whether it holds it: a scan of the whole queue, which at its fullest holds every page of the
 * book (they are queued together from the page tree), so the assembly of a long book spent objects × pages steps
 * there (a fifth of the print PDF's assembly at ten times the book, growing with the square of its length). The
 * queue here answers that question from a count of what it holds; everything else is PDFBox's own writer, so the
 * objects are written in the same order, with the same numbers.
 *
 * <p>The queue is the writer's private field, replaced when the writer is made; should a later PDFBox have none of
 * that name and type, the writer is PDFBox's as it is (slower, the same file). Should a later PDFBox's writer take
 * from the queue in a way this one does not offer (an {@link UnsupportedOperationException}), what it wrote is
 * dropped and PDFBox's own {@code save} writes the file again: slower, never a failed build. Only documents PDFBox
 * read are saved here (no font loaded to be subset on saving, which {@code PDDocument.save} would do first).
 */
public final class PdfSaving {
    private PdfSaving() {}

    private static final Field QUEUE = queueField();

    private static Field queueField() {
        try {
            Field f = COSWriter.class.getDeclaredField("objectsToWrite");
            if (!f.getType().isAssignableFrom(CountedQueue.class)) return null;
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Whether the writer's queue is replaced (false: PDFBox's own writer, with its scan), for the tests. */
    static boolean queueReplaced() {
        return QUEUE != null;
    }

    /**
     * Writes {@code doc} into the empty {@code out} without object streams (the version of the file kept: PDF/A-1 is
     * PDF 1.4).
     */
    public static void save(PDDocument doc, ByteArrayOutputStream out) throws IOException {
        save(doc, out, new CountedQueue());
    }

    static void save(PDDocument doc, ByteArrayOutputStream out, CountedQueue queue) throws IOException {
        // empty, so that a failed attempt is dropped by resetting it
        if (out.size() != 0) throw new IllegalArgumentException("the buffer to save into is not empty");
        if (doc.getDocument().isClosed()) throw new IOException("Cannot save a document which has been closed");
        doc.getDocument().setIsXRefStream(false);       // as PDFBox's save without compression
        COSWriter writer = new COSWriter(out, CompressParameters.NO_COMPRESSION);
        if (QUEUE != null) {
            try {
                QUEUE.set(writer, queue);
            } catch (IllegalAccessException e) {
                // PDFBox's own queue stays: the same file, written more slowly
            }
        }
        try {
            writer.write(doc);
        } catch (UnsupportedOperationException e) {
            // a way into or out of the queue it does not offer: the bytes written so far go, PDFBox's own save writes
            // the file (nothing is written out before the whole file is, so none of it reached a reader)
            out.reset();
            doc.save(out, CompressParameters.NO_COMPRESSION);
        }
    }

    /**
     * The writer's queue, which knows what it holds: a count of each object queued and not yet taken (by equality, as
     * {@link ArrayDeque#contains} asks). A queue of PDFBox's kind underneath, every way in and out counted; ways of
     * taking out from the middle are not the writer's and are not offered.
     */
    static class CountedQueue extends AbstractCollection<COSBase> implements Deque<COSBase> {
        private final ArrayDeque<COSBase> queue = new ArrayDeque<>();
        private final Map<Object, Integer> held = new HashMap<>();
        /** Questions answered (each was a scan of the queue in PDFBox's), and the queue's longest, for the tests. */
        long asked;
        int longest;

        private COSBase in(COSBase e) {
            held.merge(Objects.requireNonNull(e), 1, Integer::sum);
            longest = Math.max(longest, queue.size() + 1);
            return e;
        }

        private COSBase out(COSBase e) {
            if (e != null) held.computeIfPresent(e, (k, n) -> n == 1 ? null : n - 1);
            return e;
        }

        @Override public boolean contains(Object o) {
            asked++;
            return o != null && held.containsKey(o);
        }

        @Override public void addFirst(COSBase e) { queue.addFirst(in(e)); }
        @Override public void addLast(COSBase e) { queue.addLast(in(e)); }
        @Override public boolean offerFirst(COSBase e) { addFirst(e); return true; }
        @Override public boolean offerLast(COSBase e) { addLast(e); return true; }
        @Override public boolean add(COSBase e) { addLast(e); return true; }
        @Override public boolean offer(COSBase e) { addLast(e); return true; }
        @Override public void push(COSBase e) { addFirst(e); }
        @Override public COSBase removeFirst() { return out(queue.removeFirst()); }
        @Override public COSBase removeLast() { return out(queue.removeLast()); }
        @Override public COSBase pollFirst() { return out(queue.pollFirst()); }
        @Override public COSBase pollLast() { return out(queue.pollLast()); }
        @Override public COSBase remove() { return removeFirst(); }
        @Override public COSBase poll() { return pollFirst(); }
        @Override public COSBase pop() { return removeFirst(); }
        @Override public COSBase getFirst() { return queue.getFirst(); }
        @Override public COSBase getLast() { return queue.getLast(); }
        @Override public COSBase peekFirst() { return queue.peekFirst(); }
        @Override public COSBase peekLast() { return queue.peekLast(); }
        @Override public COSBase element() { return queue.element(); }
        @Override public COSBase peek() { return queue.peek(); }
        @Override public int size() { return queue.size(); }
        @Override public boolean isEmpty() { return queue.isEmpty(); }

        @Override public void clear() {
            queue.clear();
            held.clear();
        }

        @Override public Iterator<COSBase> iterator() { return read(queue.iterator()); }
        @Override public Iterator<COSBase> descendingIterator() { return read(queue.descendingIterator()); }

        @Override public boolean removeFirstOccurrence(Object o) { throw new UnsupportedOperationException(); }
        @Override public boolean removeLastOccurrence(Object o) { throw new UnsupportedOperationException(); }
        @Override public boolean remove(Object o) { throw new UnsupportedOperationException(); }

        /** An iterator that reads only (taking out through it would pass the count by). */
        private static Iterator<COSBase> read(Iterator<COSBase> it) {
            return new Iterator<>() {
                @Override public boolean hasNext() { return it.hasNext(); }
                @Override public COSBase next() { return it.next(); }
            };
        }
    }
}
