package press.reader.manuscript;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import press.reader.diagnostics.UserError;
import press.reader.manuscript.Yaml.Value;

/**
 * Reads book.yaml's {@code contents}: the front-matter pieces, the chapters (under {@code essays:} or
 * {@code chapters:}, the book's own word for them), grouped into parts or not, and the back matter, whose Markdown
 * pieces (appendices, an afterword, notes on contributors) come before the sections the tool generates.
 */
final class ContentsReader {
    /** The two words a book may use for its chapters; the data says which, the code does not care. */
    static final Set<String> CHAPTER_KEYS = Set.of("essays", "chapters");

    record Contents(List<BookConfig.Entry> front, List<BookConfig.Entry> chapters, List<BookConfig.Part> parts,
                    List<BookConfig.Entry> backPieces, List<BookConfig.Entry> back) {}

    private ContentsReader() {}

    /** @param generatedSections the back sections the build's apparatus features generate, the names it may give */
    static Contents read(YamlFields book, Set<String> generatedSections) {
        YamlFields contents = book.child("contents", "contents").allowOnly(Set.of("front", "essays", "chapters", "back"));
        if (contents.has("essays") && contents.has("chapters")) {
            throw UserError.at(contents.file(), contents.lineOf("chapters"), "BP015", "contents has both essays: and "
                    + "chapters:, two names for the same list: keep one");
        }
        String chapterKey = contents.has("chapters") ? "chapters" : "essays";
        List<BookConfig.Entry> chapters = new ArrayList<>();
        List<BookConfig.Part> parts = new ArrayList<>();
        for (Value v : contents.list(chapterKey)) {
            if (v instanceof Yaml.Mapping m && (m.entries().containsKey("part") || m.entries().containsKey(chapterKey))) {
                BookConfig.Part part = part(v, chapterKey);
                parts.add(part);
                chapters.addAll(part.chapters());
            } else {
                chapters.add(entry(v, "contents." + chapterKey));
            }
        }
        if (chapters.isEmpty()) throw UserError.at(book.file(), book.lineOf("contents"), "BP018", "contents lists no " + chapterKey);
        List<BookConfig.Entry> backPieces = new ArrayList<>();
        List<BookConfig.Entry> back = new ArrayList<>();
        for (Value v : contents.list("back")) {
            BookConfig.Entry e = entry(v, "contents.back");
            if (e.name().endsWith(".md")) {
                if (!back.isEmpty()) {
                    throw UserError.at(book.file(), e.line(), "BP569", "the back-matter piece " + e.name() + " is listed after "
                            + "the generated section '" + back.get(back.size() - 1).name() + "': the editor's pieces "
                            + "(appendices, afterword, notes on contributors) come first, then the sections the tool makes");
                }
                backPieces.add(e);
            } else if (generatedSections.contains(e.name())) {
                back.add(e);
            } else {
                throw UserError.at(book.file(), e.line(), "BP017", "unknown back-matter section '" + e.name() + "' (known: "
                        + String.join(", ", new TreeSet<>(generatedSections)) + "; or a Markdown piece, a file name ending .md)");
            }
        }
        return new Contents(entries(contents, "front"), chapters, parts, backPieces, back);
    }

    /** A part: {@code {part: Its title, essays: [...]}}; a part needs a title and at least one chapter. */
    private static BookConfig.Part part(Value v, String chapterKey) {
        YamlFields p = YamlFields.of(v, "a part of the contents").allowOnly(Set.of("part", chapterKey));
        String title = p.has("part") ? p.string("part").strip() : "";
        if (title.isEmpty()) {
            throw UserError.at(p.file(), p.has("part") ? p.lineOf("part") : p.line(), "BP565", "a part of the contents "
                    + "has no title: write it as {part: Its title, " + chapterKey + ": [...]}");
        }
        List<BookConfig.Entry> chapters = new ArrayList<>();
        for (Value c : p.list(chapterKey)) chapters.add(entry(c, "part '" + title + "'"));
        if (chapters.isEmpty()) {
            throw UserError.at(p.file(), p.lineOf("part"), "BP566", "the part '" + title + "' lists no " + chapterKey
                    + ": give it its " + chapterKey + ": [...] or leave the part out");
        }
        return new BookConfig.Part(title, p.lineOf("part"), List.copyOf(chapters));
    }

    private static List<BookConfig.Entry> entries(YamlFields contents, String key) {
        List<BookConfig.Entry> out = new ArrayList<>();
        for (Value v : contents.list(key)) out.add(entry(v, "contents." + key));
        return out;
    }

    private static BookConfig.Entry entry(Value v, String where) {
        if (!(v instanceof Yaml.Scalar s)) {
            throw UserError.at(v.file(), v.line(), "BP015", "each item of " + where + " must be a name"
                    + (where.startsWith("contents.") && CHAPTER_KEYS.contains(where.substring(9))
                       ? " or a part, {part: Its title, " + where.substring(9) + ": [...]}" : ""));
        }
        try {
            Path.of(s.text());
        } catch (InvalidPathException e) {
            // a NUL or a character the file system refuses: said here, before any id is made of the name
            throw UserError.at(v.file(), v.line(), "BP005", "invalid path '" + printable(s.text())
                    + "' in " + where + ": " + e.getReason());
        }
        return new BookConfig.Entry(s.text(), s.line());
    }

    /** A name with control characters shown as U+XXXX, so that the message itself stays one readable line. */
    private static String printable(String name) {
        StringBuilder b = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) b.append(String.format("U+%04X", c));
            else b.appendCodePoint(c);
        });
        return b.toString();
    }
}
