package press.reader.desk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a problem's place into a link that opens the file at the line in the editor's own editor, from a URL
 * template in the user's settings, for example {@code vscode://file{path}:{line}:{column}} or
 * {@code idea://open?file={path}&line={line}}. {@code {path}} is the absolute path of the manuscript file.
 * A template that could run script in the page ({@code javascript:}, {@code data:}) is refused.
 */
public final class EditorLinks {
    private final String template;

    private EditorLinks(String template) {
        this.template = template;
    }

    public static EditorLinks none() {
        return new EditorLinks(null);
    }

    /** @throws IllegalArgumentException for a template without a scheme or with one that runs script */
    public static EditorLinks of(String template) {
        if (template == null || template.isBlank()) return none();
        String t = template.strip();
        int colon = t.indexOf(':');
        if (colon <= 0 || !t.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            throw new IllegalArgumentException("the editor URL template needs a scheme, like vscode://file{path}:{line}");
        }
        String scheme = t.substring(0, colon).toLowerCase(Locale.ROOT);
        if (scheme.equals("javascript") || scheme.equals("data") || scheme.equals("vbscript")) {
            throw new IllegalArgumentException("the editor URL template may not use " + scheme + ":");
        }
        return new EditorLinks(t);
    }

    /** The link for {@code file} (absolute) at {@code line} and {@code column} (0: unknown, given as 1). */
    public Optional<String> link(Path file, int line, int column) {
        if (template == null) return Optional.empty();
        String path = file.toAbsolutePath().normalize().toString().replace('\\', '/');
        return Optional.of(template
                .replace("{path}", encodePath(path))
                .replace("{line}", Integer.toString(Math.max(1, line)))
                .replace("{column}", Integer.toString(Math.max(1, column))));
    }

    /** Percent-encodes what a URL cannot hold, keeping the slashes of the path. */
    private static String encodePath(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/", -1)) parts.add(URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
        return String.join("/", parts);
    }
}
