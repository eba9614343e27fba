package press.reader.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import press.reader.diagnostics.Diagnostics;
import press.reader.manuscript.BookConfig;
import press.reader.manuscript.Manuscript;
import press.reader.manuscript.ManuscriptReader;
import press.reader.support.TestBooks;

/**
 * A new apparatus feature is one class and its maker added to the list of features: {@code BookAssembler} is not
 * touched. A toy gazetteer here uses every part of {@link ApparatusFeature} (ids, a replacer, a marker, the chapter
 * hook, the end of a piece, its section in {@code contents.back}, its report) on the mini book, beside the five features
 * of the build, the citations among them.
 */
class NewApparatusFeatureTest {

    /** Places: "far away" replaced by a distance, the first "Petrograd" of each essay marked, a list of places. */
    static final class PlacesFeature implements ApparatusFeature {
        private final DocBook db;
        final List<String> calls = new ArrayList<>();
        int chapters;

        PlacesFeature(ApparatusFeatures.Assembly assembly) {
            this.db = assembly.db();
        }

        @Override
        public String section() {
            return "places";
        }

        @Override
        public void reserveIds(BookState state) {
            state.reserve("pl-petrograd");
            calls.add("reserveIds");
        }

        @Override
        public TextReplacer replacer() {
            return (text, file, line, inNote) -> {
                int at = text.indexOf("far away");
                if (at < 0) return List.of(text);
                TextReplacer.Replacement distance = (d, parent, ctx) -> {
                    Element e = d.add(parent, "phrase");
                    e.setAttribute("role", "distance");
                    d.text(e, "9,000 km away");
                };
                return List.of(text.substring(0, at), distance, text.substring(at + "far away".length()));
            };
        }

        @Override
        public InlineMarker marker(PieceContext ctx) {
            boolean[] done = {false};
            return (text, marks) -> {
                int at = text.indexOf("Petrograd");
                if (at >= 0 && !done[0] && marks.tryWrap(at, at + "Petrograd".length(), () -> {
                    Element e = db.el("phrase");
                    e.setAttribute("role", "place");
                    return e;
                })) {
                    done[0] = true;
                }
            };
        }

        @Override
        public void beginChapter() {
            chapters++;
        }

        @Override
        public void endPiece(PieceContext ctx) {
            calls.add("endPiece " + ctx.idPrefix());
        }

        @Override
        public void writeSection(Element book) {
            Element places = db.add(book, "appendix");
            DocBook.id(places, "places");
            db.addText(places, "title", "Places");
            db.addText(places, "para", "Petrograd, in " + chapters + " chapters");
            calls.add("writeSection");
        }

        @Override
        public void report() {
            calls.add("report");
        }
    }

    @Test
    void aToyGazetteerIsAddedByOneClassBesideTheBuildsFeatures() throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        Manuscript ms = new ManuscriptReader(TestBooks.MINI_MANUSCRIPT, diagnostics).read();
        // book.yaml lists the toy's section between the glossary and the works cited
        List<BookConfig.Entry> back = new ArrayList<>(ms.config().back());
        back.add(back.indexOf(back.stream().filter(e -> e.name().equals("bibliography")).findFirst().orElseThrow()),
                new BookConfig.Entry("places", 0));
        ms = with(ms, "config", with(ms.config(), "back", back));
        PlacesFeature[] toy = new PlacesFeature[1];
        ApparatusFeatures features = ApparatusFeatures.standard(CitationsFeature.factory()).with(a -> toy[0] = new PlacesFeature(a));

        Document doc = new BookAssembler(ms, diagnostics, features, Words.load(TestBooks.STYLES, "en")).assemble();
        assertFalse(diagnostics.hasErrors(), diagnostics.all().toString());
        String xml = serialized(doc);

        // its replacer: the word is replaced, and the citations' replacer still made the mini book's citation notes
        assertTrue(xml.contains("<phrase role=\"distance\">9,000 km away</phrase>"), xml);
        assertFalse(xml.contains("far away"));
        assertEquals(2, count(xml, "role=\"citation\""));
        // its marker, in the essays only (marksEveryPiece is false): alpha's one "Petrograd"
        String alpha = xml.substring(xml.indexOf("xml:id=\"alpha\""), xml.indexOf("xml:id=\"beta\""));
        assertEquals(1, count(alpha, "<phrase role=\"place\">Petrograd</phrase>"));
        assertEquals(1, count(xml, "<phrase role=\"place\">"));
        // its section where contents.back names it, after the glossary, before the works cited
        int glossary = xml.indexOf("<glossary xml:id=\"glossary\"");
        int places = xml.indexOf("<appendix xml:id=\"places\"");
        int bibliography = xml.indexOf("<bibliography xml:id=\"bibliography\"");
        assertTrue(glossary >= 0 && glossary < places && places < bibliography, "glossary " + glossary
                + ", places " + places + ", works cited " + bibliography);
        // one chapter begun for the introduction and one for each essay; the essays ended; the report once, last
        assertTrue(xml.contains("<para>Petrograd, in 3 chapters</para>"), xml);
        assertEquals(List.of("reserveIds", "endPiece alpha", "endPiece beta", "writeSection", "report"), toy[0].calls);
        System.out.println("toy feature: " + toy[0].calls + ", " + toy[0].chapters + " chapters begun");
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

    /** A copy of {@code record} with one component changed (the manuscript reader accepts only the build's sections). */
    @SuppressWarnings("unchecked")
    private static <R extends Record> R with(R record, String component, Object value) throws Exception {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = components[i].getName().equals(component) ? value : components[i].getAccessor().invoke(record);
        }
        return (R) record.getClass().getDeclaredConstructor(types).newInstance(values);
    }
}
