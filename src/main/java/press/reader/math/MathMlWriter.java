package press.reader.math;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * TeX math to presentation MathML, for the e-book: a documented subset of LaTeX (letters, numbers, operators,
 * scripts, fractions, roots, binomials, Greek, the symbols of {@link TexSymbols}, functions, accents, spaces,
 * alphabets such as \mathbb, \text, \left...\right, matrices, cases and aligned). No maintained Java library that
 * Maven Central serves converts TeX to MathML, and a formula the e-book cannot show must not print: a command
 * outside the subset is refused with its place ({@link TexError}), never passed through as raw TeX.
 */
public final class MathMlWriter {
    public static final String NS = "http://www.w3.org/1998/Math/MathML";
    private static final String OPERATOR_CHARS = "+-=<>/*,;:!?()[]|";
    private static final Map<String, String[]> ENVIRONMENTS = Map.of(
            "matrix", new String[] {"", ""}, "pmatrix", new String[] {"(", ")"}, "bmatrix", new String[] {"[", "]"},
            "Bmatrix", new String[] {"{", "}"}, "vmatrix", new String[] {"|", "|"}, "Vmatrix", new String[] {"‖", "‖"},
            "cases", new String[] {"{", ""}, "aligned", new String[] {"", ""}, "gathered", new String[] {"", ""});
    private static final Set<String> OPENING = Set.of("{", "langle", "lfloor", "lceil", "lbrace", "lVert");
    private static final Set<String> CLOSING = Set.of("}", "rangle", "rfloor", "rceil", "rbrace", "rVert");
    private static final Map<String, String> BIG = Map.of("big", "1.2em", "Big", "1.8em", "bigg", "2.4em", "Bigg", "3em");

    private final Document doc;
    private final String tex;
    private int pos;
    /** The alphabet letters are set in inside \mathbb{...} and the like; null outside */
    private TexSymbols.Alphabet alphabet;
    /** Inside \mathrm{...}: letters upright */
    private boolean upright;
    /** How deep in \left...\right and in environments the parser is (what may end a row) */
    private int fences;
    private int tables;
    /** Bases whose scripts go below and above (large operators, lim, braces), not to the side */
    private final Set<Element> underOver = new HashSet<>();

    private MathMlWriter(Document doc, String tex) {
        this.doc = doc;
        this.tex = tex;
    }

    /**
     * The formula as a MathML {@code math} element of {@code doc}, with the TeX as its alternative text and its
     * annotation.
     */
    public static Element write(Document doc, String tex, boolean display) throws TexError {
        MathMlWriter w = new MathMlWriter(doc, tex);
        Element row = w.row();
        if (w.pos < tex.length()) throw new TexError(w.pos, "'" + tex.charAt(w.pos) + "' closes nothing");
        Element math = w.el("math");
        math.setAttribute("display", display ? "block" : "inline");
        math.setAttribute("alttext", tex.strip());
        Element semantics = w.add(math, "semantics");
        semantics.appendChild(row);
        Element annotation = w.add(semantics, "annotation");
        annotation.setAttribute("encoding", "application/x-tex");
        annotation.setTextContent(tex.strip());
        return math;
    }

    /** Atoms with their scripts up to the end, a closing brace, or what closes the fence or table being read */
    private Element row() throws TexError {
        Element mrow = el("mrow");
        while (true) {
            skipSpace();
            if (pos >= tex.length() || peek() == '}') return mrow;
            if (fences > 0 && at("\\right")) return mrow;
            if (tables > 0 && (peek() == '&' || at("\\\\") || at("\\end"))) return mrow;
            int start = pos;
            Element atom = atom();
            if (atom == null) continue;
            mrow.appendChild(scripts(atom, start));
        }
    }

    /** The sub- and superscripts and primes after an atom */
    private Element scripts(Element base, int start) throws TexError {
        Element sub = null;
        Element sup = null;
        StringBuilder primes = new StringBuilder();
        while (true) {
            skipSpace();
            if (pos >= tex.length()) break;
            char c = peek();
            if (c == '\'') {
                pos++;
                primes.append('′');
            } else if (c == '^' || c == '_') {
                int at = pos++;
                if ((c == '^' ? sup : sub) != null) throw new TexError(at, "double " + (c == '^' ? "superscript" : "subscript")
                        + "; group the scripts in braces: x^{ab}");
                Element arg = argument();
                if (c == '^') sup = arg;
                else sub = arg;
            } else {
                break;
            }
        }
        if (!primes.isEmpty()) {
            Element p = text("mo", primes.toString());
            if (sup == null) sup = p;
            else {
                Element r = el("mrow");
                r.appendChild(p);
                r.appendChild(sup);
                sup = r;
            }
        }
        if (sub == null && sup == null) return base;
        boolean limits = underOver.contains(base);
        String name = sub != null && sup != null ? (limits ? "munderover" : "msubsup")
                : sub != null ? (limits ? "munder" : "msub") : (limits ? "mover" : "msup");
        Element s = el(name);
        s.appendChild(base);
        if (sub != null) s.appendChild(sub);
        if (sup != null) s.appendChild(sup);
        return s;
    }

