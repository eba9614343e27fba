package press.reader.publish;

import java.io.IOException;
import net.sf.saxon.s9api.XdmNode;
import java.util.Set;
import press.reader.html.HtmlEdition;

/** The single-file HTML edition, for proofreading in a browser, with the print page numbers when there are some. */
final class HtmlPageEdition implements Edition {
    @Override
    public String name() {
        return "html";
    }

    @Override
    public String title() {
        return "the HTML edition";
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.BOOK_DOCUMENT, Need.PAGE_MAP);
    }

    @Override
    public String cacheKey(BuildContext build) {
        return null;
    }

    @Override
    public Timing.Reuse make(BuildContext build) throws IOException {
        build.progress("writing the HTML edition");
        XdmNode pageMap = build.pageMapDocument();
        Workshop w = build.workshop();
        HtmlEdition page = new HtmlEdition(w.xslt(), w.stylesDir(), build.epubDesign());
        build.output().stage(build.slug() + ".html", o -> page.write(build.book(), pageMap, build.images().manifest(), o));
        return null;
    }
}
