package press.reader.math;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The TeX commands the MathML writer knows, each with the character MathML writes for it. A command not here is
 * refused (the EPUB could not show it), so that the print and the e-book never disagree about a formula.
 */
final class TexSymbols {
    private TexSymbols() {}

    /** Letters set as identifiers (the Greek capitals upright, as TeX sets them) */
    static final Map<String, String> LETTERS = table(
            "alpha", "α", "beta", "β", "gamma", "γ", "delta", "δ", "epsilon", "ϵ", "varepsilon", "ε", "zeta", "ζ",
            "eta", "η", "theta", "θ", "vartheta", "ϑ", "iota", "ι", "kappa", "κ", "lambda", "λ", "mu", "μ", "nu", "ν",
            "xi", "ξ", "pi", "π", "varpi", "ϖ", "rho", "ρ", "varrho", "ϱ", "sigma", "σ", "varsigma", "ς", "tau", "τ",
            "upsilon", "υ", "phi", "ϕ", "varphi", "φ", "chi", "χ", "psi", "ψ", "omega", "ω",
            "infty", "∞", "partial", "∂", "nabla", "∇", "emptyset", "∅", "varnothing", "∅", "ell", "ℓ", "hbar", "ℏ",
            "aleph", "ℵ", "Re", "ℜ", "Im", "ℑ", "wp", "℘", "imath", "ı", "jmath", "ȷ");

    static final Map<String, String> UPRIGHT_LETTERS = table(
            "Gamma", "Γ", "Delta", "Δ", "Theta", "Θ", "Lambda", "Λ", "Xi", "Ξ", "Pi", "Π", "Sigma", "Σ",
            "Upsilon", "Υ", "Phi", "Φ", "Psi", "Ψ", "Omega", "Ω");

    /** Operators, relations, arrows and punctuation */
    static final Map<String, String> OPERATORS = table(
            "pm", "±", "mp", "∓", "times", "×", "div", "÷", "cdot", "⋅", "ast", "∗", "star", "⋆", "circ", "∘",
            "bullet", "∙", "oplus", "⊕", "ominus", "⊖", "otimes", "⊗", "oslash", "⊘", "odot", "⊙", "cup", "∪",
            "cap", "∩", "setminus", "∖", "wedge", "∧", "land", "∧", "vee", "∨", "lor", "∨", "neg", "¬", "lnot", "¬",
            "leq", "≤", "le", "≤", "geq", "≥", "ge", "≥", "neq", "≠", "ne", "≠", "ll", "≪", "gg", "≫", "approx", "≈",
            "equiv", "≡", "sim", "∼", "simeq", "≃", "cong", "≅", "propto", "∝", "prec", "≺", "succ", "≻",
            "preceq", "⪯", "succeq", "⪰", "doteq", "≐", "in", "∈", "notin", "∉", "ni", "∋", "subset", "⊂",
            "supset", "⊃", "subseteq", "⊆", "supseteq", "⊇", "mid", "∣", "nmid", "∤", "parallel", "∥", "perp", "⊥",
            "models", "⊨", "vdash", "⊢", "forall", "∀", "exists", "∃", "nexists", "∄", "angle", "∠",
            "to", "→", "rightarrow", "→", "leftarrow", "←", "gets", "←", "leftrightarrow", "↔", "Rightarrow", "⇒",
            "Leftarrow", "⇐", "Leftrightarrow", "⇔", "implies", "⟹", "impliedby", "⟸", "iff", "⟺", "mapsto", "↦",
            "longrightarrow", "⟶", "longleftarrow", "⟵", "uparrow", "↑", "downarrow", "↓", "nearrow", "↗",
            "searrow", "↘", "hookrightarrow", "↪",
            "ldots", "…", "dots", "…", "cdots", "⋯", "vdots", "⋮", "ddots", "⋱", "colon", ":", "prime", "′",
            "langle", "⟨", "rangle", "⟩", "lfloor", "⌊", "rfloor", "⌋", "lceil", "⌈", "rceil", "⌉", "vert", "|",
            "Vert", "‖", "lVert", "‖", "rVert", "‖", "backslash", "∖", "triangle", "△",
            "{", "{", "}", "}", "|", "‖", "%", "%", "$", "$", "#", "#", "&", "&", "_", "_", "lbrace", "{", "rbrace", "}");

    /** Large operators: limits below and above in display (munderover); integrals keep them at the side */
    static final Map<String, String> LARGE = table(
            "sum", "∑", "prod", "∏", "coprod", "∐", "bigcup", "⋃", "bigcap", "⋂", "bigoplus", "⨁", "bigotimes", "⨂",
            "bigvee", "⋁", "bigwedge", "⋀", "int", "∫", "iint", "∬", "iiint", "∭", "oint", "∮");

