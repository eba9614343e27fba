package press.reader.layout;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.fop.hyphenation.Hyphenation;
import org.apache.fop.hyphenation.HyphenationTree;
import org.apache.fop.hyphenation.TernaryTree;

/**
 * A book's hyphenation tree that remembers where each word may break. FOP asks the tree for every word of every
 * line it breaks, in every layout of the book: a cold build lays many pages out three times (without drawing, the
 * print PDF, the screen PDF), and a book repeats its words, so nine in ten questions were asked before; looking
 * the patterns up again was 4 % of a ten-times book's CPU. The answer depends on the word, the two letter counts and
 * the tree only, and the tree is finished before it is wrapped ({@link BookHyphenation#of}); FOP reads an answer's
 * break points without changing them. The answers live as long as the book's tree: one build.
 */
final class RememberingTree extends HyphenationTree {
    private record Question(String word, int remain, int push) {}

    private final ConcurrentHashMap<Question, Optional<Hyphenation>> answers = new ConcurrentHashMap<>();
    private final AtomicLong looked = new AtomicLong();

    private RememberingTree() {
    }

    /** {@code tree}'s patterns, classes and exceptions (shared, not copied: the tree is not changed after this). */
    static RememberingTree of(HyphenationTree tree) {
        RememberingTree t = new RememberingTree();
        try {
            for (Class<?> c = HyphenationTree.class; c != Object.class; c = c.getSuperclass()) {
                if (c != HyphenationTree.class && c != TernaryTree.class) continue;
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) continue;
                    f.setAccessible(true);
                    f.set(t, f.get(tree));
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("FOP's hyphenation tree has changed: " + e, e);
        }
        return t;
    }

    @Override
    public Hyphenation hyphenate(String word, int remainCharCount, int pushCharCount) {
        return answers.computeIfAbsent(new Question(word, remainCharCount, pushCharCount), q -> {
            looked.incrementAndGet();
            return Optional.ofNullable(super.hyphenate(q.word(), q.remain(), q.push()));
        }).orElse(null);
    }

    /** The questions answered from the patterns so far (the others were remembered): a measure for tests. */
    long lookedUp() {
        return looked.get();
    }
}
