package press.reader.manuscript;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import press.reader.diagnostics.UserError;

/**
 * Resolves names that a manuscript gives (contents entries, a capture's {@code source:}, apparatus files) and
 * refuses any that leave the manuscript folder: {@code ..}, absolute paths, and symbolic links pointing out.
 * A manuscript may come from a stranger; its build must never read another file of the machine.
 */
public final class ManuscriptPaths {
    private ManuscriptPaths() {}

    /**
     * The file {@code name} inside {@code root}; {@code file} and {@code line} say where the name was written.
     * A missing file is returned as is (the caller decides whether that is an error).
     */
    public static Path inside(Path root, String name, String file, int line) {
        Path base = root.toAbsolutePath().normalize();
        Path p;
        try {
            if (Path.of(name).isAbsolute()) {
                throw UserError.at(file, line, "BP006", "path '" + name + "' points outside the manuscript folder");
            }
            p = base.resolve(name).normalize();
        } catch (InvalidPathException e) {
            throw UserError.at(file, line, "BP005", "invalid path '" + name + "'");
        }
        if (!p.startsWith(base)) {
            throw UserError.at(file, line, "BP006", "path '" + name + "' points outside the manuscript folder");
        }
        if (Files.exists(p) || Files.isSymbolicLink(p)) {
            try {
                Path real = p.toRealPath();
                if (!real.startsWith(base.toRealPath())) {
                    throw UserError.at(file, line, "BP006", "path '" + name
                            + "' leads outside the manuscript folder (symbolic link)");
                }
            } catch (IOException e) {
                // a dangling link: it leads nowhere we could read, so say where it was named
                throw UserError.at(file, line, "BP002", "cannot read '" + name + "': "
                        + (Files.isSymbolicLink(p) ? "a symbolic link to nothing" : e.getClass().getSimpleName()));
            }
        }
        return p;
    }
}
