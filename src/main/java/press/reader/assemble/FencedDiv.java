package press.reader.assemble;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Pandoc's fenced divs: a line of three or more colons with attributes ({@code ::: {.epigraph}}, {@code ::: aside})
 * opens a div, a line of colons alone closes it; divs nest. A CommonMark container block, so that the blocks inside
 * are read as usual; the converter decides what a div's class means.
 */
final class FencedDiv extends CustomBlock {
    private static final Pattern OPENING = Pattern.compile("^ {0,3}:{3,}\\s*(?:\\{([^{}]*)\\}|([A-Za-z][\\w-]*))\\s*:*\\s*$");
    private static final Pattern CLOSING = Pattern.compile("^ {0,3}:{3,}\\s*$");

    /** The attributes as written: "{.epigraph #e1}" gives ".epigraph #e1", "aside" gives ".aside" */
    final String attributes;

    private FencedDiv(String attributes) {
        this.attributes = attributes;
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) return BlockStart.none();
            Matcher m = OPENING.matcher(state.getLine().getContent());
            if (!m.matches()) return BlockStart.none();
            String attributes = m.group(1) != null ? m.group(1).strip() : "." + m.group(2);
            return BlockStart.of(new Parser(attributes)).atIndex(state.getLine().getContent().length());
        }
    }

    private static final class Parser extends AbstractBlockParser {
        private final FencedDiv div;
        /** Divs opened inside this one and not yet closed: their closing fences are theirs, not this div's */
        private int inner;

        Parser(String attributes) {
            this.div = new FencedDiv(attributes);
        }

        @Override
        public Block getBlock() {
            return div;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(Block block) {
            return true;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            CharSequence line = state.getLine().getContent();
            if (state.getIndent() < 4 && CLOSING.matcher(line).matches()) {
                if (inner == 0) return BlockContinue.finished();
                inner--;
            } else if (state.getIndent() < 4 && OPENING.matcher(line).matches()) {
                inner++;
            }
            return BlockContinue.atIndex(state.getIndex());
        }
    }
}
