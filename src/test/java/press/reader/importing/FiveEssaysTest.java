package press.reader.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import press.reader.diagnostics.Diagnostic;

/**
 * The five real captures: importing them again gives exactly the committed import snapshots (so a rule change
 * that alters an essay is noticed), and the fidelity check finds no unexplained difference.
 */
class FiveEssaysTest {
    private static final Map<String, String> SOURCES = Map.of(
            "defeated", "000_99b93fec261698d4.txt", "nielsen", "001_24a83e878490c625.txt",
            "weissman", "002_8dbaac79cf482463.txt", "significance", "003_1af744ac1428da42.txt",
            "degeneration", "004_50d9f6fd6d18f49c.txt");

    @ParameterizedTest
    @ValueSource(strings = {"defeated", "nielsen", "weissman", "significance", "degeneration"})
    void importGivesTheCommittedEssay(String id) throws IOException {
        Path source = CleanFixtures.MANUSCRIPT.resolve("sources").resolve(SOURCES.get(id));
        assertEquals(id, CleanFixtures.RULES.sourceIds().get(SOURCES.get(id)));
        CleanResult r = new Importer(CleanFixtures.RULES).clean(CaptureReader.read(source, source.toString()),
                "sources/" + SOURCES.get(id));
        Path essay = CleanFixtures.IMPORTED.resolve(id + ".md");
        assertEquals(Files.readString(essay, StandardCharsets.UTF_8), r.markdown(),
                "re-import differs from " + essay + ": review the change, then update that snapshot");
    }

    @ParameterizedTest
    @ValueSource(strings = {"defeated", "nielsen", "weissman", "significance", "degeneration"})
    void fidelityFindsNoUnexplainedDifference(String id) {
        List<Diagnostic> d = CleanFixtures.fidelity(CleanFixtures.MANUSCRIPT, CleanFixtures.MANUSCRIPT.resolve("essays/" + id + ".md"));
        assertEquals(List.of(), d);
    }

    @ParameterizedTest
    @ValueSource(strings = {"defeated", "nielsen", "weissman", "significance", "degeneration"})
    void everyFootnoteReferenceHasItsNote(String id) throws IOException {
        String md = Files.readString(CleanFixtures.MANUSCRIPT.resolve("essays/" + id + ".md"), StandardCharsets.UTF_8);
        List<Extension> ext = List.of(FootnotesExtension.create());
        String html = HtmlRenderer.builder().extensions(ext).build().render(Parser.builder().extensions(ext).build().parse(md));
        long refs = md.lines().filter(l -> !l.startsWith("[^")).mapToLong(l -> l.split("\\[\\^", -1).length - 1).sum();
        long rendered = html.split("class=\"footnote-ref\"", -1).length - 1;
        assertEquals(refs, rendered, "every [^n] must render as a footnote reference");
        assertTrue(!html.contains("[^"), "no footnote reference may be left as text");
    }
}
