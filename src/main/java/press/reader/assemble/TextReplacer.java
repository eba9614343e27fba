package press.reader.assemble;

import java.util.List;
import org.w3c.dom.Element;

/**
 * Replaces words of the running text with what they stand for, written in their place: a citation key
 * ({@code [@smith2000, 12]}) becomes the formatted citation, or the call of its note. An apparatus feature offers one
 * ({@link ApparatusFeature#replacer}); unlike a marker, which adds to the words, it takes them out. It reads the running
 * text of every piece and of every generated section written from the editor's Markdown (a glossary definition), before
 * any marker: the markers see only the words it left in place.
 */
public interface TextReplacer {

    /** What replaces some words, written when the converter reaches their place. */
    interface Replacement {
        void write(DocBook db, Element parent, PieceContext ctx);
    }

    /**
     * Splits a run of text into plain strings and {@link Replacement}s, in order.
     *
     * @param inNote whether the text is inside a note (where a citation stays inline)
     */
    List<Object> split(String text, String file, int line, boolean inNote);
}
