package press.reader.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import press.reader.diagnostics.Diagnostic;

/** Everything one import produced: the essay's Markdown, its metadata, and the record of every change. */
public final class CleanResult {
    /** A word the report flags for the editor; the text is never changed. */
    public record Suspect(int line, String word, String suggestion) {}

    private final String sourceName;
    private final String site;
    private final EssayMetadata metadata;
    private final String markdown;
    private final List<SourceLine> lines;
    private final List<Diagnostic> warnings;
    private final List<Suspect> suspects;
    /**
     * What the fidelity check reads of this capture alone ({@link FidelityCheck.CaptureWords}), made when it first
     * compares an essay with it: a result is not changed once made, and a warm rebuild checks an edited essay against
     * the capture it cleaned before (Fidelity keeps the results), whose words were two thirds of that check.
     */
    private volatile FidelityCheck.CaptureWords captureWords;

    CleanResult(String sourceName, String site, EssayMetadata metadata, String markdown, List<SourceLine> lines,
                List<Diagnostic> warnings, List<Suspect> suspects) {
        this.sourceName = sourceName;
        this.site = site;
        this.metadata = metadata;
        this.markdown = markdown;
        this.lines = List.copyOf(lines);
        this.warnings = List.copyOf(warnings);
        this.suspects = List.copyOf(suspects);
    }

    /** This capture's words as {@code reading} gives them, read once. */
    FidelityCheck.CaptureWords captureWords(Function<CleanResult, FidelityCheck.CaptureWords> reading) {
        FidelityCheck.CaptureWords words = captureWords;
        if (words == null) captureWords = words = reading.apply(this);   // two threads may both read: the same words
        return words;
    }

    /** The capture's name as shown in messages, e.g. {@code manuscript/sources/000_x.txt}. */
    public String sourceName() {
        return sourceName;
    }

    /** The site profile that matched, or null. */
    public String site() {
        return site;
    }

    public EssayMetadata metadata() {
        return metadata;
    }

    /** The clean essay: YAML front matter and Markdown body. */
    public String markdown() {
        return markdown;
    }

    public List<Diagnostic> warnings() {
        return warnings;
    }

    public List<Suspect> suspects() {
        return suspects;
    }

    public List<Removal> removals() {
        List<Removal> out = new ArrayList<>();
        for (SourceLine l : lines) if (!l.kept()) out.add(l.removal);
        return out;
    }

    public List<Change> changes() {
        List<Change> out = new ArrayList<>();
        for (SourceLine l : lines) if (l.kept()) out.addAll(l.changes);
        return out;
    }

    List<SourceLine> lines() {
        return lines;
    }
}
