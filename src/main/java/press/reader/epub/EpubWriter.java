package press.reader.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XdmNode;
import press.reader.xml.Xslt;

/**
 * Makes the EPUB 3: the styles write XHTML, navigation, package and NCX into a working folder; the stylesheet,
 * fonts and cover image are copied next to them; the folder is zipped. epub4j writes only EPUB 2 package
 * documents, so the package is written by our own stylesheet (styles/epub/epub-package.xsl).
 */
public final class EpubWriter {
    private final Xslt xslt;
    private final Path stylesDir;

    public EpubWriter(Xslt xslt, Path stylesDir) {
        this.xslt = xslt;
        this.stylesDir = stylesDir;
    }

    /**
     * @param pageMap the page map XML of the print edition, or null for an EPUB without print page numbers
     * @param coverPng the cover image, or null
     */
    public void write(XdmNode book, Path pageMap, Path coverPng, String modified, long epochMillis, Path workDir,
                      OutputStream out) throws IOException {
        Path root = workDir.resolve("epub");
        Files.createDirectories(root);
        Path fontsOut = root.resolve("OEBPS/fonts");
        Files.createDirectories(fontsOut);
        List<String> fonts = new ArrayList<>();
        try (Stream<Path> list = Files.list(stylesDir.resolve("fonts"))) {
            for (Path f : list.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".otf") || name.endsWith(".ttf")) {
                    Files.copy(f, fontsOut.resolve(name));
                    fonts.add(name);
                }
            }
        }
        Files.createDirectories(root.resolve("OEBPS/css"));
        Files.copy(stylesDir.resolve("epub/book.css"), root.resolve("OEBPS/css/book.css"));
        Map<String, String> params = new HashMap<>();
        params.put("out-base", root.toUri().toString().replaceAll("/$", ""));
        params.put("modified", modified);
        params.put("fonts", String.join(" ", fonts));
        if (pageMap != null) params.put("pagemap-uri", pageMap.toUri().toString());
        if (coverPng != null) {
            Files.createDirectories(root.resolve("OEBPS/images"));
            Files.copy(coverPng, root.resolve("OEBPS/images/cover.png"));
            params.put("cover-image", "cover.png");
        }
        xslt.transform(stylesDir.resolve("epub/epub.xsl"), book, params, new net.sf.saxon.s9api.NullDestination());
        EpubZip.zip(root, out, epochMillis);
    }
}
