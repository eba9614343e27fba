package press.reader.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest, or the development version when run from classes. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"bookpress " + (v != null ? v : "0.1.0-dev"), "manuscript format 1"};
    }
}
