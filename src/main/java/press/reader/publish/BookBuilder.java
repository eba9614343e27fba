package press.reader.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javax.xml.transform.dom.DOMSource;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import org.w3c.dom.Document;
import press.reader.assemble.BookAssembler;
import press.reader.assemble.Words;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.UserError;
import press.reader.layout.PageMap;
import press.reader.manuscript.Manuscript;
import press.reader.manuscript.ManuscriptReader;

/**
 * Runs the stages in their one direction: read and check the manuscript, assemble the book document, then make each
 * edition asked for ({@link Editions}), and put the outputs in place only when all of them succeeded. The warm parts
 * (compiled stylesheets, FOP and its fonts) are in its {@link Workshop}, so that repeated builds in one JVM reuse them.
 */
public final class BookBuilder {
    /**
     * Part of every cache key: a new version of the tool, or the same version rebuilt from changed code, may make
     * different outputs from the same inputs.
     */
    static final String VERSION = "bookpress-0.1.0+" + CodeFingerprint.of(BookBuilder.class);
    /** The working file the book document's bytes are written to while the build runs (BuildContext#bookXml). */
    static final String BOOK_XML = "book.xml";
    private final Workshop workshop;
    /** The page map of the last layout of each book (by output path), kept warm between builds in one JVM. */
    private final Map<String, PageMap> lastPageMaps = new HashMap<>();

    /** A check of the manuscript that runs before assembly (for example fidelity to the sources). */
    public interface ManuscriptCheck {
        void check(Manuscript manuscript, Diagnostics diagnostics);
    }

    public BookBuilder(Workshop workshop) {
        this.workshop = workshop;
    }

    public Workshop workshop() {
        return workshop;
    }

    /** Reads, checks and assembles without typesetting; errors are left in {@code diagnostics}. */
    public Document check(Path manuscriptDir, Diagnostics diagnostics) {
        return readAndAssemble(manuscriptDir, diagnostics, stage -> { }).document;
    }

    private record Assembled(Manuscript manuscript, Document document) {}

    private Assembled readAndAssemble(Path manuscriptDir, Diagnostics diagnostics, Consumer<String> progress) {
        progress.accept("reading and checking the manuscript");
        Manuscript ms = new ManuscriptReader(manuscriptDir, diagnostics, workshop.features().declarations()).read();
        for (ManuscriptCheck c : workshop.checks()) c.check(ms, diagnostics);
        return assemble(ms, diagnostics, progress);
    }

    private Assembled assemble(Manuscript ms, Diagnostics diagnostics, Consumer<String> progress) {
        progress.accept("assembling the book document");
        Words words = Words.load(workshop.stylesDir(), ms.config().language());
        Document doc = new BookAssembler(ms, diagnostics, workshop.features(), words, workshop.keptChapters()).assemble();
        TypesettableStructure.check(doc, ms, workshop.features(), diagnostics);
        return new Assembled(ms, doc);
    }

