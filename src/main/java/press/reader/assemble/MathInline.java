package press.reader.assemble;

import java.util.Set;
import org.commonmark.node.CustomNode;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Pandoc's TeX math: {@code $$...$$} display math and {@code $...$} inline math, read before any other Markdown of
 * the text (a formula's underscores and asterisks are TeX, not emphasis). As in pandoc, an opening {@code $} is
 * followed by a non-space, the closing one follows a non-space and is not followed by a digit, so "$5 and $10"
 * stays a price; {@code \$} is a dollar sign (CommonMark's escape, read before this).
 */
final class MathInline implements InlineContentParser {
    /** A formula: its TeX as typed and whether it is set on its own line */
    static final class Formula extends CustomNode {
        final String tex;
        final boolean display;

        Formula(String tex, boolean display) {
            this.tex = tex;
            this.display = display;
        }
    }

    static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('$');
        }

        @Override
        public InlineContentParser create() {
            return new MathInline();
        }
    }

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner s = state.scanner();
        s.next();
        boolean display = s.next('$');
        Position from = s.position();
        if (!display && (s.peek() == Scanner.END || Character.isWhitespace(s.peek()))) return ParsedInline.none();
        while (s.hasNext()) {
            char c = s.peek();
            if (c == '\\') {
                // a TeX escape (\$, \\) is part of the formula, never its end
                s.next();
                if (s.hasNext()) s.next();
                continue;
            }
            if (c != '$') {
                s.next();
                continue;
            }
            Position to = s.position();
            String tex = s.getSource(from, to).getContent();
            s.next();
            if (display) {
                if (!s.next('$')) continue;
                if (tex.isBlank()) return ParsedInline.none();
                return ParsedInline.of(new Formula(tex, true), s.position());
            }
            char before = tex.charAt(tex.length() - 1);
            char after = s.peek();
            if (!Character.isWhitespace(before) && !Character.isDigit(after)) {
                return ParsedInline.of(new Formula(tex, false), s.position());
            }
        }
        return ParsedInline.none();
    }
}
