package press.reader.layout;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.area.LineArea;
import org.apache.fop.area.OffDocumentItem;
import org.apache.fop.area.PageSequence;
import org.apache.fop.area.PageViewport;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.render.Graphics2DAdapter;
import org.apache.fop.render.ImageAdapter;
import org.apache.fop.render.Renderer;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFUtil;

/**
 * A renderer for a layout pass whose PDF would be thrown away: FOP lays the pages out exactly as for the PDF (the
 * fonts are set up by the PDF renderer's own configuration, so every glyph has the same width), records where every
 * id falls, and drops each page as soon as it is laid out. Nothing is drawn, no font is embedded, nothing is written.
 */
final class LayoutOnlyRenderer implements Renderer {
    private final FOUserAgent agent;
    /** The PDF document handler, used only to set up the fonts as a PDF run does; it never starts a document. */
    private final IFDocumentHandler pdfFonts;

    LayoutOnlyRenderer(FOUserAgent agent) throws FOPException {
        this.agent = agent;
        this.pdfFonts = agent.getRendererFactory().createDocumentHandler(agent, MimeConstants.MIME_PDF);
    }

    @Override
    public void setupFontInfo(FontInfo fontInfo) throws FOPException {
        IFUtil.setupFonts(pdfFonts, fontInfo);     // what FOP's PDF renderer (IFRenderer.setupFontInfo) does
    }

    @Override
    public String getMimeType() {
        return MimeConstants.MIME_PDF;
    }

    @Override
    public FOUserAgent getUserAgent() {
        return agent;
    }

    /** Pages are "rendered" (dropped) as soon as their references resolve, in any order: no page is kept longer. */
    @Override
    public boolean supportsOutOfOrder() {
        return true;
    }

    @Override
    public void startRenderer(OutputStream out) { }

    @Override
    public void stopRenderer() { }

    @Override
    public void setDocumentLocale(Locale locale) { }

    @Override
    public void processOffDocumentItem(OffDocumentItem item) { }

    @Override
    public Graphics2DAdapter getGraphics2DAdapter() {
        return null;
    }

    @Override
    public ImageAdapter getImageAdapter() {
        return null;
    }

    @Override
    public void preparePage(PageViewport page) { }

    @Override
    public void startPageSequence(LineArea title) { }

    @Override
    public void startPageSequence(PageSequence sequence) { }

    @Override
    public void renderPage(PageViewport page) { }
}
