package press.reader.features.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.UserError;
import press.reader.manuscript.ApparatusFile;
import press.reader.manuscript.Yaml.Value;
import press.reader.manuscript.YamlFields;

/** The index's file, index.yaml: a list of headings, each with its forms, subentries and cross-references. */
public final class IndexFile {
    private IndexFile() {}

    static final Set<String> INDEX_KINDS = Set.of("person", "place", "organisation", "event", "concept");

    /** index.yaml, which the section {@code index} needs. */
    public static final ApparatusFile<List<IndexHeading>> FILE = ApparatusFile.<List<IndexHeading>>of("index.yaml", IndexFeature.SECTION,
            List.of(), IndexFile::read);

    private static List<IndexHeading> read(List<Value> entries, Diagnostics diagnostics) {
        List<IndexHeading> out = new ArrayList<>();
        for (Value v : entries) out.add(heading(v, 0));
        return List.copyOf(out);
    }

    private static IndexHeading heading(Value v, int depth) {
        YamlFields f = YamlFields.of(v, depth == 0 ? "an index entry" : "an index subentry")
                .allowOnly(Set.of("headword", "kind", "forms", "sub", "see", "see-also", "suppress", "add"));
        List<IndexHeading> subs = new ArrayList<>();
        if (depth == 0) {
            for (Value s : f.list("sub")) subs.add(heading(s, 1));
        } else if (f.has("sub")) {
            throw UserError.at(f.file(), f.lineOf("sub"), "BP031", "index subentries cannot have subentries of their own");
        }
        String kind = f.string("kind", "");
        if (!kind.isEmpty() && !INDEX_KINDS.contains(kind)) {
            throw UserError.at(f.file(), f.lineOf("kind"), "BP032", "index kind '" + kind + "' is not one of "
                    + String.join(", ", new TreeSet<>(INDEX_KINDS)));
        }
        List<IndexHeading.Addition> additions = new ArrayList<>();
        for (Value a : f.list("add")) {
            YamlFields af = YamlFields.of(a, "an index addition").allowOnly(Set.of("chapter", "at"));
            additions.add(new IndexHeading.Addition(af.string("chapter"), af.string("at"), af.file(), af.line()));
        }
        for (String s : f.strings("suppress")) {
            if (!s.matches("[A-Za-z][A-Za-z0-9_-]*(#[1-9][0-9]*)?")) {
                throw UserError.at(f.file(), f.lineOf("suppress"), "BP033", "suppress takes a chapter id, or chapter#n "
                        + "for its n-th occurrence, found '" + s + "'");
            }
        }
        return new IndexHeading(f.string("headword"), kind, f.strings("forms"), List.copyOf(subs),
                f.string("see", null), f.strings("see-also"), f.strings("suppress"), List.copyOf(additions),
                f.file(), f.line());
    }
}
