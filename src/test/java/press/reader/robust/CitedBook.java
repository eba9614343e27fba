package press.reader.robust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The mini book made to cite {@code n} more works (one sentence each, in essays/beta.md), for tests of scale. */
final class CitedBook {
    private CitedBook() {}

    static Path write(Path ms, int n) {
        try {
            String bib = Files.readString(ms.resolve("bibliography.json"), StandardCharsets.UTF_8).strip();
            StringBuilder works = new StringBuilder(bib.substring(0, bib.lastIndexOf(']')));
            StringBuilder text = new StringBuilder("\n");
            for (int i = 0; i < n; i++) {
                works.append(String.format(",%n{\"id\": \"w%d\", \"type\": \"book\", \"author\": [{\"family\": \"Author%d\", "
                        + "\"given\": \"A.\"}], \"title\": \"Book number %d\", \"publisher\": \"P\", "
                        + "\"issued\": {\"date-parts\": [[%d]]}}", i, i, i, 1900 + i % 100));
                text.append("\nA claim about this [@w").append(i).append(", ").append(i % 300 + 1).append("].\n");
            }
            Files.writeString(ms.resolve("bibliography.json"), works.append("\n]\n"), StandardCharsets.UTF_8);
            Files.writeString(ms.resolve("essays/beta.md"), text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            return ms;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
