package press.reader.features.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import press.reader.diagnostics.Diagnostics;
import press.reader.manuscript.ApparatusFile;
import press.reader.manuscript.ProseSegment;
import press.reader.manuscript.Yaml.Value;
import press.reader.manuscript.YamlFields;

/** The glossary's file, glossary.yaml: a list of terms, each with its variants and definition. */
public final class GlossaryFile {
    private GlossaryFile() {}

    /** glossary.yaml, which the section {@code glossary} needs. */
    public static final ApparatusFile<List<GlossaryEntry>> FILE = ApparatusFile.<List<GlossaryEntry>>of("glossary.yaml",
            GlossaryFeature.SECTION, List.of(), GlossaryFile::read).withProse(GlossaryFile::prose, false);

    /** The definitions are the editor's prose, printed in the glossary. */
    private static List<ProseSegment> prose(List<GlossaryEntry> entries) {
        return entries.stream().map(g -> new ProseSegment(g.file(), g.line(), g.definition())).toList();
    }

    private static List<GlossaryEntry> read(List<Value> entries, Diagnostics diagnostics) {
        List<GlossaryEntry> out = new ArrayList<>();
        for (Value v : entries) {
            YamlFields f = YamlFields.of(v, "a glossary entry").allowOnly(Set.of("term", "variants", "definition",
                    "italic"));
            out.add(new GlossaryEntry(f.string("term"), f.strings("variants"), f.string("definition"),
                    f.bool("italic", false), f.file(), f.line()));
        }
        return List.copyOf(out);
    }
}
