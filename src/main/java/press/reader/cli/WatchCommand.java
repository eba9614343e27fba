package press.reader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import press.reader.diagnostics.UserError;
import press.reader.watch.FolderWatcher;
import press.reader.watch.Rebuilder;
import press.reader.watch.WatchSession;
import sun.misc.Signal;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Build the book, then rebuild it in the same warm process whenever a file in the manuscript "
                + "or styles folder is saved. A failed rebuild is reported and the last good outputs stay; "
                + "Ctrl-C stops."})
public final class WatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BookOptions book;

    @Mixin
    BookOptions.Outputs outputs;

    @Override
    public Integer call() throws IOException {
        Set<String> wanted = outputs.formats(spec.commandLine());
        Path manuscript = book.manuscript;
        Path out = outputs.out;
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Path stylesDir = book.stylesDir();
        Rebuilder rebuilder = new Rebuilder(() -> Builders.create(stylesDir), manuscript, out, wanted,
                () -> BuildCommand.epoch(manuscript, out), stylesDir, stdout, stderr);
        List<Path> roots = new ArrayList<>(List.of(manuscript, stylesDir));
        // Watch before the first build, so that a save during it is not missed: it makes the first batch.
        try (FolderWatcher watcher = new FolderWatcher(roots, FolderWatcher.ignoring(out, roots), notice -> {
            stdout.println(notice);
            stdout.flush();
        })) {
            WatchSession<Rebuilder.Outcome> session = new WatchSession<>(watcher, rebuilder::rebuild, WatchSession.DEBOUNCE);
            // Before the first build: Ctrl-C during it lets it finish and exits 0, as during any rebuild.
            stopOnCtrlC(session, stdout);
            rebuilder.buildFirst();
            stdout.println("watching " + manuscript + " and " + stylesDir + " (" + watcher.folderCount()
                    + " folders); Ctrl-C stops");
            stdout.flush();
            session.runUntilStopped();
        } catch (UncheckedIOException e) {
            throw UserError.at(manuscript.toString(), 0, "BP310", e.getMessage());
        }
        stdout.println("stopped watching");
        stdout.flush();
        return 0;
    }


    /**
     * Ctrl-C is how an editor ends a watch, not a failure: the first one lets a rebuild in progress finish (so no
     * output is left half-written) and exits 0; a second one exits at once.
     */
    @SuppressWarnings("removal")
    private static void stopOnCtrlC(WatchSession<?> session, PrintWriter stdout) {
        try {
            boolean[] asked = {false};
            Signal.handle(new Signal("INT"), signal -> {
                if (asked[0]) Runtime.getRuntime().halt(0);
                asked[0] = true;
                session.stop();
            });
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            // No signal handling on this platform: Ctrl-C ends the JVM directly, which also leaves outputs intact.
        }
    }
}
