package press.reader.cover;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Not a test: writes a sample cover and its renderings to a folder, for a designer to look at. */
final class CoverPreview {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target-cover/preview");
        Files.createDirectories(dir);
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 320;
        CoverSpec spec = CoverFixtures.spec(pages, "978-0-00-000000-2");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        CoverMaker.write(spec, pdf);
        Files.write(dir.resolve("cover.pdf"), pdf.toByteArray());
        Files.write(dir.resolve("front.png"), CoverImage.renderFront(pdf.toByteArray(), spec, 800));
    }
}
