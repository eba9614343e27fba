package press.reader.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.publish.OutputFiles;

/**
 * The output folder's generations: each output's name leads through the current-generation link to the set of one
 * build; a build that makes fewer outputs keeps the others; only the generation in use stays, whatever the spelling
 * of the folder's path.
 */
class OutputGenerationsTest {
    @TempDir
    Path tmp;

    @Test
    void eachNameLeadsThroughTheCurrentLinkToOneGenerationAndOnlyThatOneStays() throws IOException {
        Files.createDirectories(tmp.resolve("elsewhere"));
        Path out = tmp.resolve("elsewhere/../out");          // a path as a user may type it
        for (String generation : List.of("one", "two", "three")) CommitProbe.commit(out, generation);
        for (String f : CommitProbe.FILES) {
            assertTrue(Files.isSymbolicLink(out.resolve(f)), f);
            assertEquals(Path.of(".bookpress-current", f), Files.readSymbolicLink(out.resolve(f)));
            assertEquals("three", Files.readString(out.resolve(f)));
        }
        assertEquals("three", Files.readString(out.resolve("report/page-1.png")));
        assertEquals(1, named(out, ".bookpress-gen-").size(), "generations " + named(out, ".bookpress-gen-"));
        assertEquals(List.of(), named(out, ".bookpress-staging-"));
    }

    @Test
    void aBuildThatMakesFewerOutputsKeepsTheOthersOfThePreviousSet() throws IOException {
        Path out = tmp.resolve("out");
        CommitProbe.commit(out, "full");
        try (OutputFiles o = OutputFiles.open(out)) {
            o.stage("book.pdf", s -> s.write("pdf only".getBytes()));
            o.commit();
        }
        assertEquals("pdf only", Files.readString(out.resolve("book.pdf")));
        assertEquals("full", Files.readString(out.resolve("book.epub")));
        assertEquals("full", Files.readString(out.resolve("report/page-1.png")));
        assertEquals(1, named(out, ".bookpress-gen-").size());
    }

    @Test
    void aCommitRefusedForAFolderInTheWayLeavesNoNewName() throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("book.epub/in-the-way"));
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> CommitProbe.commit(out, "new")).getMessage() != null);
        for (String f : List.of("book.pdf", "book-screen.pdf", "book.book.xml", "report")) {
            assertFalse(Files.exists(out.resolve(f), java.nio.file.LinkOption.NOFOLLOW_LINKS), f);
        }
        assertEquals(List.of(), named(out, ".bookpress-gen-"));
    }

    private static List<Path> named(Path out, String prefix) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
    }
}
