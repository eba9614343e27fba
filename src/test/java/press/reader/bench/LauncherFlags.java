package press.reader.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM flags {@code bin/bookpress} gives a one-shot command (a build), read from the launcher itself: the scale
 * rows measure a big book as a user builds it, and they follow the launcher when its flags change. The class-data
 * archive is left out (it belongs to the jar, and the child JVM runs the classes). The README command's child JVM
 * ({@code cli.ArchivedJvm}) is held to the same lists by its test.
 */
public final class LauncherFlags {
    /** The launcher's default branch: {@code *) flags="…" ;;} (watch and serve have a branch of their own). */
    private static final Pattern ONE_SHOT = Pattern.compile("^\\s*\\*\\)\\s*flags=\"([^\"]*)\"", Pattern.MULTILINE);
    /** The long-lived commands' branch: {@code watch|serve) flags="…" ;;}. */
    private static final Pattern LONG_LIVED = Pattern.compile("^\\s*watch\\|serve\\)\\s*flags=\"([^\"]*)\"", Pattern.MULTILINE);

    private LauncherFlags() {}

    /** The one-shot flags of the launcher at {@code launcher}. */
    public static List<String> oneShot(Path launcher) {
        return oneShot(read(launcher));
    }

    /** The flags of the launcher's long-lived commands (watch, serve). */
    public static List<String> longLived(Path launcher) {
        return flags(LONG_LIVED, read(launcher), "watch|serve) flags=\"...\"");
    }

    static List<String> oneShot(String script) {
        return flags(ONE_SHOT, script, "*) flags=\"...\"");
    }

    private static List<String> flags(Pattern branch, String script, String line) {
        Matcher m = branch.matcher(script);
        if (!m.find()) throw new IllegalArgumentException("the launcher has no such flags (a line " + line + ")");
        return Arrays.stream(m.group(1).trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    private static String read(Path launcher) {
        try {
            return Files.readString(launcher, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
