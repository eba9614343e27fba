package press.reader.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import press.reader.diagnostics.Diagnostic;

/**
 * The cleanup report: for each capture, every line removed and every character run changed, with
 * {@code source-file:line} and the rule's name, plus the front matter found, the words flagged for the editor
 * and the fidelity result. Written as Markdown and, from the same content, as HTML.
 */
public final class CleanupReport {
    /** One piece of the report: a heading, a paragraph, a bulleted list or a table. */
    private sealed interface Part permits Heading, Para, Bullets, Table {}

    private record Heading(int level, String text) implements Part {}

    private record Para(String text) implements Part {}

    private record Bullets(List<String> items) implements Part {}

    private record Table(List<String> header, List<List<String>> rows) implements Part {}

    private CleanupReport() {}

    /** Writes {@code file} (Markdown) and its HTML twin. {@code fidelity.get(i)} belongs to {@code results.get(i)}. */
    public static void write(Path file, List<CleanResult> results, List<List<Diagnostic>> fidelity) throws IOException {
        List<Part> parts = parts(results, fidelity);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(file, markdown(parts), StandardCharsets.UTF_8);
        Files.writeString(htmlTwin(file), html(parts), StandardCharsets.UTF_8);
    }

    public static Path htmlTwin(Path markdownFile) {
        String name = markdownFile.getFileName().toString().replaceFirst("\\.md$", "");
        return markdownFile.resolveSibling(name + ".html");
    }

    public static String markdown(List<CleanResult> results, List<List<Diagnostic>> fidelity) {
        return markdown(parts(results, fidelity));
    }

    private static List<Part> parts(List<CleanResult> results, List<List<Diagnostic>> fidelity) {
        List<Part> p = new ArrayList<>();
        p.add(new Heading(1, "Cleanup report"));
        p.add(new Para("Every line removed and every character run changed in each capture, with the source line "
                + "and the rule (rules.yaml) that did it. The authors' words are never corrected: suspect "
                + "spellings are only listed, for the editor's notes."));
        for (int i = 0; i < results.size(); i++) {
            CleanResult r = results.get(i);
            List<Diagnostic> fid = i < fidelity.size() ? fidelity.get(i) : List.of();
            EssayMetadata m = r.metadata();
            p.add(new Heading(2, r.sourceName()));
            List<String> facts = new ArrayList<>();
            facts.add("site profile: " + (r.site() == null ? "none (global rules only)" : r.site()));
            facts.add("title: " + m.title());
            if (m.subtitle() != null) facts.add("subtitle: " + m.subtitle());
            if (m.standfirst() != null) facts.add("standfirst: " + m.standfirst());
            facts.add("author: " + m.author() + "; publication: " + m.publication() + "; date: " + m.date());
            facts.add("omitted: " + (m.omitted().isEmpty() ? "nothing" : String.join(", ", m.omitted())));
            facts.add("notes missing from the capture: " + m.notesMissing());
            facts.add("fidelity: " + FidelityCheck.unexplained(fid) + " unexplained difference(s)");
            for (Diagnostic d : fid) facts.add(d.format());
            for (Diagnostic d : r.warnings()) facts.add(d.format());
            p.add(new Bullets(facts));

            p.add(new Heading(3, "Removed lines (" + r.removals().size() + ")"));
            List<List<String>> rows = new ArrayList<>();
            for (Removal rm : r.removals()) {
                String fate = rm.movedTo() != null ? "moved to " + rm.movedTo()
                        : rm.omitted() != null ? "omitted: " + rm.omitted() : "removed";
                rows.add(List.of(r.sourceName() + ":" + rm.line(), rm.rule(), visible(rm.text()), fate));
            }
            p.add(new Table(List.of("source", "rule", "text", "what became of it"), rows));

            p.add(new Heading(3, "Changed character runs (" + r.changes().size() + ")"));
            rows = new ArrayList<>();
            for (Change c : r.changes()) {
                rows.add(List.of(r.sourceName() + ":" + c.line(), c.rule(), visible(c.before()), visible(c.after())));
            }
            p.add(new Table(List.of("source", "rule", "before", "after"), rows));

            if (!r.suspects().isEmpty()) {
                p.add(new Heading(3, "Suspect spellings, left as the author wrote them"));
                List<String> items = new ArrayList<>();
                for (CleanResult.Suspect s : r.suspects()) {
                    items.add(r.sourceName() + ":" + s.line() + ": " + s.word() + " (perhaps " + s.suggestion() + ")");
                }
                p.add(new Bullets(items));
            }
        }
        return p;
    }

    /** Shows what is otherwise invisible in a table: empty text, spaces at the ends, no-break spaces. */
    static String visible(String s) {
        if (s.isEmpty()) return "(nothing)";
        String t = s.replace("\u00A0", "⍽");
        if (t.isBlank() || !t.equals(t.strip())) t = t.replace(' ', '␣');
        return t;
    }

    private static String markdown(List<Part> parts) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Heading h) {
                out.append("#".repeat(h.level())).append(' ').append(mdText(h.text())).append("\n\n");
            } else if (part instanceof Para para) {
                out.append(mdText(para.text())).append("\n\n");
            } else if (part instanceof Bullets b) {
                for (String item : b.items()) out.append("- ").append(mdText(item)).append('\n');
                out.append('\n');
            } else if (part instanceof Table t) {
                if (t.rows().isEmpty()) {
                    out.append("None.\n\n");
                    continue;
                }
                out.append(row(t.header())).append(row(t.header().stream().map(x -> "---").toList()));
                for (List<String> r : t.rows()) out.append(row(r.stream().map(CleanupReport::cell).toList()));
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    /** A table cell shows the text verbatim, as code, so quotes and dashes can be told apart. */
    private static String cell(String s) {
        String t = s.replace("|", "\\|");
        String fence = t.contains("`") ? "``" : "`";
        return fence + (t.startsWith("`") || t.endsWith("`") ? " " + t + " " : t) + fence;
    }

    private static String mdText(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;").replace("[", "\\[");
    }

    private static String html(List<Part> parts) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Cleanup report</title><style>body{font-family:sans-serif;max-width:70em;margin:auto}"
                + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top}"
                + "code{white-space:pre-wrap}</style></head><body>\n");
        for (Part part : parts) {
            if (part instanceof Heading h) {
                out.append("<h").append(h.level()).append('>').append(esc(h.text())).append("</h").append(h.level()).append(">\n");
            } else if (part instanceof Para para) {
                out.append("<p>").append(esc(para.text())).append("</p>\n");
            } else if (part instanceof Bullets b) {
                out.append("<ul>\n");
                for (String item : b.items()) out.append("<li>").append(esc(item)).append("</li>\n");
                out.append("</ul>\n");
            } else if (part instanceof Table t) {
                if (t.rows().isEmpty()) {
                    out.append("<p>None.</p>\n");
                    continue;
                }
                out.append("<table>\n<tr>");
                for (String h : t.header()) out.append("<th>").append(esc(h)).append("</th>");
                out.append("</tr>\n");
                for (List<String> r : t.rows()) {
                    out.append("<tr>");
                    for (String c : r) out.append("<td><code>").append(esc(c)).append("</code></td>");
                    out.append("</tr>\n");
                }
                out.append("</table>\n");
            }
        }
        return out.append("</body></html>\n").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
