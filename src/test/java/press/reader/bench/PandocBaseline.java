package press.reader.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * pandoc beside bookpress, as issue 17 measured it: the front matter and the essays of the manuscript, its CSL-JSON
 * bibliography, {@code --citeproc} with the Chicago notes style (from the CSL styles jar on the class path), a PDF by
 * pdflatex and an EPUB, into an empty folder. Only when pandoc and pdflatex are installed
 * ({@code apt-get install pandoc texlive-latex-base texlive-latex-recommended}).
 */
final class PandocBaseline {
    private static final String CSL = "chicago-notes-bibliography.csl";

    private PandocBaseline() {}

    static boolean installed() {
        return !version().isEmpty() && onPath("pdflatex");
    }

    /** pandoc's version ("2.17.1.1"), or empty when it is not installed. */
    static String version() {
        try {
            Process p = new ProcessBuilder("pandoc", "--version").redirectErrorStream(true).start();
            String first = new String(p.getInputStream().readAllBytes()).lines().findFirst().orElse("");
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? first.replace("pandoc", "").strip() : "";
        } catch (IOException | InterruptedException e) {
            return "";
        }
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) return true;
        }
        return false;
    }

    /** One shell command making both outputs in {@code out}, so that it is timed as one. */
    static List<String> command(Path manuscript, Path out) {
        try {
            Files.createDirectories(out);
            Path csl = out.resolve(CSL);
            try (InputStream in = PandocBaseline.class.getClassLoader().getResourceAsStream(CSL)) {
                if (in == null) throw new IllegalStateException(CSL + " is not on the class path");
                Files.copy(in, csl);
            }
            List<String> files = new ArrayList<>();
            if (Files.isRegularFile(manuscript.resolve("introduction.md"))) files.add(q(manuscript.resolve("introduction.md")));
            try (Stream<Path> essays = Files.list(manuscript.resolve("essays"))) {
                essays.filter(p -> p.toString().endsWith(".md")).sorted().forEach(p -> files.add(q(p)));
            }
            String common = "pandoc --citeproc --bibliography=" + q(manuscript.resolve("bibliography.json")) + " --csl="
                    + q(csl) + " --metadata title=Reader " + String.join(" ", files);
            return List.of("sh", "-c", common + " -o " + q(out.resolve("book.pdf")) + " && " + common + " -o "
                    + q(out.resolve("book.epub")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static int pages(Path out) {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(out.resolve("book.pdf").toFile())) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            return 0;
        }
    }

    private static String q(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "'\\''") + "'";
    }
}
