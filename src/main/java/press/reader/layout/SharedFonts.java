package press.reader.layout;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.fonts.FontEventListener;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.fonts.FontUris;
import org.apache.fop.fonts.LazyFont;
import org.apache.fop.fonts.MultiByteFont;
import org.apache.fop.fonts.Typeface;

/**
 * The fonts FOP has read, lent to every later run of the same FOP factory. FOP reads a font file anew in every run
 * (its {@link LazyFont} parses the whole OpenType file, kerning table and all, when the run first measures a glyph):
 * a book laid out page sequence by page sequence read the same ten fonts once per sequence, a quarter of the drawn
 * layout's time (JFR). A font read once is kept; each later run gets its own copy, which shares what reading the
 * file made (widths, kerning pairs, character map, bounding boxes) and starts with no glyph used, so each run embeds
 * the subset of its own glyphs exactly as if it had read the file itself (the PDFs' bytes are the same).
 *
 * <p>The copy knows FOP's fields (FOP 2.11's {@link MultiByteFont} and its superclasses): each is either made once
 * by reading the font and only read afterwards, or state of one document. With a FOP whose fonts have other fields,
 * or for a font of another kind, nothing is lent: FOP reads the file per run, as it always did.
 */
final class SharedFonts {
    /** Fields a run changes (the glyphs it used, its warnings, its listener): a copy has them new. */
    private static final Set<String> PER_RUN = Set.of("cidSet", "usedGlyphNames", "mostLikelyGlyphs",
            "additionalEncodings", "warnedChars", "charMapOps", "eventListener", "numMapped", "numUnmapped",
            "nextPrivateUse", "firstPrivate", "lastPrivate", "firstUnmapped", "lastUnmapped", "resourceResolver");
    /** The character map: read-only unless a run adds private-use mappings (complex scripts); a copy has its own list. */
    private static final String CMAP = "cmap";
    /** Fields made by reading the font file and only read afterwards: a copy shares them. */
    private static final Set<String> READ_ONLY = Set.of("ttcName", "encoding", "defaultWidth", "cidType", "gdef",
            "gsub", "gpos", "boundingBoxes", "isOTFFile", "width", "fontFileURI", "fontName", "fullName",
            "familyNames", "fontSubName", "embedFileURI", "embedResourceName", "embeddingMode", "capHeight", "xHeight",
            "ascender", "descender", "fontBBox", "flags", "weight", "stemV", "italicAngle", "missingWidth", "fontType",
            "firstChar", "lastChar", "underlinePosition", "underlineThickness", "strikeoutPosition",
            "strikeoutThickness", "kerning", "useKerning", "svgs", "useAdvanced", "simulateStyle",
            "unencodedCharacters");
    private static final List<Field> FONT_FIELDS = fontFields();
    private static final Map<String, Field> LAZY = lazyFields();

    /** Fonts read so far, by everything FOP reads a font with; each never used by a run. */
    private final Map<List<Object>, MultiByteFont> kept = new ConcurrentHashMap<>();
    private final AtomicInteger readByFop = new AtomicInteger();
    private final AtomicInteger lent = new AtomicInteger();
    /** The copies made here (a run's font that is one was not read by FOP). */
    private final Set<MultiByteFont> copies = Collections.newSetFromMap(Collections.synchronizedMap(new WeakHashMap<>()));

    /** Whether fonts can be lent with this FOP (else every method here does nothing). */
    static boolean available() {
        return FONT_FIELDS != null && LAZY != null;
    }

    /** How many fonts FOP has read in the runs seen so far, and how many copies were lent instead of a read. */
    record Work(int readByFop, int lent) {}

    Work work() {
        return new Work(readByFop.get(), lent.get());
    }

    /**
     * Gives each font of a run just set up (FOP's lazy fonts, none read yet) a copy of the font read before, when
     * there is one; the others FOP reads as usual.
     */
    void lend(FontInfo fonts) {
        if (!available()) return;
        for (Typeface t : fonts.getFonts().values()) {
            if (t.getClass() != LazyFont.class) continue;
            try {
                if ((boolean) LAZY.get("isMetricsLoaded").get(t)) continue;
                MultiByteFont known = kept.get(key(t));
                if (known == null) continue;
                MultiByteFont copy = copy(known, (InternalResourceResolver) LAZY.get("resourceResolver").get(t));
                copy.setEventListener(eventListener(t));
                LAZY.get("realFont").set(t, copy);
                LAZY.get("realFontDescriptor").set(t, copy);
                LAZY.get("isMetricsLoaded").set(t, true);
                lent.incrementAndGet();
            } catch (ReflectiveOperationException | RuntimeException e) {
                // left to FOP, which reads the font itself
            }
        }
    }

