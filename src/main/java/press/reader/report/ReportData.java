package press.reader.report;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * What the build report shows, as plain values.
 *
 * @param title               the book's title
 * @param pages               the print PDF's page count
 * @param warnings            the build's warnings, formatted as they were printed
 * @param stageMillis         the time each stage took, in the order the stages ran
 * @param chapterOpeningPages 0-based page indexes (as PDFBox counts) of the chapter openings, for thumbnails
 * @param pdf                 the print PDF
 * @param coverPdf            the cover PDF, or null if there is none
 * @param laidPages           the page of a 0-based index as the layout made it (null: not known), so that a warm
 *                            build's report knows its thumbnails without reading the book's PDF
 */
public record ReportData(String title, int pages, List<String> warnings, Map<String, Long> stageMillis,
                         List<Integer> chapterOpeningPages, Path pdf, Path coverPdf,
                         IntFunction<LaidPage> laidPages) {

    /** A report whose pages are read from the print PDF alone. */
    public ReportData(String title, int pages, List<String> warnings, Map<String, Long> stageMillis,
                      List<Integer> chapterOpeningPages, Path pdf, Path coverPdf) {
        this(title, pages, warnings, stageMillis, chapterOpeningPages, pdf, coverPdf, index -> null);
    }

    public ReportData {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(pdf, "pdf");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        // a copy that keeps the caller's order (stages in the order they ran)
        stageMillis = stageMillis == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis));
        chapterOpeningPages = chapterOpeningPages == null ? List.of() : List.copyOf(chapterOpeningPages);
        if (laidPages == null) laidPages = index -> null;
    }

    public long totalMillis() {
        return stageMillis.values().stream().mapToLong(Long::longValue).sum();
    }
}
