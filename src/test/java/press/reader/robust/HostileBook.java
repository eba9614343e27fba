package press.reader.robust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import press.reader.publish.BuildRequest;
import press.reader.publish.BuildResult;
import press.reader.support.TestBooks;

/**
 * One book built once per test run (PDF and EPUB, with the warm builder) whose essay is full of text that looks
 * like markup, over-long words and URLs, and characters the body font lacks. Several test classes inspect it.
 */
final class HostileBook {
    /** A file planted outside the manuscript, with words no output may ever contain: the XXE payload points at it. */
    static final Path PLANTED_SECRET = plantSecret();
    static final String SECRET_WORDS = "planted-secret-4b1d0e9c";

    private static Path plantSecret() {
        try {
            Path dir = Files.createTempDirectory("bookpress-secret");
            Path secret = dir.resolve("secret.txt");
            Files.writeString(secret, "planted-secret-4b1d0e9c\n");
            secret.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return secret;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Strings that must come out as text, exactly, in the book XML, the EPUB and the PDF. */
    static final List<String> MARKUP_AS_TEXT = List.of(
            "Less < and ampersand & and ]]> cdata end",
            "{curly} and {#notid} and {$xsl} and {{template}}",
            "Backslash \\ and C:\\path\\to\\file",
            "<fo:block color=\"red\">injected</fo:block>",
            "<script>alert(1)</script>",
            "<fo:inline font-size=\"40pt\">BIG</fo:inline>",
            "<img src=x onerror=alert(1)>",
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"" + PLANTED_SECRET.toUri() + "\">]>&e;",
            "<?xml-stylesheet href=\"x\"?>",
            "<!-- comment -->",
            "&amp; stays &lt;b&gt; literal",
            "O'Brien & <i>Sons</i>",
            "Title <b>bold</b> & ]]> {#x}");

    static final String LONG_WORD = "Supercalifragilistic".repeat(12);
    static final String LONG_URL = "https://example.com/" + "path-segment_".repeat(30) + "end";
    /** Characters Linux Libertine lacks: CJK ideographs and emoji. */
    static final String MISSING_GLYPHS = "中文 😀";

    /** Link targets with characters that need care in FO's url('...') and in XHTML attributes. */
    static final List<String> LINKS = List.of("https://example.com/a%20b?q=1&r=2", "https://example.com/it's(1)");

    private static Built built;

    /** Where the build put its files, and what the builder said. */
    record Built(Path manuscript, Path out, BuildResult result) {
        /** The output named after the book's slug with {@code suffix} (not the cover PDF, not a report). */
        Path file(String suffix) {
            Path p = out.resolve("a-small-test-book" + suffix);
            if (!Files.isRegularFile(p)) throw new AssertionError("no output " + p);
            return p;
        }

        String bookXml() {
            return Hostile.read(file(".book.xml"));
        }

        /** Every XHTML document of the EPUB by entry name. */
        Map<String, String> xhtml() {
            Map<String, String> out = new LinkedHashMap<>();
            try (ZipFile zip = new ZipFile(file(".epub").toFile())) {
                for (var e : java.util.Collections.list(zip.entries())) {
                    if (e.getName().endsWith(".xhtml")) {
                        out.put(e.getName(), new String(zip.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }

        String pdfText() {
            try (PDDocument doc = Loader.loadPDF(file(".pdf").toFile())) {
                return new PDFTextStripper().getText(doc);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private HostileBook() {}

    static synchronized Built get() {
        if (built == null) built = build();
        return built;
    }

    private static Built build() {
        try {
            Path dir = Files.createTempDirectory("robust-hostile-book");
            Path ms = Hostile.copyMini(dir);
            Hostile.write(ms, "essays/beta.md", essay());
            Path out = dir.resolve("out");
            BuildResult r = Hostile.builder().build(new BuildRequest(ms, out, Set.of("pdf", "epub"), TestBooks.EPOCH));
            return new Built(ms, out, r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hostile essay: every markup-like string escaped the way an editor would write it in Markdown. */
    static String essay() {
        StringBuilder nested = new StringBuilder();
        for (int i = 0; i < 8; i++) nested.append("  ".repeat(i)).append("- nested item ").append(i).append('\n');
        StringBuilder quotes = new StringBuilder();
        for (int i = 1; i <= 8; i++) quotes.append(">".repeat(i)).append(" quoted ").append(i).append('\n');
        return """
                ---
                title: "Title <b>bold</b> & ]]> {#x}"
                author: "O'Brien & <i>Sons</i>"
                ---
                Less \\< and ampersand & and ]]> cdata end.

                {curly} and {#notid} and {$xsl} and {{template}}.

                Backslash \\\\ and C:\\\\path\\\\to\\\\file.

                An FO fragment `<fo:block color="red">injected</fo:block>` and `<script>alert(1)</script>` as code.

                Escaped: \\<fo:inline font-size="40pt"\\>BIG\\</fo:inline\\> and \\<img src=x onerror=alert(1)\\>.

                Entities: `<!DOCTYPE x [<!ENTITY e SYSTEM "%s">]>&e;` and `<?xml-stylesheet href="x"?>` and `<!-- comment -->`.

                Entity text: `&amp; stays &lt;b&gt; literal`.

                A long word %s in a sentence.

                A long address <%s> and a bare one %s in a sentence.

                Characters the font lacks: %s, in a sentence.

                Links: [encoded](https://example.com/a%%20b?q=1&r=2) and [quoted](<https://example.com/it's(1)>) and [dquote](<https://example.com/say"hi"%%20there>).

                %s
                %s
                """.formatted(PLANTED_SECRET.toUri(), LONG_WORD, LONG_URL, LONG_URL, MISSING_GLYPHS, nested, quotes);
    }

    /** Text without whitespace, hyphens or soft hyphens: line breaks and hyphenation cannot hide a match. */
    static String squeeze(String s) {
        return s.replaceAll("[\\s\\-\u00AD\u200B]", "");
    }
}
