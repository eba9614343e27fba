package press.reader.assemble;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

/**
 * Pandoc Markdown that this tool does not render would otherwise print as literal markup ("$x^2$", "^[a note]",
 * "[words]{.smallcaps}", "::: aside"). Each is found here in the raw source of a block, where an escape (\$) still
 * shows, and refused with its place and a way to write it that works. Code spans are not looked into.
 */
final class DialectCheck {
    /** One construct refused: its line index in the parsed text (0-based) and column (1-based). */
    record Refusal(int lineIndex, int column, String code, String message) {}

    /**
     * {@code needs}: a character every match holds. Most lines hold none of them, and searching a line for one is many
     * times cheaper than running the pattern (whose lookbehind is tried at every position): the check took an eighth
     * of a warm rebuild's assembly.
     */
    private record Rule(Pattern pattern, char needs, String code, String message) {}

    private static final List<Rule> INLINE = List.of(
            // formulas read as math (MathInline) are blanked out before this check: a "$$" left over opens none
            new Rule(Pattern.compile("\\$\\$"), '$', "BP170", "'$$' opens display math that is never closed in its "
                    + "paragraph and would print as raw TeX; close the formula with $$, or escape each dollar sign as \\$"),
            // pandoc's rule: no space after the opening $, none before the closing one, no digit right after it
            new Rule(Pattern.compile("(?<!\\$)\\$(?=[^\\s$])[^$\\n]*?(?<=[^\\s$])\\$(?![\\d$])"), '$', "BP170", "these dollar "
                    + "signs read as TeX math where a formula cannot stand (in a link's address or title) and would "
                    + "print as raw TeX; move the formula into the text, or escape the dollar signs as \\$"),
            // a pair of ~~ is struck-through text (blanked out before this check); one left over prints as it is
            new Rule(Pattern.compile("~~"), '~', "BP178", "'~~' without its pair in the same paragraph would print as it "
                    + "is; close the struck-through text with ~~, or escape the tildes as \\~\\~"),
            new Rule(Pattern.compile("[\\]\\)`]\\{\\s*(?:[.#][A-Za-z]|[A-Za-z-]+=|=)"), '{', "BP173", "pandoc attributes "
                    + "{...} on links or code are not supported (after bracketed words that are not a link they make a "
                    + "span, as in [words]{.smallcaps}); remove them, or escape the brace as \\{ to print it"));

    private static final Pattern FENCED_DIV = Pattern.compile("^\\s{0,3}:::");
    private static final Pattern LINE_BLOCK = Pattern.compile("^\\s{0,3}\\|(?:\\s|$)");
    private static final Pattern DEFINITION = Pattern.compile("^\\s{0,3}[:~]\\s+\\S");

    private DialectCheck() {}

    /** The refused constructs of a paragraph or heading, given the lines of the text it was parsed from. */
    static List<Refusal> scan(Node block, String[] lines) {
        return scan(block, lines, r -> true);
    }

