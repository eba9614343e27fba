package press.reader.publish;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every edition the tool makes, in the order a build makes them (an edition comes after those whose results it
 * uses: the screen PDF, the cover and the build report after the print layout). To add an output format, write its
 * {@link Edition} and add it here.
 */
public final class Editions {
    private static final List<Edition> ALL = List.of(
            new PrintPdfEdition(),
            new ScreenPdfEdition(),
            new CoverEdition(),
            new EpubEdition(),
            new HtmlPageEdition(),
            new BuildReportEdition(),
            new CleanupReportEdition());

    private Editions() {}

    public static List<Edition> all() {
        return ALL;
    }

    /** The edition {@code --format} names {@code name}, if any. */
    public static Optional<Edition> byFormat(String name) {
        return ALL.stream().filter(e -> e.selectable() && e.name().equals(name)).findFirst();
    }

    /** The names {@code --format} accepts, in build order. */
    public static List<String> formatNames() {
        return ALL.stream().filter(Edition::selectable).map(Edition::name).toList();
    }

    /**
     * What is wrong with asking for {@code formats} together, or empty: an unknown name, or an edition made from the
     * print layout without the print PDF that makes it.
     */
    public static Optional<String> problem(Set<String> formats) {
        for (String f : formats) {
            Optional<Edition> e = byFormat(f);
            if (e.isEmpty()) {
                return Optional.of("unknown format '" + f + "' (use " + String.join(", ", formatNames()) + ")");
            }
            if (e.get().needs().contains(Edition.Need.PRINT_LAYOUT) && !formats.contains(PrintPdfEdition.NAME)) {
                return Optional.of(e.get().title() + " is made from the print layout: add " + PrintPdfEdition.NAME
                        + " to --format");
            }
        }
        return Optional.empty();
    }
}
