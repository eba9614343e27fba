package press.reader.images;

import java.awt.color.ColorSpace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the editions need to know of one image file of the manuscript: its format (from its bytes, not its name), its
 * size in pixels, the resolution it declares, and whether it has an alpha channel. SVG has no pixels: its size is the
 * one it declares, and it is checked to draw nothing from outside itself.
 */
public record ImageFile(Format format, int widthPx, int heightPx, double declaredPpi, double widthIn, double heightIn,
                        boolean alpha, int bitsPerSample) {

    /** The formats every edition can carry: PDF (FOP) and EPUB 3 core media types. */
    public enum Format {
        PNG("image/png"), JPEG("image/jpeg"), SVG("image/svg+xml");

        public final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }
    }

    /** A file the tool cannot use, with words for the editor. */
    public static final class Unusable extends Exception {
        public Unusable(String message) {
            super(message);
        }
    }

    /**
     * The resolution assumed for a raster image that declares none: a web image's (the CSS pixel), as pandoc assumes.
     * It only sets the natural size; the text block still bounds it.
     */
    public static final double DEFAULT_PPI = 96;

    /**
     * Whether the print PDF (PDF/A-1b, which is PDF 1.4) can take the file as it is: no transparency (forbidden) and
     * no 16-bit samples (PDF 1.5).
     */
    public boolean printable() {
        return !alpha && bitsPerSample <= 8;
    }

    public boolean raster() {
        return format != Format.SVG;
    }

    public static ImageFile read(Path file) throws Unusable, IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(512);
        }
        Format format = sniff(head);
        if (format == null) {
            throw new Unusable("is not a PNG, JPEG or SVG image (its first bytes say otherwise); convert it to PNG or JPEG");
        }
        if (format == Format.SVG) return SvgFile.read(file);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new Unusable("cannot be read as " + format);
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, false);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                var type = reader.getRawImageType(0);
                if (type != null && type.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_CMYK) {
                    throw new Unusable("is a CMYK JPEG; save it as an RGB (sRGB) JPEG or PNG");
                }
                boolean alpha = type == null || type.getColorModel().hasAlpha()
                        || format == Format.PNG && hasTransparencyChunk(file);
                double ppi = declaredPpi(reader.getImageMetadata(0));
                double use = ppi > 0 ? ppi : DEFAULT_PPI;
                int bits = type == null ? 8 : type.getSampleModel().getSampleSize(0);
                return new ImageFile(format, w, h, ppi, w / use, h / use, alpha, bits);
            } catch (IIOException e) {
                throw new Unusable("cannot be read as " + format + " (" + e.getMessage() + ")");
            } finally {
                reader.dispose();
            }
        }
    }

    static Format sniff(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') return Format.PNG;
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) return Format.JPEG;
        String text = new String(b, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (text.contains("<svg")) return Format.SVG;
        return null;
    }

    /** Pixels per inch from the file's own metadata (PNG pHYs, JPEG JFIF density), or 0 when it declares none. */
    private static double declaredPpi(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) return 0;
        var root = (Element) metadata.getAsTree("javax_imageio_1.0");
        NodeList sizes = root.getElementsByTagName("HorizontalPixelSize");
        if (sizes.getLength() == 0) return 0;
        try {
            double mmPerPixel = Double.parseDouble(((Element) sizes.item(0)).getAttribute("value"));
            double ppi = 25.4 / mmPerPixel;
            // a JFIF "aspect ratio only" density, or nonsense, is no resolution
            return ppi >= 36 && ppi <= 4800 ? Math.round(ppi * 100) / 100.0 : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A palette or grey PNG may be transparent through a tRNS chunk without an alpha channel. */
    private static boolean hasTransparencyChunk(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        for (int i = 8; i + 8 <= all.length; ) {
            int length = ((all[i] & 0xff) << 24) | ((all[i + 1] & 0xff) << 16) | ((all[i + 2] & 0xff) << 8) | (all[i + 3] & 0xff);
            String type = new String(all, i + 4, 4, StandardCharsets.US_ASCII);
            if (type.equals("tRNS")) return true;
            if (type.equals("IDAT") || length < 0) return false;
            i += 12 + length;
        }
        return false;
    }
}
