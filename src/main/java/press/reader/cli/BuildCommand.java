package press.reader.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the book.")
public final class BuildCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
