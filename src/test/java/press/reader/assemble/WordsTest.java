package press.reader.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.UserError;

/** One word list for the styles and the Java code: every word either asks for is in it, in every language's fallback. */
class WordsTest {
    private static final Path STYLES = Path.of("styles");

    @TempDir
    Path tmp;

    @Test
    void everyWordTheStylesAndTheCodeAskForIsInTheStockList() throws IOException {
        Set<String> asked = new TreeSet<>();
        collect(STYLES, Pattern.compile("bp:word\\('([a-z-]+)'\\)"), ".xsl", asked);
        collect(Path.of("src/main/java"), Pattern.compile("words\\.get\\(\"([a-z-]+)\"\\)"), ".java", asked);
        assertTrue(asked.containsAll(Set.of("contents", "glossary", "works-cited", "index", "headnote")), asked.toString());
        Words stock = Words.load(STYLES, "en");
        for (String key : asked) stock.get(key);   // throws, naming the key, when one is missing
        System.out.println(asked.size() + " words asked for, all in styles/words/en.xml");
    }

    /**
     * What a screen reader says of a section (aria-label) is a word too: the stock styles take it from the word list,
     * never write it in English (the EPUB's "Landmarks", "Print page list", "Copyright", "Title page" once were).
     */
    @Test
    void noSectionNameIsWrittenInTheStylesInEnglish() throws IOException {
        Set<String> literal = new TreeSet<>();
        collect(STYLES, Pattern.compile("aria-label=\"([^{\"][^\"]*)\""), ".xsl", literal);
        assertEquals(Set.of(), literal, "aria-label words outside the word list");
    }

    @Test
    void aBookInAnotherLanguageTakesItsOwnWordsAndEnglishForTheRest() throws IOException {
        Files.createDirectories(tmp.resolve("words"));
        Files.copy(STYLES.resolve("words/en.xml"), tmp.resolve("words/en.xml"));
        Files.writeString(tmp.resolve("words/fr.xml"), "<words xml:lang=\"fr\"><word key=\"index\">Index des noms</word></words>");
        Words fr = Words.load(tmp, "fr-CA");
        assertEquals("Index des noms", fr.get("index"));
        assertEquals("Glossary", fr.get("glossary"));
        assertEquals("Index", Words.load(tmp, "de").get("index"));
    }

    @Test
    void aMissingWordIsNamedWithTheListItBelongsIn() {
        UserError e = org.junit.jupiter.api.Assertions.assertThrows(UserError.class,
                () -> Words.load(STYLES, "en").get("no-such-word"));
        assertEquals("BP580", e.diagnostics().get(0).code());
        assertTrue(e.diagnostics().get(0).message().contains("no-such-word"), e.diagnostics().toString());
    }

    private static void collect(Path root, Pattern p, String suffix, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(x -> x.toString().endsWith(suffix)).toList()) {
                Matcher m = p.matcher(Files.readString(f));
                while (m.find()) into.add(m.group(1));
            }
        }
    }
}