    /** One atom: a group, a letter, a number, an operator or a command; null for what sets nothing (\limits) */
    private Element atom() throws TexError {
        char c = peek();
        if (c == '{') {
            return group();
        }
        if (c == '\\') return command();
        if (c == '^' || c == '_' || c == '\'') return el("mrow");
        if (c == '&') throw new TexError(pos, "'&' outside a matrix or aligned environment; write \\& for an ampersand");
        if (c == '#' || c == '%' || c == '$') {
            throw new TexError(pos, "'" + c + "' is TeX syntax; write \\" + c + " for the sign itself");
        }
        pos++;
        if (c == '~') return space("0.3333em");
        if (Character.isDigit(c) || (c == '.' && pos < tex.length() && Character.isDigit(peek()))) {
            int start = pos - 1;
            while (pos < tex.length() && (Character.isDigit(peek())
                    || (peek() == '.' && pos + 1 < tex.length() && Character.isDigit(tex.charAt(pos + 1))))) pos++;
            return number(tex.substring(start, pos));
        }
        if (Character.isLetter(c)) return letter(c);
        if ("([".indexOf(c) >= 0 || ")]".indexOf(c) >= 0) return bracket(Character.toString(c), "([".indexOf(c) >= 0);
        if (OPERATOR_CHARS.indexOf(c) >= 0 || c == '.') return text("mo", c == '-' ? "−" : Character.toString(c));
        if (Character.isWhitespace(c)) return null;
        // any other character typed as itself (a Unicode symbol, a letter of another script): an operator
        return text("mo", Character.toString(c));
    }

    private Element group() throws TexError {
        int open = pos++;
        Element r = row();
        if (pos >= tex.length()) throw new TexError(open, "'{' is never closed; add the '}'");
        pos++;
        return r;
    }

    /** The argument of a command or script: a group or a single atom (a command's argument is required) */
    private Element argument() throws TexError {
        skipSpace();
        if (pos >= tex.length() || peek() == '}') throw new TexError(pos, "a script or command lacks its argument; "
                + "give it one, in braces if it is more than a character: x^{2n}");
        if (peek() == '{') return group();
        if (Character.isDigit(peek())) return number(Character.toString(tex.charAt(pos++)));
        Element a = atom();
        return a == null ? el("mrow") : a;
    }

