package press.reader.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import press.reader.support.TestBooks;

/** In each essay the first occurrence of a glossary term, and only that one, is linked to its entry. */
class GlossaryLinkTest {
    @Test
    void onlyTheFirstOccurrenceInEachEssayIsLinked() throws Exception {
        // index terms repeat headwords ("soviets") as data: leave them out of the counts
        String xml = Files.readString(TestBooks.mini().file(".book.xml")).replaceAll("(?s)<indexterm.*?</indexterm>", "");
        String alpha = xml.substring(xml.indexOf("xml:id=\"alpha\""), xml.indexOf("xml:id=\"beta\""));
        String beta = xml.substring(xml.indexOf("xml:id=\"beta\""), xml.indexOf("xml:id=\"chronology\""));
        // alpha says "soviets" three times: the first is linked, the others are plain text
        assertEquals(1, count(alpha, "<glossterm linkend=\"gl-soviet\">"));
        assertEquals(2, count(alpha.replaceAll("<glossterm[^>]*>soviets</glossterm>", ""), "soviets"));
        Matcher first = Pattern.compile("soviets").matcher(alpha.replaceAll("<[^>]+>", ""));
        first.find();
        String before = alpha.replaceAll("<[^>]+>", "").substring(0, first.start());
        assertEquals(-1, before.indexOf("soviet"), "the linked occurrence is the first one");
        // beta is another essay: its first "soviets" is linked again, and "Krondstadt" counts as Kronstadt
        assertEquals(1, count(beta, "<glossterm linkend=\"gl-soviet\">soviets</glossterm>"));
        assertEquals(1, count(beta, "<glossterm linkend=\"gl-kronstadt\">Krondstadt</glossterm>"));
        // the introduction is not an essay: nothing is linked there
        String intro = xml.substring(xml.indexOf("xml:id=\"introduction\""), xml.indexOf("xml:id=\"alpha\""));
        assertEquals(0, count(intro, "<glossterm"));
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }
}
