package press.reader.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import press.reader.diagnostics.Diagnostics;
import press.reader.manuscript.Piece;

/**
 * Text written in Markdown gets pandoc's smart punctuation ("--", "---", "...", straight quotes) where the writer did
 * not type the characters; an essay imported from a web capture (front matter source:) keeps the typography its
 * recorded import rules gave it, character for character.
 */
class SmartPunctuationTest {
    private static final String BODY = "He said \"no\" -- twice --- and didn't stop... 'Yes,' she said.\n";

    private static String converted(Map<String, String> meta) {
        DocBook db = new DocBook();
        Element chapter = db.el("chapter");
        db.document().appendChild(chapter);
        PieceContext ctx = new PieceContext(new BookState(new Diagnostics()), "x", new ArrayList<>());
        new MarkdownConverter(db, new Piece("x", Piece.Kind.ESSAY, "x.md", meta, Map.of(), BODY, 4), ctx, new Diagnostics())
                .convert(chapter);
        return chapter.getTextContent();
    }

    @Test
    void markdownTextIsMadeSmart() {
        assertEquals("He said \u201Cno\u201D \u2013 twice \u2014 and didn\u2019t stop\u2026 \u2018Yes,\u2019 she said.",
                converted(Map.of("title", "X")));
    }

    @Test
    void anImportedEssayKeepsItsCharacters() {
        assertEquals(BODY.strip(), converted(Map.of("title", "X", "source", "sources/x.txt")));
    }

    @Test
    void typedCharactersStayAsTyped() {
        assertEquals("a \u2013 b", SmartPunctuation.apply("a \u2013 b"));
        assertEquals("a \u2014 b \u2026", SmartPunctuation.apply("a --- b ..."));
    }
}
