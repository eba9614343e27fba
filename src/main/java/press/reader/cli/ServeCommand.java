package press.reader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import press.reader.desk.Desk;
import press.reader.desk.DeskServer;
import press.reader.desk.EditorLinks;
import press.reader.desk.Explanations;
import press.reader.diagnostics.UserError;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"The editor's desk: a page on this machine (127.0.0.1 only) with the book as it reads and its "
                + "print proof, the problems of the last build at their file and line, and what changed since the build "
                + "before. It rebuilds on every save, like watch; a broken save shows its errors and keeps the last good "
                + "book. Ctrl-C stops."})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    BookOptions book;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8417",
            description = "the port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0: any free port)")
    int port;

    @Option(names = "--editor", paramLabel = "URL", defaultValue = "${env:BOOKPRESS_EDITOR_URL}",
            description = "opens a problem's file at its line in your editor, e.g. vscode://file{path}:{line}:{column} "
                    + "(default: the BOOKPRESS_EDITOR_URL environment variable)")
    String editor;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (port < 0 || port > 65535) throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535");
        EditorLinks links;
        try {
            links = EditorLinks.of(editor);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Path manuscript = book.manuscript;
        Path stylesDir = book.stylesDir();
        Desk desk = new Desk(new Desk.Settings(manuscript, out, stylesDir, () -> BuildCommand.epoch(manuscript, out), links,
                Explanations.catalogue()), () -> Builders.create(stylesDir), stdout, stderr);
        DeskServer server;
        try {
            server = DeskServer.start(desk, port);
        } catch (BindException e) {
            throw UserError.at("127.0.0.1:" + port, 0, "BP311", "cannot serve on port " + port
                    + ": it is in use; choose another with --port");
        }
        try {
            desk.start();
        } catch (UncheckedIOException e) {
            server.close();
            throw UserError.at(manuscript.toString(), 0, "BP310", e.getMessage());
        }
        stdout.println("the editor's desk is at " + server.uri() + " (this machine only); Ctrl-C stops");
        stdout.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                desk.close(); // lets a build in progress finish, so no output is left half-written
            } catch (IOException e) {
                // stopping anyway
            }
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
