package press.reader.assemble;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import press.reader.diagnostics.UserError;
import press.reader.xml.SecureXml;

/**
 * The designer's word list (styles/words/en.xml, and one file per other language): every word the tool generates
 * around the authors' and the editor's text, such as the titles of the sections it makes ("Glossary", "Works Cited").
 * The stylesheets read the same files (bp:word in common.xsl), so print, EPUB, HTML and the book document agree.
 */
public final class Words {
    /** The folder of the word lists, in the styles folder. */
    public static final String FOLDER = "words";
    private static final String FALLBACK = "en";

    private final Map<String, String> words;

    private Words(Map<String, String> words) {
        this.words = Map.copyOf(words);
    }

    /**
     * The words for a book in {@code language} (a BCP 47 tag; its primary subtag chooses the file): that language's
     * list, and English for any word it lacks.
     */
    public static Words load(Path stylesDir, String language) {
        Map<String, String> words = new HashMap<>(read(stylesDir.resolve(FOLDER).resolve(FALLBACK + ".xml")));
        String primary = language == null ? "" : language.split("[-_]")[0].toLowerCase(Locale.ROOT);
        Path own = stylesDir.resolve(FOLDER).resolve(primary + ".xml");
        if (!primary.isEmpty() && !primary.equals(FALLBACK) && Files.isRegularFile(own)) words.putAll(read(own));
        return new Words(words);
    }

    /** The word for {@code key}; a key missing from every list is a fault of the styles, named with its file. */
    public String get(String key) {
        String w = words.get(key);
        if (w == null) {
            throw UserError.at("styles/" + FOLDER + "/" + FALLBACK + ".xml", 0, "BP580", "the word list has no word '"
                    + key + "': add <word key=\"" + key + "\">…</word>");
        }
        return w;
    }

    /** Every word by its key (a kept chapter's key holds them: KeptChapters). */
    Map<String, String> all() {
        return words;
    }

    private static Map<String, String> read(Path file) {
        Map<String, String> words = new HashMap<>();
        try {
            SecureXml.saxParserFactory().newSAXParser().parse(file.toFile(), new DefaultHandler() {
                private String key;
                private final StringBuilder text = new StringBuilder();

                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    if (qName.equals("word")) {
                        key = atts.getValue("key");
                        text.setLength(0);
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (key != null) text.append(ch, start, length);
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    if (qName.equals("word") && key != null) {
                        words.put(key, text.toString());
                        key = null;
                    }
                }
            });
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw UserError.at(file.toString(), 0, "BP580", "cannot read the word list: " + e.getMessage());
        }
        return words;
    }
}
