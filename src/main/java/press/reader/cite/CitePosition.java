package press.reader.cite;

/**
 * Where a cite stands relative to earlier cites of the same work in the chapter (CSL 1.0.2, "position").
 * We compute it ourselves because citeproc-java 3.5 does not: its {@code position="subsequent"},
 * {@code "ibid-with-locator"} and {@code "near-note"} tests are never true, and {@code "first"} is true
 * only for the first cite of a cluster.
 */
enum CitePosition {
    FIRST, SUBSEQUENT, IBID, IBID_WITH_LOCATOR;

    /** Whether a CSL position test (one word of the {@code position} attribute) holds for this cite. */
    boolean satisfies(String test, boolean nearNote) {
        return switch (test) {
            case "first" -> this == FIRST;
            // CSL: "subsequent" also holds for ibid cites, "ibid" also for ibid-with-locator
            case "subsequent" -> this != FIRST;
            case "ibid" -> this == IBID || this == IBID_WITH_LOCATOR;
            case "ibid-with-locator" -> this == IBID_WITH_LOCATOR;
            case "near-note" -> this != FIRST && nearNote;
            default -> throw new IllegalArgumentException("unknown CSL position test '" + test + "'");
        };
    }
}
