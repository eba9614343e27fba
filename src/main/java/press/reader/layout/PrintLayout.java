package press.reader.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.XdmNode;
import press.reader.diagnostics.Diagnostics;
import press.reader.xml.Xslt;

/**
 * Lays out the print book: book XML -> styles/fo.xsl -> FOP -> PDF, repeated until the page map is stable.
 * The first pass has no page map (the index prints placeholders); each later pass typesets page references from
 * the map the previous pass produced. When a pass reproduces the map it was given, every printed number is right.
 */
public final class PrintLayout {
    static final int MAX_PASSES = 5;

    private final Xslt xslt;
    private final FopEngine fop;
    private final Path stylesDir;

    /** The laid-out book. */
    public record Result(byte[] pdf, PageMap pageMap, int passes, int pages, FopEngine.Messages messages) {}

    public PrintLayout(Xslt xslt, FopEngine fop, Path stylesDir) {
        this.xslt = xslt;
        this.fop = fop;
        this.stylesDir = stylesDir;
    }

    public Result layout(XdmNode book, Map<String, String> styleParams, Path workDir, Date creationDate,
                         Diagnostics diagnostics) throws IOException {
        PageMap map = PageMap.empty();
        Path mapFile = workDir.resolve("pagemap.xml");
        byte[] pdf = null;
        FopEngine.Messages messages = null;
        for (int pass = 1; pass <= MAX_PASSES; pass++) {
            Map<String, String> params = new HashMap<>(styleParams);
            if (pass > 1) {
                map.writeXml(mapFile);
                params.put("pagemap-uri", mapFile.toUri().toString());
            }
            messages = new FopEngine.Messages();
            pdf = render(book, params, creationDate, messages);
            PageMap next = PageMapReader.read(pdf);
            if (pass > 1 && next.equals(map)) {
                return new Result(pdf, map, pass, pageCount(pdf), messages);
            }
            map = next;
        }
        diagnostics.warning("", 0, "BP220", "page numbers did not settle after " + MAX_PASSES
                + " layout passes; the index may be off by a page");
        return new Result(pdf, map, MAX_PASSES, pageCount(pdf), messages);
    }

    private byte[] render(XdmNode book, Map<String, String> params, Date creationDate, FopEngine.Messages messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        var handler = fop.start(out, null, messages, agent -> agent.setCreationDate(creationDate));
        xslt.transform(stylesDir.resolve("fo.xsl"), book, params, new SAXDestination(handler));
        return out.toByteArray();
    }

    private static int pageCount(byte[] pdf) throws IOException {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /** Keeps the FO of the last pass for inspection (the build writes it on request). */
    public void writeFo(XdmNode book, Map<String, String> params, Path file) throws IOException {
        var serializer = xslt.processor().newSerializer(file.toFile());
        xslt.transform(stylesDir.resolve("fo.xsl"), book, params, serializer);
        Files.size(file);
    }
}
