package press.reader.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.sf.saxon.s9api.NullDestination;
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
    private final Path stylesheet;

    public EpubWriter(Xslt xslt, Path stylesDir) {
        this(xslt, stylesDir, null);
    }

    /** {@code stylesheet}: the book's own EPUB stylesheet (book.yaml design.epub), or null for styles/epub/epub.xsl */
    public EpubWriter(Xslt xslt, Path stylesDir, Path stylesheet) {
        this.xslt = xslt;
        this.stylesDir = stylesDir;
        this.stylesheet = stylesheet != null ? stylesheet : stylesDir.resolve("epub/epub.xsl");
    }

    private Path imagesManifest;
    private Map<String, Path> media = Map.of();

    /**
     * The figures' images: {@code manifest} describes them for the styles (EditionImages), {@code media} maps each
     * file's name in the package (under OEBPS/) to the manuscript's file.
     */
    public EpubWriter withImages(Path manifest, Map<String, Path> media) {
        this.imagesManifest = manifest;
        this.media = Map.copyOf(media);
        return this;
    }

    /**
     * Where finished division documents are kept between builds, keyed by everything they are made from: as the
     * entries they are in the zip, so that an unchanged chapter is neither transformed nor deflated again.
     */
    public interface DivisionCache {
        Optional<ZipEntryData> get(String divisionId);

        /** {@code entry}: {@code xhtml} as it goes into the zip */
        void put(String divisionId, byte[] xhtml, ZipEntryData entry);
    }

    /**
     * @param pageMap the page map of the print edition as a document ({@code PageMap.toDocument}), or null for an EPUB
     *                without print page numbers
     * @param coverPng the cover image, or null
     */
    public void write(XdmNode book, XdmNode pageMap, Path coverPng, String modified, long epochMillis, Path workDir,
                      OutputStream out) throws IOException {
        write(book, pageMap, coverPng, modified, epochMillis, workDir, out, List.of(), null);
    }

    /**
     * @param divisions the ids of the book's divisions; those in {@code cache} are copied, not transformed again
     * @return the ids that were transformed
     */
    public List<String> write(XdmNode book, XdmNode pageMap, Path coverPng, String modified, long epochMillis,
                      Path workDir, OutputStream out, List<String> divisions, DivisionCache cache) throws IOException {
        Path root = workDir.resolve("epub");
        Files.createDirectories(root);
        // The files the package takes as they are (fonts, the stylesheet, the cover, the figures' images) are zipped
        // from where they lie, not copied into the working folder first: 3 MB written, read back and deleted again at
        // every rebuild, for the same bytes in the same entries.
        Map<String, Path> asTheyAre = new HashMap<>();
        List<String> fonts = new ArrayList<>();
        try (Stream<Path> list = Files.list(stylesDir.resolve("fonts"))) {
            for (Path f : list.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".otf") || name.endsWith(".ttf")) {
                    asTheyAre.put("OEBPS/fonts/" + name, f);
                    fonts.add(name);
                }
            }
        }
        asTheyAre.put("OEBPS/css/book.css", stylesDir.resolve("epub/book.css"));
        Map<String, Object> params = new HashMap<>();
        params.put("out-base", root.toUri().toString().replaceAll("/$", ""));
        params.put("modified", modified);
        params.put("fonts", List.copyOf(fonts));
        if (pageMap != null) params.put("pagemap", pageMap);
        if (coverPng != null) {
            asTheyAre.put("OEBPS/images/cover.png", coverPng);
            params.put("cover-image", "cover.png");
        }
        for (Map.Entry<String, Path> m : media.entrySet()) asTheyAre.put("OEBPS/" + m.getKey(), m.getValue());
        if (imagesManifest != null) params.put("images-uri", imagesManifest.toUri().toString());
        Map<String, ZipEntryData> cached = new HashMap<>();
        if (cache != null) {
            for (String id : divisions) cache.get(id).ifPresent(entry -> cached.put(id, entry));
        }
        params.put("skip", List.copyOf(cached.keySet()));
        xslt.transform(stylesheet, book, params, new NullDestination());
        List<String> transformed = new ArrayList<>();
        // the divisions' entries, kept or made now: the zip takes them as they are, not from the folder
        Map<String, ZipEntryData> ready = new HashMap<>();
        Path text = root.resolve("OEBPS/text");
        for (String id : divisions) {
            String name = "OEBPS/text/" + id + ".xhtml";
            if (cached.containsKey(id)) {
                ready.put(name, cached.get(id));
            } else {
                transformed.add(id);
                Path file = text.resolve(id + ".xhtml");
                if (cache != null && Files.isRegularFile(file)) {
                    byte[] xhtml = Files.readAllBytes(file);
                    ZipEntryData entry = ZipEntryData.deflate(xhtml);
                    cache.put(id, xhtml, entry);
                    ready.put(name, entry);
                }
            }
        }
        EpubZip.zip(root, asTheyAre, ready, out, epochMillis);
        return transformed;
    }
}
