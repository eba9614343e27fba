package press.reader.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Removes whole lines of site chrome: lines matched by the global and site rules, everything after a cut point
 * (reader comments after a dateline), duplicated image captions and stray runs of blank lines.
 * Named groups in a matching pattern ({@code issue}, {@code date}, {@code author}) are kept as metadata.
 */
final class Debris {
    static final String[] METADATA_GROUPS = {"issue", "date", "author"};

    private Debris() {}

    static void removeLines(List<SourceLine> lines, List<Rules.LineRule> rules, Map<String, String> metadata) {
        for (SourceLine line : lines) {
            if (!line.kept() || line.blank()) continue;
            String stripped = line.original.strip();
            for (Rules.LineRule rule : rules) {
                Matcher m = rule.pattern().matcher(stripped);
                if (m.find()) {
                    List<String> captured = capture(m, metadata);
                    line.remove(rule.name(), rule.omitted(),
                            captured.isEmpty() ? null : "front matter: " + String.join(", ", captured));
                    break;
                }
            }
        }
    }

    /** The line matching the cut rule ends the essay: it and everything after it are removed. */
    static void cutAfter(List<SourceLine> lines, List<Rules.CutRule> cuts, Map<String, String> metadata) {
        for (Rules.CutRule cut : cuts) {
            int at = -1;
            for (int i = 0; i < lines.size() && at < 0; i++) {
                SourceLine line = lines.get(i);
                if (!line.kept() || line.blank()) continue;
                Matcher m = cut.at().matcher(line.original.strip());
                if (m.find()) {
                    at = i;
                    List<String> captured = capture(m, metadata);
                    line.remove(cut.atName(), null, captured.isEmpty() ? null : "front matter: " + String.join(", ", captured));
                }
            }
            if (at < 0) continue;
            for (int i = at + 1; i < lines.size(); i++) {
                SourceLine line = lines.get(i);
                if (line.kept() && !line.blank()) line.remove(cut.name(), cut.omitted(), null);
            }
        }
    }

    /**
     * A line repeated on the next line is an image caption captured twice (alt text and caption): the copy is
     * removed. A short repeated line without closing punctuation is kept once, as a caption.
     */
    static void duplicatedLines(List<SourceLine> lines, int captionMaxWords, boolean removeCaptions) {
        SourceLine previous = null;
        for (SourceLine line : lines) {
            if (!line.kept()) continue;
            if (line.blank()) {
                previous = null;
                continue;
            }
            if (previous != null && previous.original.strip().equals(line.original.strip())) {
                boolean caption = Text.words(line.original) <= captionMaxWords && !Text.endsSentence(line.original);
                line.remove(caption ? "duplicated-caption" : "duplicated-line", null, null);
                if (caption && removeCaptions) {
                    // the capture has the caption but not the picture: web furniture, reported as removed
                    previous.remove("caption-without-picture", "a picture caption", null);
                } else if (caption) {
                    previous.role = Role.CAPTION;
                    previous.change("image-caption", "", "*…*");
                }
                continue;
            }
            previous = line;
        }
    }

    /** Blank lines only separate paragraphs: leading, trailing and repeated blank lines are removed. */
    static void blankRuns(List<SourceLine> lines) {
        List<SourceLine> kept = new ArrayList<>();
        for (SourceLine l : lines) if (l.kept()) kept.add(l);
        boolean previousBlank = true; // a blank line at the start is stray too
        for (SourceLine line : kept) {
            if (line.blank()) {
                if (previousBlank) line.remove("blank-run", null, null);
                previousBlank = true;
            } else {
                previousBlank = false;
            }
        }
        for (int i = kept.size() - 1; i >= 0 && kept.get(i).blank(); i--) {
            if (kept.get(i).kept()) kept.get(i).remove("blank-run", null, null);
        }
    }

    private static List<String> capture(Matcher m, Map<String, String> metadata) {
        List<String> captured = new ArrayList<>();
        for (String group : METADATA_GROUPS) {
            try {
                String value = m.group(group);
                if (value != null && !value.isBlank()) {
                    metadata.putIfAbsent(group, value.strip());
                    captured.add(group);
                }
            } catch (IllegalArgumentException noSuchGroup) {
                // this rule's pattern does not capture that field
            }
        }
        return captured;
    }
}
