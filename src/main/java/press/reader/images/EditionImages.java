package press.reader.images;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import press.reader.xml.Elements;

/**
 * The figures' image files made ready for the editions, and described for the styles in one small XML file (the
 * styles read it as {@code images-uri}, as they read the page map):
 *
 * <pre>
 * &lt;images&gt;
 *   &lt;image ref="images/x.png" media="media/images/x.png" media-type="image/png" pdf="file:/…"
 *          width-in="4.2" height-in="3.1" width-px="1260" height-px="930" data-uri="data:image/png;base64,…"/&gt;
 * </pre>
 *
 * {@code pdf} is the file FOP draws. The print PDF is PDF/A-1b, which forbids transparency: an image with an alpha
 * channel (or a transparent colour), or 16-bit samples, is flattened onto white paper in 8-bit RGB here, as it would be printed; the EPUB and the HTML
 * page keep the original. {@code media} is the image's name in the EPUB, {@code data-uri} the image itself for the
 * one-file HTML edition.
 */
public final class EditionImages {
    public static final String NS = "urn:bookpress:images";

    /** One image of the book, in the order the figures come. */
    public record Entry(String ref, Path source, String media, ImageFile facts, Path pdfFile, String sha256) {}

    private final List<Entry> entries;
    private final Path manifest;

    private EditionImages(List<Entry> entries, Path manifest) {
        this.entries = entries;
        this.manifest = manifest;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The XML file describing the images, for the styles' {@code images-uri} parameter. */
    public Path manifest() {
        return manifest;
    }

    /** Changes whenever an image's bytes change: part of the key of every cached edition. */
    public String hash() {
        StringBuilder sb = new StringBuilder();
        for (Entry e : entries) sb.append(e.ref()).append('=').append(e.sha256()).append('\n');
        return sb.toString();
    }

    /** EPUB file name (under OEBPS/) -> the file to copy there. */
    public Map<String, Path> media() {
        Map<String, Path> m = new LinkedHashMap<>();
        for (Entry e : entries) m.put(e.media(), e.source());
        return m;
    }

    /**
     * Prepares the images named by {@code imagedata} in the book document. The assembler has checked every name and
     * file already; a file that changed since (an editor saving during the build) is reported as an I/O error.
     */
    public static EditionImages prepare(Document book, Path manuscriptRoot, Path workDir) throws IOException {
        Map<String, Entry> byRef = new LinkedHashMap<>();
        Set<String> mediaNames = new HashSet<>();
        Path dir = workDir.resolve("figure-images");
        for (Element d : Elements.of(book.getElementsByTagNameNS("http://docbook.org/ns/docbook", "imagedata"))) {
            String ref = d.getAttribute("fileref");
            // a formula's drawing is carried in the document itself (MathWriter): no file to prepare
            if (ref.isEmpty() || byRef.containsKey(ref) || manuscriptRoot == null) continue;
            Path source = manuscriptRoot.resolve(ref).normalize();
            byte[] bytes = Files.readAllBytes(source);
            String sha = sha256(bytes);
            ImageFile facts;
            try {
                facts = ImageFile.read(source);
            } catch (ImageFile.Unusable e) {
                throw new IOException(ref + " " + e.getMessage());
            }
            String media = "media/" + ref.replaceAll("[^A-Za-z0-9._/-]", "_").replaceAll("/\\.+", "/_");
            while (!mediaNames.add(media)) media = media.replaceFirst("(\\.[^./]*)?$", "-" + sha.substring(0, 8) + "$1");
            Files.createDirectories(dir);
            String extension = facts.format() == ImageFile.Format.JPEG ? "jpg" : facts.format().name().toLowerCase(Locale.ROOT);
            // named by content: FOP caches images by address for the life of the JVM (the watch loop)
            Path pdf = dir.resolve(sha.substring(0, 16) + "." + extension);
            if (facts.raster() && !facts.printable()) flattenOntoWhite(source, pdf);
            else Files.write(pdf, bytes);
            byRef.put(ref, new Entry(ref, source, media, facts, pdf, sha));
        }
        List<Entry> entries = new ArrayList<>(byRef.values());
        Path manifest = workDir.resolve("images.xml");
        Files.writeString(manifest, xml(entries), StandardCharsets.UTF_8);
        return new EditionImages(entries, manifest);
    }

    private static void flattenOntoWhite(Path source, Path target) throws IOException {
        BufferedImage in = ImageIO.read(source.toFile());
        BufferedImage out = new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, in.getWidth(), in.getHeight());
        g.drawImage(in, 0, 0, null);
        g.dispose();
        ImageIO.write(out, "png", target.toFile());
    }

    private static String xml(List<Entry> entries) throws IOException {
        StringBuilder sb = new StringBuilder("<images xmlns=\"" + NS + "\">\n");
        for (Entry e : entries) {
            ImageFile f = e.facts();
            sb.append("  <image ref=\"").append(attr(e.ref())).append("\" media=\"").append(attr(e.media()))
                    .append("\" media-type=\"").append(f.format().mediaType)
                    .append("\" pdf=\"").append(attr(e.pdfFile().toUri().toString()))
                    .append("\" width-in=\"").append(String.format(Locale.ROOT, "%.4f", f.widthIn()))
                    .append("\" height-in=\"").append(String.format(Locale.ROOT, "%.4f", f.heightIn()))
                    .append("\" width-px=\"").append(f.widthPx()).append("\" height-px=\"").append(f.heightPx())
                    .append("\" data-uri=\"data:").append(f.format().mediaType).append(";base64,")
                    .append(Base64.getEncoder().encodeToString(Files.readAllBytes(e.source()))).append("\"/>\n");
        }
        return sb.append("</images>\n").toString();
    }

    private static String attr(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
