package press.reader.publish;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import press.reader.diagnostics.Diagnostics;
import press.reader.images.EditionImages;
import press.reader.images.PrintResolution;
import press.reader.layout.OverflowLocator;
import press.reader.layout.PageMap;
import press.reader.xml.Elements;

/**
 * A raster image printed at fewer than 300 pixels to the inch looks soft or stepped on paper: each is reported with
 * the resolution it is printed at, measured in the laid-out PDF. (300 ppi is the printer's rule for photographs and
 * line art alike at book sizes, not a design choice.)
 */
final class FigureResolutionCheck {
    static final double MINIMUM_PPI = 300;

    private FigureResolutionCheck() {}

    static void check(Document book, EditionImages images, byte[] printPdf, PageMap map, OverflowLocator locator,
                      Diagnostics diagnostics) throws IOException {
        Map<String, EditionImages.Entry> byRef = images.entries().stream()
                .collect(Collectors.toMap(EditionImages.Entry::ref, Function.identity()));
        // the raster figures in the order they are printed, to be paired with the images drawn in the PDF
        List<Element> pending = new ArrayList<>();
        for (Element d : Elements.of(book.getElementsByTagNameNS("http://docbook.org/ns/docbook", "imagedata"))) {
            EditionImages.Entry e = byRef.get(d.getAttribute("fileref"));
            if (e != null && e.facts().raster()) pending.add(d);
        }
        if (pending.isEmpty()) return;
        Set<String> reported = new HashSet<>();
        for (PrintResolution.Drawn drawn : PrintResolution.measure(printPdf)) {
            for (int i = 0; i < pending.size(); i++) {
                EditionImages.Entry e = byRef.get(pending.get(i).getAttribute("fileref"));
                if (e.facts().widthPx() != drawn.widthPx() || e.facts().heightPx() != drawn.heightPx()) continue;
                Element figure = (Element) pending.remove(i).getParentNode().getParentNode().getParentNode();
                if (drawn.ppi() < MINIMUM_PPI - 0.5 && reported.add(e.ref())) {
                    String id = figure.getAttributeNS("http://www.w3.org/XML/1998/namespace", "id");
                    PageMap.Page page = map.page(id);
                    var place = locator.locate(id, page == null ? null : page.folio());
                    diagnostics.warning(place.file(), 0, "BP544", String.format(Locale.ROOT,
                            "image '%s' (%d × %d pixels) prints at %.0f ppi, below the %.0f ppi print needs%s; use a "
                            + "larger image (%d pixels wide or more at this size)", e.ref(), e.facts().widthPx(),
                            e.facts().heightPx(), drawn.ppi(), MINIMUM_PPI, place.where(),
                            (int) Math.ceil(e.facts().widthPx() * MINIMUM_PPI / drawn.ppi())));
                }
                break;
            }
        }
    }
}
