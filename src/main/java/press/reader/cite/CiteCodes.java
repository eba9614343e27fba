package press.reader.cite;

/**
 * Stable diagnostic codes of the citation stage. A code never changes meaning, so editors can search for it.
 * BP405 and BP406 are for the caller, which knows which keys the text cites.
 */
public final class CiteCodes {
    private CiteCodes() {}

    /** The bibliography file is not well-formed JSON, or not an array of objects. */
    public static final String MALFORMED_JSON = "BP401";
    /** One bibliography entry is not valid CSL-JSON (missing id or type, a field of the wrong shape). */
    public static final String MALFORMED_ENTRY = "BP402";
    /** Two bibliography entries share an id. */
    public static final String DUPLICATE_ENTRY = "BP403";
    /** The citation style named in book.yaml is not among the CSL styles on the classpath. */
    public static final String UNKNOWN_STYLE = "BP404";
    /** A citation names a key that the bibliography does not have (error). */
    public static final String UNKNOWN_KEY = "BP405";
    /** A bibliography entry that no citation uses (warning). */
    public static final String NEVER_CITED = "BP406";
    /** The bibliography file cannot be read. */
    public static final String UNREADABLE = "BP407";
    /** A note names a work's author and title and then cites it, so that the reader sees them twice (warning). */
    public static final String REPEATED_IN_NOTE = "BP408";
}
