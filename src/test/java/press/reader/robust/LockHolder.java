package press.reader.robust;

import java.nio.file.Path;
import press.reader.publish.OutputFiles;

/** A child JVM's main for tests: opens an output folder as a build does (taking its lock), says so, and waits. */
public final class LockHolder {
    private LockHolder() {}

    public static void main(String[] args) throws Exception {
        try (OutputFiles o = OutputFiles.open(Path.of(args[0]))) {
            System.out.print("locked");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
