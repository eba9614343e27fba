package press.reader.importing;

/**
 * The codes of the messages about captures (IM) and about rules.yaml (CL). What each means, with an example and
 * the fix, is in the diagnostics catalogue ({@code bookpress check --explain IM005}). The codes of the import
 * command's own options (IM020 to IM023) are the command line's.
 */
public final class ImportCodes {
    /** The capture cannot be found or read. */
    public static final String CAPTURE_UNREADABLE = "IM001";
    /** The capture has no text. */
    public static final String EMPTY_CAPTURE = "IM002";
    /** The capture is binary, or neither UTF-8 nor Windows-1252 (nor valid UTF-16). */
    public static final String NOT_TEXT = "IM003";
    /** The capture is not UTF-8 and was decoded as Windows-1252 (warning). */
    public static final String DECODED_AS_WINDOWS_1252 = "IM004";
    /** The capture holds UTF-8 decoded in the wrong encoding before it was saved ("â€"). */
    public static final String MOJIBAKE = "IM005";
    /** A note marker in the text has no entry in the capture's notes list (warning). */
    public static final String MARKER_WITHOUT_NOTE = "IM010";
    /** A note of the capture's notes list has no marker in the text (warning). */
    public static final String NOTE_NEVER_MARKED = "IM011";
    /** The capture gives no title (warning). */
    public static final String NO_TITLE = "IM012";
    /** A paragraph or note ends on a comma, semicolon or opening parenthesis: perhaps cut short (warning). */
    public static final String MAYBE_CUT_SHORT = "IM013";

    /** rules.yaml is of a format this tool does not read. */
    public static final String RULES_FORMAT = "CL001";
    /** A site of rules.yaml has no detect pattern. */
    public static final String SITE_WITHOUT_DETECT = "CL002";
    /** A pattern of rules.yaml is a list or mapping, not text. */
    public static final String PATTERN_NOT_TEXT = "CL003";
    /** A pattern of rules.yaml is not a valid regular expression. */
    public static final String BAD_PATTERN = "CL004";
    /** The structure's `captions` setting of rules.yaml is neither keep nor remove. */
    public static final String BAD_CAPTIONS = "CL005";

    private ImportCodes() {}
}
