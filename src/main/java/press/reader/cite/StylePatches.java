package press.reader.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The one place where citeproc-java 3.5 is helped to render a CSL style as the style says, without writing any
 * citation format by hand: the style still decides everything.
 * <ul>
 *   <li>Edits to the style's XML, made at load time, so that citeproc-java evaluates it the way the CSL
 *       specification says (position, locator and disambiguate tests; multi-variable names; suppress-author).</li>
 *   <li>{@link #item}: two gaps in the data citeproc-java hands the style. A missing {@code title-short} is the
 *       main title, as citeproc-js and pandoc derive it (Chicago's short note is "Stites, *Revolutionary Dreams*",
 *       CMOS 13.32); a {@code container-author} who is the author is not the author of another book
 *       ("in *Collected Works*, vol. 27", not "… vol. 27, by V. I. Lenin", CMOS 14.12).</li>
 *   <li>{@link #worksCited}: what citeproc-java does not do in a bibliography: CSL's
 *       {@code subsequent-author-substitute} (Chicago's 3-em dash for a repeated author, CMOS 13.113, in the
 *       styles that ask for it), and the order of one author's works by title, ignoring quotation marks and
 *       an initial article (CMOS 13.112), where citeproc-java sorted a quoted title after every italic one.</li>
 * </ul>
 */
final class StylePatches {
    static final String CSL_NS = "http://purl.org/net/xbiblio/csl";

    /**
     * A variable that no entry has. citeproc-java returns "not set" for unknown variable names, so
     * {@code variable="..."} with match "all" is always false, and with match "none" always true.
     * (We cannot write an {@code <if>} without any test: citeproc-java rejects it.)
     */
    static final String NEVER_SET_VARIABLE = "bookpress-never-set";

    private static final String[] TEST_ATTRIBUTES = {"disambiguate", "is-numeric", "is-uncertain-date", "locator",
            "position", "type", "variable", "number"};

    private StylePatches() {}

    /**
     * Decides the {@code disambiguate} tests, which citeproc-java 3.5 does not evaluate: it treats them as
     * true, so Chicago's short notes always added "trans. Manheim". They are decided false (citeproc-java
     * adds no disambiguation), which is right unless two works share a short form. With a {@code variant}
     * (for citations), also every {@code position} and {@code locator} test: citeproc-java 3.4–3.5 never
     * evaluates "subsequent", "ibid-with-locator" or "near-note" as true, treats only the first cite of a
     * cluster as "first", and ignores {@code locator} tests; so Chicago's short notes never appeared and
     * "chap. 3" lost its label. Other tests on the same element (type, variable, ...) are kept and combined per
     * the element's match mode.
     */
    static void resolveCiteConditions(Element root, CiteVariant variant) {
        for (Element cond : elements(root, "if", "else-if")) {
            List<Boolean> decided = new ArrayList<>();
            for (String value : words(cond.getAttribute("disambiguate"))) decided.add(!value.equals("true"));
            if (variant == null) {
                // a bibliography entry has no locator: every locator test is false (citeproc-java ignored them, so
                // "is-numeric=volume locator=page" held for a chapter in a numbered volume and its pages vanished)
                for (String ignored : words(cond.getAttribute("locator"))) decided.add(false);
                cond.removeAttribute("locator");
            } else {
                for (String test : words(cond.getAttribute("position"))) {
                    decided.add(variant.position().satisfies(test, variant.nearNote()));
                }
                for (String type : words(cond.getAttribute("locator"))) decided.add(type.equals(variant.locatorLabel()));
                cond.removeAttribute("position");
                cond.removeAttribute("locator");
            }
            if (decided.isEmpty()) continue;
            cond.removeAttribute("disambiguate");
            boolean all = !decided.contains(false), any = decided.contains(true);
            boolean othersRemain = hasTests(cond);
            String match = cond.getAttribute("match").isEmpty() ? "all" : cond.getAttribute("match");
            switch (match) {
                case "all" -> {
                    if (!all) force(cond, false);
                    else if (!othersRemain) force(cond, true);
                }
                case "any" -> {
                    if (any) force(cond, true);
                    else if (!othersRemain) force(cond, false);
                }
                case "none" -> {
                    if (any) force(cond, false);
                    else if (!othersRemain) force(cond, true);
                }
                default -> throw new IllegalArgumentException("unknown CSL match mode '" + match + "'");
            }
        }
    }

    /**
     * For {@code [-@key]}: removes every {@code <names>} that renders the author, with its substitutes, which
     * is what CSL's suppress-author means. citeproc-java 3.5 ignores the suppress-author flag, and an entry
     * copy without an author would only bring in the substitute (an editor, or the title).
     */
    static void removeAuthorNames(Element root) {
        for (Element names : elements(root, "names")) {
            if (!words(names.getAttribute("variable")).contains("author")) continue;
            // the author as a substitute (e.g. of "composer") is suppressed by removing the names it stands in for
            Element target = names;
            for (Element owner = substituteOwner(target); owner != null; owner = substituteOwner(owner)) target = owner;
            if (target.getParentNode() != null) target.getParentNode().removeChild(target);
        }
    }

    /** The {@code <names>} whose {@code <substitute>} contains {@code e}, or null. */
    private static Element substituteOwner(Element e) {
        for (Node n = e.getParentNode(); n instanceof Element p; n = p.getParentNode()) {
            if ("substitute".equals(p.getLocalName())) {
                return p.getParentNode() instanceof Element owner && "names".equals(owner.getLocalName()) ? owner : null;
            }
        }
        return null;
    }

    private static List<String> words(String attribute) {
        return attribute.isBlank() ? List.of() : List.of(attribute.trim().split("\\s+"));
    }

    /**
     * citeproc-java writes the delimiter of {@code <names variable="editor translator" delimiter=", ">}
     * before the second variable even when the first is empty, which gave ", , trans. Ralph Manheim" in
     * notes and ". . Translated by" in the bibliography. A group with one {@code <names>} per variable says
     * the same in CSL, and citeproc-java's groups put delimiters only between non-empty parts.
     * Names inside {@code <substitute>}, or with their own {@code <substitute>}, are left alone: splitting
     * them would change which substitute applies.
     */
    static void splitMultiVariableNames(Element root) {
        for (Element names : elements(root, "names")) {
            String[] variables = names.getAttribute("variable").trim().split("\\s+");
            if (variables.length < 2 || !names.hasAttribute("delimiter")) continue;
            if (insideSubstitute(names) || !children(names, "substitute").isEmpty()) continue;

            Element group = names.getOwnerDocument().createElementNS(CSL_NS, "group");
            NamedNodeMap attrs = names.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Attr a = (Attr) attrs.item(i);
                String name = a.getName();
                if (!name.equals("variable") && !name.equals("delimiter")) group.setAttribute(name, a.getValue());
            }
            group.setAttribute("delimiter", names.getAttribute("delimiter"));
            for (String variable : variables) {
                Element single = names.getOwnerDocument().createElementNS(CSL_NS, "names");
                single.setAttribute("variable", variable);
                NodeList kids = names.getChildNodes();
                for (int i = 0; i < kids.getLength(); i++) single.appendChild(kids.item(i).cloneNode(true));
                group.appendChild(single);
            }
            names.getParentNode().replaceChild(group, names);
        }
    }

    /**
     * Removes prefix, suffix and delimiter from the citation layout, so that single cites can be rendered
     * alone and joined with the layout's own delimiter and affixes (see {@link CslStyle#layoutDelimiter()}).
     */
    static void stripCitationLayoutAffixes(Element root) {
        for (Element citation : children(root, "citation")) {
            for (Element layout : children(citation, "layout")) {
                layout.removeAttribute("prefix");
                layout.removeAttribute("suffix");
                layout.removeAttribute("delimiter");
            }
        }
    }

    private static boolean hasTests(Element cond) {
        for (String a : TEST_ATTRIBUTES) if (cond.hasAttribute(a)) return true;
        return false;
    }

    private static void force(Element cond, boolean value) {
        for (String a : TEST_ATTRIBUTES) cond.removeAttribute(a);
        cond.setAttribute("variable", NEVER_SET_VARIABLE);
        cond.setAttribute("match", value ? "none" : "all");
    }

    private static boolean insideSubstitute(Element e) {
        for (Node n = e.getParentNode(); n instanceof Element p; n = p.getParentNode()) {
            if ("substitute".equals(p.getLocalName())) return true;
        }
        return false;
    }

    /** All descendants with one of the local names, collected first so the tree may be edited. */
    static List<Element> elements(Element root, String... localNames) {
        List<Element> out = new ArrayList<>();
        for (String name : localNames) {
            NodeList list = root.getElementsByTagNameNS(CSL_NS, name);
            for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
        }
        return out;
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) out.add(e);
        }
        return out;
    }

    // ------------------------------------------------------------------------------------- the data (see above)

    /** {@code item} as the style should see it: a short title where none is given, no repeated author. */
    static CSLItemData item(CSLItemData item) {
        if (item == null) return null;
        String shortTitle = item.getTitleShort() == null && item.getTitle() != null ? mainTitle(item.getTitle()) : null;
        boolean ownContainer = item.getContainerAuthor() != null && item.getAuthor() != null
                && Arrays.equals(item.getContainerAuthor(), item.getAuthor());
        if ((shortTitle == null || shortTitle.equals(item.getTitle())) && !ownContainer) return item;
        CSLItemDataBuilder b = new CSLItemDataBuilder(item);
        if (shortTitle != null) b.titleShort(shortTitle);
        if (ownContainer) b.containerAuthor((CSLName[]) null);
        return b.build();
    }

    /**
     * A title without its subtitle: the words before ": ", or before a bracketed part that ends the title
     * ("The Tax in Kind (The Significance of …)"). A title that is all subtitle is kept.
     */
    static String mainTitle(String title) {
        String main = title;
        int colon = main.indexOf(": ");
        if (colon > 0) main = main.substring(0, colon);
        Matcher bracket = Pattern.compile("\\s+[(\\[][^()\\[\\]]*[)\\]]$").matcher(main);
        if (bracket.find() && bracket.start() > 0) main = main.substring(0, bracket.start());
        return main.strip().isEmpty() ? title : main.strip();
    }

    // ------------------------------------------------------------------------------ the Works Cited (see above)

    /**
     * The entries of a bibliography, {@code items} in the order citeproc-java sorted them: each author's works
     * by title, and with {@code substitute} (the style's subsequent-author-substitute, or null) for the names of
     * an entry whose authors are those of the entry before it (CSL's "complete-all" rule).
     */
    static List<RichText> worksCited(List<RichText> entries, List<CSLItemData> items, String substitute) {
        int n = entries.size();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) order.add(i);
        // re-sort each run of one author's works (citeproc-java put the authors in order)
        for (int start = 0; start < n; ) {
            int end = start + 1;
            while (end < n && sameAuthors(items.get(start), items.get(end))) end++;
            order.subList(start, end).sort(Comparator.comparing((Integer i) -> titleKey(items.get(i)))
                    .thenComparing(i -> i));
            start = end;
        }
        List<RichText> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int i = order.get(k);
            RichText entry = entries.get(i);
            if (substitute != null && k > 0 && sameAuthors(items.get(order.get(k - 1)), items.get(i))) {
                int names = namesLength(entries.get(order.get(k - 1)).plainText(), entry.plainText(), items.get(i));
                if (names > 0) entry = entry.replacePrefix(names, substitute);
            }
            out.add(entry);
        }
        return out;
    }

    private static boolean sameAuthors(CSLItemData a, CSLItemData b) {
        return a.getAuthor() != null && a.getAuthor().length > 0 && Arrays.equals(a.getAuthor(), b.getAuthor());
    }

    /** A title as Chicago alphabetises it: without quotation marks or an initial article, ignoring case. */
    static String titleKey(CSLItemData item) {
        String t = item.getTitle() == null ? "" : item.getTitle();
        t = t.replaceAll("^[\\p{Pi}\\p{Pf}\"'‘’“”\\s]+", "").replaceAll("^(?i)(the|an|a)\\s+", "");
        return t.toLowerCase(Locale.ROOT);
    }

    /**
     * How many characters at the start of {@code entry} are the authors' names: the words the entry shares with
     * the one before, up to the last ". " between them (the style's delimiter after the names), provided every
     * author's family name lies in them. 0 if that cannot be told.
     */
    private static int namesLength(String previous, String entry, CSLItemData item) {
        int common = 0;
        while (common < previous.length() && common < entry.length() && previous.charAt(common) == entry.charAt(common)) {
            common++;
        }
        int end = entry.lastIndexOf(". ", common - 1);
        if (end <= 0 || end + 2 > common + 1) return 0;
        String names = entry.substring(0, end);
        for (CSLName a : item.getAuthor()) {
            String family = a.getFamily() != null ? a.getFamily() : a.getLiteral();
            if (family == null || !names.contains(family)) return 0;
        }
        return end;
    }
}