    /** Read → check → assemble → make the editions asked for (and those every build makes) → put them in place. */
    public BuildResult build(BuildRequest req) {
        long t0 = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        if (req.out().toAbsolutePath().normalize().equals(req.manuscript().toAbsolutePath().normalize())) {
            // The outputs and the cache would become part of the manuscript they are made from.
            throw UserError.at(req.out().toString(), 0, "BP305", "--out is the manuscript "
                    + "folder itself; choose another folder (a subfolder of it, or a folder beside it)");
        }
        Future<String> stylesFolderHash = workshop.warmUp(req.formats());
        req.progress().accept("reading and checking the manuscript");
        Manuscript manuscript = new ManuscriptReader(req.manuscript(), diagnostics, workshop.features().declarations()).read();
        // the checks run on the second core beside the assembly and the first layout pass (ChecksBeside)
        ChecksBeside checks = ChecksBeside.start(workshop.secondCore(), workshop.checks(), manuscript, diagnostics);
        Assembled assembled = assemble(manuscript, checks.assembling(), req.progress());
        if (diagnostics.hasErrors() || checks.assembling().hasErrors()) {
            checks.join();
            diagnostics.throwIfErrors();
        }
        Timing read = new Timing("read+assemble", ms(t0));

        Offered<BuildContext.BookXml> bookXml = null;
        try (OutputFiles out = OutputFiles.open(req.out())) {
            BuildCache cache = new BuildCache(req.out());
            cache.removeTemporaryFiles();
            XdmNode book = workshop.xslt().parse(new DOMSource(assembled.document()));
            // The book document's bytes for output/ and the keys, serialised and hashed on the second core while the
            // editions begin (a warm EPUB rebuild computes its chapters' keys meanwhile): a tenth of its time. The bytes
            // wait in the working folder, not in the heap: at fifty times the book they were 17 MB held to the end.
            bookXml = new Offered<>(workshop.secondCore(), () -> {
                byte[] bytes = serialize(book);
                return new BuildContext.BookXml(out.work(BOOK_XML, bytes), BuildCache.hash(bytes));
            });
            BuildContext build = new BuildContext(req, workshop, assembled.manuscript(), assembled.document(), book,
                    bookXml, out, cache, diagnostics, lastPageMaps, checks::join, stylesFolderHash);
            assembled = null;       // the DOM is the build's, to let go of when read (BuildContext#releaseDocument)
            // the EPUB's cover image, drawn on the second core while the print layout begins (after the checks)
            if (req.formats().contains("epub") && req.formats().contains(PrintPdfEdition.NAME)) {
                build.drawFrontCoverBeside();
            }
            build.timed(read);
            // An edition with work that waits for nothing after it (the screen PDF) starts it on the second core and
            // is finished, in the same order every time, when the others are made.
            List<Edition> finishing = new ArrayList<>();
            Map<Edition, long[]> besideMillis = new HashMap<>();
            try {
                for (Edition edition : Editions.all()) {
                    if (!edition.wanted(build)) continue;
                    // the print layout waits for the checks before it draws (BuildContext#layoutDrawing), the EPUB after
                    // its chapters' keys (Edition#awaitsChecksItself), the others here
                    if (!edition.awaitsChecksItself()) checks.join();
                    long t = System.nanoTime();
                    // work started beside the print layout from the page map it settled on, else started now
                    SecondCore.Timed started = build.besideLayoutSettled(edition);
                    if (started == null) {
                        Callable<?> work = edition.beside(build);
                        if (work != null) started = build.startBeside(edition, work);
                    }
                    if (started != null) {
                        besideMillis.put(edition, started.millis());
                        build.besideStarted(edition, started.work());
                        finishing.add(edition);
                        continue;
                    }
                    Timing.Reuse reuse = edition.make(build);
                    build.timed(new Timing(edition.name(), ms(t), reuse));
                }
                checks.join();
                build.releaseDocument();
                for (Edition edition : finishing) {
                    long t = System.nanoTime();
                    Timing.Reuse reuse = edition.make(build);
                    build.timed(new Timing(edition.name(), besideMillis.get(edition)[0] + ms(t), reuse));
                }
            } finally {
                build.cancelBeside();
            }
            out.stage(build.slug() + ".book.xml", o -> Files.copy(build.bookXml(), o));
            diagnostics.throwIfErrors();
            List<Path> written = out.commit();
            build.keepPageMap();
            BuildContext.Print print = build.print();
            return new BuildResult(written, build.pages(), print == null ? 0 : print.passes(), diagnostics.all(),
                    build.fopWarnings(), build.timings(), ms(t0));
        } catch (IOException e) {
            checks.join();      // the checks' errors first, as when they ran before anything else
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            checks.join();
            throw e;
        } finally {
            if (bookXml != null) bookXml.cancel();
        }
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The book document for people to read: indented, but never inside mixed content (Saxon's rule). */
    private byte[] serialize(XdmNode book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Serializer serializer = workshop.xslt().processor().newSerializer(out);
        serializer.setOutputProperty(Serializer.Property.INDENT, "yes");
        try {
            serializer.serializeNode(book);
        } catch (SaxonApiException e) {
            throw new IOException(e);
        }
        return out.toByteArray();
    }
}
