package press.reader.diagnostics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code docs/diagnostics.md} from the {@link Catalogue}: a table of every code, then each entry under its
 * family. The build runs it into the build folder (exec-maven-plugin, phase process-classes), and
 * {@code CatalogueDocsTest} checks that the committed file equals what it writes.
 */
public final class CatalogueDocs {
    /** The command that rewrites the committed file; failure messages quote it. */
    public static final String REGENERATE =
            "mvn -q -o compile exec:java -Dmain.class=press.reader.diagnostics.CatalogueDocs -Dexec.args=docs/diagnostics.md";
    static final Path DEFAULT_OUTPUT = Path.of("docs", "diagnostics.md");

    /** Families by code prefix (the letters, and for BP the hundreds digit), in the catalogue's order. */
    private static final Map<String, String> FAMILIES = new LinkedHashMap<>();

    static {
        FAMILIES.put("BP0", "Files, folders and YAML");
        FAMILIES.put("BP1", "Markdown, notes, cross-references and the apparatus");
        FAMILIES.put("BP2", "Styles, fonts and typesetting");
        FAMILIES.put("BP3", "Output folder and watch");
        FAMILIES.put("BP4", "Bibliography and citations");
        FAMILIES.put("BP7", "Proofs (`bookpress proof`)");
        FAMILIES.put("BP9", "Internal errors");
        FAMILIES.put("CL", "Import rules (rules.yaml)");
        FAMILIES.put("FD", "Fidelity of the essays to their captures");
        FAMILIES.put("IM", "Import of web captures (`bookpress import`)");
    }

    private CatalogueDocs() {}

    /**
     * Writes the Markdown to the first argument that ends in {@code .md}, else to {@code docs/diagnostics.md}
     * (other arguments are ignored: Maven's exec plugin may pass the build's own).
     */
    public static void main(String[] args) throws IOException {
        Path out = DEFAULT_OUTPUT;
        for (String a : args) {
            if (a.endsWith(".md")) {
                out = Path.of(a);
                break;
            }
        }
        if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, markdown(Catalogue.all()), StandardCharsets.UTF_8);
        System.out.println("wrote " + out + " (" + Catalogue.all().size() + " codes)");
    }

    /** The whole page, with {@code \n} line ends and a final newline, so the output is the same on every system. */
    public static String markdown(List<Catalogue.Entry> entries) {
        StringBuilder md = new StringBuilder();
        md.append("# Diagnostics\n\n")
                .append("<!-- Generated from src/main/resources/press/reader/diagnostics/catalogue.yaml by ")
                .append("press.reader.diagnostics.CatalogueDocs; do not edit by hand. Regenerate with:\n     ")
                .append(REGENERATE).append(" -->\n\n")
                .append("Every message bookpress prints about a manuscript, its styles or its outputs has the form ")
                .append("`file:line:column: severity: message [CODE]`. This page lists every code: what it means, an example of ")
                .append("input that causes it, and the fix. The same text is printed by\n\n")
                .append("    bookpress check --explain CODE\n\n")
                .append("An error stops `check` and `build` (exit code 1) and leaves earlier outputs as they were; a warning is ")
                .append("reported only. The severity given is a code's usual one; where a code can be both, its entry says when.\n\n");
        md.append("| Code | Severity | Title |\n|---|---|---|\n");
        for (Catalogue.Entry e : entries) {
            md.append("| [").append(e.code()).append("](#").append(anchor(e)).append(") | ").append(e.severity().label())
                    .append(" | ").append(e.title().replace("|", "\\|")).append(" |\n");
        }
        String family = null;
        for (Catalogue.Entry e : entries) {
            String f = family(e.code());
            if (!f.equals(family)) {
                family = f;
                md.append("\n## ").append(f.startsWith("BP") ? f + "xx" : f + "0xx").append(": ")
                        .append(FAMILIES.getOrDefault(f, "Other codes")).append('\n');
            }
            md.append("\n### <a id=\"").append(anchor(e)).append("\"></a>").append(e.code()).append(": ")
                    .append(e.title()).append("\n\n")
                    .append("Severity: ").append(e.severity().label()).append("\n\n")
                    .append(e.help().replace("\nFor example:\n", "\n**For example:**\n").replace("\nFix: ", "\n**Fix:** "))
                    .append('\n');
        }
        return md.toString();
    }

    private static String family(String code) {
        return code.startsWith("BP") ? code.substring(0, 3) : code.substring(0, 2);
    }

    private static String anchor(Catalogue.Entry e) {
        return e.code().toLowerCase(Locale.ROOT);
    }
}
