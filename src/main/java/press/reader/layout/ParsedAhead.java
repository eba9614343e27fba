package press.reader.layout;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The page sequences' PDFs of the tagged screen PDF, parsed ahead of its assembly ({@link StreamedTaggedPdf}) by a
 * thread that has nothing else to do: the assembly writes the sequences in order, one at a time, and parsing them
 * (PDFBox reads each object when it is first asked for) was most of its time, on one thread, while the build's thread
 * waited for it (ten times the book: about 2.5 s). The helper parses a sequence or two ahead of the one being
 * written, every object of it; a sequence it has not taken the assembly parses itself, so the help decides only when
 * the work is done.
 */
final class ParsedAhead {
    /** How many sequences the helper parses ahead of the one being written: each is held in the heap until then. */
    private static final int AHEAD = 2;

    private final List<byte[]> pdfs;
    /** The next sequence the assembly will ask for. */
    private int wanted;
    private final Set<Integer> taken = new HashSet<>();
    private final Map<Integer, PDDocument> parsed = new HashMap<>();
    private boolean closed;
    private int parsedHere;

    ParsedAhead(List<byte[]> pdfs) {
        this.pdfs = pdfs;
    }

    /** On the assembly's thread: sequence {@code i}, parsed ahead if the helper took it, else parsed now. */
    PDDocument take(int i) throws IOException {
        synchronized (this) {
            wanted = i + 1;
            notifyAll();
            try {
                while (taken.contains(i) && !parsed.containsKey(i) && !closed) wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while the screen PDF was put together", e);
            }
            PDDocument d = parsed.remove(i);
            if (d != null) return d;
        }
        return Loader.loadPDF(pdfs.get(i));
    }

    /** On the assembly's thread: it is over (done or failed); what was parsed and not taken is let go. */
    synchronized void close() {
        closed = true;
        for (PDDocument d : parsed.values()) {
            try {
                d.close();
            } catch (IOException ignored) {
                // in memory: nothing to release but the heap
            }
        }
        parsed.clear();
        notifyAll();
    }

    /** How many sequences the helper parsed (a measure of work for tests). */
    synchronized int parsedHere() {
        return parsedHere;
    }

    /**
     * On a helper's thread: parses the sequences a little ahead of the assembly until it is over, or nothing is
     * left to parse.
     */
    void help() {
        while (true) {
            int i;
            byte[] pdf;
            synchronized (this) {
                try {
                    while (!closed && wanted + AHEAD <= firstNotTaken()) wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                i = firstNotTaken();
                if (closed || i >= pdfs.size()) return;
                taken.add(i);
                pdf = pdfs.get(i);
            }
            PDDocument d = null;
            try {
                d = Loader.loadPDF(pdf);
                COSDocument cos = d.getDocument();
                for (COSObjectKey key : List.copyOf(cos.getXrefTable().keySet())) {
                    cos.getObjectFromPool(key).getObject();
                }
            } catch (IOException | RuntimeException e) {
                if (d != null) {
                    try {
                        d.close();
                    } catch (IOException ignored) {
                        // in memory
                    }
                }
                d = null;           // the assembly parses it again, and reports what goes wrong there
            }
            synchronized (this) {
                if (d == null || closed) {
                    taken.remove(i);
                    if (d != null) {
                        try {
                            d.close();
                        } catch (IOException ignored) {
                            // in memory
                        }
                    }
                } else {
                    parsed.put(i, d);
                    parsedHere++;
                }
                notifyAll();
            }
        }
    }

    /** The first sequence from the one wanted on that neither the helper nor the assembly has (guarded by this). */
    private int firstNotTaken() {
        int i = wanted;
        while (taken.contains(i)) i++;
        return i;
    }
}
