package press.reader.cover;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Random;

/**
 * The cover's faces: Linux Libertine (roman, italic) for the title and text, Linux Biolinum for spaced
 * capitals. They are read from the book's own font folder and embedded as subsets (CFF in a CIDFontType0,
 * Identity-H).
 */
record CoverFonts(BaseFont serif, BaseFont italic, BaseFont sans) {

    /** The faces' files, in the book's font folder: serif, italic, sans. */
    static final List<String> FILES = List.of("LinLibertine_R.otf", "LinLibertine_RI.otf",
            "LinBiolinum_R.otf");

    static CoverFonts load(Path dir) {
        return new CoverFonts(font(dir, FILES.get(0)), font(dir, FILES.get(1)), font(dir, FILES.get(2)));
    }

    private static BaseFont font(Path dir, String name) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new UncheckedIOException(new IOException("cover font missing: " + file));
        }
        try {
            // Not cached: a cached BaseFont is shared across documents, and we set state on it below.
            BaseFont f = BaseFont.createFont(file.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, null, null);
            // OpenPDF names a subset with six random letters (ABCDEF+Font); a seeded source makes that name,
            // and so the whole file, the same from run to run.
            f.setSecureRandom(new SeededRandom(name.hashCode()));
            return f;
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot use cover font " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cover font " + file, e);
        }
    }

    /** A "secure" random that is nothing of the kind: it only names font subsets, and must repeat itself. */
    private static final class SeededRandom extends SecureRandom {
        private final Random random;

        SeededRandom(long seed) {
            random = new Random(seed);
        }

        @Override
        public double nextDouble() {
            return random.nextDouble();
        }

        @Override
        public int nextInt() {
            return random.nextInt();
        }

        @Override
        public int nextInt(int bound) {
            return random.nextInt(bound);
        }

        @Override
        public void nextBytes(byte[] bytes) {
            random.nextBytes(bytes);
        }
    }
}
