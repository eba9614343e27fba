package press.reader.robust.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import press.reader.robust.RobustAccess;
import press.reader.support.HangGuard;
import press.reader.support.TestBooks;

/**
 * Fuzzing the values of book.yaml and of the apparatus files (glossary, chronology, index, editor's notes): whatever
 * they hold, {@code check} exits 0 or 1 with located messages, never 70 (an internal error) and never hangs; and a
 * manuscript {@code check} accepts is one {@code build} makes or refuses with a message, never an internal error.
 * Fixed seed and bounded tries here; see {@link FuzzBudget} for a longer campaign.
 */
@AddLifecycleHook(FuzzBudget.class)
class BookValuesFuzzProperties {
    private static Path root;
    private static Path manuscript;
    private static String bookYaml;

    @BeforeContainer
    static void copyMini() throws IOException {
        root = Files.createTempDirectory("robust-fuzz-values");
        manuscript = RobustAccess.copyMini(root);
        bookYaml = Files.readString(manuscript.resolve("book.yaml"));
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        RobustAccess.deleteTree(root);
    }

    /** A book.yaml value: plausible, absurd, or any text, written plain or quoted. */
    private static Arbitrary<String> value(Arbitrary<String> plausible) {
        Arbitrary<String> absurd = Arbitraries.of("0", "-1", "3", "0in", "0.0001in", "99999999999999999999in", "1e308",
                "NaN", "-0", "", " ", "~", "null", "[]", "{}", "1000in", "0.0999", "4", "16", "128", "2147483648",
                "en", "", "x", "../../etc/passwd", "file:///etc/passwd", "\u202Eabc", "名前", "a\u0000b", "9in", "152mm",
                "urn:uuid:x", "978-0-306-40615-7", "978-0-306-40615-8", "0-306-40615-2");
        Arbitrary<String> any = Arbitraries.strings().withCharRange(' ', '\u2FFF').ofMaxLength(40);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(20, plausible), net.jqwik.api.Tuple.of(1, absurd),
                net.jqwik.api.Tuple.of(1, any)).map(BookValuesFuzzProperties::yaml);
    }

    /** Quoted as a YAML double-quoted scalar (escapes included), so that the value, not the syntax, is tested. */
    private static String yaml(String v) {
        StringBuilder sb = new StringBuilder("\"");
        v.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') sb.append('\\').appendCodePoint(cp);
            else if (cp < 0x20) sb.append(String.format("\\x%02x", cp));
            else sb.appendCodePoint(cp);
        });
        return sb.append('"').toString();
    }

    @Provide
    Arbitrary<String> bookYamls() {
        Arbitrary<String> length = Arbitraries.of("6in", "9in", "5.5in", "152mm", "23cm", "432pt", "3in", "20in", "21in");
        Arbitrary<String> lang = Arbitraries.of("en", "en-GB", "de", "fr-CA", "xx-YY", "sr-Latn-RS", "ja", "en-AU", "tlh");
        Arbitrary<String> back = Arbitraries.of("chronology", "glossary", "bibliography", "index").list().ofMaxSize(5)
                .map(l -> "[" + String.join(", ", l) + "]");
        return Combinators.combine(List.of(value(length), value(length), value(Arbitraries.of("0", "4", "16", "32")),
                value(Arbitraries.of("0.125in", "3mm", "0in")), value(Arbitraries.of("0.0025", "0.002")), value(lang),
                value(Arbitraries.of("2026", "1917")), value(Arbitraries.of("", "978-0-306-40615-7")),
                value(Arbitraries.of("A Small Test Book", "Другая книга")), value(Arbitraries.of("pdf-a-1b", "none")),
                value(Arbitraries.of("chicago-notes-bibliography", "apa", "chicago-notes")), back.injectDuplicates(0.3),
                value(Arbitraries.of("essays/alpha.md", "essays/al\u0000pha.md", "essays/./alpha.md"))))
                .as(v -> bookYaml
                        .replaceFirst("trim: .*", "trim: {width: " + v.get(0) + ", height: " + v.get(1) + "}\nsignature: "
                                + v.get(2) + "\nbleed: " + v.get(3) + "\npaper-thickness: " + v.get(4) + "\nisbn: " + v.get(7)
                                + "\nprint-standard: " + v.get(9) + "\ncitation-style: " + v.get(10))
                        .replaceFirst("language: .*", "language: " + v.get(5))
                        .replaceFirst("year: .*", "year: " + v.get(6))
                        .replaceFirst("title: .*", "title: " + v.get(8))
                        .replaceFirst("back: .*", "back: " + v.get(11))
                        .replaceFirst("essays: \\[essays/alpha.md", "essays: [" + java.util.regex.Matcher.quoteReplacement(v.get(12))));
    }

    @Provide
    Arbitrary<String[]> apparatus() {
        Arbitrary<String> text = value(Arbitraries.of("soviet", "Lenin", "Petrograd", "took power", "naming Trotsky",
                "Vladiwostok", "1917-10-25", "1921-03", "alpha", "alpha#2", "beta#0", "Petersburg"));
        Arbitrary<String> number = value(Arbitraries.of("1", "2", "0", "-1", "99999999999"));
        return Combinators.combine(text, text, text, text, text, number, text, text).as((a, b, c, d, e, n, f, g) -> new String[] {
                "- term: " + a + "\n  variants: [" + b + "]\n  definition: " + c + "\n",
                "- date: " + d + "\n  event: " + e + "\n  essays: [" + f + "]\n  match: [" + b + "]\n",
                "- headword: " + a + "\n  forms: [" + b + "]\n  see: " + g + "\n- headword: " + g + "\n  see: " + a + "\n",
                "- chapter: " + f + "\n  at: " + c + "\n  occurrence: " + n + "\n  note: " + e + "\n"});
    }

    @Property(tries = 60, seed = "1917", edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
    void checkingAnyBookYamlExitsZeroOrOne(@ForAll("bookYamls") String yaml) throws IOException {
        Files.writeString(manuscript.resolve("book.yaml"), yaml, StandardCharsets.UTF_8);
        assertCheckExitsZeroOrOne();
    }

    @Property(tries = 60, seed = "1917", edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
    void checkingAnyApparatusExitsZeroOrOne(@ForAll("apparatus") String[] files) throws IOException {
        Files.writeString(manuscript.resolve("book.yaml"), bookYaml, StandardCharsets.UTF_8);
        Files.writeString(manuscript.resolve("glossary.yaml"), files[0], StandardCharsets.UTF_8);
        Files.writeString(manuscript.resolve("timeline.yaml"), files[1], StandardCharsets.UTF_8);
        Files.writeString(manuscript.resolve("index.yaml"), files[2], StandardCharsets.UTF_8);
        Files.writeString(manuscript.resolve("editor-notes.yaml"), files[3], StandardCharsets.UTF_8);
        try {
            assertCheckExitsZeroOrOne();
        } finally {
            for (String f : List.of("glossary.yaml", "timeline.yaml", "index.yaml", "editor-notes.yaml")) {
                Files.copy(TestBooks.MINI_MANUSCRIPT.resolve(f), manuscript.resolve(f),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** The gate holds: what {@code check} passes, {@code build} makes (or refuses in words), with the PDF laid out. */
    @Property(tries = 3, seed = "1917", edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
    void aBookYamlThatCheckPassesBuilds(@ForAll("bookYamls") String yaml) throws IOException {
        Files.writeString(manuscript.resolve("book.yaml"), yaml, StandardCharsets.UTF_8);
        String[] out = new String[1];
        int check = HangGuard.run(() -> RobustAccess.cli(out, "check", "--manuscript", manuscript.toString(),
                "--styles", TestBooks.STYLES.toString()));
        if (check != 0) return;
        int build = HangGuard.run(() -> RobustAccess.cli(out, "build", "--manuscript", manuscript.toString(), "--out",
                root.resolve("out").toString(), "--format", "pdf,epub", "--styles", TestBooks.STYLES.toString()));
        assertTrue(build == 0, "check passed, build exited " + build + ":\n" + out[0]);
    }

    private static void assertCheckExitsZeroOrOne() {
        String[] out = new String[1];
        int exit = HangGuard.run(() -> RobustAccess.cli(out, "check", "--manuscript", manuscript.toString(),
                "--styles", TestBooks.STYLES.toString()));
        net.jqwik.api.statistics.Statistics.label("exit").collect(exit);
        assertTrue(exit == 0 || exit == 1, "exit " + exit + ":\n" + out[0]);
        assertFalse(out[0].contains("\tat ") || out[0].contains("internal error"), out[0]);
    }
}