    /**
     * After a run: keeps a copy of each font FOP read for it (the run is over, so nothing changes them any more),
     * to lend to the runs after it.
     */
    void keep(FontInfo fonts) {
        if (!available()) return;
        for (Typeface t : fonts.getFonts().values()) {
            if (t.getClass() != LazyFont.class) continue;
            try {
                if (!(boolean) LAZY.get("isMetricsLoaded").get(t)) continue;
                if (!(LAZY.get("realFont").get(t) instanceof MultiByteFont f) || f.getClass() != MultiByteFont.class
                        || copies.contains(f)) {
                    continue;
                }
                readByFop.incrementAndGet();
                // a run that mapped glyphs to private-use characters added them to the character map: not kept
                if (privateUse(f)) continue;
                List<Object> key = key(t);
                if (!kept.containsKey(key)) {
                    kept.putIfAbsent(key, copy(f, (InternalResourceResolver) LAZY.get("resourceResolver").get(t)));
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // not kept: FOP reads it again in the next run
            }
        }
    }

    /**
     * Reads the fonts of {@code fonts} (set up as for a run, none read yet) that are not kept yet, in order, and
     * keeps them: the fonts made ready on a core with nothing else to do. A font that cannot be read is left for the
     * run that uses it to report.
     */
    void readAll(FontInfo fonts) {
        if (!available()) return;
        for (Typeface t : fonts.getFonts().values()) {
            if (t.getClass() != LazyFont.class) continue;
            try {
                if (!kept.containsKey(key(t))) ((LazyFont) t).getRealFont();
            } catch (ReflectiveOperationException | RuntimeException e) {
                // the run that uses it reports it
            }
        }
        keep(fonts);
    }

    /** A font as FOP would read it from the same file: what reading made, shared; no glyph used. */
    private MultiByteFont copy(MultiByteFont from, InternalResourceResolver resolver) throws IllegalAccessException {
        MultiByteFont to = new MultiByteFont(resolver, from.getEmbeddingMode());
        for (Field f : FONT_FIELDS) {
            if (f.getName().equals(CMAP)) {
                Object cmap = f.get(from);
                f.set(to, cmap == null ? null : new ArrayList<>((List<?>) cmap));
            } else if (READ_ONLY.contains(f.getName())) {
                f.set(to, f.get(from));
            }
        }
        copies.add(to);
        return to;
    }

    /** Whether a run mapped glyphs of {@code f} to private-use characters (FOP's complex scripts do). */
    private static boolean privateUse(MultiByteFont f) throws IllegalAccessException {
        for (Field field : FONT_FIELDS) {
            if ((field.getName().equals("numMapped") || field.getName().equals("numUnmapped")) && field.getInt(f) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Everything FOP reads a font with (the file, the sub-font, the modes, kerning…): fonts with equal keys are equal. */
    private static List<Object> key(Typeface lazy) throws IllegalAccessException {
        FontUris uris = (FontUris) LAZY.get("fontUris").get(lazy);
        List<Object> key = new ArrayList<>();
        key.add(String.valueOf(uris.getEmbed()));
        key.add(String.valueOf(uris.getMetrics()));
        for (String name : List.of("subFontName", "embedded", "embeddingMode", "encodingMode", "useKerning",
                "useAdvanced", "simulateStyle", "embedAsType1", "useSVG")) {
            key.add(String.valueOf(LAZY.get(name).get(lazy)));
        }
        if (uris.getMetrics() != null) throw new IllegalStateException("font metrics file: FOP reads it");
        return key;
    }

    /** The listener FOP gave the lazy font (a font read by it gets the same, for its warnings). */
    private static FontEventListener eventListener(Typeface t) throws ReflectiveOperationException {
        Field f = Typeface.class.getDeclaredField("eventListener");
        f.setAccessible(true);
        return (FontEventListener) f.get(t);
    }

    /** MultiByteFont's instance fields, or null when they are not those this class knows. */
    private static List<Field> fontFields() {
        try {
            List<Field> fields = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (Class<?> c = MultiByteFont.class; c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) continue;
                    if (!names.add(f.getName())) return null;        // a name twice: not the classes known here
                    f.setAccessible(true);
                    fields.add(f);
                }
            }
            Set<String> known = new HashSet<>(PER_RUN);
            known.addAll(READ_ONLY);
            known.add(CMAP);
            if (!names.equals(known)) return null;
            for (Field f : fields) {
                if (Modifier.isFinal(f.getModifiers()) && !PER_RUN.contains(f.getName())) return null;
            }
            return List.copyOf(fields);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Map<String, Field> lazyFields() {
        try {
            Map<String, Field> fields = new HashMap<>();
            for (String name : List.of("fontUris", "subFontName", "embedded", "embeddingMode", "encodingMode",
                    "useKerning", "useAdvanced", "simulateStyle", "embedAsType1", "useSVG", "resourceResolver",
                    "isMetricsLoaded", "realFont", "realFontDescriptor")) {
                Field f = LazyFont.class.getDeclaredField(name);
                f.setAccessible(true);
                fields.put(name, f);
            }
            return Map.copyOf(fields);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
