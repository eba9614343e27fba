package press.reader.cite;

/**
 * A citation style id that is not among the CSL styles on the classpath. The message suggests similar ids and
 * says where the valid ids are listed; the caller reports it at the {@code citation-style} line of book.yaml.
 */
public final class UnknownStyleException extends IllegalArgumentException {
    UnknownStyleException(String message) {
        super(message);
    }
}
