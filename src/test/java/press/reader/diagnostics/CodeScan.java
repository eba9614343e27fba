package press.reader.diagnostics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the diagnostic codes the sources use: every string literal shaped like a code ({@code "BP104"}). A literal
 * that only initialises a constant ({@code static final String UNKNOWN_KEY = "BP405";}) counts as used when the
 * constant is referenced somewhere, so a code whose last use was deleted is found even if its constant stays.
 */
final class CodeScan {
    private static final Pattern LITERAL = Pattern.compile("\"([A-Z]{2}\\d{3})\"");
    private static final Pattern CONSTANT = Pattern.compile("static\\s+final\\s+String\\s+(\\w+)\\s*=\\s*\"([A-Z]{2}\\d{3})\"\\s*;");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");

    /**
     * A place a code is used, for messages: {@code src/main/java/press/reader/cli/Checks.java:35}; with the severity
     * the statement gives it ({@code diagnostics.warning(...)}, {@code UserError.at(...)}), or null if it does not say.
     */
    record Use(String file, int line, Severity severity) {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    private record Source(String name, String className, String code) {}

    private record Constant(Source declaredIn, String name, String code) {}

    private CodeScan() {}

    /** Every code used under {@code root} (a source folder such as src/main/java), with the places it is used. */
    static Map<String, List<Use>> uses(Path root) {
        List<Source> sources = read(root);
        Map<String, List<Use>> uses = new TreeMap<>();
        List<Constant> constants = new ArrayList<>();
        for (Source s : sources) {
            String[] lines = s.code().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher constant = CONSTANT.matcher(lines[i]);
                if (constant.find()) {
                    constants.add(new Constant(s, constant.group(1), constant.group(2)));
                    continue;
                }
                Matcher m = LITERAL.matcher(lines[i]);
                while (m.find()) uses.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(use(s, lines, i, m.start()));
            }
        }
        for (Constant c : constants) {
            for (Source s : sources) {
                // in its own class a constant is named bare; elsewhere as Class.NAME (a static import names it so too)
                if (!s.code().contains(c.name())) continue;
                Pattern ref = Pattern.compile(s == c.declaredIn() ? "\\b" + c.name() + "\\b"
                        : "\\b" + c.declaredIn().className() + "\\." + c.name() + "\\b");
                String[] lines = s.code().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (CONSTANT.matcher(lines[i]).find()) continue;
                    Matcher m = ref.matcher(lines[i]);
                    if (m.find()) uses.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(use(s, lines, i, m.start()));
                }
            }
        }
        return uses;
    }

    /** The use at {@code column} of line {@code index}, with the severity its statement gives. */
    private static Use use(Source s, String[] lines, int index, int column) {
        StringBuilder before = new StringBuilder(lines[index].substring(0, column));
        // the statement up to the code: back to the end of the previous statement or the start of a block
        for (int i = index - 1; i >= 0 && !endsStatement(before); i--) before.insert(0, lines[i] + "\n");
        String statement = before.substring(lastStatementEnd(before) + 1);
        Severity severity = statement.contains("warning(") || statement.contains("Severity.WARNING") ? Severity.WARNING
                : statement.contains("error(") || statement.contains("UserError") || statement.contains("Severity.ERROR")
                ? Severity.ERROR : null;
        return new Use(s.name(), index + 1, severity);
    }

    private static boolean endsStatement(CharSequence text) {
        return lastStatementEnd(text) >= 0;
    }

    private static int lastStatementEnd(CharSequence text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ';' || c == '{' || c == '}') return i;
        }
        return -1;
    }

    /** The Java files, with comments blanked out (keeping line numbers) so that a code named in a comment is no use. */
    private static List<Source> read(Path root) {
        List<Source> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(p).replace("\r\n", "\n");
                Matcher m = BLOCK_COMMENT.matcher(text);
                StringBuilder code = new StringBuilder();
                while (m.find()) m.appendReplacement(code, Matcher.quoteReplacement(m.group().replaceAll("[^\n]", " ")));
                m.appendTail(code);
                String withoutLineComments = code.toString().replaceAll("(?m)^\\s*//.*$", "");
                String name = p.toString().replace('\\', '/');
                String fileName = p.getFileName().toString();
                out.add(new Source(name, fileName.substring(0, fileName.length() - ".java".length()), withoutLineComments));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
