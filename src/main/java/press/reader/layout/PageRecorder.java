package press.reader.layout;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.area.AreaTreeHandler;
import org.apache.fop.area.PageViewport;
import org.xml.sax.SAXException;

/**
 * FOP's area tree handler, listening as FOP places each id on a page: the page map comes straight from the
 * layout, as it happens, with no named destinations to write into the PDF and read back.
 */
final class PageRecorder extends AreaTreeHandler {
    private final SharedFonts fonts;

    /** {@code fonts}: the fonts read by earlier runs, lent to this one; those it reads are kept when it ends. */
    PageRecorder(FOUserAgent agent, String mime, OutputStream out, SharedFonts fonts) throws FOPException {
        super(agent, mime, out);        // sets the renderer's fonts up: FOP's lazy fonts, none read yet
        this.fonts = fonts;
        fonts.lend(getFontInfo());
    }

    @Override
    public void endDocument() throws SAXException {
        super.endDocument();
        fonts.keep(getFontInfo());
    }

    /**
     * The pages laid out so far (FOP lays out a page sequence when its end arrives), blank pages forced at the end
     * of a sequence included.
     */
    int pagesLaidOut() {
        var model = getAreaTreeModel();
        int pages = 0;
        for (int seq = 1; seq <= model.getPageSequenceCount(); seq++) pages += model.getPageCount(seq);
        return pages;
    }

    /**
     * Where each of {@code ids} landed: the first page it appears on is where it begins. Asked during the layout,
     * it has the ids of the page sequences laid out so far, whose pages are final.
     */
    PageMap pageMap(Iterable<String> ids) {
        Map<String, PageMap.Page> pages = new HashMap<>();
        for (String id : ids) {
            PageViewport pv = getIDTracker().getFirstPageViewportContaining(id);
            if (pv != null) pages.put(id, new PageMap.Page(pv.getPageIndex() + 1, pv.getPageNumberString()));
        }
        return new PageMap(pages);
    }
}
