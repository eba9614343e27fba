package press.reader.publish;

import press.reader.layout.PageMap;

/**
 * Whether the heap holds the screen PDF's render beside the print layout. Both grow with the book: the render keeps
 * the screen XSL-FO and one page sequence's structure tree at a time (FOP writes a tagged PDF's elements only at the end
 * of its run; the index, the longest sequence, grows with the book), the layout the book's XSL-FO and its laid-out page
 * sequences. The figures below were measured when the render was one run holding the whole book's tree. At fifty times the book (2,720 pages) the two together passed the gigabyte
 * the scale target allows, while each alone fits; so a book too long for both at once renders its screen PDF after the
 * print layout (still on the second core, beside the EPUB and the reports), and a shorter one keeps the overlap.
 */
final class HeapRoom {
    /**
     * What the two together hold per page, measured at ten and fifty times the book (a whole build at 580 pages held
     * about 470 MB after collection with the overlap, 2,720 pages more than 1 GB), rounded up.
     */
    static final long BYTES_PER_PAGE_BOTH = 320L << 10;
    /** What a build holds whatever the book's length (compiled stylesheets, fonts, the citation styles). */
    static final long BASE_BYTES = 192L << 20;

    private HeapRoom() {}

    /** Whether a book of {@code pages} pages may render its screen PDF beside the print layout in {@code maxHeap}. */
    static boolean forScreenBesideLayout(int pages, long maxHeap) {
        return BASE_BYTES + pages * BYTES_PER_PAGE_BOTH <= maxHeap;
    }

    /** The book's pages as far as {@code map} knows them (the last page any anchor is on). */
    static int pages(PageMap map) {
        int last = 0;
        for (PageMap.Page p : map.all().values()) last = Math.max(last, p.index());
        return last;
    }
}
