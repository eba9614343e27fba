package press.reader.cover;

import com.lowagie.text.pdf.CMYKColor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import press.reader.diagnostics.UserError;
import press.reader.manuscript.Yaml;

/**
 * The designer's values for the cover, read from {@code styles/cover.yaml} (beside the fonts the cover is set in):
 * colours, margins, type sizes, the spine's rules and the words it prints. Java holds none of them; the drawing
 * code in {@link CoverPanels} only reads these. Sizes are in points once read.
 */
final class CoverStyle {
    static final String FILE = "cover.yaml";

    final CMYKColor field, paper, gold, barcodeBox, barcodeInk;
    final float panelMargin;
    final float titleSize, titleMinSize, titleLeading, titleTop, subtitleSize, subtitleLeading, ruleWidth, ruleLength;
    final int titleMaxLines;
    final float editorLabelSize, editorSize, capsTracking, editorBottom;
    final float titleRuleDrop, subtitleDrop, subtitleMeasure, frontCreditLeading, editorLeading, editorLabelRise,
            editorRuleRise, editorRuleWeight;
    final int spineTextMinPages;
    final float spineClearance, spineTitleMaxSize, spineFill, spineEndMargin, spineMinSize, spineEditorsSize, spineEditorsGap;
    final float backHeadSize, blurbSize, blurbLeading, blurbTop, creditSize, creditLeading, imprintSize;
    final float barcodeModule, barcodeBarHeight, barcodeWidth, barcodeHeight, barcodeInset, isbnSize;
    final float backHeadLeading, backHeadRuleDrop, backRuleLength, backRuleWeight, blurbDrop, blurbParagraphSpace,
            blurbMinSize, creditSpace, blurbFloor, isbnTracking, isbnDrop, barsDrop;
    final String wordEditedBy, wordWithEssaysBy, wordAnd, wordIsbn;

    /** The style of the styles folder that holds {@code fontsDir}. */
    static CoverStyle of(Path fontsDir) {
        return new CoverStyle(fontsDir.toAbsolutePath().getParent().resolve(FILE));
    }

    private CoverStyle(Path file) {
        Reader r = new Reader(file);
        field = r.colour("colours", "field");
        paper = r.colour("colours", "paper");
        gold = r.colour("colours", "gold");
        barcodeBox = r.colour("colours", "barcode-box");
        barcodeInk = r.colour("colours", "barcode-ink");
        panelMargin = r.length("margins", "panel");
        titleSize = r.length("front", "title-size");
        titleMinSize = r.length("front", "title-min-size");
        titleMaxLines = r.count("front", "title-max-lines");
        titleLeading = r.number("front", "title-leading");
        titleTop = r.number("front", "title-top");
        subtitleSize = r.length("front", "subtitle-size");
        subtitleLeading = r.number("front", "subtitle-leading");
        ruleWidth = r.length("front", "rule-width");
        ruleLength = r.length("front", "rule-length");
        editorLabelSize = r.length("front", "editor-label-size");
        editorSize = r.length("front", "editor-size");
        capsTracking = r.number("front", "caps-tracking");
        editorBottom = r.length("front", "editor-bottom");
        titleRuleDrop = r.number("front", "title-rule-drop");
        subtitleDrop = r.number("front", "subtitle-drop");
        subtitleMeasure = r.number("front", "subtitle-measure");
        frontCreditLeading = r.number("front", "credit-leading");
        editorLeading = r.number("front", "editor-leading");
        editorLabelRise = r.number("front", "editor-label-rise");
        editorRuleRise = r.number("front", "editor-rule-rise");
        editorRuleWeight = r.number("front", "editor-rule-weight");
        spineTextMinPages = r.count("spine", "text-min-pages");
        spineClearance = r.length("spine", "clearance");
        spineTitleMaxSize = r.length("spine", "title-max-size");
        spineFill = r.number("spine", "fill");
        spineEndMargin = r.length("spine", "end-margin");
        spineMinSize = r.length("spine", "min-size");
        spineEditorsSize = r.number("spine", "editors-size");
        spineEditorsGap = r.number("spine", "editors-gap");
        backHeadSize = r.length("back", "head-size");
        blurbSize = r.length("back", "blurb-size");
        blurbLeading = r.number("back", "blurb-leading");
        blurbTop = r.length("back", "blurb-top");
        creditSize = r.length("back", "credit-size");
        creditLeading = r.number("back", "credit-leading");
        imprintSize = r.length("back", "imprint-size");
        barcodeModule = r.length("back", "barcode-module");
        barcodeBarHeight = r.length("back", "barcode-bar-height");
        barcodeWidth = r.length("back", "barcode-width");
        barcodeHeight = r.length("back", "barcode-height");
        barcodeInset = r.length("back", "barcode-inset");
        isbnSize = r.length("back", "isbn-size");
        backHeadLeading = r.number("back", "head-leading");
        backHeadRuleDrop = r.number("back", "head-rule-drop");
        backRuleLength = r.number("back", "rule-length");
        backRuleWeight = r.number("back", "rule-weight");
        blurbDrop = r.number("back", "blurb-drop");
        blurbParagraphSpace = r.number("back", "blurb-paragraph-space");
        blurbMinSize = r.length("back", "blurb-min-size");
        creditSpace = r.number("back", "credit-space");
        blurbFloor = r.length("back", "blurb-floor");
        isbnTracking = r.number("back", "isbn-tracking");
        isbnDrop = r.number("back", "isbn-drop");
        barsDrop = r.number("back", "bars-drop");
        wordEditedBy = r.word("words", "edited-by");
        wordWithEssaysBy = r.word("words", "with-essays-by");
        wordAnd = r.word("words", "and");
        wordIsbn = r.word("words", "isbn");
        r.noOthers();
    }

