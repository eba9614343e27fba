package press.reader.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The designer's layer as issue 16 asks it: each generated section (and the notes) has its looks in a stylesheet module
 * of its own, for print and for the EPUB, which the main sheets include (so that a book's design, importing the main
 * sheet, still overrides a section's template or attribute set); a function or template is declared once; every
 * parameter and attribute set of params.xsl is used.
 */
class SectionStylesTest {
    private static final Path STYLES = Path.of("styles");
    /** Each section's module, and an element only its templates may match */
    private static final Map<String, String> SECTIONS = Map.of(
            "notes", "d:footnote", "chronology", "d:informaltable[@role = 'chronology']", "glossary", "d:glossentry",
            "bibliography", "d:bibliomixed", "index", "d:index");

    @TempDir
    Path tmp;

    @Test
    void eachSectionHasAModuleOfItsOwnIncludedByTheMainSheets() throws IOException {
        String fo = Files.readString(STYLES.resolve("fo.xsl"));
        String epub = Files.readString(STYLES.resolve("epub/epub.xsl"));
        for (var section : SECTIONS.entrySet()) {
            String name = section.getKey();
            String printModule = Files.readString(STYLES.resolve("fo-" + name + ".xsl"));
            String epubModule = Files.readString(STYLES.resolve("epub/epub-" + name + ".xsl"));
            // included, not imported: an import would sink below the main sheet and beneath params.xsl's precedence
            assertTrue(fo.contains("<xsl:include href=\"fo-" + name + ".xsl\"/>"), "fo.xsl includes fo-" + name);
            assertTrue(epub.contains("<xsl:include href=\"epub-" + name + ".xsl\"/>"), "epub.xsl includes epub-" + name);
            String match = "match=\"" + section.getValue() + "\"";
            String matchInMode = "match=\"" + section.getValue() + "\" mode=";
            assertTrue(printModule.contains(match) || printModule.contains(matchInMode), name + ": " + match);
            assertTrue(epubModule.contains(match) || epubModule.contains(matchInMode), name + ": " + match);
            assertFalse(fo.contains(match) || fo.contains(matchInMode), "fo.xsl still styles the " + name);
            assertFalse(epub.contains(match) || epub.contains(matchInMode), "epub.xsl still styles the " + name);
        }
    }

    /**
     * Within the print sheets, and within the EPUB's, each function, named template and template rule is declared once
     * (html/html.xsl imports the EPUB's to override some of them: that is its purpose); the functions every edition
     * must answer alike are common.xsl's alone.
     */
    @Test
    void noFunctionOrTemplateIsDeclaredTwice() throws IOException {
        List<String> twice = new ArrayList<>();
        for (Path main : List.of(STYLES.resolve("fo.xsl"), STYLES.resolve("epub/epub.xsl"))) {
            Map<String, Path> seen = new TreeMap<>();
            for (Path module : modules(main, new TreeSet<>())) {
                Matcher m = DECLARATION.matcher(withoutComments(module));
                while (m.find()) {
                    Path before = seen.put(m.group(), module);
                    if (before != null) twice.add(m.group() + " in " + before + " and " + module);
                }
            }
        }
        assertEquals(List.of(), twice);
        // a function both editions need is common.xsl's, not one copy in each (bp:href is the EPUB's and the HTML's own)
        Set<String> print = functions(modules(STYLES.resolve("fo.xsl"), new TreeSet<>()));
        Set<String> ebook = functions(modules(STYLES.resolve("epub/epub.xsl"), new TreeSet<>()));
        Set<String> both = new TreeSet<>(print);
        both.retainAll(ebook);
        both.removeAll(functions(Set.of(STYLES.resolve("common.xsl"), STYLES.resolve("timeline-figure.xsl"),
                STYLES.resolve("credits.xsl"), STYLES.resolve("note-numbers.xsl"))));
        assertEquals(Set.of(), both, "functions declared in a print module and again in an EPUB module");
        Map<String, List<Path>> shared = new TreeMap<>();
        for (String f : List.of("bp:title", "bp:letter", "bp:sort-key", "bp:visible", "bp:word")) {
            shared.put(f, xslFiles().stream().filter(p -> read(p).contains("<xsl:function name=\"" + f + "\"")).toList());
        }
        shared.forEach((f, in) -> assertEquals(List.of(STYLES.resolve("common.xsl")), in, f));
    }

    @Test
    void everyParameterAndAttributeSetOfTheDesignersFileIsUsed() throws IOException {
        String params = Files.readString(STYLES.resolve("params.xsl"));
        StringBuilder others = new StringBuilder();
        for (Path p : xslFiles()) if (!p.endsWith("params.xsl")) others.append(read(p));
        StringBuilder java = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) java.append(read(p));
        }
        List<String> unused = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^  <xsl:param name=\"([^\"]+)\"").matcher(params);
        int count = 0;
        while (m.find()) {
            count++;
            String name = m.group(1);
            boolean used = Pattern.compile("\\$" + Pattern.quote(name) + "(?![\\w-])").matcher(others).find()
                    || Pattern.compile("\\$" + Pattern.quote(name) + "(?![\\w-])").matcher(params).find()
                    || java.indexOf("\"" + name + "\"") >= 0;
            if (!used) unused.add(name);
        }
        Matcher sets = Pattern.compile("<xsl:attribute-set name=\"([^\"]+)\"").matcher(params);
        int setCount = 0;
        while (sets.find()) {
            setCount++;
            if (!Pattern.compile("use-attribute-sets=\"[^\"]*\\b" + Pattern.quote(sets.group(1)) + "\\b").matcher(others).find()) {
                unused.add(sets.group(1));
            }
        }
        assertEquals(List.of(), unused, "declared in params.xsl, used nowhere");
        assertTrue(count > 40 && setCount > 10, count + " parameters, " + setCount + " attribute sets");
        System.out.println(count + " parameters and " + setCount + " attribute sets in params.xsl, each used");
    }

    /**
     * A book's design imports fo.xsl and redefines one attribute of a section's attribute set and one template of a
     * section's module: both win, and the set's other attributes stay the stock ones.
     */
    @Test
    void aBooksDesignOverridesASectionsAttributeSetAndTemplate() throws Exception {
        Path design = tmp.resolve("print.xsl");
        Files.writeString(design, """
                <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                    xmlns:fo="http://www.w3.org/1999/XSL/Format" xmlns:d="http://docbook.org/ns/docbook">
                  <xsl:import href="bookpress:fo.xsl"/>
                  <xsl:attribute-set name="glossary-entry"><xsl:attribute name="font-size">11pt</xsl:attribute></xsl:attribute-set>
                  <xsl:template match="d:bibliomixed"><fo:block id="{@xml:id}" text-align="center"><xsl:apply-templates/></fo:block></xsl:template>
                </xsl:stylesheet>
                """);
        Xslt xslt = new Xslt(STYLES);
        XdmNode book = xslt.parse(new StreamSource(new StringReader("""
                <book xmlns="http://docbook.org/ns/docbook" xml:lang="en">
                  <info><title>A Book</title></info>
                  <glossary xml:id="glossary"><title>Glossary</title>
                    <glossentry xml:id="g-term"><glossterm>Term</glossterm><glossdef><para xml:id="g-term-p">A word.</para></glossdef></glossentry>
                  </glossary>
                  <bibliography xml:id="bibliography"><title>Works Cited</title>
                    <bibliomixed xml:id="ref-one">One, A. <emphasis>A Work</emphasis>. 1917.</bibliomixed>
                  </bibliography>
                </book>
                """), "book.xml"));
        XdmDestination stock = new XdmDestination();
        xslt.transform(STYLES.resolve("fo.xsl"), book, Map.of(), stock);
        XdmDestination designed = new XdmDestination();
        xslt.transform(design, book, Map.of(), designed);

        XPathCompiler xp = xslt.processor().newXPathCompiler();
        xp.declareNamespace("fo", "http://www.w3.org/1999/XSL/Format");
        String entry = "//fo:block[@id = 'g-term']/";
        String ref = "//fo:block[@id = 'ref-one']/@text-align/string()";
        assertEquals("9.5pt", xp.evaluateSingle(entry + "@font-size/string()", stock.getXdmNode()).getStringValue());
        assertEquals("11pt", xp.evaluateSingle(entry + "@font-size/string()", designed.getXdmNode()).getStringValue());
        assertEquals(xp.evaluateSingle(entry + "@line-height/string()", stock.getXdmNode()).getStringValue(),
                xp.evaluateSingle(entry + "@line-height/string()", designed.getXdmNode()).getStringValue(),
                "the set's other attributes are the stock ones");
        assertEquals("left", xp.evaluateSingle(ref, stock.getXdmNode()).getStringValue());
        assertEquals("center", xp.evaluateSingle(ref, designed.getXdmNode()).getStringValue());
    }

    /** A function, a named template or a template rule (with its mode), as declared */
    private static final Pattern DECLARATION = Pattern.compile(
            "<xsl:(?:function|template) (?:name=\"[^\"]+\"|match=\"[^\"]+\"(?: mode=\"[^\"]+\")?(?: priority=\"[^\"]+\")?)");

    /** The stylesheet and every module it includes or imports, through ../ and the bookpress folders */
    private static Set<Path> modules(Path sheet, Set<Path> into) throws IOException {
        if (!into.add(sheet.normalize())) return into;
        Matcher m = Pattern.compile("<xsl:(?:include|import) href=\"([^\"]+)\"").matcher(withoutComments(sheet));
        while (m.find()) modules(sheet.getParent().resolve(m.group(1)).normalize(), into);
        return into;
    }

    private static Set<String> functions(Set<Path> modules) {
        Set<String> names = new TreeSet<>();
        for (Path module : modules) {
            Matcher m = Pattern.compile("<xsl:function name=\"([^\"]+)\"").matcher(withoutComments(module));
            while (m.find()) names.add(m.group(1));
        }
        return names;
    }

    /** A module's declarations: its comments quote other modules' (timeline-figure.xsl's say how to include it) */
    private static String withoutComments(Path module) {
        return read(module).replaceAll("(?s)<!--.*?-->", "");
    }

    private static List<Path> xslFiles() throws IOException {
        try (Stream<Path> files = Files.walk(STYLES)) {
            return files.filter(f -> f.toString().endsWith(".xsl")).sorted().toList();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