    /** As above; {@code applies} says whether a construct found is refused (a rendered span's braces are not). */
    static List<Refusal> scan(Node block, String[] lines, Predicate<Refusal> applies) {
        List<Refusal> out = new ArrayList<>();
        List<SourceSpan> spans = block.getSourceSpans();
        if (spans == null || spans.isEmpty()) return out;
        List<SourceSpan> code = codeSpans(block);
        List<SourceSpan> struck = struckSpans(block);
        // one message of a kind a block: a display formula's two "$$" lines, "H~2~O and 2^10^", are one mistake
        Set<String> reported = new HashSet<>();
        boolean lineBlock = false;
        boolean definitions = false;
        for (int i = 0; i < spans.size(); i++) {
            SourceSpan span = spans.get(i);
            if (span.getLineIndex() >= lines.length) continue;
            String line = lines[span.getLineIndex()];
            int from = Math.min(span.getColumnIndex(), line.length());
            int to = Math.min(from + span.getLength(), line.length());
            String raw = masked(line, from, to, span.getLineIndex(), code);
            raw = blank(raw, span.getLineIndex(), struck);
            if (block instanceof Paragraph) {
                if (i == 0 && FENCED_DIV.matcher(raw).find()) {
                    out.add(new Refusal(span.getLineIndex(), from + 1, "BP174", "a line of colons that opens no div: "
                            + "open a fenced div with its class (::: {.epigraph} or ::: aside) and close it with ::: alone, "
                            + "or remove the line"));
                    continue;
                }
                // a paragraph that starts with a bar is a line block (LineBlock); a bar further down is not
                if (i == 0 && LINE_BLOCK.matcher(raw).find()) {
                    if (LineBlock.tableLike(block, lines)) {
                        out.add(new Refusal(span.getLineIndex(), from + 1, "BP175", "this looks like a pipe table whose "
                                + "delimiter row ('|---|') does not have a cell for each head cell; write one '---' per "
                                + "column, or escape the bars as \\| if it is not a table"));
                        break;
                    }
                    lineBlock = true;
                }
                if (i > 0 && !lineBlock && LINE_BLOCK.matcher(raw).find()) {
                    out.add(new Refusal(span.getLineIndex(), from + 1, "BP175", "a line block ('| ' at the start of "
                            + "lines) must start its paragraph; leave a blank line before this line, or escape the bar as \\|"));
                    break;
                }
                // a term with definitions below it is a definition list (DefinitionList); one further down is not
                if (i == 1 && DEFINITION.matcher(raw).find()) definitions = true;
                if (i > 1 && !definitions && DEFINITION.matcher(raw).find()) {
                    out.add(new Refusal(span.getLineIndex(), from + 1, "BP176", "a definition (a line starting ': ') "
                            + "must follow its term's line directly; put the term on the line just above it, or escape the colon as \\:"));
                    break;
                }
            }
            for (Rule rule : INLINE) {
                if (raw.indexOf(rule.needs()) < 0) continue;
                Matcher m = rule.pattern().matcher(raw);
                while (m.find()) {
                    Refusal r = new Refusal(span.getLineIndex(), m.start() + 1, rule.code(), rule.message());
                    if (!applies.test(r)) continue;
                    if (reported.add(rule.code())) out.add(r);
                    break;
                }
            }
        }
        return out;
    }

    /** The block's text on this line with escapes and code spans blanked out (columns kept). */
    private static String masked(String line, int from, int to, int lineIndex, List<SourceSpan> code) {
        char[] c = line.toCharArray();
        for (int k = 0; k < c.length; k++) {
            if (k < from || k >= to) c[k] = ' ';
        }
        for (SourceSpan s : code) {
            if (s.getLineIndex() != lineIndex) continue;
            // the closing backtick stays, so that attributes right after the code ("`x`{.java}") are seen
            for (int k = s.getColumnIndex(); k < Math.min(c.length, s.getColumnIndex() + s.getLength() - 1); k++) c[k] = ' ';
        }
        for (int k = from; k + 1 < to; k++) {
            if (c[k] == '\\' && isAsciiPunctuation(c[k + 1])) {
                c[k] = ' ';
                c[k + 1] = ' ';
                k++;
            }
        }
        return new String(c);
    }

    private static String blank(String raw, int lineIndex, List<SourceSpan> spans) {
        char[] c = raw.toCharArray();
        for (SourceSpan s : spans) {
            if (s.getLineIndex() != lineIndex) continue;
            for (int k = s.getColumnIndex(); k < Math.min(c.length, s.getColumnIndex() + s.getLength()); k++) c[k] = ' ';
        }
        return new String(c);
    }

    private static List<SourceSpan> struckSpans(Node block) {
        List<SourceSpan> out = new ArrayList<>();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if ((node instanceof Strikethrough || node instanceof MathInline.Formula)
                        && node.getSourceSpans() != null) {
                    out.addAll(node.getSourceSpans());
                } else {
                    visitChildren(node);
                }
            }
        });
        return out;
    }

    private static boolean isAsciiPunctuation(char ch) {
        return ch < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(ch) >= 0;
    }

    private static List<SourceSpan> codeSpans(Node block) {
        List<SourceSpan> out = new ArrayList<>();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(Code code) {
                if (code.getSourceSpans() != null) out.addAll(code.getSourceSpans());
            }
        });
        return out;
    }
}
