package press.reader.manuscript;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import press.reader.diagnostics.UserError;
import press.reader.manuscript.Imprint.Contributor;
import press.reader.manuscript.Imprint.Role;
import press.reader.manuscript.Yaml.Value;

/** Reads the press's metadata keys of book.yaml (contributors, credit, copyright, edition, rights, colophon). */
final class ImprintReader {
    static final Set<String> KEYS = Set.of("contributors", "credit", "copyright", "edition", "rights",
            "publisher-city", "publisher-address", "catalogue", "cover-credits", "colophon");

    private ImprintReader() {}

    /** {@code editors} (the older key, names of people) come first, as editors, then {@code contributors}. */
    static Imprint read(YamlFields book, int year) {
        List<Contributor> contributors = new ArrayList<>();
        for (String name : book.strings("editors")) {
            if (!name.isBlank()) contributors.add(new Contributor(name.strip(), Role.EDITOR, false));
        }
        for (Value v : book.list("contributors")) {
            YamlFields c = YamlFields.of(v, "a contributor").allowOnly(Set.of("name", "role", "organisation"));
            String name = c.string("name").strip();
            if (name.isEmpty()) throw UserError.at(v.file(), c.lineOf("name"), "BP014", "a contributor needs a name");
            String word = c.string("role").strip();
            Role role = Role.of(word);
            if (role == null) {
                TreeSet<String> known = new TreeSet<>();
                for (Role r : Role.values()) known.add(r.word);
                throw UserError.at(v.file(), c.lineOf("role"), "BP015", "unknown contributor role '" + word
                        + "' (known: " + String.join(", ", known) + ")");
            }
            contributors.add(new Contributor(name, role, c.bool("organisation", false)));
        }
        Imprint.Copyright copyright = null;
        if (book.has("copyright")) {
            YamlFields c = book.child("copyright", "copyright").allowOnly(Set.of("holder", "year", "material"));
            String holder = c.string("holder").strip();
            if (holder.isEmpty()) {
                throw UserError.at(c.file(), c.lineOf("holder"), "BP014", "copyright needs a holder (or leave copyright out)");
            }
            copyright = new Imprint.Copyright(holder, c.string("year", Integer.toString(year)).strip(),
                    c.string("material", "").strip());
        }
        return new Imprint(List.copyOf(contributors), text(book, "credit"), copyright, text(book, "edition"),
                text(book, "rights"), text(book, "publisher-city"), text(book, "colophon"), isbns(book),
                lines(book, "publisher-address"), lines(book, "catalogue"),
                book.strings("cover-credits").stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    /**
     * {@code isbn: {print: ..., epub: ..., pdf: ...}}: each format's ISBN with its line; a single {@code isbn: ...}
     * (the book's one ISBN, read as BookConfig's) gives none here.
     */
    private static List<Imprint.FormatIsbn> isbns(YamlFields book) {
        if (!book.has("isbn") || book.mapping().get("isbn") instanceof Yaml.Scalar) return List.of();
        YamlFields map = book.child("isbn", "isbn").allowOnly(Set.copyOf(Imprint.FORMATS));
        List<Imprint.FormatIsbn> out = new ArrayList<>();
        for (String format : map.mapping().entries().keySet()) {
            String isbn = map.string(format).strip();
            if (!isbn.isEmpty()) out.add(new Imprint.FormatIsbn(format, isbn, map.lineOf(format)));
        }
        return List.copyOf(out);
    }

    /** Text whose line breaks the editor means (an address, a catalogue record): each line stripped at its end */
    private static String lines(YamlFields f, String key) {
        return f.string(key, "").replaceAll("[ \\t]+(?=\\n|$)", "").replaceAll("^\\s*\\n|\\s+$", "");
    }

    private static String text(YamlFields f, String key) {
        return f.string(key, "").strip();
    }
}
