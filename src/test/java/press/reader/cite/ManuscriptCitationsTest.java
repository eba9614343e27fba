package press.reader.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import press.reader.diagnostics.Diagnostics;

/**
 * The real manuscript: bibliography.json loads cleanly, and every citation in the essays, the Markdown
 * front matter and the editor's notes names an entry of it and renders in the default note style.
 */
class ManuscriptCitationsTest {
    private static final Path MANUSCRIPT = Path.of("manuscript");

    @Test
    void everyCitationResolvesAndRenders() throws IOException {
        Path bibFile = MANUSCRIPT.resolve("bibliography.json");
        if (!Files.exists(bibFile)) return; // nothing to check before the bibliography exists
        Diagnostics d = new Diagnostics();
        Bibliography bib = Bibliography.load(bibFile, "bibliography.json", d);
        assertTrue(d.all().isEmpty(), d.all().toString());

        CitationSyntax syntax = CitationSyntax.forLocale("en-US");
        CitationEngine engine = CitationEngine.create(bib, "chicago-notes-bibliography", "en-US");
        List<String> unresolved = new ArrayList<>();
        for (Path file : textFiles()) {
            ChapterCitations chapter = engine.startChapter();
            List<String> lines = Files.readAllLines(file);
            for (int n = 0; n < lines.size(); n++) {
                for (CitationCluster cluster : syntax.find(lines.get(n))) {
                    List<CiteItem> items = cluster.items();
                    boolean known = true;
                    for (CiteItem c : items) {
                        if (!bib.contains(c.key())) {
                            unresolved.add(MANUSCRIPT.relativize(file) + ":" + (n + 1) + ": @" + c.key());
                            known = false;
                        }
                    }
                    if (known) assertTrue(!chapter.render(items).plainText().isBlank(), file + ":" + (n + 1));
                }
            }
        }
        assertEquals(List.of(), unresolved, "citation keys missing from bibliography.json");
    }

    private static List<Path> textFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("essays", "headnotes")) {
            Path p = MANUSCRIPT.resolve(dir);
            if (!Files.isDirectory(p)) continue;
            try (Stream<Path> s = Files.list(p)) {
                s.filter(f -> f.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        for (String name : List.of("introduction.md", "editor-notes.yaml")) {
            if (Files.exists(MANUSCRIPT.resolve(name))) files.add(MANUSCRIPT.resolve(name));
        }
        return files;
    }
}
