package press.reader.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import press.reader.publish.Editions;

/** The options every command that reads a manuscript shares: where it is, and which styles to use. */
final class BookOptions {
    @Option(names = "--manuscript", paramLabel = "DIR", defaultValue = "manuscript",
            description = "manuscript folder (default: ${DEFAULT-VALUE})")
    Path manuscript;

    @Option(names = "--styles", paramLabel = "DIR", description = "styles folder (default: ./styles, else the bundled styles)")
    Path styles;

    Path stylesDir() {
        return StylesLocator.locate(styles);
    }

    /** The options of the commands that write the book: where to, and which editions. */
    static final class Outputs {
        @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
                description = "output folder (default: ${DEFAULT-VALUE})")
        Path out;

        @Option(names = "--format", paramLabel = "FORMATS", split = ",", defaultValue = "pdf,screen,epub",
                description = "any of pdf (print), screen (tagged PDF/UA, made from the print layout), epub, html (one "
                        + "page for proofreading in a browser) (default: ${DEFAULT-VALUE}); epub alone rebuilds fastest")
        List<String> formats;

        /** The formats asked for, checked: a mistake is a usage error (exit 2) with the command's help. */
        Set<String> formats(CommandLine commandLine) {
            Set<String> wanted = new LinkedHashSet<>();
            for (String f : formats) wanted.add(f.strip().toLowerCase(Locale.ROOT));
            Editions.problem(wanted).ifPresent(problem -> {
                throw new CommandLine.ParameterException(commandLine, problem);
            });
            return wanted;
        }
    }
}
