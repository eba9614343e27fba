package press.reader.proof;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.UserError;

/** Finds the print PDF in the output folder: the newest *.pdf that is not a cover or a screen edition. */
public final class BookPdfFinder {
    private BookPdfFinder() {}

    public static Path find(Path outDir) {
        return newest(outDir).orElseThrow(() -> new UserError(Diagnostic.error(outDir.toString(), 0, ProofCodes.NO_PDF,
                "no book PDF here; run 'build' first or pass --pdf FILE")));
    }

    static Optional<Path> newest(Path outDir) {
        if (!Files.isDirectory(outDir)) return Optional.empty();
        try (Stream<Path> files = Files.list(outDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> isBookPdf(p.getFileName().toString()))
                    .max(Comparator.comparing(BookPdfFinder::modified).thenComparing(Path::toString));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isBookPdf(String name) {
        return name.endsWith(".pdf") && !name.endsWith("-cover.pdf") && !name.endsWith("-screen.pdf");
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
