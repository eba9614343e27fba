package press.reader.layout;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.area.AreaTreeHandler;
import org.apache.fop.area.PageViewport;

/**
 * FOP's area tree handler, listening as FOP places each id on a page: the page map comes straight from the
 * layout, as it happens, with no named destinations to write into the PDF and read back.
 */
final class PageRecorder extends AreaTreeHandler {
    PageRecorder(FOUserAgent agent, String mime, OutputStream out) throws FOPException {
        super(agent, mime, out);
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
