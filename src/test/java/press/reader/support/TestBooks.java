package press.reader.support;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import org.w3c.dom.Document;
import press.reader.cli.Builders;
import press.reader.diagnostics.Diagnostics;
import press.reader.manuscript.Manuscript;
import press.reader.manuscript.ManuscriptReader;
import press.reader.publish.BookBuilder;
import press.reader.publish.BuildRequest;
import press.reader.publish.BuildResult;
import press.reader.publish.Workshop;
import press.reader.xml.Xslt;

/**
 * Builds each test book once per run of the suite and shares it between the test JVMs ({@link SharedBuild}): the real
 * manuscript takes seconds to lay out, the sampler and the small book a few each, and many tests in both JVMs look at
 * the same PDF and EPUB.
 */
public final class TestBooks {
    public static final Path REAL_MANUSCRIPT = Path.of("manuscript");

    /** The manuscript {@code root} read as a build reads it: with the files the build's apparatus features declare. */
    public static Manuscript read(Path root, Diagnostics diagnostics) {
        return new ManuscriptReader(root, diagnostics, Builders.features().declarations()).read();
    }
    public static final Path MINI_MANUSCRIPT = Path.of("src/test/resources/manuscripts/mini");
    /** A second sample book, not a reader: tables, verse, code, credits (issue 15) */
    public static final Path SAMPLER_MANUSCRIPT = Path.of("src/test/resources/manuscripts/sampler");
    public static final Path STYLES = Path.of("styles");
    /** A fixed SOURCE_DATE_EPOCH for test builds (2026-01-01). */
    public static final long EPOCH = 1767225600L;

    /**
     * This test JVM's number when surefire runs two at once (the pom's {@code test.fork}; empty when the tests run in
     * one JVM or outside Maven), so that each writes its own builds: two builds into one folder would refuse each other.
     */
    private static final String FORK = System.getProperty("test.fork", "").replaceAll("[^0-9]", "");

    private static final Map<String, Built> BUILT = new ConcurrentHashMap<>();
    private static BookBuilder builder;
    private static Workshop workshop;

    /**
     * A finished build: where its outputs are, FOP's warnings, and what the builder reported ({@code result}: null
     * when the other test JVM built it, see {@link #build(Path)}).
     */
    public record Built(Path out, List<String> fopWarnings, BuildResult result) {
        Built(Path out, BuildResult result) {
            this(out, result.fopWarnings(), result);
        }

        @Override
        public BuildResult result() {
            if (result == null) throw new AssertionError("the book was built by the other test JVM: its outputs and "
                    + "FOP's warnings are here, the builder's report is not");
            return result;
        }

