package press.reader.desk;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.parsers.DocumentBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import press.reader.layout.PageMap;
import press.reader.proof.SpreadImages;
import press.reader.xml.SecureXml;
import press.reader.xml.Elements;

/**
 * A good build as the desk keeps it, in memory: the HTML edition, the print PDF (opened, to draw spreads on
 * demand), the text of each print page, the locators of index entries and cross-references from the page map, and
 * the manuscript's text files as they were built. The next build is compared with it; a failed build never
 * replaces it.
 */
final class BuildSnapshot implements Closeable {
    /** Where an index entry or a cross-reference target lies: what it is, and its printed page. */
    record Locator(String label, String folio) {}

    /** The resolution of the proof spreads: enough to see a bad break, small enough to draw at once. */
    static final float PROOF_DPI = 60;

    final int generation;
    final byte[] html;
    final List<String> pageTexts;
    /** Per page: every text run with its font and place, so that a word set in italic or a moved line counts. */
    final List<String> pageSignatures;
    final Map<String, Locator> locators;
    final ManuscriptText manuscript;
    private final PDDocument pdf;
    private final SpreadImages spreads;
    private final Map<Integer, byte[]> drawn = new ConcurrentHashMap<>();

    private BuildSnapshot(int generation, byte[] html, PDDocument pdf, List<String> pageTexts, List<String> signatures,
                          Map<String, Locator> locators, ManuscriptText manuscript) {
        this.generation = generation;
        this.html = html;
        this.pdf = pdf;
        this.spreads = pdf == null ? null : new SpreadImages(pdf, PROOF_DPI);
        this.pageTexts = List.copyOf(pageTexts);
        this.pageSignatures = List.copyOf(signatures);
        this.locators = Map.copyOf(locators);
        this.manuscript = manuscript;
    }

    /** Reads what the build wrote to {@code out} for the book {@code slug}. */
    static BuildSnapshot read(int generation, Path out, String slug, ManuscriptText manuscript) throws IOException {
        Path htmlFile = out.resolve(slug + ".html");
        byte[] html = Files.isRegularFile(htmlFile) ? Files.readAllBytes(htmlFile) : null;
        Path pdfFile = out.resolve(slug + ".pdf");
        PDDocument pdf = null;
        List<String> texts = new ArrayList<>();
        List<String> signatures = new ArrayList<>();
        if (Files.isRegularFile(pdfFile)) {
            pdf = Loader.loadPDF(Files.readAllBytes(pdfFile));
            readPages(pdf, texts, signatures);
        }
        Map<String, Locator> locators = locators(out.resolve(slug + ".book.xml"), PageMap.readXml(out.resolve(slug + ".pagemap.xml")));
        return new BuildSnapshot(generation, html, pdf, texts, signatures, locators, manuscript);
    }

    int pages() {
        return pageTexts.size();
    }

    int spreadCount() {
        return spreads == null ? 0 : spreads.spreads().size();
    }

    /** The pages (1-based) of spread {@code index}. */
    List<Integer> spreadPages(int index) {
        var s = spreads.spreads().get(index);
        List<Integer> pages = new ArrayList<>();
        if (s.left() >= 0) pages.add(s.left() + 1);
        if (s.right() >= 0) pages.add(s.right() + 1);
        return pages;
    }

    /** Drawn once per build: the page asks again for every spread after each build, and most do not change. */
    byte[] spreadPng(int index) {
        return drawn.computeIfAbsent(index, spreads::png);
    }

    int[] spreadSize(int index) {
        return spreads.size(index);
    }

    @Override
    public void close() throws IOException {
        if (pdf != null) pdf.close();
    }

    /**
     * The text of each page, and its signature: each run of text with its typeface (the subset prefix dropped) and
     * where it stands, to half a point. Two pages with equal signatures look the same to a proofreader.
     */
    private static void readPages(PDDocument pdf, List<String> texts, List<String> signatures) throws IOException {
        StringBuilder signature = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                super.writeString(text, positions);
                if (positions.isEmpty()) return;
                // A line comes in one piece: every change of typeface inside it is written down, so an italicised
                // word counts.
                TextPosition first = positions.get(0);
                signature.append(Math.round(first.getXDirAdj() * 2)).append(',').append(Math.round(first.getYDirAdj() * 2));
                String font = null;
                for (TextPosition t : positions) {
                    String f = t.getFont() == null ? "" : String.valueOf(t.getFont().getName()).replaceFirst("^[A-Z]{6}\\+", "");
                    if (!f.equals(font)) signature.append('[').append(f).append(']');
                    font = f;
                    signature.append(t.getUnicode());
                }
                signature.append('\n');
            }
        };
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            signature.setLength(0);
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            texts.add(stripper.getText(pdf));
            signatures.add(signature.toString());
        }
    }

    /**
     * The locators a reader follows: every index entry's occurrence (labelled with its heading) and every target of a
     * cross-reference (labelled with the words that refer to it), with the folio the page map gives it.
     */
    private static Map<String, Locator> locators(Path bookXml, PageMap map) {
        Map<String, Locator> found = new LinkedHashMap<>();
        if (!Files.isRegularFile(bookXml) || map.size() == 0) return found;
        try {
            DocumentBuilder parser = SecureXml.documentBuilderFactory().newDocumentBuilder();
            var doc = parser.parse(new ByteArrayInputStream(Files.readAllBytes(bookXml)));
            for (Element t : Elements.of(doc.getElementsByTagNameNS("*", "indexterm"))) {
                String id = t.getAttributeNS("http://www.w3.org/XML/1998/namespace", "id");
                var page = map.page(id);
                if (page == null) continue;
                String label = "index: " + text(t, "primary") + (text(t, "secondary").isEmpty() ? "" : ", " + text(t, "secondary"));
                found.put(id, new Locator(label, page.folio()));
            }
            for (Element link : Elements.of(doc.getElementsByTagNameNS("*", "link"))) {
                String target = link.getAttribute("linkend");
                var page = target.isEmpty() ? null : map.page(target);
                if (page == null || found.containsKey(target)) continue;
                found.put(target, new Locator("cross-reference: " + link.getTextContent().strip().replaceAll("\\s+", " "),
                        page.folio()));
            }
        } catch (Exception e) {
            // A book document the desk cannot read only costs the locator comparison, never the preview.
        }
        return found;
    }

    private static String text(Element e, String child) {
        NodeList l = e.getElementsByTagNameNS("*", child);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent().strip().replaceAll("\\s+", " ");
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
