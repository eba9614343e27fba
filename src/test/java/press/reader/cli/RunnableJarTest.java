package press.reader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.support.ChildJvm;

/**
 * The runnable jar as an editor types it, {@code java -jar bookpress.jar build} with the JVM's defaults, from a folder
 * with no styles in it (where the build makes the jar first: .ci/run's jar-smoke profile). Two things only the shipped
 * jar does are seen from outside: it started itself again tuned (the second JVM keeps the fonts' digests beside the
 * jar, which the first, untuned, would not: {@link JarRelaunch}), and it unpacked its bundled styles beside itself,
 * once ({@link BundledStyles}).
 */
@Tag("slow")   // two cold builds in new JVMs from the shaded jar (see README, Tests)
class RunnableJarTest {
    @TempDir Path tmp;

    @Test
    void javaDashJarAsTypedRestartsItselfTunedAndKeepsItsUnpackedStyles() throws Exception {
        Path shipped = ChildJvm.shippedJar();
        assumeTrue(shipped != null, "no runnable jar was made before the tests");
        Path jar = Files.copy(shipped, tmp.resolve("bookpress.jar"));
        Path manuscript = Path.of("src/test/resources/manuscripts/mini").toAbsolutePath();
        Path editorsFolder = Files.createDirectories(tmp.resolve("editor"));

        String output = buildAsTyped(jar, manuscript, editorsFolder, "out");
        assertTrue(Files.isRegularFile(editorsFolder.resolve("out/a-small-test-book.epub")), output);
        assertTrue(Files.isRegularFile(tmp.resolve("bookpress.digests")),
                "the second JVM, run as bin/bookpress runs the jar, keeps the fonts' digests beside it");
        List<Path> unpacked = unpackedStyles();
        assertEquals(1, unpacked.size(), "the bundled styles, unpacked beside the jar: " + unpacked);
        Object styleKey = Files.readAttributes(unpacked.get(0).resolve("fo.xsl"), BasicFileAttributes.class).fileKey();

        buildAsTyped(jar, manuscript, editorsFolder, "out2");
        assertEquals(unpacked, unpackedStyles());
        Path stylesheet = unpacked.get(0).resolve("fo.xsl");
        assertEquals(styleKey, Files.readAttributes(stylesheet, BasicFileAttributes.class).fileKey(),
                "the kept copy, not unpacked again");
    }

    /** {@code java -jar JAR build} of the manuscript's EPUB into {@code out}, run in {@code folder}; its output. */
    private static String buildAsTyped(Path jar, Path manuscript, Path folder, String out) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = untuned(new ProcessBuilder(java.toString(), "-jar", jar.toString(), "build", "--quiet",
                "--manuscript", manuscript.toString(), "--out", out, "--format", "epub").directory(folder.toFile()))
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "hang guard");
        assertEquals(0, p.exitValue(), output);
        return output;
    }

    /**
     * As typed, with the JVM's defaults: options from the environment (a machine's JAVA_TOOL_OPTIONS with an -XX: flag
     * is taken as the user's own tuning, and the jar runs as given) are not the case this test is about.
     */
    private static ProcessBuilder untuned(ProcessBuilder pb) {
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().remove("_JAVA_OPTIONS");
        return pb.redirectErrorStream(true);
    }

    private List<Path> unpackedStyles() throws Exception {
        try (Stream<Path> folders = Files.list(tmp.resolve("bookpress-styles"))) {
            return folders.sorted().toList();
        }
    }
}
