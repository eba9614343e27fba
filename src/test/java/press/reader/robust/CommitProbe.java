package press.reader.robust;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import press.reader.publish.OutputFiles;

/**
 * The commit of a build, alone, as a program a test runs in a child JVM (and kills at a chosen rename with
 * {@code -Dbookpress.test.haltAtRename=N}): it writes one generation of a fixed set of outputs, each file holding
 * the generation's name, and a report folder, through {@link OutputFiles} as a build does.
 */
public final class CommitProbe {
    static final List<String> FILES = List.of("book.pdf", "book-screen.pdf", "book.epub", "book.book.xml");
    static final String FOLDER = "report";

    private CommitProbe() {}

    public static void main(String[] args) throws IOException {
        commit(Path.of(args[0]), args[1]);
    }

    static void commit(Path out, String generation) throws IOException {
        byte[] bytes = generation.getBytes(StandardCharsets.UTF_8);
        try (OutputFiles o = OutputFiles.open(out)) {
            for (String f : FILES) o.stage(f, s -> s.write(bytes));
            Files.write(o.stageFolder(FOLDER).resolve("page-1.png"), bytes);
            o.commit();
        }
    }

    /** The same set as plain files and a plain folder, as an earlier bookpress (or the journal commit) left it. */
    static void commitAsFiles(Path out, String generation) throws IOException {
        Files.createDirectories(out.resolve(FOLDER));
        for (String f : FILES) Files.writeString(out.resolve(f), generation);
        Files.writeString(out.resolve(FOLDER).resolve("page-1.png"), generation);
    }
}
