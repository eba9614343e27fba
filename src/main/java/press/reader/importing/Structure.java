package press.reader.importing;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recovers an essay's structure from the paragraphs of a capture: title, byline, subtitle, standfirst and
 * epigraph at the top; then section headings, block quotations, bulleted paragraphs, dated lists and the notes
 * list at the end. The patterns come from the rules' {@code structure} section; structural markup added here is
 * recorded as a change like any other.
 */
final class Structure {
    private final Rules.Structure rules;
    private final Map<String, String> metadata;

    Structure(Rules.Structure rules, Map<String, String> metadata) {
        this.rules = rules;
        this.metadata = metadata;
    }

    /** {@code lines}: the kept, non-blank lines in order. */
    void classify(List<SourceLine> lines) {
        top(lines);
        int notesStart = notes(lines);
        datedLists(lines, notesStart);
        for (int k = 0; k < notesStart; k++) {
            SourceLine line = lines.get(k);
            if (!open(line)) continue;
            if (bullet(line)) continue;
            if (headingLike(line.text)) {
                line.role = Role.HEADING;
                line.change("section-heading", "", "## ");
            } else {
                blockQuotation(line);
            }
        }
    }

    /** A kept line not yet given a role. */
    private static boolean open(SourceLine line) {
        return line.kept() && line.role == Role.PARAGRAPH;
    }

    /** Title, byline, subtitle, standfirst and epigraph, in that order, at the top. */
    private void top(List<SourceLine> lines) {
        int i = skipCaptions(lines, 0);
        if (i < lines.size() && titleLike(lines.get(i).text)) {
            lines.get(i++).role = Role.TITLE;
            i = byline(lines, i);
            if (i < lines.size() && open(lines.get(i)) && subtitleLike(lines.get(i).text)) {
                lines.get(i++).role = Role.SUBTITLE;
                i = byline(lines, i);
            }
        }
        i = skipCaptions(lines, i);
        if (i < lines.size() && standfirst(lines.get(i))) i++;
        i = skipCaptions(lines, i);
        if (i + 1 < lines.size() && open(lines.get(i)) && !headingLike(lines.get(i).text)) {
            SourceLine quote = lines.get(i);
            SourceLine attribution = lines.get(i + 1);
            if (rules.epigraphAttribution().matcher(attribution.text.strip()).matches()) {
                quote.role = Role.EPIGRAPH;
                quote.change("epigraph", "", "> ");
                attribution.role = Role.ATTRIBUTION;
                Matcher dash = Pattern.compile("^\\s*[—–-]\\s*").matcher(attribution.text);
                String before = dash.find() ? dash.group() : "";
                attribution.replaceText("epigraph-attribution", before, "> — ", attribution.text.substring(before.length()));
            }
        }
    }

    private int skipCaptions(List<SourceLine> lines, int i) {
        while (i < lines.size() && lines.get(i).role == Role.CAPTION) i++;
        return i;
    }

    private int byline(List<SourceLine> lines, int i) {
        if (i >= lines.size()) return i;
        SourceLine line = lines.get(i);
        Matcher m = rules.byline().matcher(line.text.strip());
        if (!m.matches()) return i;
        metadata.putIfAbsent("author", m.group("author"));
        line.remove("byline", null, "front matter: author");
        return i + 1;
    }

    private boolean standfirst(SourceLine line) {
        if (!open(line)) return false;
        for (Pattern p : rules.standfirst()) {
            Matcher m = p.matcher(line.text);
            if (m.find()) {
                line.role = Role.STANDFIRST;
                try {
                    String author = m.group("author");
                    if (author != null) metadata.putIfAbsent("author", author);
                } catch (IllegalArgumentException noAuthorGroup) {
                    // a standfirst pattern need not name the author
                }
                return true;
            }
        }
        return false;
    }

    /** A trailing run of "1. ...", "2. ..." lines numbered from 1 is the notes list. Returns its start. */
    private int notes(List<SourceLine> lines) {
        int start = lines.size();
        while (start > 0 && open(lines.get(start - 1))
                && rules.noteListItem().matcher(lines.get(start - 1).text).lookingAt()) start--;
        for (int k = start; k < lines.size(); k++) {
            Matcher m = rules.noteListItem().matcher(lines.get(k).text);
            if (!m.lookingAt() || Integer.parseInt(m.group("n")) != k - start + 1) return lines.size();
        }
        for (int k = start; k < lines.size(); k++) {
            SourceLine line = lines.get(k);
            Matcher m = rules.noteListItem().matcher(line.text);
            m.lookingAt();
            line.role = Role.NOTE;
            line.noteNumber = k - start + 1;
            line.replaceText("notes-list", m.group(), "[^" + line.noteNumber + "]: ", line.text.substring(m.end()));
        }
        return start;
    }

    private void datedLists(List<SourceLine> lines, int to) {
        int k = 0;
        while (k < to) {
            int end = k;
            while (end < to && open(lines.get(end))
                    && rules.datedListItem().matcher(lines.get(end).text).lookingAt()) end++;
            if (end - k >= rules.datedListMin()) {
                for (int j = k; j < end; j++) {
                    lines.get(j).role = Role.LIST_ITEM;
                    lines.get(j).change("dated-list", "", "- ");
                }
            }
            k = Math.max(end, k + 1);
        }
    }

    private boolean bullet(SourceLine line) {
        Matcher m = rules.bullet().matcher(line.text);
        if (!m.lookingAt()) return false;
        line.role = Role.BULLET;
        line.replaceText("bullet-list", m.group(), "- ", line.text.substring(m.end()));
        return true;
    }

    /** A paragraph that is one quotation from its opening to its closing mark (and note marker) stands apart. */
    private void blockQuotation(SourceLine line) {
        String t = line.text.strip();
        if (!t.startsWith("“")) return;
        String marker = trailingMarker(t);
        String quoted = t.substring(0, t.length() - marker.length());
        if (!quoted.endsWith("”") || quoted.length() < 3) return;
        String inner = quoted.substring(1, quoted.length() - 1);
        if (inner.contains("“") || inner.contains("”")) return;
        line.role = Role.BLOCKQUOTE;
        line.change("block-quotation", "“", "> ");
        line.change("block-quotation", "”", "");
        line.text = inner + marker;
    }

    private String trailingMarker(String t) {
        for (Pattern p : rules.noteMarkers()) {
            Matcher m = p.matcher(t);
            String last = "";
            while (m.find()) if (m.end() == t.length()) last = m.group();
            if (!last.isEmpty()) return last;
        }
        return "";
    }

    private boolean titleLike(String s) {
        return Text.words(s) <= rules.titleMaxWords() && !Text.endsSentence(s) && Text.startsCapitalOrDigit(s);
    }

    private boolean subtitleLike(String s) {
        return Text.words(s) <= 2 * rules.titleMaxWords() && !Text.endsSentence(s);
    }

    private boolean headingLike(String s) {
        return Text.words(s) <= rules.headingMaxWords() && !Text.endsSentence(s) && Text.startsCapitalOrDigit(s);
    }
}
