package press.reader.math;

/**
 * A formula that cannot be rendered: its place in the TeX source (0-based character offset, so the caller can give
 * the manuscript's line and column) and what to do about it.
 */
public final class TexError extends Exception {
    private final int offset;

    public TexError(int offset, String message) {
        super(message, null, false, false);
        this.offset = offset;
    }

    /** The character of the TeX source the mistake is at. */
    public int offset() {
        return offset;
    }
}
