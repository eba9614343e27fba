package press.reader.cite;

/**
 * Everything about one cite that CSL tests but citeproc-java 3.5 cannot evaluate itself: its position, whether
 * it is near the previous cite of the work, its locator type ({@code locator="page"} tests are ignored by
 * citeproc-java, so a "chap. 3" locator lost its label) and suppress-author. The engine renders each cite
 * with a copy of the style in which these tests are already decided; cites with equal variants share a copy.
 *
 * @param locatorLabel the CSL locator type of the cite ("page", "chapter", ...), or "" without a locator
 */
record CiteVariant(CitePosition position, boolean nearNote, String locatorLabel, boolean suppressAuthor) {

    static CiteVariant of(CiteItem cite, PositionTracker.Placed placed) {
        String label = cite.hasLocator() ? (cite.label().isEmpty() ? "page" : cite.label()) : "";
        return new CiteVariant(placed.position(), placed.nearNote(), label, cite.suppressAuthor());
    }
}
