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

    /** Where each of {@code ids} landed: the first page it appears on is where it begins. */
    PageMap pageMap(Iterable<String> ids) {
        Map<String, PageMap.Page> pages = new HashMap<>();
        for (String id : ids) {
            PageViewport pv = getIDTracker().getFirstPageViewportContaining(id);
            if (pv != null) pages.put(id, new PageMap.Page(pv.getPageIndex() + 1, pv.getPageNumberString()));
        }
        return new PageMap(pages);
    }
}
