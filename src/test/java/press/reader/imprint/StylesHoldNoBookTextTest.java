package press.reader.imprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import press.reader.support.TestBooks;

/**
 * The designer's folder holds no sentence of the book in this repository: every sentence of the showcase
 * manuscript (essays, editorial matter, book.yaml) is looked for in every file of styles/. A sentence found there
 * would print in another editor's book.
 */
class StylesHoldNoBookTextTest {
    /** Shorter runs of words ("see also", "Edited by") are the styles' own vocabulary, not a book's sentences. */
    private static final int MIN_WORDS = 5;

    @Test
    void noSentenceOfTheManuscriptIsInTheStyles() throws IOException {
        String styles = normalize(textOf(TestBooks.STYLES, List.of(".xsl", ".css", ".xconf", ".xml", ".yaml")));
        List<String> sentences = sentences(textOf(TestBooks.REAL_MANUSCRIPT, List.of(".md", ".yaml")));
        assertTrue(sentences.size() > 1000, "the manuscript's sentences were not read: " + sentences.size());
        List<String> found = sentences.stream().filter(styles::contains).toList();
        assertEquals(List.of(), found, "sentences of this book in styles/");
    }

    /**
     * Nor does the code: the chronology's note on Old Style dates was once written in Java, and printed in every
     * editor's chronology. It is the manuscript's now (book.yaml {@code chronology-note}).
     */
    @Test
    void noSentenceOfTheManuscriptIsInTheCode() throws IOException {
        // what the code can print: its string literals, each joined to the next as a concatenation would join them
        // (comments and Javadoc may quote the book as an example; they never print)
        StringBuilder literals = new StringBuilder();
        Matcher m = Pattern.compile("\"((?:[^\"\\\\\n]|\\\\.)*)\"").matcher(textOf(Path.of("src", "main", "java"),
                List.of(".java")).replaceAll("(?m)^\\s*(//|\\*|/\\*).*$", "")
                .replaceAll("'(\\\\.|[^'\\\\])'", ""));   // char literals such as '"' would pair the quotes wrongly
        while (m.find()) literals.append(m.group(1));
        String code = normalize(literals.toString());
        List<String> sentences = sentences(textOf(TestBooks.REAL_MANUSCRIPT, List.of(".md", ".yaml")));
        List<String> found = sentences.stream().filter(code::contains).toList();
        assertEquals(List.of(), found, "sentences of this book in src/main");
    }

    @Test
    void theTestCanFail() {
        String styles = normalize("<p>The five essays are reproduced from the\n   web pages named at the head of each;</p>");
        List<String> found = sentences("The five essays are reproduced from the web pages named at the head of each; "
                + "copyright in them remains.").stream().filter(styles::contains).toList();
        assertEquals(List.of("the five essays are reproduced from the web pages named at the head of each"), found);
    }

    private static String textOf(Path dir, List<String> suffixes) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                if (p.toString().contains("/sources/")) continue; // the raw captures: the essays' cleaned text is read
                if (suffixes.stream().anyMatch(s -> p.toString().endsWith(s))) all.append(Files.readString(p)).append('\n');
            }
        }
        return all.toString();
    }

    /** Lower case, markup and quotes out, one space between words. */
    private static String normalize(String s) {
        return s.replaceAll("<[^>]*>", " ").replaceAll("[*_`“”‘’\"']", "").replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : normalize(text).split("[.!?;:()\\[\\]{}|#>]+|\\s[-–—]\\s")) {
            String t = s.strip();
            if (t.split(" ").length >= MIN_WORDS) out.add(t);
        }
        return out;
    }
}
