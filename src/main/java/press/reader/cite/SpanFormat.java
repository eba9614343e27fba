package press.reader.cite;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.SBibliography;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes;
import de.undercouch.citeproc.csl.internal.format.BaseFormat;
import de.undercouch.citeproc.csl.internal.token.DisplayGroupToken;
import de.undercouch.citeproc.output.Bibliography;
import java.util.ArrayList;
import java.util.List;

/**
 * A citeproc-java output format that writes formatting as private-use marker characters instead of HTML,
 * so the result turns into {@link RichText} exactly: no escaping, no entities to decode, and typographic
 * quotes and dashes pass through untouched.
 *
 * <p>Why not the public "html" format: citeproc-java escapes with HTML 4 named entities (&amp;ldquo;,
 * &amp;ndash;, ...), and decoding them needs a library that is only a runtime dependency of citeproc-java.
 * This class uses citeproc-java's {@code internal.format} package, which is public but not promised to be
 * stable; the version is pinned in pom.xml (3.5.2) and the tests in this package would catch a change.</p>
 *
 * <p>citeproc-java resolves nesting itself (it closes and reopens attributes in stack order and never opens
 * "normal"), so each marker simply switches one attribute on or off.</p>
 */
final class SpanFormat extends BaseFormat {
    private static final char ITALIC_ON = '\uE000';
    private static final char ITALIC_OFF = '\uE001';
    private static final char BOLD_ON = '\uE002';
    private static final char BOLD_OFF = '\uE003';
    private static final char SMALL_CAPS_ON = '\uE004';
    private static final char SMALL_CAPS_OFF = '\uE005';
    private static final char SUPERSCRIPT_ON = '\uE006';
    private static final char SUPERSCRIPT_OFF = '\uE007';

    @Override
    public String getName() {
        return "bookpress-spans";
    }

    @Override
    protected String doFormatCitation(TokenBuffer buffer, RenderContext ctx) {
        return format(buffer);
    }

    @Override
    protected String doFormatBibliographyEntry(TokenBuffer buffer, RenderContext ctx, int index) {
        return format(buffer);
    }

    @Override
    protected String doFormatLink(String text, String uri) {
        return text;
    }

    @Override
    public Bibliography makeBibliography(String[] entries, SBibliography bibliographyElement) {
        return new Bibliography(entries);
    }

    @Override
    protected String openFontStyle(int fontStyle) {
        return String.valueOf(ITALIC_ON); // italic and oblique alike
    }

    @Override
    protected String closeFontStyle(int fontStyle) {
        return String.valueOf(ITALIC_OFF);
    }

    @Override
    protected String openFontVariant(int fontVariant) {
        return fontVariant == FormattingAttributes.FV_SMALLCAPS ? String.valueOf(SMALL_CAPS_ON) : null;
    }

    @Override
    protected String closeFontVariant(int fontVariant) {
        return fontVariant == FormattingAttributes.FV_SMALLCAPS ? String.valueOf(SMALL_CAPS_OFF) : null;
    }

    @Override
    protected String openFontWeight(int fontWeight) {
        return fontWeight == FormattingAttributes.FW_BOLD ? String.valueOf(BOLD_ON) : null;
    }

    @Override
    protected String closeFontWeight(int fontWeight) {
        return fontWeight == FormattingAttributes.FW_BOLD ? String.valueOf(BOLD_OFF) : null;
    }

    @Override
    protected String openVerticalAlign(int verticalAlign) {
        return verticalAlign == FormattingAttributes.VA_SUP ? String.valueOf(SUPERSCRIPT_ON) : null;
    }

    @Override
    protected String closeVerticalAlign(int verticalAlign) {
        return verticalAlign == FormattingAttributes.VA_SUP ? String.valueOf(SUPERSCRIPT_OFF) : null;
    }

    @Override
    protected String closeDisplayGroup(DisplayGroupToken.Type type) {
        // numeric styles put the label ("1.") in a left-margin block; a space keeps it apart from the entry
        return type == DisplayGroupToken.Type.LEFT_MARGIN ? " " : null;
    }

    /** Turns this format's output into spans. */
    static RichText toRichText(String marked) {
        List<Span> spans = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int italic = 0, bold = 0, smallCaps = 0, superscript = 0;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c < ITALIC_ON || c > SUPERSCRIPT_OFF) {
                run.append(c);
                continue;
            }
            spans.add(new Span(run.toString(), italic > 0, bold > 0, smallCaps > 0, superscript > 0));
            run.setLength(0);
            switch (c) {
                case ITALIC_ON -> italic++;
                case ITALIC_OFF -> italic--;
                case BOLD_ON -> bold++;
                case BOLD_OFF -> bold--;
                case SMALL_CAPS_ON -> smallCaps++;
                case SMALL_CAPS_OFF -> smallCaps--;
                case SUPERSCRIPT_ON -> superscript++;
                default -> superscript--;
            }
        }
        spans.add(new Span(run.toString(), italic > 0, bold > 0, smallCaps > 0, superscript > 0));
        return RichText.of(spans);
    }
}