    private Element command() throws TexError {
        int start = pos++;
        if (pos >= tex.length()) throw new TexError(start, "a backslash ends the formula; remove it, or write \\backslash");
        String name;
        if (Character.isLetter(peek())) {
            int from = pos;
            while (pos < tex.length() && Character.isLetter(peek())) pos++;
            name = tex.substring(from, pos);
        } else {
            name = Character.toString(tex.charAt(pos++));
        }
        if (name.equals("\\")) {
            throw new TexError(start, "a line break (\\\\) is allowed only inside a matrix, cases or aligned "
                    + "environment; use \\begin{aligned} ... \\end{aligned} for several lines");
        }
        if (TexSymbols.LETTERS.containsKey(name)) return letter(TexSymbols.LETTERS.get(name));
        if (TexSymbols.UPRIGHT_LETTERS.containsKey(name)) {
            Element mi = text("mi", TexSymbols.UPRIGHT_LETTERS.get(name));
            mi.setAttribute("mathvariant", "normal");
            return mi;
        }
        if (OPENING.contains(name) || CLOSING.contains(name)) {
            return bracket(TexSymbols.OPERATORS.get(name), OPENING.contains(name));
        }
        if (TexSymbols.OPERATORS.containsKey(name)) return text("mo", TexSymbols.OPERATORS.get(name));
        if (TexSymbols.LARGE.containsKey(name)) {
            Element mo = text("mo", TexSymbols.LARGE.get(name));
            mo.setAttribute("largeop", "true");
            if (!name.contains("int")) mo.setAttribute("movablelimits", "true");
            return limits(mo);
        }
        if (TexSymbols.FUNCTIONS.containsKey(name)) {
            if (TexSymbols.LIMIT_FUNCTIONS.contains(name)) {
                Element mo = text("mo", TexSymbols.FUNCTIONS.get(name));
                mo.setAttribute("movablelimits", "true");
                mo.setAttribute("form", "prefix");
                return limits(mo);
            }
            return function(TexSymbols.FUNCTIONS.get(name));
        }
        if (TexSymbols.SPACES.containsKey(name)) return space(TexSymbols.SPACES.get(name));
        if (TexSymbols.ACCENTS.containsKey(name)) return accent(TexSymbols.ACCENTS.get(name));
        if (TexSymbols.ALPHABETS.containsKey(name) || name.equals("mathrm")) return alphabet(name);
        switch (name) {
            case "frac", "dfrac", "tfrac", "cfrac" -> {
                Element f = el("mfrac");
                f.appendChild(argument());
                f.appendChild(argument());
                return f;
            }
            case "binom", "dbinom", "tbinom" -> {
                Element f = el("mfrac");
                f.setAttribute("linethickness", "0");
                f.appendChild(argument());
                f.appendChild(argument());
                return fenced("(", f, ")");
            }
            case "sqrt" -> {
                skipSpace();
                if (pos < tex.length() && peek() == '[') {
                    int open = pos++;
                    int close = tex.indexOf(']', pos);
                    if (close < 0) throw new TexError(open, "'[' of the root's degree is never closed; add the ']'");
                    Element degree = MathMlWriter.inner(this, pos, close);
                    pos = close + 1;
                    Element root = el("mroot");
                    root.appendChild(argument());
                    root.appendChild(degree);
                    return root;
                }
                Element root = el("msqrt");
                root.appendChild(argument());
                return root;
            }
            case "text", "textrm", "textit", "textbf", "mbox", "textnormal" -> {
                // MathML trims the ends of mtext: "\text{ yards}" keeps its space as a no-break space
                String words = rawGroup(name);
                String stripped = words.strip();
                int lead = words.indexOf(stripped.isEmpty() ? words : stripped);
                Element t = text("mtext", (lead > 0 ? "\u00A0" : "") + stripped
                        + (lead + stripped.length() < words.length() ? "\u00A0" : ""));
                if (name.equals("textit")) t.setAttribute("mathvariant", "italic");
                if (name.equals("textbf")) t.setAttribute("mathvariant", "bold");
                return t;
            }
            case "operatorname" -> {
                return function(rawGroup(name));
            }
            case "left" -> {
                return leftRight(start);
            }
            case "right" -> throw new TexError(start, "\\right without its \\left; add the \\left, or remove the \\right");
            case "middle" -> {
                Element mo = text("mo", delimiter(start));
                mo.setAttribute("stretchy", "true");
                return mo;
            }
            case "big", "Big", "bigg", "Bigg", "bigl", "Bigl", "biggl", "Biggl", "bigr", "Bigr", "biggr", "Biggr",
                    "bigm", "Bigm", "biggm", "Biggm" -> {
                String size = BIG.get(name.replaceFirst("[lrm]$", ""));
                Element mo = text("mo", delimiter(start));
                mo.setAttribute("minsize", size);
                mo.setAttribute("maxsize", size);
                return mo;
            }
            case "overbrace", "underbrace" -> {
                boolean over = name.equals("overbrace");
                Element e = el(over ? "mover" : "munder");
                e.appendChild(argument());
                Element brace = text("mo", over ? "⏞" : "⏟");
                brace.setAttribute("stretchy", "true");
                e.appendChild(brace);
                underOver.add(e);
                return e;
            }
            case "overset", "stackrel", "underset" -> {
                Element mark = argument();
                Element e = el(name.equals("underset") ? "munder" : "mover");
                e.appendChild(argument());
                e.appendChild(mark);
                return e;
            }
            case "not" -> {
                skipSpace();
                Element next = pos >= tex.length() || peek() == '}' ? null : atom();
                if (next == null || !next.getLocalName().equals("mo") && !next.getLocalName().equals("mi")) {
                    throw new TexError(start, "\\not stands before a relation (\\not=, \\not\\in)");
                }
                next.setTextContent(next.getTextContent() + "\u0338");
                return next;
            }
            case "limits", "nolimits" -> throw new TexError(start, "\\" + name + " stands right after a large "
                    + "operator (\\sum\\limits_{i=1}^n)");
            case "begin" -> {
                return environment(start);
            }
            case "end" -> throw new TexError(start, "\\end without its \\begin; add the \\begin, or remove the \\end");
            default -> throw new TexError(start, "\\" + name + " is not among the TeX commands this tool sets in both "
                    + "the print and the e-book (see the README, TeX math); write the formula with the commands listed "
                    + "there");
        }
    }

