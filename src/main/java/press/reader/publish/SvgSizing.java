package press.reader.publish;

/**
 * What FOP needs before it can size its first SVG image, made ready on the second core while the manuscript is read.
 * FOP sizes an SVG (a figure's file, the stock styles' chronology timeline, the {@code init} book's figure) with a
 * Batik user agent given Batik's {@code DefaultFontFamilyResolver}, whose class initialisation lists every font the
 * system has through Java2D, once per process: 0.28–0.31 s here (220 system fonts; more on a desktop), and in a cold
 * build it fell on the print layout's first pass, which waited for it (JFR: ten samples at 7.1–7.3 s of a 12 s build
 * of the real book). Done in the warm-up instead, after the stylesheet and the fonts: ten alternating cold builds of
 * the real book, median 11.89 → 11.50 s (pairs within the machine's noise, mean −0.47 s). A book without SVG pays its
 * 0.3 s of CPU on the second core during the warm-up.
 */
final class SvgSizing {
    private static final String RESOLVER = "org.apache.batik.bridge.DefaultFontFamilyResolver";

    private SvgSizing() {}

    /** Initialises Batik's default font-family resolver, if Batik is there (FOP's; without it FOP draws no SVG). */
    static void prepare() {
        try {
            Class.forName(RESOLVER, true, SvgSizing.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // nothing to make ready: FOP meets the same where it can report it
        }
    }
}
