package press.reader.xml;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Destination;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import press.reader.diagnostics.UserError;

/**
 * Runs the XSLT 3.0 stylesheets of styles/ with Saxon-HE. Compiled stylesheets are kept (keyed by file and
 * modification time), so a warm JVM compiles each stylesheet once until the designer changes it.
 */
public final class Xslt {
    private final Processor processor = new Processor(false);
    /** A book's own stylesheet imports the stock one by this scheme: href="bookpress:fo.xsl" */
    public static final String STOCK_SCHEME = "bookpress:";

    /** Each stylesheet's last compilation, with the state of its modules' files it was compiled from. */
    private final Map<Sheet, Compiled> compiled = new ConcurrentHashMap<>();
    private final Map<Sheet, Object> compiling = new ConcurrentHashMap<>();
    /** For each stylesheet compiled, the folders of the modules it imports or includes. */
    private final Map<Sheet, Set<Path>> moduleFolders = new ConcurrentHashMap<>();
    private final Path stock;

    public Xslt() {
        this(null);
    }

    /** {@code stock}: the styles folder that "bookpress:" names in a book's own stylesheet (book.yaml design) */
    public Xslt(Path stock) {
        this.stock = stock == null ? null : stock.toAbsolutePath().normalize();
    }

    public Processor processor() {
        return processor;
    }

    /**
     * A stylesheet file with the values of its static parameters (XSLT 3.0 {@code static="yes"}), which are fixed when
     * it is compiled: the HTML edition's names the EPUB stylesheet it imports, the stock one or a book's own design.
     */
    private record Sheet(Path path, Map<String, String> statics) {
        Sheet {
            path = path.toAbsolutePath().normalize();
            statics = Map.copyOf(statics);
        }
    }

    public XsltExecutable compile(Path stylesheet) {
        return compile(new Sheet(stylesheet, Map.of()));
    }

    private XsltExecutable compile(Sheet sheet) {
        Path stylesheet = sheet.path();
        // One compilation of a stylesheet at a time: a build asking for it while the second core compiles it ahead
        // waits for that compilation instead of doing it again.
        synchronized (compiling.computeIfAbsent(sheet, k -> new Object())) {
            try {
                String modules = modulesState(sheet);
                Compiled last = compiled.get(sheet);
                if (last != null && last.modules().equals(modules)) return last.executable();
                XsltExecutable x = doCompile(sheet);
                // The state is taken again after compiling: the folders of the modules are known only now.
                compiled.put(sheet, new Compiled(modulesState(sheet), x));
                return x;
            } catch (IOException e) {
                throw UserError.at(stylesheet.toString(), 0, "BP201", "cannot read stylesheet: " + e.getMessage());
            }
        }
    }

