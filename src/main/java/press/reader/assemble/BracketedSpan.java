package press.reader.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.CustomNode;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Pandoc's bracketed spans: {@code [words]{.smallcaps}}, {@code [mots]{lang=fr}}, {@code [words]{#id}}. A CommonMark
 * link processor: brackets that are not a link and are followed, without a space, by attributes in braces wrap their
 * words in a {@link Span}. Links with attributes ({@code [a](url){.c}}) are not spans and stay refused.
 */
final class BracketedSpan implements LinkProcessor {
    /** Attributes as pandoc writes them: #id, .class, key=value or key="value", separated by spaces. */
    private static final Pattern ATTRIBUTES = Pattern.compile(
            "\\s*(?:(?:#[\\w:.-]+|\\.[A-Za-z][\\w-]*|[A-Za-z][\\w-]*=(?:\"[^\"\\n]*\"|[^\\s}\"]+))\\s*)+");

    /** The words of a bracketed span, and its attributes as written. */
    static final class Span extends CustomNode {
        final String attributes;
        /** Where the opening brace is: the refusal of attributes does not apply there */
        final SourceSpan brace;

        Span(String attributes, SourceSpan brace) {
            this.attributes = attributes;
            this.brace = brace;
        }

        List<String> tokens() {
            List<String> out = new ArrayList<>();
            var m = Pattern.compile("#[\\w:.-]+|\\.[A-Za-z][\\w-]*|[A-Za-z][\\w-]*=(?:\"[^\"]*\"|[^\\s\"]+)").matcher(attributes);
            while (m.find()) out.add(m.group());
            return out;
        }
    }

    @Override
    public LinkResult process(LinkInfo info, Scanner scanner, InlineParserContext context) {
        if (info.marker() != null || info.destination() != null) return LinkResult.none();
        scanner.setPosition(info.afterTextBracket());
        Position brace = scanner.position();
        if (!scanner.next('{')) return LinkResult.none();
        Position start = scanner.position();
        if (scanner.find('}') < 0) return LinkResult.none();
        Position end = scanner.position();
        var source = scanner.getSource(start, end);
        String attributes = source.getContent();
        if (attributes.contains("\n") || !ATTRIBUTES.matcher(attributes).matches()) return LinkResult.none();
        scanner.next();
        var braceSpans = scanner.getSource(brace, start).getSourceSpans();
        return LinkResult.wrapTextIn(new Span(attributes, braceSpans.isEmpty() ? null : braceSpans.get(0)), scanner.position());
    }
}
