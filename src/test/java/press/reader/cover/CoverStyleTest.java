package press.reader.cover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.UserError;

/** The cover's design is the designer's file, styles/cover.yaml: read whole, every change drawn, every typo said. */
class CoverStyleTest {
    private static final Path STOCK = Path.of("styles", CoverStyle.FILE);

    /** A styles folder of its own: the stock cover.yaml (edited by {@code edit}) beside links to the stock fonts. */
    private static Path styles(Path tmp, String from, String to) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("styles"));
        Files.writeString(dir.resolve(CoverStyle.FILE), Files.readString(STOCK).replace(from, to));
        Files.createSymbolicLink(dir.resolve("fonts"), CoverFixtures.FONTS.toAbsolutePath());
        return dir.resolve("fonts");
    }

    private static byte[] cover(Path fonts) throws Exception {
        CoverSpec s = CoverFixtures.spec(96, "");
        CoverSpec spec = new CoverSpec(s.title(), s.subtitle(), s.editors(), s.blurb(), s.isbn(), s.trimWidthPt(),
                s.trimHeightPt(), s.interiorPages(), s.paperThicknessIn(), s.bleedIn(), fonts, s.epochSeconds(),
                List.of("Suzi Weissman"), "Bookpress Editions");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CoverMaker.write(spec, out);
        return out.toByteArray();
    }

    @Test
    void theStockDesignIsReadWhole() {
        CoverStyle s = CoverStyle.of(CoverFixtures.FONTS);
        assertEquals(46f, s.titleSize);
        assertEquals(0.6f * 72, s.panelMargin);
        assertEquals(80, s.spineTextMinPages);
        assertEquals("Edited by", s.wordEditedBy);
    }

    @Test
    void aChangedValueChangesTheCoverAndTheSameFileTheSameBytes(@TempDir Path tmp) throws Exception {
        byte[] stock = cover(styles(tmp.resolve("a"), "", ""));
        assertTrue(Arrays.equals(stock, cover(styles(tmp.resolve("b"), "", ""))), "the same design, the same bytes");
        assertFalse(Arrays.equals(stock, cover(styles(tmp.resolve("c"), "title-size: 46pt", "title-size: 40pt"))));
        assertFalse(Arrays.equals(stock, cover(styles(tmp.resolve("d"), "with-essays-by: \"with essays by\"",
                "with-essays-by: \"with contributions by\""))));
        // the spacing too is the designer's (issue 13): the blurb's drop below the back's rule
        assertFalse(Arrays.equals(stock, cover(styles(tmp.resolve("e"), "blurb-drop: 2.2", "blurb-drop: 3"))));
    }

    @Test
    void aMisspeltOrIllFormedSettingIsAnErrorAtItsLine(@TempDir Path tmp) throws Exception {
        UserError typo = assertThrows(UserError.class,
                () -> CoverStyle.of(styles(tmp.resolve("a"), "title-min-size:", "title-minimum-size:")));
        assertTrue(typo.getMessage().contains("BP521") && typo.getMessage().contains("title-min"), typo.getMessage());
        UserError unit = assertThrows(UserError.class,
                () -> CoverStyle.of(styles(tmp.resolve("b"), "title-size: 46pt", "title-size: 46")));
        assertTrue(unit.getMessage().matches("(?s).*cover\\.yaml:\\d+: .*front\\.title-size.*BP521.*"), unit.getMessage());
        UserError colour = assertThrows(UserError.class,
                () -> CoverStyle.of(styles(tmp.resolve("c"), "field: [0.15,", "field: [1.15,")));
        assertTrue(colour.getMessage().contains("colours.field"), colour.getMessage());
    }
}
