package press.reader.importing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes a cleaned essay as Markdown with YAML front matter (manuscript format 1). */
final class EssayRenderer {
    /**
     * Characters that would otherwise be read as Markdown syntax inside a paragraph. A "]" before "(" is escaped
     * so that "[words](address)" in a capture stays text: as a live link it would hide the address's words and
     * could point a cross-reference anywhere.
     */
    private static final Pattern INLINE_SYNTAX = Pattern.compile("[\\\\*_`<]|\\[(?=[\\^@])|\\](?=\\()");
    /**
     * Line starts that would otherwise open a heading, quotation, list or code block, or define a link reference
     * ("[label]: address" would vanish from the book).
     */
    private static final Pattern BLOCK_START = Pattern.compile(
            "^(#{1,6}(?=\\s|$)|>|[-+*](?=\\s)|\\d{1,9}(?=[.)]\\s)|\\[[^\\]]*\\]:)");

    private EssayRenderer() {}

    static String render(EssayMetadata meta, List<SourceLine> lines) {
        StringBuilder out = new StringBuilder("---\n");
        field(out, "title", meta.title());
        if (meta.subtitle() != null) field(out, "subtitle", meta.subtitle());
        if (meta.standfirst() != null) field(out, "standfirst", meta.standfirst());
        field(out, "author", meta.author());
        field(out, "publication", meta.publication());
        field(out, "date", meta.date());
        field(out, "source", meta.source());
        field(out, "url", meta.url());
        if (!meta.omitted().isEmpty()) {
            out.append("omitted:\n");
            for (String o : meta.omitted()) out.append("  - ").append(yaml(o)).append('\n');
        }
        if (meta.notesMissing() > 0) out.append("notes-missing: ").append(meta.notesMissing()).append('\n');
        out.append("---\n");
        Role previous = null;
        for (SourceLine line : lines) {
            if (!line.kept() || line.blank() || line.role.isFrontMatter()) continue;
            boolean tight = (previous == Role.LIST_ITEM && line.role == Role.LIST_ITEM)
                    || (previous == Role.EPIGRAPH && line.role == Role.ATTRIBUTION);
            out.append(tight ? "" : "\n");
            if (previous == Role.EPIGRAPH && line.role == Role.ATTRIBUTION) out.append(">\n");
            out.append(line.rendered).append('\n');
            previous = line.role;
        }
        return out.toString();
    }

    /** The Markdown for one body line: its text escaped, with the markup of its role. */
    static String bodyLine(SourceLine line) {
        String text = footnoteRefs(escape(line));
        return switch (line.role) {
            case CAPTION -> "*" + text + "*";
            case EPIGRAPH, BLOCKQUOTE -> "> " + text;
            case ATTRIBUTION -> "> — " + text;
            case HEADING -> "## " + text;
            case BULLET, LIST_ITEM -> "- " + text;
            case NOTE -> "[^" + line.noteNumber + "]: " + text;
            default -> text;
        };
    }

    /** Front-matter text: escaped like body text, so the same reader can parse it. */
    static String frontText(SourceLine line) {
        return footnoteRefs(escape(line));
    }

    private static String escape(SourceLine line) {
        Matcher m = INLINE_SYNTAX.matcher(line.text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(line.text, last, m.start()).append('\\').append(m.group());
            line.change("markdown-escape", m.group(), "\\" + m.group());
            last = m.end();
        }
        out.append(line.text.substring(last));
        String text = out.toString();
        if (line.role == Role.PARAGRAPH) {
            Matcher b = BLOCK_START.matcher(text);
            if (b.find()) {
                line.change("markdown-escape", b.group(), "\\" + b.group());
                text = "\\" + text;
            }
        }
        return text;
    }

    private static String footnoteRefs(String text) {
        return text.replace(String.valueOf(NoteMarkers.OPEN), "[^").replace(String.valueOf(NoteMarkers.CLOSE), "]");
    }

    private static void field(StringBuilder out, String key, String value) {
        out.append(key).append(": ").append(yaml(value)).append('\n');
    }

    /** A YAML scalar: {@code unknown} stays plain; anything else is double-quoted so no text can break the YAML. */
    static String yaml(String value) {
        if (value == null) return EssayMetadata.UNKNOWN;
        if (value.equals(EssayMetadata.UNKNOWN) || value.matches("\\d+")) return value;
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            if (c == '\\' || c == '"') out.append('\\').appendCodePoint(c);
            else if (yamlPrintable(c)) out.appendCodePoint(c);
            // a control character, U+FFFE, or a YAML line break (U+0085, U+2028, U+2029) would make the front matter
            // unreadable or fold it: write it as an escape, which YAML reads back as the same character
            else if (c <= 0xFFFF) out.append(String.format("\\u%04X", c));
            else out.append(String.format("\\U%08X", c));
        });
        return out.append('"').toString();
    }

    /** YAML 1.1's printable characters, less its line breaks U+0085, U+2028 and U+2029. */
    private static boolean yamlPrintable(int c) {
        return c == '\t' || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
