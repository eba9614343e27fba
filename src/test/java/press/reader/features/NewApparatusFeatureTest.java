package press.reader.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import press.reader.assemble.ApparatusFeatures;
import press.reader.assemble.BookAssembler;
import press.reader.features.citations.CitationsFeature;
import press.reader.assemble.Words;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.UserError;
import press.reader.features.gazetteer.GazetteerFeature;
import press.reader.manuscript.Manuscript;
import press.reader.manuscript.ManuscriptReader;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/**
 * A new apparatus feature is a package of its own and one registration: the toy gazetteer
 * ({@code features/gazetteer}, test code) declares its own file (which the manuscript reader then reads), a key of
 * book.yaml it owns (which the reader then knows) and a check
 * before assembly, marks the essays, generates the section book.yaml names and checks what it marked through the public
 * extension point alone, beside the five features of the build (the
 * citations among them). Nothing else is edited: the manuscript reader accepts its section because its maker
 * declares it, and the assembler runs its hooks.
 */
class NewApparatusFeatureTest {

    @Test
    void aToyGazetteerIsAPackageOfItsOwnRegisteredInOnePlace(@TempDir Path dir) throws Exception {
        // the mini book with the gazetteer's file, and its section listed between the glossary and the works cited
        ManuscriptCopy book = ManuscriptCopy.mini(dir.resolve("book"))
                .replace("book.yaml", "glossary, bibliography", "glossary, gazetteer, bibliography")
                .write("gazetteer.yaml", "- place: Petrograd\n  note: The capital, St Petersburg, 1914 to 1924.\n"
                        + "- place: Kronstadt\n  note: The island fortress off Petrograd.\n"
                        + "- place: Omsk\n  note: Named in no essay\n");
        GazetteerFeature[] toy = new GazetteerFeature[1];
        // the one registration: the build's features and the gazetteer after them
        ApparatusFeatures features = Features.standard(CitationsFeature.factory()).with(GazetteerFeature.maker(toy));

        Diagnostics diagnostics = new Diagnostics();
        Manuscript ms = new ManuscriptReader(book.root(), diagnostics, features.declarations()).read();
        // its file, read by the manuscript reader because its maker declared it; its check, run as the build runs checks
        for (ApparatusFeatures.Check c : features.checks()) c.check(ms, diagnostics);
        assertEquals(List.of("gazetteer.yaml:5 the note on 'Omsk' does not end with a full stop"), diagnostics.all().stream()
                .filter(d -> d.code().equals(GazetteerFeature.UNFINISHED)).map(d -> d.file() + ":" + d.line() + " " + d.message()).toList());
        Document doc = new BookAssembler(ms, diagnostics, features, Words.load(TestBooks.STYLES, "en")).assemble();
        assertFalse(diagnostics.hasErrors(), diagnostics.all().toString());
        String xml = serialized(doc);

        // its replacer: the words replaced, and the citations' replacer still made the mini book's citation notes
        assertTrue(xml.contains("<phrase role=\"distance\">9,000 km away</phrase>"), xml);
        assertFalse(xml.contains("far away"));
        assertEquals(2, count(xml, "role=\"citation\""));
        // its marker, in the essays only (marksEveryPiece is false): alpha's "Petrograd", linked to its entry
        String alpha = xml.substring(xml.indexOf("xml:id=\"alpha\""), xml.indexOf("xml:id=\"beta\""));
        assertEquals(1, count(alpha, "<link linkend=\"gz-petrograd\" role=\"place\">Petrograd</link>"), alpha);
        // its section where contents.back names it, after the glossary, before the works cited
        int glossary = xml.indexOf("<glossary xml:id=\"glossary\"");
        int places = xml.indexOf("xml:id=\"gazetteer\"");
        int bibliography = xml.indexOf("<bibliography xml:id=\"bibliography\"");
        assertTrue(glossary >= 0 && glossary < places && places < bibliography, "glossary " + glossary
                + ", gazetteer " + places + ", works cited " + bibliography);
        assertTrue(xml.contains("<varlistentry xml:id=\"gz-petrograd\"><term>Petrograd</term>"), xml);
        // its check: the place no essay names, at its line of gazetteer.yaml
        List<String> warnings = diagnostics.all().stream().filter(d -> d.code().equals(GazetteerFeature.UNUSED))
                .map(d -> d.file() + ":" + d.line() + " " + d.message()).toList();
        // (Kronstadt is only in beta's title, which is no running text: a marker never sees it)
        assertEquals(List.of("gazetteer.yaml:3 place 'Kronstadt' occurs in no essay",
                "gazetteer.yaml:5 place 'Omsk' occurs in no essay"), warnings);
        // its hooks in order: ids first, each essay ended, its section, the report once, last
        assertEquals(List.of("reserveIds", "endPiece alpha", "endPiece beta", "writeSection gazetteer", "report"), toy[0].calls);
        // one chapter begun for the introduction and one for each essay
        assertEquals(3, toy[0].chapters);
        System.out.println("toy gazetteer: " + toy[0].calls + ", " + toy[0].chapters + " chapters begun, warnings " + warnings);
    }

    @Test
    void aSectionNoRegisteredFeatureGeneratesIsRefusedAtItsLine(@TempDir Path dir) {
        ManuscriptCopy book = ManuscriptCopy.mini(dir.resolve("book"))
                .replace("book.yaml", "glossary, bibliography", "glossary, gazetteer, bibliography");
        ApparatusFeatures features = Features.standard(CitationsFeature.factory());
        UserError e = assertThrows(UserError.class,
                () -> new ManuscriptReader(book.root(), new Diagnostics(), features.declarations()).read());
        Diagnostic d = e.diagnostics().get(0);
        assertEquals("BP017", d.code());
        assertEquals("book.yaml:14", d.file() + ":" + d.line());
        assertTrue(d.message().contains("'gazetteer'") && d.message().contains("bibliography, chronology, glossary, index"),
                d.message());
    }

    /** A key of book.yaml is the feature's that declares it: known and read when it is registered, BP013 when not. */
    @Test
    void aKeyOfBookYamlIsTheFeaturesThatOwnsIt(@TempDir Path dir) {
        ManuscriptCopy book = ManuscriptCopy.mini(dir.resolve("book"))
                .replace("book.yaml", "blurb:", "gazetteer-scale: \"1:5,000,000\"\nblurb:");
        ApparatusFeatures standard = Features.standard(CitationsFeature.factory());
        ApparatusFeatures withGazetteer = standard.with(GazetteerFeature.maker(new GazetteerFeature[1]));
        Manuscript ms = new ManuscriptReader(book.root(), new Diagnostics(), withGazetteer.declarations()).read();
        assertEquals("1:5,000,000", ms.setting(GazetteerFeature.SCALE));
        UserError e = assertThrows(UserError.class,
                () -> new ManuscriptReader(book.root(), new Diagnostics(), standard.declarations()).read());
        Diagnostic d = e.diagnostics().get(0);
        assertEquals("book.yaml:10: BP013", d.file() + ":" + d.line() + ": " + d.code(), d.format());
        assertTrue(d.message().contains("'gazetteer-scale'") && d.message().contains("citation-style"), d.message());
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }

    private static String serialized(Document doc) throws Exception {
        StringWriter xml = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(xml));
        return xml.toString();
    }
}
