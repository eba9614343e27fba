package press.reader.importing;

import java.util.List;

/**
 * The front matter of an imported essay, taken from what the capture itself says. A value the capture does not
 * give is {@link #UNKNOWN}; subtitle and standfirst are null when the capture has none.
 */
public record EssayMetadata(String title, String subtitle, String standfirst, String author, String publication,
                            String date, String source, String url, List<String> omitted, int notesMissing) {
    public static final String UNKNOWN = "unknown";
}
