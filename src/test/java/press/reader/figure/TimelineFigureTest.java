package press.reader.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The SVG that styles/timeline-figure.xsl draws from a chronology: what it shows and that nothing collides. */
class TimelineFigureTest {
    private static final Set<String> EMBEDDED = Set.of("'Linux Libertine O'", "'Linux Biolinum O'");

    private static Path fixture(String name) {
        return name.equals("small") ? TimelineFigure.SMALL : TimelineFigure.REAL;
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "real"})
    void oneDotPerEventAndHollowDotsForContextEvents(String name) throws Exception {
        Document svg = TimelineFigure.draw(fixture(name));
        int[] rows = TimelineFigure.rowsAndContext(fixture(name));
        List<Element> dots = TimelineFigure.elements(svg, "circle").stream()
                .filter(c -> "dot".equals(c.getAttribute("class"))).toList();
        assertEquals(rows[0], dots.size(), "one dot per event");
        long hollow = dots.stream().filter(c -> "#ffffff".equals(c.getAttribute("fill"))).count();
        assertTrue(rows[1] > 0, "the fixture has context events");
        assertEquals(rows[1], hollow, "context events are hollow dots, the others filled");
        long labels = TimelineFigure.elements(svg, "text").stream().filter(t -> "label".equals(t.getAttribute("class"))).count();
        assertEquals(rows[0], labels, "one label per event");
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "real"})
    void labelsOnTheSameSideNeverShareAnyHeight(String name) throws Exception {
        Document svg = TimelineFigure.draw(fixture(name));
        for (String anchor : List.of("start", "end")) {
            List<TextBoxes.Box> side = TextBoxes.of(TimelineFigure.elements(svg, "text").stream()
                    .filter(t -> t.getAttribute("class").startsWith("label") && anchor.equals(t.getAttribute("text-anchor")))
                    .toList());
            assertFalse(side.isEmpty());
            for (int i = 0; i < side.size(); i++) {
                for (int j = i + 1; j < side.size(); j++) {
                    assertFalse(side.get(i).overlapsVertically(side.get(j)),
                            "labels collide: " + side.get(i) + " and " + side.get(j));
                }
            }
        }
    }

    @Test
    void theCollisionCheckSeesLabelsSetTooClose() throws Exception {
        // With a leading smaller than the type, stacked labels must overlap: proof that the checks above can fail
        Document svg = TimelineFigure.draw(TimelineFigure.SMALL, Map.of("timeline-label-leading", "4"));
        List<TextBoxes.Box> labels = TextBoxes.of(TimelineFigure.elements(svg, "text").stream()
                .filter(t -> t.getAttribute("class").startsWith("label") && "end".equals(t.getAttribute("text-anchor"))).toList());
        boolean collide = false;
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) collide |= labels.get(i).overlapsVertically(labels.get(j));
        }
        assertTrue(collide);
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "real"})
    void noTwoTextsTouchAndAllStayInsideTheFigure(String name) throws Exception {
        Document svg = TimelineFigure.draw(fixture(name));
        String[] box = svg.getDocumentElement().getAttribute("viewBox").split(" ");
        double width = Double.parseDouble(box[2]), height = Double.parseDouble(box[3]);
        List<TextBoxes.Box> all = TextBoxes.of(TimelineFigure.elements(svg, "text"));
        for (TextBoxes.Box b : all) {
            assertTrue(b.x0() >= 0 && b.x1() <= width && b.y0() >= 0 && b.y1() <= height, "outside the figure: " + b);
        }
        List<String> collisions = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (all.get(i).overlaps(all.get(j))) collisions.add(all.get(i) + " / " + all.get(j));
            }
        }
        assertEquals(List.of(), collisions);
    }

    @Test
    void everyTextNamesAnEmbeddedFamilyWithoutAGenericFallback() throws Exception {
        Document svg = TimelineFigure.draw(TimelineFigure.REAL);
        List<Element> texts = new ArrayList<>(TimelineFigure.elements(svg, "text"));
        texts.addAll(TimelineFigure.elements(svg, "tspan"));
        assertFalse(texts.isEmpty());
        for (Element t : texts) {
            String family = t.getAttribute("font-family");
            assertTrue(EMBEDDED.contains(family), "font-family of '" + t.getTextContent().trim() + "' is <" + family + ">");
        }
        forEachElement(svg.getDocumentElement(), e -> {
            assertFalse(e.hasAttribute("style"), "no CSS that could bring in another font: " + e.getTagName());
            assertFalse(e.getAttribute("font-family").contains(","), "no fallback family on " + e.getTagName());
        });
    }

    @Test
    void noTypeIsSmallerThanSixAndAHalfPoints() throws Exception {
        Document svg = TimelineFigure.draw(TimelineFigure.REAL);
        Element root = svg.getDocumentElement();
        double widthInPoints = Double.parseDouble(root.getAttribute("width").replace("in", "")) * 72;
        double scale = widthInPoints / Double.parseDouble(root.getAttribute("viewBox").split(" ")[2]);
        List<Element> texts = new ArrayList<>(TimelineFigure.elements(svg, "text"));
        texts.addAll(TimelineFigure.elements(svg, "tspan"));
        for (Element t : texts) {
            if (t.getAttribute("font-size").isEmpty()) continue; // inherits its text element's size, checked there
            double size = Double.parseDouble(t.getAttribute("font-size")) * scale;
            assertTrue(size >= 6.5 - 1e-9, size + " pt: " + t.getTextContent().trim());
        }
    }

    @Test
    void noTransparencyAnywhere() throws Exception {
        Document svg = TimelineFigure.draw(TimelineFigure.REAL);
        forEachElement(svg.getDocumentElement(), e -> {
            for (String a : List.of("opacity", "fill-opacity", "stroke-opacity", "mask", "filter")) {
                assertFalse(e.hasAttribute(a), a + " on " + e.getTagName());
            }
            assertFalse("none".equals(e.getAttribute("fill")) && "text".equals(e.getLocalName()));
            assertFalse(e.getLocalName().equals("linearGradient") || e.getLocalName().equals("image"));
        });
    }

    @Test
    void hasTitleDescRealUnitsAndAViewBox() throws Exception {
        Element root = TimelineFigure.draw(TimelineFigure.REAL).getDocumentElement();
        assertEquals(TimelineFigure.SVG, root.getNamespaceURI());
        assertEquals("svg", root.getLocalName());
        Element title = firstElement(root);
        assertEquals("title", title.getLocalName(), "title comes first, for accessibility");
        assertFalse(title.getTextContent().isBlank());
        Element desc = nextElement(title);
        assertEquals("desc", desc.getLocalName());
        assertTrue(desc.getTextContent().contains("90 events"), desc.getTextContent());
        assertEquals("4.5in", root.getAttribute("width"));
        assertEquals("6.9in", root.getAttribute("height"), "fits the 7.25 in text block with a caption");
        assertEquals("0 0 324 496.8", root.getAttribute("viewBox"), "one user unit is one point");
    }

    /**
     * Another editor's chronology, without settings of its own (no book.yaml chronology-figure): drawn from its first
     * event's year to its last, every year alike, its key without a focus, breaks or this book's note on Old Style
     * dates (the stock styles once drew every book's axis from 1905 to 1930 and printed that note).
     */
    @Test
    void withoutTheEditorsSettingsTheAxisRunsFromTheFirstEventToTheLast(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path book = dir.resolve("book.xml");
        Files.writeString(book, Files.readString(TimelineFigure.SMALL).replaceAll("(?s)<info>.*?</info>", ""));
        Document svg = TimelineFigure.draw(book);
        String desc = TimelineFigure.elements(svg, "desc").get(0).getTextContent();
        assertTrue(desc.contains("events of the chronology, 1871 to 1991."), desc);
        String texts = String.join("|", TimelineFigure.elements(svg, "text").stream().map(Element::getTextContent).toList());
        for (String absent : List.of("Old Style", "larger scale", "not to scale")) {
            assertFalse(texts.contains(absent), absent + " in the key: " + texts);
        }
        assertTrue(texts.contains("|1871|"), "the first event's year is numbered: " + texts);
        // with the editor's settings, as the fixture's book document carries them, the key has all three notes
        String withSettings = String.join("|", TimelineFigure.elements(TimelineFigure.draw(TimelineFigure.SMALL), "text")
                .stream().map(Element::getTextContent).toList());
        assertTrue(withSettings.contains("Old Style") && withSettings.contains("larger scale"), withSettings);
    }

    @Test
    void theDesignersParametersChangeTheFigure() throws Exception {
        Document svg = TimelineFigure.draw(TimelineFigure.SMALL,
                Map.of("timeline-height", "6in", "timeline-dot-colour", "#8b1a1a"));
        assertEquals("6in", svg.getDocumentElement().getAttribute("height"));
        assertTrue(TimelineFigure.elements(svg, "circle").stream()
                .anyMatch(c -> "#8b1a1a".equals(c.getAttribute("fill"))));
    }

    @Test
    void labelsAreShortFirstClausesAndDatesFollowTheirPrecision() throws Exception {
        Document svg = TimelineFigure.draw(TimelineFigure.SMALL);
        List<String> labels = TimelineFigure.elements(svg, "text").stream()
                .filter(t -> "label".equals(t.getAttribute("class")))
                .map(t -> t.getTextContent().replace('\u00A0', ' ').replaceAll("\\s+", " ").trim()).toList();
        // the first clause, no text after the colon; the year is omitted inside the focus years
        assertTrue(labels.contains("25 Oct October Revolution") || labels.contains("October Revolution 25 Oct"), labels.toString());
        // an apposition after a short subject goes when the clause is too long
        assertTrue(labels.stream().anyMatch(l -> l.contains("V. Volodarsky is assassinated")), labels.toString());
        // outside the focus the year is given; a month-only date has no day
        assertTrue(labels.stream().anyMatch(l -> l.contains("Aug 1936")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.contains("18 Mar 1871")), labels.toString());
        // index terms inside an event are not part of its label; the dagger of context events is dropped
        assertTrue(labels.stream().noneMatch(l -> l.contains("Treaty of") && l.contains("Brest-Litovsk,")), labels.toString());
        assertTrue(labels.stream().noneMatch(l -> l.contains("†")), labels.toString());
        // a label is never cut short: one too long for its room goes on in further lines, never with an ellipsis
        assertTrue(labels.stream().noneMatch(l -> l.contains("…") || l.contains("...")), labels.toString());
        List<String> runs = TimelineFigure.elements(svg, "text").stream()
                .filter(t -> "label-run".equals(t.getAttribute("class"))).map(t -> t.getTextContent().trim()).toList();
        assertTrue(labels.stream().anyMatch(l -> l.contains("Stalin calls for the “liquidation")), labels.toString());
        assertTrue(runs.stream().anyMatch(r -> r.contains("kulaks as a class”")), runs.toString());
        for (String l : labels) assertTrue(l.length() <= 42 + 12, "label line too long: " + l);
    }

    /**
     * The words after which a derived label keeps its whole first clause are a design's word, as the figure's other
     * words are (timeline-word-*): a design that adds "V." keeps "V. Volodarsky, a Bolshevik leader in Petrograd, is
     * assassinated" whole, where the word list's ("By") lets the apposition go.
     */
    @Test
    void aDesignsKeepClauseWordsOverrideTheWordList() throws Exception {
        String stock = labelText(TimelineFigure.draw(TimelineFigure.SMALL));
        assertTrue(stock.contains("V. Volodarsky is assassinated"), stock);
        String designed = labelText(TimelineFigure.draw(TimelineFigure.SMALL,
                Map.of("timeline-word-keep-clause-after", "By V.")));
        int at = designed.indexOf("V. Volodarsky");
        System.out.println("Volodarsky's label with the design's words 'By V.': "
                + (at < 0 ? "none" : designed.substring(at, Math.min(designed.length(), at + 70))));
        assertFalse(designed.contains("V. Volodarsky is assassinated"), designed);
        assertTrue(designed.contains("V. Volodarsky, a Bolshevik"), designed);
    }

    /** The label lines and their runs, each as drawn, joined by "|". */
    private static String labelText(Document svg) {
        return String.join("|", TimelineFigure.elements(svg, "text").stream()
                .filter(t -> t.getAttribute("class").startsWith("label"))
                .map(t -> t.getTextContent().replace('\u00A0', ' ').replaceAll("\\s+", " ").trim()).toList());
    }

    @Test
    void theEditorsLabelIsPrintedWholeInsteadOfTheDerivedOne(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        var f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document book = f.newDocumentBuilder().parse(TimelineFigure.SMALL.toFile());
        Element row = (Element) book.getElementsByTagNameNS("http://docbook.org/ns/docbook", "row").item(1);
        row.setAttribute("xreflabel", "An editor’s label of thirty-nine letters");
        Path labelled = dir.resolve("labelled.xml");
        javax.xml.transform.TransformerFactory.newInstance().newTransformer().transform(
                new javax.xml.transform.dom.DOMSource(book), new javax.xml.transform.stream.StreamResult(labelled.toFile()));
        Document svg = TimelineFigure.draw(labelled);
        String all = String.join(" / ", TimelineFigure.elements(svg, "text").stream()
                .filter(t -> t.getAttribute("class").startsWith("label")).map(t -> t.getTextContent().trim()).toList());
        assertTrue(all.replaceAll("\\s+", " ").contains("An editor’s label of thirty-nine letters")
                || all.contains("An editor’s label of"), all);
    }

    /**
     * A title the event marks (a book, a periodical) is italic in the figure's label too, as everywhere else in the
     * book (issue 12), also when the label's line breaks inside it; the label's words are unchanged.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Lenin writes The State and Revolution",
            "An editor’s long label saying that Lenin writes The State and Revolution while in hiding in Finland"})
    void aTitleTheEventMarksIsItalicInTheLabel(String label, @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String docbook = "http://docbook.org/ns/docbook";
        var f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document book = f.newDocumentBuilder().parse(TimelineFigure.SMALL.toFile());
        Element row = (Element) book.getElementsByTagNameNS(docbook, "row").item(1);
        row.setAttribute("xreflabel", label);
        Element para = (Element) row.getElementsByTagNameNS(docbook, "para").item(0);
        Element title = book.createElementNS(docbook, "emphasis");
        title.setAttribute("role", "title");
        title.setTextContent("The State and Revolution");
        para.appendChild(book.createTextNode(" "));
        para.appendChild(title);
        Path marked = dir.resolve("marked.xml");
        javax.xml.transform.TransformerFactory.newInstance().newTransformer().transform(
                new javax.xml.transform.dom.DOMSource(book), new javax.xml.transform.stream.StreamResult(marked.toFile()));
        Document svg = TimelineFigure.draw(marked);
        List<Element> labels = TimelineFigure.elements(svg, "text").stream()
                .filter(t -> t.getAttribute("class").startsWith("label")).toList();
        String italic = String.join(" ", TimelineFigure.elements(svg, "tspan").stream()
                .filter(t -> "italic".equals(t.getAttribute("font-style"))).map(Element::getTextContent).toList());
        String words = String.join(" ", labels.stream().map(Element::getTextContent).toList()).replaceAll("\\s+", " ");
        System.out.println("italic in the label: '" + italic + "'");
        assertEquals("The State and Revolution", italic.replaceAll("\\s+", " ").strip());
        assertTrue(words.contains(label.substring(label.length() - 20)), words);
    }

    /**
     * The attack review's 1,500-word chronology event: the label's lines were found by measuring, for every line,
     * each count of words it might take (cubic in the words: the build ran for minutes). Now each word is measured
     * once; every word of the event is in the figure's label, in order. (Time is only guarded, never asserted.)
     */
    @Test
    void aLabelOfFifteenHundredWordsIsWrappedWhole(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 1500; i++) words.append(i > 0 ? " " : "").append(String.format("w%04dx", i));
        String book = Files.readString(TimelineFigure.SMALL).replace("A rising in Paris leads to the Paris Commune.", words);
        Path longEvent = dir.resolve("long-event.xml");
        Files.writeString(longEvent, book);
        Document svg = press.reader.support.HangGuard.run(() -> TimelineFigure.draw(longEvent));
        String labels = String.join(" ", TimelineFigure.elements(svg, "text").stream()
                .filter(t -> t.getAttribute("class").startsWith("label")).map(t -> t.getTextContent().trim()).toList());
        // the label's first line also holds the date: the event's words are picked out of the text in order
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("w\\d{4}x").matcher(labels);
        StringBuilder found = new StringBuilder();
        while (m.find()) found.append(found.length() > 0 ? " " : "").append(m.group());
        assertEquals(words.toString(), found.toString(), "the label lost or reordered words");
    }

    @Test
    void rowsOutOfTimeOrderAreDrawnInTimeOrder(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // The later half of the rows moved before the earlier half (events of the same day keep the table's order)
        var f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document book = f.newDocumentBuilder().parse(TimelineFigure.SMALL.toFile());
        Node tbody = book.getElementsByTagNameNS("http://docbook.org/ns/docbook", "tbody").item(0);
        List<Node> rows = new ArrayList<>();
        for (Node n = tbody.getFirstChild(); n != null; n = n.getNextSibling()) rows.add(n);
        List<Node> rowElements = rows.stream().filter(n -> n instanceof Element).toList();
        for (Node n : rows) tbody.removeChild(n);
        int cut = 12; // between 29 Oct and 12 Nov 1917
        for (Node n : rowElements.subList(cut, rowElements.size())) tbody.appendChild(n);
        for (Node n : rowElements.subList(0, cut)) tbody.appendChild(n);
        Path reversed = dir.resolve("reversed.xml");
        javax.xml.transform.TransformerFactory.newInstance().newTransformer().transform(
                new javax.xml.transform.dom.DOMSource(book), new javax.xml.transform.stream.StreamResult(reversed.toFile()));
        assertEquals(points(TimelineFigure.draw(TimelineFigure.SMALL)), points(TimelineFigure.draw(reversed)));
    }

    /**
     * The figure's words are the word list's, per language: a French book's figure says and prints the French list's
     * words (its name, description, key, notes and months), and takes the English list's for a word the French one
     * lacks; a design's parameter still wins over both.
     */
    @Test
    void theFiguresWordsComeFromTheBooksLanguagesWordList(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path styles = dir.resolve("styles");
        Files.createDirectories(styles.resolve("words"));
        for (String f : List.of("timeline-figure.xsl", "common.xsl", "words/en.xml")) {
            Files.copy(Path.of("styles").resolve(f), styles.resolve(f));
        }
        Files.writeString(styles.resolve("words/fr.xml"), """
                <words xml:lang="fr">
                  <word key="timeline-title">La chronologie sur un axe</word>
                  <word key="timeline-discussed">discuté dans les essais</word>
                  <word key="timeline-focus-note">Les années {focus} sont dessinées à plus grande échelle.</word>
                  <word key="timeline-months">janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.</word>
                  <word key="timeline-description">Un axe vertical des {events} événements, de {first} à {last}{focus}.</word>
                  <word key="timeline-description-focus">, les années {focus} à plus grande échelle</word>
                </words>
                """);
        Path book = dir.resolve("book.xml");
        Files.writeString(book, Files.readString(TimelineFigure.SMALL).replace("xml:lang=\"en\"", "xml:lang=\"fr\""));
        Document svg = TimelineFigure.draw(styles, book, Map.of());
        assertEquals("La chronologie sur un axe", TimelineFigure.elements(svg, "title").get(0).getTextContent());
        String desc = TimelineFigure.elements(svg, "desc").get(0).getTextContent();
        assertEquals("Un axe vertical des 25 événements, de 1871 à 1991, les années 1917–1921 à plus grande échelle.", desc);
        String texts = String.join("|", TimelineFigure.elements(svg, "text").stream().map(Element::getTextContent).toList());
        for (String french : List.of("discuté dans les essais", "Les années 1917–1921 sont", "oct.")) {
            assertTrue(texts.contains(french), french + " not in " + texts);
        }
        // no word of the French list: the English one
        assertTrue(texts.contains("added by the editors for context") && texts.contains("not to scale"), texts);
        assertFalse(texts.contains(" Oct ") || texts.contains("larger scale"), texts);
        // a design's word wins over the list's
        Document designed = TimelineFigure.draw(styles, book, Map.of("timeline-word-title", "Frise chronologique"));
        assertEquals("Frise chronologique", TimelineFigure.elements(designed, "title").get(0).getTextContent());
        System.out.println("French figure: " + desc);
    }

    /**
     * A design that sets one end of the focus: its other end is the editor's (book.yaml), else the range's last
     * (a start alone) or first (an end alone) year; it is never silently dropped. A focus with no year in the
     * range is refused with BP581, naming the parameter.
     */
    @Test
    void oneEndOfTheFocusIsUsedWithTheOtherEndOfTheEditorsOrOfTheRange(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        // the fixture's editor sets 1917–1921 in the years 1905–1930
        assertTrue(legend(TimelineFigure.draw(TimelineFigure.SMALL, Map.of("timeline-focus-start", "1918")))
                .contains("The years 1918–1921 are drawn"));
        assertTrue(legend(TimelineFigure.draw(TimelineFigure.SMALL, Map.of("timeline-focus-end", "1924")))
                .contains("The years 1917–1924 are drawn"));
        // without the editor's focus: to the end of the years, or from their start
        Path book = dir.resolve("book.xml");
        Files.writeString(book, Files.readString(TimelineFigure.SMALL).replaceAll("<bibliomisc role=\"timeline-focus\">[^<]*</bibliomisc>", ""));
        assertFalse(legend(TimelineFigure.draw(book)).contains("larger scale"), "no focus without one set");
        Document start = TimelineFigure.draw(book, Map.of("timeline-focus-start", "1917"));
        assertTrue(legend(start).contains("The years 1917–1930 are drawn"), legend(start));
        assertTrue(TimelineFigure.elements(start, "desc").get(0).getTextContent().contains("with the years 1917–1930 drawn"));
        assertTrue(legend(TimelineFigure.draw(book, Map.of("timeline-focus-end", "1910"))).contains("The years 1905–1910 are drawn"));
        // a focus reaching past the years is drawn within them
        assertTrue(legend(TimelineFigure.draw(book, Map.of("timeline-focus-start", "1925", "timeline-focus-end", "1950")))
                .contains("The years 1925–1930 are drawn"));
        // a start after the editor's end: refused, with the code and the parameter
        net.sf.saxon.s9api.SaxonApiException refused = org.junit.jupiter.api.Assertions.assertThrows(
                net.sf.saxon.s9api.SaxonApiException.class,
                () -> TimelineFigure.draw(TimelineFigure.SMALL, Map.of("timeline-focus-start", "1925")));
        assertEquals("BP581", refused.getErrorCode().getLocalName());
        assertTrue(refused.getMessage().contains("timeline-focus-start 1925"), refused.getMessage());
        assertTrue(refused.getMessage().contains("1917–1921 (book.yaml)"), refused.getMessage());
        System.out.println("refused: " + refused.getMessage());
    }

    private static String legend(Document svg) {
        return String.join(" ", TimelineFigure.elements(svg, "text").stream().map(Element::getTextContent).toList());
    }

    /** Every event's label and where it is drawn, in document order. */
    private static List<String> points(Document svg) {
        return TimelineFigure.elements(svg, "text").stream()
                .map(t -> t.getTextContent().trim() + " @" + t.getAttribute("x") + "," + t.getAttribute("y")).toList();
    }

    private static void forEachElement(Element e, java.util.function.Consumer<Element> check) {
        check.accept(e);
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) forEachElement(c, check);
        }
    }

    private static Element firstElement(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) if (n instanceof Element c) return c;
        return null;
    }

    private static Element nextElement(Element e) {
        for (Node n = e.getNextSibling(); n != null; n = n.getNextSibling()) if (n instanceof Element c) return c;
        return null;
    }
}
