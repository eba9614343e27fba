package press.reader.manuscript;

import java.util.Arrays;
import press.reader.diagnostics.UserError;

/** Splits a Markdown file into its YAML front matter and its body, keeping line numbers. */
public record FrontMatter(Yaml.Value yaml, String body, int bodyFirstLine) {

    public static FrontMatter split(String text, String file) {
        if (text.isBlank()) {
            throw UserError.at(file, 1, "BP020", "empty file: a piece needs front matter (---, title: ..., ---) and text");
        }
        String[] lines = text.split("\n", -1);
        if (!lines[0].strip().equals("---")) {
            throw UserError.at(file, 1, "BP021", "missing front matter: the file must start with a line '---' (or, "
                    + "for a chapter, with its title as a heading of the first level: # The Title)");
        }
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.equals("---") || l.equals("...")) {
                String yaml = String.join("\n", Arrays.copyOfRange(lines, 1, i));
                String body = String.join("\n", Arrays.copyOfRange(lines, i + 1, lines.length));
                return new FrontMatter(Yaml.parse(yaml, file, 2), body, i + 2);
            }
        }
        throw UserError.at(file, 1, "BP022", "unterminated front matter: no closing '---' line");
    }
}
