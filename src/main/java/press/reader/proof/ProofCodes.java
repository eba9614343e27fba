package press.reader.proof;

/** Stable message codes of the proof command (searchable; their meaning never changes). */
public final class ProofCodes {
    private ProofCodes() {}

    /** --pages is not a page or range, or lies outside the PDF. */
    public static final String BAD_PAGE_RANGE = "BP701";
    /** No book PDF to proof (none given, none found in the output folder). */
    public static final String NO_PDF = "BP702";
    /** The PDF cannot be read. */
    public static final String UNREADABLE_PDF = "BP703";
}
