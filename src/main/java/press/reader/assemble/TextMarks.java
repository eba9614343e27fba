package press.reader.assemble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.w3c.dom.Element;

/**
 * What to add to one run of text: ranges to wrap (a glossary term) and points to insert at (an index term before a
 * word, an editor's note call after a phrase). Collected from several markers, then written in one pass.
 */
public final class TextMarks {
    /** Wraps [start, end) in an element made by {@code factory}. */
    record Wrap(int start, int end, Supplier<Element> factory) {}

    /** Inserts the element made by {@code factory} at {@code at}; {@code after} says which side of a wrap it joins. */
    record Insert(int at, boolean after, int order, Supplier<Element> factory) {}

    final List<Wrap> wraps = new ArrayList<>();
    final List<Insert> inserts = new ArrayList<>();

    /** Adds a wrap unless it overlaps one already taken (first come, first served). */
    public boolean tryWrap(int start, int end, Supplier<Element> factory) {
        for (Wrap w : wraps) if (start < w.end() && w.start() < end) return false;
        wraps.add(new Wrap(start, end, factory));
        return true;
    }

    /**
     * Inserts the element made by {@code factory} at {@code at}; {@code after} says which side of a wrap there it joins,
     * {@code order} orders insertions at one place (lower first).
     */
    public void insert(int at, boolean after, int order, Supplier<Element> factory) {
        inserts.add(new Insert(at, after, order, factory));
    }

    /** Writes {@code text} into {@code parent} with the marks applied. */
    void write(DocBook db, Element parent, String text) {
        wraps.sort(Comparator.comparingInt(Wrap::start));
        // An insertion inside a wrapped range moves to the range's edge, so no element splits a glossary term.
        List<Insert> moved = new ArrayList<>();
        for (Insert in : inserts) {
            int at = in.at();
            for (Wrap w : wraps) {
                if (at > w.start() && at < w.end()) at = in.after() ? w.end() : w.start();
            }
            moved.add(new Insert(at, in.after(), in.order(), in.factory()));
        }
        moved.sort(Comparator.comparingInt(Insert::at).thenComparing(i -> !i.after()).thenComparingInt(Insert::order));
        int pos = 0;
        int wi = 0;
        int ii = 0;
        while (pos <= text.length()) {
            while (ii < moved.size() && moved.get(ii).at() == pos) parent.appendChild(moved.get(ii++).factory().get());
            if (pos == text.length()) break;
            if (wi < wraps.size() && wraps.get(wi).start() == pos) {
                Wrap w = wraps.get(wi++);
                Element e = w.factory().get();
                db.text(e, text.substring(w.start(), w.end()));
                parent.appendChild(e);
                pos = w.end();
                continue;
            }
            int next = text.length();
            if (wi < wraps.size()) next = Math.min(next, wraps.get(wi).start());
            if (ii < moved.size()) next = Math.min(next, moved.get(ii).at());
            if (next == pos) next = pos + 1;
            db.text(parent, text.substring(pos, next));
            pos = next;
        }
    }
}
