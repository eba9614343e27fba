package press.reader.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A warm process (watch, serve) keeps compiled stylesheets, and must compile one again when any module it imports or
 * includes changes, in whatever folder: the HTML edition imports the EPUB's stylesheet from a sibling folder, and the
 * EPUB's includes modules from the styles folder above it.
 */
class StylesheetModulesTest {
    @TempDir
    Path dir;

    @Test
    void aChangedModuleInAnotherFolderIsCompiledAgain() throws IOException {
        Path styles = dir.resolve("styles");
        copy(Path.of("styles"), styles);
        Xslt xslt = new Xslt();
        Path html = styles.resolve("html/html.xsl");
        var first = xslt.compile(html);
        assertSame(first, xslt.compile(html), "nothing changed: the compiled stylesheet is reused");

        touch(styles.resolve("epub/epub.xsl"), 10);
        var second = xslt.compile(html);
        assertNotSame(first, second, "epub/epub.xsl changed, html/html.xsl was not compiled again");
        assertSame(second, xslt.compile(html));

        Path epub = styles.resolve("epub/epub.xsl");
        var epubFirst = xslt.compile(epub);
        touch(styles.resolve("credits.xsl"), 20);
        assertNotSame(epubFirst, xslt.compile(epub), "credits.xsl (included from ../) changed, epub.xsl was not compiled again");
    }

    @Test
    void aModulePutBackWithAnOlderTimeIsCompiledAgainAndOneCompilationIsHeldPerStylesheet() throws IOException {
        Path styles = dir.resolve("styles");
        copy(Path.of("styles"), styles);
        Xslt xslt = new Xslt();
        Path html = styles.resolve("html/html.xsl");
        touch(styles.resolve("epub/epub.xsl"), 60);
        var first = xslt.compile(html);
        // An older time on a module that was not the newest one: the newest time of the folder stays the same.
        touch(styles.resolve("credits.xsl"), -3600);
        var second = xslt.compile(html);
        assertNotSame(first, second, "credits.xsl put back with an older time, html.xsl was not compiled again");
        // The same size and time to the millisecond, a different nanosecond (two saves in one millisecond).
        Path epub = styles.resolve("epub/epub.xsl");
        FileTime t = Files.getLastModifiedTime(epub);
        Files.setLastModifiedTime(epub, FileTime.from(t.to(TimeUnit.NANOSECONDS) + 1000, TimeUnit.NANOSECONDS));
        if (!Files.getLastModifiedTime(epub).equals(t)) {
            assertNotSame(second, xslt.compile(html), "a save in the same millisecond was not seen");
        }
        for (int i = 1; i <= 3; i++) {
            touch(epub, 60 + i);
            xslt.compile(html);
        }
        assertEquals(1, xslt.compiledCount(), "a warm process held every past compilation of html.xsl");
    }

    private static void touch(Path file, int seconds) throws IOException {
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + seconds * 1000L));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                if (p.toString().contains("fonts")) continue;
                Path d = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(d);
                else Files.copy(p, d);
            }
        }
    }
}
