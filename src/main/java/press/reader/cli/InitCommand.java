package press.reader.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import press.reader.diagnostics.UserError;

/**
 * {@code init DIR}: writes a small manuscript that builds at once (book.yaml with every key commented, an
 * introduction, a chapter with a note, a citation, a table, verse and code, a bibliography). The files are the
 * starter book in this tool's resources ({@code press/reader/starter/}, listed in {@code press/reader/starter.list});
 * only the title, author, publisher, year and a fresh identifier are filled in. An existing folder with files in it is
 * never written into.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Start a new book: write a small manuscript folder that builds at once.")
public final class InitCommand implements Callable<Integer> {
    /**
     * The starter book's files, in the order they are written, as its list among the resources names them (a folder of
     * resources cannot be listed from a jar): the starter book is the resources', the code names none of its files.
     */
    static final List<String> FILES = starterFiles();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The new manuscript folder (must not exist or be empty)")
    Path dir;

    @Option(names = "--title", paramLabel = "TITLE", description = "The book's title (default: ${DEFAULT-VALUE})")
    String title = "Untitled Book";

    @Option(names = "--author", paramLabel = "NAME", description = "The author credited (default: ${DEFAULT-VALUE})")
    String author = "The Author";

    @Option(names = "--publisher", paramLabel = "NAME", description = "The publisher (default: ${DEFAULT-VALUE})")
    String publisher = "The Publisher";

    @Override
    public Integer call() throws IOException {
        if (Files.exists(dir) && (!Files.isDirectory(dir) || hasFiles(dir))) {
            throw UserError.at(dir.toString(), 0, "BP040", "the folder is not empty: init writes only into a new or "
                    + "empty folder, so that nothing of yours is overwritten");
        }
        for (String f : List.of(title, author, publisher)) {
            if (f.isBlank() || f.contains("\n")) throw UserError.at("", 0, "BP041", "--title, --author and --publisher take one line of text");
        }
        for (String name : FILES) {
            Path target = dir.resolve(name);
            Files.createDirectories(target.getParent());
            Files.writeString(target, fill(starter(name)), StandardCharsets.UTF_8);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("wrote a new book in " + dir + ": " + String.join(", ", FILES));
        out.println("build it with: bookpress build --manuscript " + dir + " --out " + dir.resolveSibling(dir.getFileName() + "-output"));
        return 0;
    }

    private String fill(String template) {
        return template.replace("@TITLE@", yamlQuoted(title)).replace("@AUTHOR@", yamlQuoted(author))
                .replace("@PUBLISHER@", yamlQuoted(publisher))
                .replace("@YEAR@", Integer.toString(Year.now().getValue()))
                .replace("@UUID@", UUID.randomUUID().toString());
    }

    /** The text as it may stand inside the double quotes of the templates' YAML. */
    private static String yamlQuoted(String s) {
        return s.strip().replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String starter(String name) throws IOException {
        return resource("/press/reader/starter/" + name);
    }

    private static List<String> starterFiles() {
        try {
            return resource("/press/reader/starter.list").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = InitCommand.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("starter file missing from the tool: " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static boolean hasFiles(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.findAny().isPresent();
        }
    }
}
