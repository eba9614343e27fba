package press.reader.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import press.reader.epub.EpubWriter;
import press.reader.epub.ZipEntryData;

/**
 * The EPUB 3, with the print edition's page numbers when there is a page map. Each division's XHTML is kept in the
 * cache under the hash of everything it is made from ({@link DivisionKeys}): after an edit only the divisions it
 * touches are transformed again.
 */
final class EpubEdition implements Edition {
    @Override
    public String name() {
        return "epub";
    }

    @Override
    public String title() {
        return "the EPUB";
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.BOOK_DOCUMENT, Need.PAGE_MAP, Need.COVER_IMAGE);
    }

    /** The part of every division's key that is not the division: the tool, the styles, the date and the cover. */
    @Override
    public String cacheKey(BuildContext build) throws IOException {
        return BuildCache.hash(BookBuilder.VERSION, build.stylesHash(), build.isoDate(),
                Files.readAllBytes(build.coverImage()));
    }

    /** It waits for the checks after its chapters' keys, which only read the book (see make). */
    @Override
    public boolean awaitsChecksItself() {
        return true;
    }

    @Override
    public Timing.Reuse make(BuildContext build) throws IOException {
        build.progress("writing the EPUB");
        // The stock stylesheets' reads are what DivisionKeys follows; a book's own EPUB stylesheet, or a styles folder
        // whose stylesheets are not the ones the keys were checked against, may read anything in the book, so with one
        // every division's key has the whole book in it.
        boolean modelled = build.epubDesign() == null
                && build.workshop().modelledStylesheets(build.stylesHash(), "", "epub");
        String common = modelled ? cacheKey(build)
                : BuildCache.hash(cacheKey(build), build.bookXmlHash(), build.pageMap().all());
        Map<String, String> keys = DivisionKeys.compute(build.document(), build::pageMap, common);
        // the chapters' keys are the DOM's last reader (the editions after this one read the book as BuildContext#book):
        // let it go before the transform, which at fifty times the book shares the heap with the screen PDF's render
        build.releaseDocument();
        // the keys only read: computed while the manuscript checks still run on the second core (in a warm rebuild
        // they end about when the assembly does), the EPUB is begun only now that their errors would have stopped it
        build.awaitChecks();
        BuildCache cache = build.cache();
        // in memory first (a warm rebuild), then on disk (a new process); either way the key says it is this chapter
        Map<String, ZipEntryData> kept = build.workshop().epubEntries();
        EpubWriter.DivisionCache divisions = new EpubWriter.DivisionCache() {
            @Override
            public Optional<ZipEntryData> get(String id) {
                String k = id + " " + keys.get(id);
                ZipEntryData entry = kept.get(k);
                if (entry == null) {
                    Optional<byte[]> xhtml = cache.get("epub/" + id + ".xhtml", keys.get(id));
                    if (xhtml.isEmpty()) return Optional.empty();
                    entry = ZipEntryData.deflate(xhtml.get());
                    kept.put(k, entry);
                }
                return Optional.of(entry);
            }

            @Override
            public void put(String id, byte[] xhtml, ZipEntryData entry) {
                cache.put("epub/" + id + ".xhtml", keys.get(id), xhtml);
                kept.put(id + " " + keys.get(id), entry);
            }
        };
        Workshop w = build.workshop();
        List<String> transformed = new ArrayList<>();
        var pageMap = build.pageMapDocument();
        var cover = build.coverImage();
        build.output().stage(build.slug() + ".epub", o -> transformed.addAll(
                new EpubWriter(w.xslt(), w.stylesDir(), build.epubDesign())
                        .withImages(build.images().manifest(), build.images().media()).write(build.book(), pageMap, cover,
                        build.isoDate().replaceAll("\\.\\d+Z$", "Z"), build.epochSeconds() * 1000L,
                        build.output().workDir(), o, List.copyOf(keys.keySet()), divisions)));
        return new Timing.Reuse(transformed.size(), keys.size(), "chapters");
    }
}
