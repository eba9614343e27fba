package press.reader.assemble;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import press.reader.diagnostics.Diagnostic;
import press.reader.manuscript.Manuscript;
import press.reader.manuscript.Piece;
import press.reader.memo.Fingerprint;
import press.reader.memo.Lru;

/**
 * The chapters of the essays and of the front and back matter as a warm process (watch, the desk) assembled them, kept
 * for its next build: after a one-paragraph edit only the edited essay's Markdown is converted again, the other
 * chapters' elements copied into the new book document (every essay converted again was most of a warm EPUB rebuild).
 *
 * <p>A chapter is kept under the hash of everything its assembly reads of the manuscript: its piece and an essay's
 * headnote (text, front matter, file), book.yaml, every file the apparatus features read (the editor's notes, the glossary, the
 * index, the chronology, the bibliography), the styles' words and the manuscript folder. What it reads of the book
 * assembled before it, the ids taken, is recorded as it is assembled and replayed when it is reused
 * ({@code BookState#replay}: the same ids given, else it is assembled again); what it leaves in the book beyond its
 * elements (its cross-references, its diagnostics, what it leaves in each feature: {@link ApparatusFeature#chapterLeft})
 * is kept with it and given back. A chapter is not kept when its assembly failed or reported an error, read a file of
 * the manuscript besides its text (a figure's image), or left in a feature what the feature cannot say.
 * {@code publish/KeptChaptersTest} holds a warm build's book document to a cold one's.
 */
public final class KeptChapters {
    /** What one chapter's assembly made and left. */
    record Chapter(Element element, List<Object> reads, List<Diagnostic> diagnostics, List<Object> featuresLeft) {}

    /** Enough for the essays of a book fifty times the size of the real one's; a longer book assembles some again. */
    private static final int CAPACITY = 512;

    private final Map<String, Chapter> kept = Lru.map(CAPACITY);
    /** The document the kept elements belong to, none of the builds' own (which a kept element would hold). */
    private final Document store = new DocBook().document();
    private boolean keeping = true;
    private int reused;

    /** A process that builds once keeps nothing: no build would reuse it. */
    public synchronized void keepNothing() {
        keeping = false;
        kept.clear();
    }

    synchronized boolean keeping() {
        return keeping;
    }

    /** How many chapters were reused, not assembled (for the tests). */
    public synchronized int reused() {
        return reused;
    }

    /**
     * The part of every chapter's key that is the book's: what its assembly reads besides its own essay. Null when
     * the manuscript has no folder to read them from (nothing is kept).
     */
    static String bookKey(Manuscript ms, ApparatusFeatures features, Words words) {
        if (ms.root() == null) return null;
        List<Object> parts = new ArrayList<>();
        parts.add(ms.root().toAbsolutePath().normalize());
        List<String> files = new ArrayList<>();
        files.add("book.yaml");
        files.addAll(features.files());
        for (String name : files) {
            Path file = ms.root().resolve(name);
            parts.add(name);
            try {
                parts.add(Files.isRegularFile(file) ? Files.readAllBytes(file) : "none");
            } catch (IOException e) {
                return null;
            }
        }
        parts.add(new TreeMap<>(words.all()));
        return Fingerprint.of(parts.toArray());
    }

    /**
     * The key of the chapter of {@code piece} ({@code kind}: an essay, front or back matter; with its {@code headnote},
     * or null) in the book of {@code bookKey}.
     */
    static String key(String bookKey, String kind, Piece piece, Piece headnote) {
        return Fingerprint.of(bookKey, kind, piece, headnote == null ? "no headnote" : headnote);
    }

    /** The chapter kept under {@code key}, or null. */
    synchronized Chapter get(String key) {
        return keeping ? kept.get(key) : null;
    }

    /** A copy of the kept chapter's element, in {@code target}. */
    synchronized Element copy(Chapter chapter, Document target) {
        reused++;
        return (Element) target.importNode(chapter.element(), true);
    }

    /** Keeps {@code chapter}'s element (a copy of it) and what its assembly read and left, under {@code key}. */
    synchronized void keep(String key, Element chapter, List<Object> reads, List<Diagnostic> diagnostics,
                           List<Object> featuresLeft) {
        if (!keeping) return;
        kept.put(key, new Chapter((Element) store.importNode(chapter, true), List.copyOf(reads),
                List.copyOf(diagnostics), List.copyOf(featuresLeft)));
    }
}
