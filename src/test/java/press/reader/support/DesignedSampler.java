package press.reader.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import press.reader.diagnostics.Diagnostic;
import press.reader.publish.BuildRequest;
import press.reader.publish.BuildResult;

/**
 * The sampler with a design of its own ({@code book.yaml design:}): its print and EPUB stylesheets import the stock
 * ones by "bookpress:" and override parameters (the word for the contents, the body font, numbered figures and
 * tables) and a template (struck text as {@code <del>}), as DocBook XSL's customization layers do. One design for
 * the tests of designs ({@code DesignOverrideTest}, {@code FigureNumbersTest}), each asserting on its own part of it,
 * so that the design's stylesheets are compiled and the book laid out once per run of the suite, not once per test.
 * The copy of the manuscript is written beside the outputs ({@code target/test-books/designed-sampler-manuscript}).
 */
public final class DesignedSampler {
    static final String PRINT_DESIGN = """
            <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
              <xsl:import href="bookpress:fo.xsl"/>
              <xsl:param name="word-contents" select="'Table of Contents'"/>
              <xsl:param name="body-font" select="'Linux Biolinum O'"/>
              <xsl:param name="figure-numbers" select="'yes'"/>
              <xsl:param name="table-numbers" select="'yes'"/>
            </xsl:stylesheet>
            """;
    static final String EPUB_DESIGN = """
            <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:d="http://docbook.org/ns/docbook" xmlns="http://www.w3.org/1999/xhtml"
                exclude-result-prefixes="d">
              <xsl:import href="bookpress:epub/epub.xsl"/>
              <xsl:param name="figure-numbers" select="'yes'"/>
              <xsl:param name="table-numbers" select="'yes'"/>
              <xsl:template match="d:emphasis[@role = 'strikethrough']"><del><xsl:apply-templates/></del></xsl:template>
            </xsl:stylesheet>
            """;

    private DesignedSampler() {}

    /** The designed sampler's print PDF, EPUB and HTML page, built once per run of the suite (an error in the build fails the test). */
    public static TestBooks.Built get() {
        return TestBooks.shared("designed-sampler", DesignedSampler::build);
    }

    private static BuildResult build(Path out) {
        Path copy = out.resolveSibling(out.getFileName() + "-manuscript");
        deleteTree(copy);   // a copy of an earlier run
        ManuscriptCopy ms = ManuscriptCopy.of(TestBooks.SAMPLER_MANUSCRIPT, copy)
                .replace("book.yaml", "ignore-keys:", "design: {print: design/print.xsl, epub: design/epub.xsl}\nignore-keys:")
                .write("design/print.xsl", PRINT_DESIGN)
                .write("design/epub.xsl", EPUB_DESIGN);
        BuildResult r = TestBooks.builder().build(new BuildRequest(ms.root(), out, Set.of("pdf", "epub", "html"), TestBooks.EPOCH));
        List<Diagnostic> errors = r.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) throw new AssertionError("the designed sampler: " + errors);
        return r;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