    /** \limits or \nolimits after a large operator chooses where its scripts go */
    private Element limits(Element mo) {
        skipSpace();
        if (mo.hasAttribute("movablelimits")) underOver.add(mo);
        if (at("\\limits")) {
            pos += 7;
            mo.setAttribute("movablelimits", "false");
            underOver.add(mo);
        } else if (at("\\nolimits")) {
            pos += 9;
            mo.removeAttribute("movablelimits");
            underOver.remove(mo);
        }
        return mo;
    }

    private Element leftRight(int start) throws TexError {
        String open = delimiter(start);
        fences++;
        Element inner = row();
        fences--;
        if (!at("\\right")) throw new TexError(start, "\\left without its \\right; close it with \\right) or \\right.");
        int right = pos;
        pos += 6;
        String close = delimiter(right);
        return fenced(open, inner, close);
    }

    /** The delimiter after \left, \right, \big...: a character or a command; '.' is none */
    private String delimiter(int start) throws TexError {
        skipSpace();
        if (pos >= tex.length()) throw new TexError(start, "a delimiter is missing after the command; write one, "
                + "such as ( or \\{ or . for none");
        char c = tex.charAt(pos);
        if (c == '.') {
            pos++;
            return "";
        }
        if ("()[]|/<>".indexOf(c) >= 0) {
            pos++;
            return c == '<' ? "⟨" : c == '>' ? "⟩" : Character.toString(c);
        }
        if (c == '\\') {
            int from = pos++;
            String name;
            if (pos < tex.length() && Character.isLetter(peek())) {
                int s = pos;
                while (pos < tex.length() && Character.isLetter(peek())) pos++;
                name = tex.substring(s, pos);
            } else {
                name = pos < tex.length() ? Character.toString(tex.charAt(pos++)) : "";
            }
            String d = TexSymbols.OPERATORS.get(name);
            if (d != null) return d;
            throw new TexError(from, "\\" + name + " is not a delimiter; write one such as ( [ | \\{ \\langle or . for none");
        }
        throw new TexError(pos, "'" + c + "' is not a delimiter; write one such as ( [ | \\{ \\langle or . for none");
    }

    /**
     * A bracket typed without \left or \right: as in TeX it keeps its size, and it hugs what it encloses (a bracket
     * in the middle of a row would otherwise take an infix operator's space on both sides).
     */
    private Element bracket(String c, boolean opening) {
        Element mo = text("mo", c);
        mo.setAttribute("form", opening ? "prefix" : "postfix");
        mo.setAttribute("stretchy", "false");
        return mo;
    }

    private Element fenced(String open, Element inner, String close) {
        Element r = el("mrow");
        if (!open.isEmpty()) r.appendChild(fence(open));
        r.appendChild(inner);
        if (!close.isEmpty()) r.appendChild(fence(close));
        return r;
    }

    private Element fence(String c) {
        Element mo = text("mo", c);
        mo.setAttribute("fence", "true");
        mo.setAttribute("stretchy", "true");
        return mo;
    }

    private Element environment(int start) throws TexError {
        String name = rawGroup("begin");
        String[] fences = ENVIRONMENTS.get(name);
        if (fences == null) {
            throw new TexError(start, "the environment '" + name + "' is not among those this tool sets (matrix, "
                    + "pmatrix, bmatrix, Bmatrix, vmatrix, Vmatrix, cases, aligned, gathered)");
        }
        Element table = el("mtable");
        if (name.equals("aligned") || name.equals("gathered")) table.setAttribute("displaystyle", "true");
        tables++;
        Element tr = add(table, "mtr");
        while (true) {
            Element cell = row();
            Element td = add(tr, "mtd");
            td.appendChild(cell);
            // MathML Core (Chromium) reads no columnalign: the cell's CSS says it as well
            String align = name.equals("cases") ? "left"
                    : name.equals("aligned") ? (tr.getChildNodes().getLength() % 2 == 1 ? "right" : "left") : null;
            if (align != null) {
                td.setAttribute("columnalign", align);
                td.setAttribute("style", "text-align: " + align);
            }
            if (pos >= tex.length() || peek() == '}') {
                throw new TexError(start, "\\begin{" + name + "} is never ended; close it with \\end{" + name + "}");
            }
            if (peek() == '&') {
                pos++;
            } else if (at("\\\\")) {
                pos += 2;
                tr = add(table, "mtr");
            } else {
                int end = pos;
                pos += 4;
                String ending = rawGroup("end");
                if (!ending.equals(name)) throw new TexError(end, "\\begin{" + name + "} is ended by \\end{" + ending
                        + "}; end it with \\end{" + name + "}");
                break;
            }
        }
        tables--;
        // a trailing \\ leaves an empty last row: TeX does not set it
        if (tr.getChildNodes().getLength() == 1 && tr.getFirstChild().getFirstChild().getChildNodes().getLength() == 0) {
            table.removeChild(tr);
        }
        return fenced(fences[0], table, fences[1]);
    }

