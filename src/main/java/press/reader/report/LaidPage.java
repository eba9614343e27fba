package press.reader.report;

/**
 * A page of the print book as its layout made it, in the PDF of the page sequence it was laid out in: at {@code index}
 * (0-based) of {@code pdf}. {@code sequenceKey} is the fingerprint that sequence was laid out under: the same
 * fingerprint, the same pages (the layout keeps sequences by it), so a thumbnail drawn from it is known again without
 * reading the book's PDF. The book's page draws as this one: the assembly moves pages and their fonts whole, adding
 * only the actions of links, which are not drawn.
 */
public record LaidPage(String sequenceKey, byte[] pdf, int index) {}