    /** Reads the file's sections and keys, each once; a missing, unknown or ill-formed one is a BP521 error at its line. */
    private static final class Reader {
        private final String name;
        private final Yaml.Mapping root;
        private final Set<String> read = new HashSet<>();

        Reader(Path file) {
            name = file.toString();
            if (!Files.isRegularFile(file)) {
                throw UserError.at(name, 0, "BP521", "the cover's design file is missing (copy it from the stock styles)");
            }
            Yaml.Value v = Yaml.parseFile(file, name);
            if (!(v instanceof Yaml.Mapping m)) throw UserError.at(name, 1, "BP521", "the cover's design is not a list of sections");
            root = m;
        }

        private Yaml.Value value(String section, String key) {
            read.add(section + "." + key);
            if (!(root.get(section) instanceof Yaml.Mapping m)) {
                throw UserError.at(name, root.lineOf(section), "BP521", "the section '" + section + ":' is missing");
            }
            Yaml.Value v = m.get(key);
            if (v == null) throw UserError.at(name, m.line(), "BP521", "'" + section + ":' lacks '" + key + ":'");
            return v;
        }

        private String scalar(String section, String key) {
            Yaml.Value v = value(section, key);
            if (!(v instanceof Yaml.Scalar s)) throw bad(v, section, key, "one value");
            return s.text().strip();
        }

        private UserError bad(Yaml.Value v, String section, String key, String what) {
            int line = v instanceof Yaml.Scalar s ? s.line() : v instanceof Yaml.Sequence q ? q.line() : 0;
            return UserError.at(name, line, "BP521", section + "." + key + " must be " + what);
        }

        /** A length with its unit (pt, in, mm), in points; computed in float as the cover's geometry is. */
        float length(String section, String key) {
            String s = scalar(section, key).toLowerCase(Locale.ROOT);
            try {
                if (s.endsWith("pt")) return Float.parseFloat(s.substring(0, s.length() - 2).strip());
                if (s.endsWith("in")) return Float.parseFloat(s.substring(0, s.length() - 2).strip()) * 72;
                if (s.endsWith("mm")) return Float.parseFloat(s.substring(0, s.length() - 2).strip()) * 72 / 25.4f;
            } catch (NumberFormatException e) {
                // reported below
            }
            throw bad(value(section, key), section, key, "a length with its unit, e.g. 12pt, 0.25in or 6mm");
        }

        float number(String section, String key) {
            try {
                return Float.parseFloat(scalar(section, key));
            } catch (NumberFormatException e) {
                throw bad(value(section, key), section, key, "a number, e.g. 1.2");
            }
        }

        int count(String section, String key) {
            try {
                return Integer.parseInt(scalar(section, key));
            } catch (NumberFormatException e) {
                throw bad(value(section, key), section, key, "a whole number");
            }
        }

        String word(String section, String key) {
            return scalar(section, key);
        }

        CMYKColor colour(String section, String key) {
            Yaml.Value v = value(section, key);
            if (v instanceof Yaml.Sequence q && q.items().size() == 4) {
                float[] c = new float[4];
                for (int i = 0; i < 4; i++) {
                    try {
                        c[i] = q.items().get(i) instanceof Yaml.Scalar s ? Float.parseFloat(s.text().strip()) : -1;
                    } catch (NumberFormatException e) {
                        c[i] = -1;
                    }
                    if (c[i] < 0 || c[i] > 1) c[0] = Float.NaN;
                }
                if (!Float.isNaN(c[0])) return new CMYKColor(c[0], c[1], c[2], c[3]);
            }
            throw bad(v, section, key, "four numbers from 0 to 1: [cyan, magenta, yellow, black]");
        }

        /** A key the code does not read is a designer's typo: said, not ignored. */
        void noOthers() {
            for (Map.Entry<String, Yaml.Value> section : root.entries().entrySet()) {
                if (!(section.getValue() instanceof Yaml.Mapping m)) {
                    throw UserError.at(name, root.lineOf(section.getKey()), "BP521", "'" + section.getKey() + "' is not a cover setting");
                }
                for (String key : m.entries().keySet()) {
                    if (!read.contains(section.getKey() + "." + key)) {
                        throw UserError.at(name, m.lineOf(key), "BP521", "'" + section.getKey() + "." + key
                                + "' is not a cover setting (a misspelt name?)");
                    }
                }
            }
        }
    }
}