    /** The text of a {...} argument taken as it is (for \text, \operatorname, \begin): braces balanced, no math */
    private String rawGroup(String command) throws TexError {
        skipSpace();
        if (pos >= tex.length() || peek() != '{') throw new TexError(pos, "\\" + command + " takes its argument in braces: \\"
                + command + "{...}");
        int open = pos++;
        int depth = 1;
        StringBuilder sb = new StringBuilder();
        while (pos < tex.length()) {
            char c = tex.charAt(pos++);
            if (c == '\\' && pos < tex.length() && "{}$%&#_ ".indexOf(peek()) >= 0) {
                sb.append(tex.charAt(pos++));
                continue;
            }
            if (c == '\\' || c == '$') throw new TexError(pos - 1, "\\" + command + "{...} holds plain words here; "
                    + "end it before a command or formula and go on after it: \\text{if } x > 0");
            if (c == '{') depth++;
            if (c == '}' && --depth == 0) return sb.toString();
            sb.append(c);
        }
        throw new TexError(open, "'{' is never closed; add the '}'");
    }

    private Element alphabet(String name) throws TexError {
        TexSymbols.Alphabet before = alphabet;
        boolean wasUpright = upright;
        alphabet = TexSymbols.ALPHABETS.get(name);
        upright = name.equals("mathrm");
        try {
            return argument();
        } finally {
            alphabet = before;
            upright = wasUpright;
        }
    }

    private Element accent(TexSymbols.Accent a) throws TexError {
        Element e = el(a.over() ? "mover" : "munder");
        e.setAttribute(a.over() ? "accent" : "accentunder", "true");
        e.appendChild(argument());
        Element mo = text("mo", a.mark());
        mo.setAttribute("stretchy", Boolean.toString(a.stretchy()));
        e.appendChild(mo);
        return e;
    }

    /** A named function: upright, then the invisible function application */
    private Element function(String name) {
        Element r = el("mrow");
        Element mi = text("mi", name);
        if (name.length() == 1) mi.setAttribute("mathvariant", "normal");
        r.appendChild(mi);
        r.appendChild(text("mo", "\u2061"));
        return r;
    }

    private Element letter(char c) {
        if (alphabet != null) return text("mi", TexSymbols.styled(alphabet, c));
        Element mi = text("mi", Character.toString(c));
        if (upright) mi.setAttribute("mathvariant", "normal");
        return mi;
    }

    private Element letter(String s) {
        Element mi = text("mi", s);
        if (upright) mi.setAttribute("mathvariant", "normal");
        return mi;
    }

    private Element number(String digits) {
        if (alphabet == null) return text("mn", digits);
        StringBuilder sb = new StringBuilder();
        for (char d : digits.toCharArray()) sb.append(TexSymbols.styled(alphabet, d));
        return text("mn", sb.toString());
    }

    private Element space(String width) {
        Element s = el("mspace");
        s.setAttribute("width", width);
        return s;
    }

    /** A bracketed piece of the source (a root's degree) read on its own */
    private static Element inner(MathMlWriter outer, int from, int to) throws TexError {
        MathMlWriter w = new MathMlWriter(outer.doc, outer.tex.substring(0, to));
        w.pos = from;
        Element r = w.row();
        if (w.pos < to) throw new TexError(w.pos, "'" + outer.tex.charAt(w.pos) + "' closes nothing");
        return r;
    }

    private void skipSpace() {
        while (pos < tex.length() && Character.isWhitespace(tex.charAt(pos))) pos++;
    }

    private char peek() {
        return tex.charAt(pos);
    }

    /** Whether the source continues with {@code s} (a command name then ends there) */
    private boolean at(String s) {
        if (!tex.startsWith(s, pos)) return false;
        int after = pos + s.length();
        return !Character.isLetter(s.charAt(s.length() - 1)) || after >= tex.length() || !Character.isLetter(tex.charAt(after));
    }

    private Element el(String name) {
        return doc.createElementNS(NS, name);
    }

    private Element add(Element parent, String name) {
        Element e = el(name);
        parent.appendChild(e);
        return e;
    }

    private Element text(String name, String content) {
        Element e = el(name);
        e.setTextContent(content);
        return e;
    }
}
