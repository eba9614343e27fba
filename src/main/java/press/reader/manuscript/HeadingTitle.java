package press.reader.manuscript;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A piece whose title is its opening heading, as a pandoc or bookdown chapter is written: no front matter (or front
 * matter without {@code title:}, such as a site generator's), and {@code # Introduction} as its first line. The
 * heading becomes the title and leaves the body, so it is printed once, as the chapter's title.
 *
 * @param title the heading's words, or null when the body does not open with a level-one heading
 * @param body the body without the heading
 * @param bodyFirstLine the file line on which {@code body} starts
 */
record HeadingTitle(String title, String body, int bodyFirstLine) {
    /** "# Words", optionally closed by #s and followed by pandoc attributes ({#id}, {-}), which a title has no use for */
    private static final Pattern H1 = Pattern.compile("#[ \\t]+(.*?)(?:[ \\t]+#+)?(?:[ \\t]*\\{[^}]*\\})?[ \\t]*");

    /** The front matter of {@code text}; a file without any that opens with "# Title" has an empty one. */
    static FrontMatter split(String text, String file) {
        if (!text.isBlank() && !text.strip().startsWith("---") && of(text, 1).title() != null) {
            return new FrontMatter(Yaml.parse("", file, 1), text, 1);
        }
        return FrontMatter.split(text, file);
    }

    /** The opening level-one heading of {@code body} (blank lines before it allowed), or a null title. */
    static HeadingTitle of(String body, int bodyFirstLine) {
        String[] lines = body.split("\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) i++;
        if (i < lines.length) {
            Matcher m = H1.matcher(lines[i].stripTrailing());
            if (m.matches() && !m.group(1).isBlank()) {
                String rest = String.join("\n", Arrays.copyOfRange(lines, i + 1, lines.length));
                return new HeadingTitle(m.group(1).strip(), rest, bodyFirstLine + i + 1);
            }
        }
        return new HeadingTitle(null, body, bodyFirstLine);
    }
}
