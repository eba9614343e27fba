package press.reader.manuscript;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One Markdown piece of the book: an essay, a front-matter piece such as the introduction, or a headnote.
 *
 * @param id stable identifier (the file name without extension), used for ids and links
 * @param file path as shown in messages, relative to the manuscript folder
 * @param meta front-matter text values by key (lists joined by "; "), e.g. title, author, date
 * @param lists front-matter list values by key, e.g. omitted
 * @param body the Markdown after the front matter
 * @param bodyFirstLine the file line on which {@code body} starts
 */
public record Piece(String id, Kind kind, String file, Map<String, String> meta, Map<String, List<String>> lists,
                    String body, int bodyFirstLine) {

    public enum Kind { FRONT, ESSAY, HEADNOTE, BACK }

    /** What a front- or back-matter piece is (dedication, foreword, appendix...: {@link MatterKinds}), or "". */
    public String matter() {
        return meta.getOrDefault("kind", "");
    }

    /**
     * The id a piece's file name gives it: the name without ".md" and without the number that orders the files, as
     * pandoc and bookdown books number their chapters ("01-introduction.md" and "14.5-tools.md" are "introduction" and
     * "tools"): an id starts with a letter, and the order is book.yaml's.
     */
    public static String idOf(String fileName) {
        String stem = Path.of(fileName).getFileName().toString().replaceFirst("\\.md$", "");
        String unnumbered = stem.replaceFirst("^\\d+(?:[._]\\d+)*[-_. ]+", "");
        return unnumbered.isEmpty() ? stem : unnumbered;
    }

    public String title() {
        return meta.getOrDefault("title", "");
    }

    public String get(String key) {
        return meta.get(key);
    }

    /** A value that is present and not "unknown". */
    public boolean known(String key) {
        String v = meta.get(key);
        return v != null && !v.isBlank() && !v.strip().equalsIgnoreCase("unknown");
    }
}