    /** Named functions, upright; those of {@link #LIMIT_FUNCTIONS} take limits below in display */
    static final Map<String, String> FUNCTIONS = table(
            "sin", "sin", "cos", "cos", "tan", "tan", "cot", "cot", "sec", "sec", "csc", "csc", "arcsin", "arcsin",
            "arccos", "arccos", "arctan", "arctan", "sinh", "sinh", "cosh", "cosh", "tanh", "tanh", "coth", "coth",
            "log", "log", "ln", "ln", "lg", "lg", "exp", "exp", "deg", "deg", "dim", "dim", "hom", "hom", "ker", "ker",
            "arg", "arg", "lim", "lim", "liminf", "lim inf", "limsup", "lim sup", "max", "max", "min", "min",
            "sup", "sup", "inf", "inf", "det", "det", "gcd", "gcd", "Pr", "Pr");

    static final Set<String> LIMIT_FUNCTIONS = Set.of("lim", "liminf", "limsup", "max", "min",
            "sup", "inf", "det", "gcd", "Pr");

    /** Accents over (or, for underline, under) their argument, and whether they stretch to its width */
    record Accent(String mark, boolean over, boolean stretchy) {}

    static final Map<String, Accent> ACCENTS = Map.ofEntries(
            Map.entry("hat", new Accent("^", true, false)), Map.entry("widehat", new Accent("^", true, true)),
            Map.entry("bar", new Accent("¯", true, false)), Map.entry("overline", new Accent("‾", true, true)),
            Map.entry("vec", new Accent("→", true, false)), Map.entry("dot", new Accent("˙", true, false)),
            Map.entry("ddot", new Accent("¨", true, false)), Map.entry("tilde", new Accent("˜", true, false)),
            Map.entry("widetilde", new Accent("˜", true, true)), Map.entry("acute", new Accent("´", true, false)),
            Map.entry("grave", new Accent("`", true, false)), Map.entry("breve", new Accent("˘", true, false)),
            Map.entry("check", new Accent("ˇ", true, false)), Map.entry("underline", new Accent("_", false, true)),
            Map.entry("overrightarrow", new Accent("→", true, true)));

    /** Horizontal spaces, in em (TeX's thin, medium and thick spaces, the negative thin space, the quads) */
    static final Map<String, String> SPACES = table(",", "0.1667em", ":", "0.2222em",
            ";", "0.2778em", "!", "-0.1667em", " ", "0.3333em", "quad", "1em", "qquad", "2em", "thinspace", "0.1667em");

    /** Alphabet commands, by the first code point of their capitals, small letters and digits in Unicode's
     *  mathematical alphanumerics (0: the alphabet has none; mathrm is set as plain upright letters) */
    record Alphabet(int capitals, int small, int digits, Map<Character, String> holes) {}

    static final Map<String, Alphabet> ALPHABETS = Map.of(
            "mathbf", new Alphabet(0x1D400, 0x1D41A, 0x1D7CE, Map.of()),
            "boldsymbol", new Alphabet(0x1D468, 0x1D482, 0x1D7CE, Map.of()),
            "mathbb", new Alphabet(0x1D538, 0x1D552, 0x1D7D8, Map.of('C', "ℂ", 'H', "ℍ", 'N', "ℕ", 'P', "ℙ", 'Q', "ℚ",
                    'R', "ℝ", 'Z', "ℤ")),
            "mathcal", new Alphabet(0x1D49C, 0x1D4B6, 0, Map.ofEntries(Map.entry('B', "ℬ"), Map.entry('E', "ℰ"),
                    Map.entry('F', "ℱ"), Map.entry('H', "ℋ"), Map.entry('I', "ℐ"), Map.entry('L', "ℒ"),
                    Map.entry('M', "ℳ"), Map.entry('R', "ℛ"), Map.entry('e', "ℯ"), Map.entry('g', "ℊ"),
                    Map.entry('o', "ℴ"))),
            "mathfrak", new Alphabet(0x1D504, 0x1D51E, 0, Map.of('C', "ℭ", 'H', "ℌ", 'I', "ℑ", 'R', "ℜ", 'Z', "ℨ")),
            "mathsf", new Alphabet(0x1D5A0, 0x1D5BA, 0x1D7E2, Map.of()),
            "mathtt", new Alphabet(0x1D670, 0x1D68A, 0x1D7F6, Map.of()),
            "mathit", new Alphabet(0x1D434, 0x1D44E, 0, Map.of('h', "ℎ")));

    /** A character in an alphabet, or the character itself when the alphabet has no form of it */
    static String styled(Alphabet a, char c) {
        if (a.holes().containsKey(c)) return a.holes().get(c);
        if (c >= 'A' && c <= 'Z') return Character.toString(a.capitals() + (c - 'A'));
        if (c >= 'a' && c <= 'z') return Character.toString(a.small() + (c - 'a'));
        if (c >= '0' && c <= '9' && a.digits() != 0) return Character.toString(a.digits() + (c - '0'));
        return Character.toString(c);
    }

    private static Map<String, String> table(String... pairs) {
        Map<String, String> m = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return m;
    }
}
