package press.reader.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import press.reader.diagnostics.Diagnostic;

/**
 * The manuscript checks as data, as pandoc's test/command/*.md are: each file in src/test/resources/checks is a
 * change to the small test book and the diagnostics `check` must then report, so adding a case for a check means
 * adding a file. The format, line by line:
 * <pre>
 * # what the case shows (comment lines start with #)
 * edit FILE              the file of the small book to change, then pairs of lines:
 * - text                 a text that must occur in it (its first occurrence is replaced; \n is a line break)
 * + text                 what replaces it
 * expect                 then one line per diagnostic, beyond those of the unchanged book:
 * FILE:LINE: CODE words  the file, line and code, and (optional) words its message contains
 * </pre>
 */
class CheckCasesTest {
    private static final Path CASES = Path.of("src/test/resources/checks");

    @TempDir
    Path tmp;

    record Expected(String file, int line, String code, String words) {
        boolean matches(Diagnostic d) {
            return d.file().equals(file) && d.line() == line && d.code().equals(code) && d.message().contains(words);
        }

        @Override
        public String toString() {
            return file + ":" + line + ": " + code + (words.isEmpty() ? "" : " " + words);
        }
    }

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.filter(p -> p.toString().endsWith(".case")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theCheckReportsWhatTheCaseExpects(Path file) throws IOException {
        Path ms = Hostile.copyMini(tmp);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Expected> expected = new ArrayList<>();
        String editing = null;
        String find = null;
        boolean expecting = false;
        for (String raw : lines) {
            String line = raw.stripTrailing();
            if (line.isBlank() || line.startsWith("#")) continue;
            if (expecting) {
                expected.add(expectation(file, line));
            } else if (line.equals("expect")) {
                expecting = true;
            } else if (line.startsWith("edit ")) {
                editing = line.substring(5).strip();
            } else if (line.startsWith("- ") && editing != null) {
                find = unescape(line.substring(2));
            } else if (line.startsWith("+ ") && find != null) {
                String text = Hostile.read(ms.resolve(editing));
                int at = text.indexOf(find);
                assertTrue(at >= 0, file + ": '" + find + "' is not in " + editing);
                Hostile.write(ms, editing, text.substring(0, at) + unescape(line.substring(2)) + text.substring(at + find.length()));
                find = null;
            } else {
                throw new AssertionError(file + ": cannot read the line '" + line + "'");
            }
        }
        assertTrue(!expected.isEmpty(), file + ": no diagnostic expected");
        List<String> baseline = baseline(tmp.resolve("unchanged"));
        List<Diagnostic> added = Hostile.diagnostics(ms).stream().filter(d -> !baseline.contains(key(d))).toList();
        String report = added.stream().map(Diagnostic::format).reduce("", (a, b) -> a + "\n  " + b);
        for (Expected e : expected) {
            assertTrue(added.stream().anyMatch(e::matches), file.getFileName() + ": expected " + e + "; check said:" + report);
        }
        assertEquals(expected.size(), added.size(), file.getFileName() + ": other diagnostics too:" + report);
    }

    private static List<String> baseline;

    /** What `check` says of the unchanged small book (once per run): a case expects only what its change adds. */
    private static synchronized List<String> baseline(Path dir) {
        if (baseline == null) baseline = Hostile.diagnostics(Hostile.copyMini(dir)).stream().map(CheckCasesTest::key).toList();
        return baseline;
    }

    private static String key(Diagnostic d) {
        return d.file() + ":" + d.line() + ":" + d.code() + ":" + d.message();
    }

    private static Expected expectation(Path file, String line) {
        Matcher m = Pattern.compile("([^:]+):(\\d+): ([A-Z]{2}\\d{3})\\s*(.*)").matcher(line);
        if (!m.matches()) throw new AssertionError(file + ": an expectation is FILE:LINE: CODE words, not '" + line + "'");
        return new Expected(m.group(1), Integer.parseInt(m.group(2)), m.group(3), m.group(4).strip());
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n");
    }
}