    /**
     * A compiled stylesheet is reused until a stylesheet in its folder, or in a folder of a module it imports or
     * includes (styles/html/html.xsl imports ../epub/epub.xsl; a book's design imports bookpress:fo.xsl), changes:
     * is added, removed, or changes its size or modification time. Every file counts, not only the newest time: a
     * module put back from a copy keeps an older time, and two saves can fall in one millisecond.
     */
    private String modulesState(Sheet stylesheet) throws IOException {
        Set<Path> folders = new TreeSet<>();
        folders.add(stylesheet.path().getParent());
        if (stock != null) folders.add(stock);
        folders.addAll(moduleFolders.getOrDefault(stylesheet, Set.of()));
        StringBuilder state = new StringBuilder();
        for (Path dir : folders) {
            try (var files = Files.walk(dir, 2)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".xsl")).sorted().toList()) {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    state.append(p).append(' ').append(a.size()).append(' ')
                            .append(a.lastModifiedTime().to(TimeUnit.NANOSECONDS)).append('\n');
                }
            }
        }
        return state.toString();
    }

    private record Compiled(String modules, XsltExecutable executable) {}

    /** How many stylesheets are held compiled (one per stylesheet, however often it changed). */
    int compiledCount() {
        return compiled.size();
    }

    private XsltExecutable doCompile(Sheet sheet) {
        Path stylesheet = sheet.path();
        XsltCompiler compiler = processor.newXsltCompiler();
        sheet.statics().forEach((name, value) -> compiler.setParameter(new QName(name), new XdmAtomicValue(value)));
        Set<Path> folders = ConcurrentHashMap.newKeySet();
        // Saxon asks this for every imported or included module (then loads it itself: null means "as usual").
        compiler.setURIResolver((href, base) -> {
            if (stock != null && href.startsWith(STOCK_SCHEME)) {
                Path target = stock.resolve(href.substring(STOCK_SCHEME.length())).normalize();
                if (!target.startsWith(stock)) return null;
                folders.add(target.getParent());
                return new StreamSource(target.toFile());
            }
            try {
                URI uri = base == null || base.isEmpty() ? new URI(href) : new URI(base).resolve(href);
                if ("file".equals(uri.getScheme())) folders.add(Path.of(uri).getParent());
            } catch (URISyntaxException | IllegalArgumentException e) {
                // Not a file: nothing to watch.
            }
            return null;
        });
        List<String> errors = new ArrayList<>();
        compiler.setErrorReporter(e -> errors.add(e.getMessage() + (e.getLocation() != null
                ? " (line " + e.getLocation().getLineNumber() + ")" : "")));
        try {
            XsltExecutable x = compiler.compile(new StreamSource(stylesheet.toFile()));
            moduleFolders.put(sheet, Set.copyOf(folders));
            return x;
        } catch (SaxonApiException e) {
            throw UserError.at(stylesheet.toString(), 0, "BP202", "stylesheet does not compile: "
                    + (errors.isEmpty() ? e.getMessage() : String.join("; ", errors)));
        }
    }

    /**
     * Parses an XML document (the book) once so that several transformations can share it. A document read from
     * a stream or file goes through {@link SecureXml}'s parser: Saxon's default parser would resolve external
     * entities (an XXE payload would read local files).
     */
    public XdmNode parse(Source source) {
        try {
            return processor.newDocumentBuilder().build(secure(source));
        } catch (SaxonApiException e) {
            throw new IllegalStateException("book document is not well-formed: " + e.getMessage(), e);
        }
    }

    private static Source secure(Source source) {
        if (!(source instanceof StreamSource) && !(source instanceof SAXSource)) return source;
        try {
            XMLReader reader = SecureXml.saxParserFactory().newSAXParser().getXMLReader();
            SAXSource sax = new SAXSource(reader,
                    SAXSource.sourceToInputSource(source));
            sax.setSystemId(source.getSystemId());
            return sax;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("XML parser cannot be secured", e);
        }
    }

    /**
     * Applies {@code stylesheet} to {@code input}, writing to {@code destination}. A parameter's value is passed as
     * data: a string as a string, a list of strings as a sequence of strings, an XDM value (a document) as itself.
     */
    public void transform(Path stylesheet, XdmNode input, Map<String, ?> params, Destination destination) {
        transform(stylesheet, Map.of(), input, params, destination);
    }

    /** As {@link #transform(Path, XdmNode, Map, Destination)}, the stylesheet compiled with these static parameters. */
    public void transform(Path stylesheet, Map<String, String> statics, XdmNode input, Map<String, ?> params,
            Destination destination) {
        Xslt30Transformer t = compile(new Sheet(stylesheet, statics)).load30();
        // Recoverable warnings (e.g. ambiguous rules) are a designer's matter; keep them off the editor's terminal.
        // Errors still arrive as the exception of transform(); this only silences Saxon's printing.
        t.setErrorReporter(error -> { });
        Map<QName, XdmValue> p = new HashMap<>();
        params.forEach((k, v) -> p.put(new QName(k), value(k, v)));
        try {
            t.setStylesheetParameters(p);
            t.setGlobalContextItem(input);
            t.applyTemplates(input, destination);
        } catch (SaxonApiException e) {
            UserError refused = StylesheetRefusal.of(stylesheet, e);
            if (refused != null) throw refused;
            throw UserError.at(stylesheet.toString(), e.getLineNumber(), "BP203", "stylesheet failed: " + e.getMessage());
        }
    }

    private static XdmValue value(String name, Object v) {
        if (v instanceof XdmValue x) return x;
        if (v instanceof String s) return new XdmAtomicValue(s);
        if (v instanceof Collection<?> c) {
            return new XdmValue(c.stream().map(e -> new XdmAtomicValue((String) e)).toList());
        }
        throw new IllegalArgumentException("stylesheet parameter " + name + ": " + v.getClass().getName());
    }
}
