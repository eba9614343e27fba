package press.reader.manuscript;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import press.reader.diagnostics.UserError;

/**
 * The kinds of front and back matter a book may hold, which the styles set and the EPUB names each its own way
 * (a dedication on a page of its own, without a heading; an afterword as the EPUB's {@code afterword}). A piece says
 * its kind in its front matter ({@code kind: foreword}); without one, a file named for a kind
 * ({@code dedication.md}) is that kind, and any other front-matter piece is an introduction, any other back-matter
 * piece an appendix.
 */
public final class MatterKinds {
    /** In the order a book conventionally prints them, though the editor's order in book.yaml is kept. */
    public static final List<String> FRONT = List.of("dedication", "epigraph", "foreword", "preface", "acknowledgements",
            "introduction");
    public static final List<String> BACK = List.of("afterword", "appendix", "acknowledgements", "contributors");
    /** Kinds that print no heading (their page is their words), so need no title. */
    public static final Set<String> UNTITLED = Set.of("dedication", "epigraph");

    private MatterKinds() {}

    /** The kind of the piece {@code id} in {@code kind}'s matter; {@code given} is its front matter's kind: or null. */
    static String of(Piece.Kind kind, String id, String given, String file, int line) {
        List<String> known = kind == Piece.Kind.FRONT ? FRONT : BACK;
        String place = kind == Piece.Kind.FRONT ? "front" : "back";
        if (given == null) {
            if (known.contains(id)) return id;
            return kind == Piece.Kind.FRONT ? "introduction" : "appendix";
        }
        String k = given.strip().toLowerCase(Locale.ROOT).replace("acknowledgments", "acknowledgements");
        if (known.contains(k)) return k;
        List<String> other = kind == Piece.Kind.FRONT ? BACK : FRONT;
        String hint = other.contains(k) ? "the kind " + k + " belongs in contents." + (place.equals("front") ? "back" : "front")
                + " of book.yaml" : "kinds of " + place + " matter: " + String.join(", ", known);
        throw UserError.at(file, line, "BP567", "a " + place + "-matter piece cannot be of kind '" + given.strip() + "' ("
                + hint + ")");
    }
}
