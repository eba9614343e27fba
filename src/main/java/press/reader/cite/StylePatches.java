package press.reader.cite;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Edits to a CSL style's XML, made at load time, that work around citeproc-java 3.5 bugs without writing
 * any citation format by hand: the style still decides everything; we only make citeproc-java evaluate it
 * the way the CSL specification says.
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
            if (variant != null) {
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
}
