package press.reader.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import press.reader.proof.BookPdfFinder;
import press.reader.proof.PageRange;
import press.reader.proof.ProofWriter;
import press.reader.publish.OutputFiles;

@Command(name = "proof", mixinStandardHelpOptions = true,
        description = "Write PNG previews of the print PDF's two-page spreads into <out>/proof/ "
                + "(page 1 alone on the right, then 2-3, 4-5, ...).")
public final class ProofCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--pdf", paramLabel = "FILE",
            description = "the PDF to proof (default: the newest book PDF in the output folder, not a -cover or -screen one)")
    Path pdf;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
            description = "output folder: where the PDF is looked for and proof/ is written (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--pages", paramLabel = "RANGE",
            description = "pages to proof, counted from 1: 5, 1-20, 30- or -12 (default: all); whole spreads are shown")
    String pages;

    @Option(names = "--dpi", paramLabel = "N", defaultValue = "60",
            description = "resolution of the previews (default: ${DEFAULT-VALUE})")
    float dpi;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        if (dpi < 10 || dpi > 600) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--dpi must be between 10 and 600");
        }
        PageRange range = pages == null ? PageRange.all() : PageRange.parse(pages);
        if (pdf == null && Files.isDirectory(out)) OutputFiles.settle(out);
        Path source = pdf != null ? pdf : BookPdfFinder.find(out);
        Path proofDir = out.resolve("proof");
        List<Path> files = ProofWriter.write(source, proofDir, range, dpi);
        stdout.printf("%s: %d spread%s written to %s%n", source, files.size(), files.size() == 1 ? "" : "s", proofDir);
        return 0;
    }
}
