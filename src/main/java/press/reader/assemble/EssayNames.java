package press.reader.assemble;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import press.reader.manuscript.Manuscript;
import press.reader.manuscript.Piece;
import press.reader.manuscript.TitleMarks;
import press.reader.xml.Elements;

/**
 * How the book names an essay to its reader: its short title if the editor gave one, else its author's surname,
 * else its title. An essay's id is the manuscript's file name and is never printed: where the editor's apparatus
 * names an essay by its id (a chronology entry, a cross-reference whose words are the id), the reader sees this
 * display name instead.
 */
public final class EssayNames {
    private final Map<String, String> names = new LinkedHashMap<>();

    public EssayNames(Manuscript ms) {
        for (Piece p : ms.essays()) names.put(p.id(), displayName(p));
    }

    static String displayName(Piece p) {
        if (p.known("short-title")) return p.get("short-title");
        if (p.known("author")) {
            String[] parts = p.get("author").strip().split("\\s+");
            return parts[parts.length - 1];
        }
        return p.title();
    }

    public String of(String id) {
        return names.getOrDefault(id, id);
    }

    /**
     * {@code text} with the ids of {@code essays} (the essays an entry is about, so that an id that is also an
     * ordinary word elsewhere is left alone) written as whole lower-case words replaced by display names:
     * "weissman places…" is printed "Weissman places…", "degeneration’s list" "Degeneration’s list".
     */
    public String replaceIds(String text, List<String> essays) {
        String out = text;
        for (String id : essays) {
            // every match holds the id: a text without it need not be searched (the chronology asks of every row)
            if (!names.containsKey(id) || !out.contains(id)) continue;
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(id) + "(?![\\p{L}\\p{N}-])").matcher(out);
            out = m.replaceAll(Matcher.quoteReplacement(names.get(id)));
        }
        return out;
    }

    /** A cross-reference whose words are only the id of the essay it points to shows the essay's display name. */
    void nameLinksByDisplayName(Element book) {
        for (Element link : Elements.of(book.getElementsByTagNameNS(DocBook.NS, "link"))) {
            String target = link.getAttribute("linkend");
            if (!names.containsKey(target) || !DocBook.visibleText(link).strip().equals(target)) continue;
            for (Node c = link.getFirstChild(); c != null; ) {
                Node next = c.getNextSibling();
                if (c instanceof Text) link.removeChild(c);
                c = next;
            }
            // a short title that is a periodical's name is marked as one (*Socialist Worker*)
            for (TitleMarks.Run r : TitleMarks.runs(names.get(target))) {
                if (!r.title()) {
                    link.appendChild(link.getOwnerDocument().createTextNode(r.text()));
                    continue;
                }
                Element em = link.getOwnerDocument().createElementNS(DocBook.NS, "emphasis");
                em.setAttribute("role", "title");
                em.appendChild(link.getOwnerDocument().createTextNode(r.text()));
                link.appendChild(em);
            }
        }
    }
}
