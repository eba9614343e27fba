package press.reader.robust.fuzz;

import press.reader.support.HangGuard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import press.reader.importing.CaptureReader;
import press.reader.importing.CleanResult;
import press.reader.importing.FidelityCheck;
import press.reader.importing.Importer;
import press.reader.importing.Rules;
import press.reader.importing.RulesLoader;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.UserError;

/**
 * Fuzzing the import cleaner with the manuscript's own rules: any capture is either refused with a
 * {@link UserError} or cleaned; the cleaning never throws, never hangs, and never loses or changes a word
 * without a rule (the fidelity check of the cleaner's own output reports 0 unexplained differences).
 */
@AddLifecycleHook(FuzzBudget.class)
class ImporterFuzzProperties {
    private static final Rules RULES = RulesLoader.load(Path.of("manuscript/rules.yaml"));

    /** Lines a web capture is made of: prose, debris the rules know, note markers, entities, lists. */
    static Arbitrary<String> captureLine() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Fragments.words(1, 30).map(s -> s + Arbitraries.of(".", "", ",", ":", "?", "!", ".(1)", ".[2]", "…").sample())),
                Tuple.of(3, Fragments.words(1, 6)),
                Tuple.of(2, Arbitraries.of("", "", " ", "\t")),
                Tuple.of(2, Arbitraries.of("Share", "Tweet", "Print", "Issue 2578", "Socialist Worker", "Breakfast in Red",
                        "Latest News", "Subscribe to our newsletter for email updates", "Downloading PDF. Please wait...",
                        "This article is over 5 years old", "Notes", "Footnotes", "References", "By Anna Author",
                        "6 October 2017", "May-June 2017", "Against the Current, ATC 188", "Aurora", "ICT",
                        "1. A note.", "(1) A note.", "[1] A note.", "1) A note", "• bullet", "* star", "- dash",
                        "— Attribution", "Posted in News", "Tags: revolution", "Comments", "Leave a reply")),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(60)),
                Tuple.of(1, Arbitraries.strings().withChars("&#;0123456789amprsquoldtnbshyx<>[]()*_`\\\"'—–-…").ofMaxLength(20)));
    }

    @Provide
    Arbitrary<String> captures() {
        return captureLine().list().ofMaxSize(40).map(lines -> String.join("\n", lines));
    }

    @Provide
    Arbitrary<Charset> charsets() {
        return Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.UTF_8, Charset.forName("windows-1252"),
                StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16LE);
    }

    @Property(tries = 400, seed = "1917")
    void cleaningNeverThrowsAndNeverLosesAWord(@ForAll("captures") String capture, @ForAll("charsets") Charset charset) {
        byte[] bytes = (charset.equals(StandardCharsets.UTF_16LE) ? "\uFEFF" + capture : capture).getBytes(charset);
        CaptureReader.Capture decoded;
        try {
            decoded = CaptureReader.decode(bytes, "sources/fuzz.txt");
        } catch (UserError refused) {
            net.jqwik.api.statistics.Statistics.label("capture").collect("refused " + refused.diagnostics().get(0).code());
            return; // a clear refusal (empty, binary, undecodable, mojibake) is a correct outcome
        }
        net.jqwik.api.statistics.Statistics.label("capture").collect("cleaned");
        List<Diagnostic> unexplained = HangGuard.run(() -> {
            CleanResult result = new Importer(RULES).clean(decoded, "sources/fuzz.txt");
            return FidelityCheck.compare(result, result.markdown(), "essays/fuzz.md", null).stream()
                    .filter(Diagnostic::isError).toList();
        });
        assertEquals(List.of(), unexplained, "the cleaner lost or changed words without a rule");
    }

    /** Arbitrary bytes: the capture reader decodes or refuses, nothing else. */
    @Property(tries = 1000, seed = "1917")
    void arbitraryBytesAreDecodedOrRefused(@ForAll byte[] bytes) {
        try {
            CaptureReader.decode(bytes, "sources/fuzz.txt");
        } catch (UserError refused) {
            assertEquals("sources/fuzz.txt", refused.diagnostics().get(0).file());
        }
    }
}