        public Path file(String suffix) {
            try (var files = Files.list(out)) {
                return files.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst()
                        .orElseThrow(() -> new AssertionError("no output ending in " + suffix + " in " + out));
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    private TestBooks() {}

    public static synchronized BookBuilder builder() {
        if (builder == null) builder = newBuilder();
        return builder;
    }

    /**
     * A builder of its own (its own memory of earlier layouts) over the warm parts every test shares: compiled
     * stylesheets, FOP with its fonts, the citation processor.
     */
    public static BookBuilder newBuilder() {
        return new BookBuilder(workshop());
    }

    /**
     * The warm parts for a styles folder, for the command line run in the test JVM ({@code Main.run(workshops, ...)}):
     * the stock styles' shared ones, as a warm process keeps them; a folder of a test's own gets new ones, since the
     * test may change its fonts between runs.
     */
    public static Workshop workshopFor(Path styles) {
        return styles.toAbsolutePath().normalize().equals(STYLES.toAbsolutePath().normalize())
                ? workshop() : Builders.workshop(styles);
    }

    /** The warm parts of the stock styles, made once per test JVM by the composition root. */
    public static synchronized Workshop workshop() {
        if (workshop == null) workshop = Builders.workshop(STYLES);
        return workshop;
    }

    /**
     * The real book, laid out once per run of the suite: the two test JVMs share it (the first to ask builds it while
     * holding a lock on {@code target/test-books/real.lock}; the other waits and reads its outputs and FOP's warnings),
     * as it is the costliest fixture. A run is told by the pom's {@code test.run}, the time Maven started; outside
     * Maven each JVM builds its own.
     */
    public static Built real() {
        return build(REAL_MANUSCRIPT, "real", REAL_FORMATS);
    }

    /** Every edition a test reads of the real book: its HTML page is the small book's and the sampler's to test. */
    private static final Set<String> REAL_FORMATS = Set.of("pdf", "screen", "epub");
    private static final Set<String> EVERY_FORMAT = Set.of("pdf", "screen", "epub", "html");

    /** The small test book, built once per run of the suite as the real one is. */
    public static Built mini() {
        return build(MINI_MANUSCRIPT);
    }

    /**
     * A test book, built once per run of the suite (into {@code target/test-books/<its folder's name>}) with every
     * edition, and shared by the test JVMs as {@link #real()} is: the JVM that did not build it has its outputs and
     * FOP's warnings, not the builder's report ({@link Built#result()}).
     */
    public static Built build(Path manuscript) {
        return build(manuscript, manuscript.getFileName().toString(), EVERY_FORMAT);
    }

    private static Built build(Path manuscript, String name, Set<String> formats) {
        return shared(name, out -> buildInto(manuscript, out, formats));
    }

    /**
     * A book made by {@code build} into the folder it is given ({@code target/test-books/<name>}), once per run of the
     * suite and shared by the test JVMs as {@link #real()} is: for a test book that is not a manuscript folder of the
     * tests' resources (a copy with a design of its own, say), which {@code build} writes beside the outputs.
     */
    public static synchronized Built shared(String name, Function<Path, BuildResult> build) {
        return BUILT.computeIfAbsent(name, n -> {
            String run = System.getProperty("test.run", "");
            if (run.isEmpty() || run.startsWith("$")) {   // outside Maven: a folder of this JVM's own
                Path out = Path.of("target", "test-books" + FORK, name);
                return new Built(out, build.apply(out));
            }
            return SharedBuild.of(Path.of("target", "test-books", name), run, build);
        });
    }

    private static BuildResult buildInto(Path manuscript, Path out, Set<String> formats) {
        return builder().build(new BuildRequest(manuscript, out, formats, EPOCH));
    }

    /**
     * The book document a build of {@code manuscript} writes ({@code *.book.xml}), made as the build makes it (read,
     * check, assemble, serialized indented) but without making any edition: for tests that only read the document.
     * {@code BookXmlTest} holds it to the build's own file. An error fails the test, as it would fail the build.
     */
    public static String bookXml(Path manuscript) {
        Document document = checkedDocument(manuscript);
        Xslt xslt = workshop().xslt();
        StringWriter xml = new StringWriter();
        Serializer serializer = xslt.processor().newSerializer(xml);
        serializer.setOutputProperty(Serializer.Property.INDENT, "yes");
        try {
            serializer.serializeNode(xslt.parse(new DOMSource(document)));
        } catch (SaxonApiException e) {
            throw new AssertionError(e);
        }
        return xml.toString();
    }

    /**
     * The book document of {@code manuscript} as read, checked and assembled, serialized as it stands (not indented):
     * for tests of the assembler that look for exact markup. An error fails the test with the messages.
     */
    public static String checkedBookXml(Path manuscript) {
        StringWriter xml = new StringWriter();
        try {
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(checkedDocument(manuscript)),
                    new StreamResult(xml));
        } catch (TransformerException e) {
            throw new AssertionError(e);
        }
        return xml.toString();
    }

    /** The book document of {@code manuscript}, read, checked and assembled; an error fails the test with the messages. */
    private static Document checkedDocument(Path manuscript) {
        Diagnostics diagnostics = new Diagnostics();
        Document document = builder().check(manuscript, diagnostics);
        if (diagnostics.hasErrors()) throw new AssertionError(diagnostics.all().toString());
        return document;
    }

    public static List<Path> outputsOf(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
