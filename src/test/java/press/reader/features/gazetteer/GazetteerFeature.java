package press.reader.features.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import press.reader.assemble.ApparatusFeature;
import press.reader.assemble.ApparatusFeatures;
import press.reader.assemble.BookState;
import press.reader.assemble.DocBook;
import press.reader.assemble.InlineMarker;
import press.reader.assemble.PieceContext;
import press.reader.assemble.TextReplacer;
import press.reader.diagnostics.Diagnostics;
import press.reader.manuscript.ApparatusFile;
import press.reader.manuscript.BookKey;
import press.reader.manuscript.Manuscript;
import press.reader.manuscript.ProseSegment;
import press.reader.manuscript.Yaml;
import press.reader.manuscript.YamlFields;

/**
 * A toy gazetteer, a new apparatus feature written as a newcomer would, in a package of its own and through the
 * public extension point alone: it reads its own {@code gazetteer.yaml} (places, each with a note: an
 * {@link ApparatusFile} its maker declares), checks the notes before assembly (one without a full stop), links the
 * first mention of a place in each essay to its entry, lists the places in a generated section {@code gazetteer}, and
 * warns of a place no essay names. To use every hook it also replaces the words "far away" with a distance, counts the
 * chapters begun and records the order its hooks are called in ({@link #calls}).
 */
public final class GazetteerFeature implements ApparatusFeature {
    /** Its section's name in contents.back, declared by its maker: the manuscript reader then accepts it. */
    public static final String SECTION = "gazetteer";
    /** Its warning for a place no essay names (a toy's code: the catalogue lists the build's). */
    public static final String UNUSED = "GZ001";
    /** Its check before assembly: a note that does not end with a full stop (a toy's code). */
    public static final String UNFINISHED = "GZ002";

    /** Its file, gazetteer.yaml (a list of {place, note}), which its section needs; its notes are the editor's prose. */
    static final ApparatusFile<List<Place>> FILE = ApparatusFile.<List<Place>>of("gazetteer.yaml", SECTION, List.of(),
            (entries, diagnostics) -> {
                List<Place> read = new ArrayList<>();
                for (Yaml.Value v : entries) {
                    YamlFields f = YamlFields.of(v, "a place").allowOnly(Set.of("place", "note"));
                    read.add(new Place(f.string("place"), f.string("note"), f.file(), f.line()));
                }
                return List.copyOf(read);
            }).withProse(places -> places.stream().map(p -> new ProseSegment(p.file(), p.line(), p.note())).toList(), false);

    /**
     * Its key of book.yaml, {@code gazetteer-scale} (the map's scale, say "1:5,000,000"; "" when not given), which its
     * maker declares it owns: the manuscript reader then knows the key and the feature reads it.
     */
    public static final BookKey<String> SCALE = BookKey.of("gazetteer-scale", "",
            book -> book.string("gazetteer-scale", "").strip());

    record Place(String name, String note, String file, int line) {
        String id() {
            return "gz-" + name.toLowerCase().replace(' ', '-');
        }
    }

    private final List<Place> places;
    private final Set<Place> named = new LinkedHashSet<>();
    private final DocBook db;
    private final Diagnostics diagnostics;
    /** The hooks called, in order (the chapters begun are counted instead) */
    public final List<String> calls = new ArrayList<>();
    public int chapters;

    /** Its reading of the manuscript: the places the manuscript reader read from its file, each with its line. */
    GazetteerFeature(ApparatusFeatures.Assembly a) {
        this.db = a.db();
        this.diagnostics = a.diagnostics();
        this.places = a.ms().apparatus(FILE);
    }

    /** How the build makes it for each book: the one section it generates, the file it reads, its check. */
    public static ApparatusFeatures.Maker maker(GazetteerFeature[] made) {
        return ApparatusFeatures.Maker.of(SECTION, FILE.name(), a -> made[0] = new GazetteerFeature(a))
                .reading(FILE)
                .owning(SCALE)
                .checking(GazetteerFeature::unfinishedNotes);
    }

    /** Its check before assembly, of what the manuscript reader read: a note that does not end with a full stop. */
    static void unfinishedNotes(Manuscript ms, Diagnostics d) {
        for (Place p : ms.apparatus(FILE)) {
            if (!p.note().strip().endsWith(".")) d.warning(p.file(), p.line(), UNFINISHED, "the note on '" + p.name() + "' does not end with a full stop");
        }
    }

    @Override
    public void reserveIds(BookState state) {
        for (Place p : places) state.reserve(p.id());
        calls.add("reserveIds");
    }

    @Override
    public TextReplacer replacer() {
        return (text, file, line, inNote) -> {
            int at = text.indexOf("far away");
            if (at < 0) return List.of(text);
            TextReplacer.Replacement distance = (d, parent, ctx) -> {
                Element e = d.add(parent, "phrase");
                e.setAttribute("role", "distance");
                d.text(e, "9,000 km away");
            };
            return List.of(text.substring(0, at), distance, text.substring(at + "far away".length()));
        };
    }

    /** The first mention of each place in this essay, linked to its entry (not in a heading: a heading links nowhere). */
    @Override
    public InlineMarker marker(PieceContext ctx) {
        Set<Place> linked = new LinkedHashSet<>();
        return (text, marks) -> {
            if (ctx.inHeading()) return;
            for (Place p : places) {
                int at = text.indexOf(p.name());
                if (at < 0 || linked.contains(p)) continue;
                if (marks.tryWrap(at, at + p.name().length(), () -> {
                    Element link = db.el("link");
                    link.setAttribute("linkend", p.id());
                    link.setAttribute("role", "place");
                    return link;
                })) {
                    linked.add(p);
                    named.add(p);
                }
            }
        };
    }

    @Override
    public void beginChapter() {
        chapters++;
    }

    @Override
    public void endPiece(PieceContext ctx) {
        calls.add("endPiece " + ctx.idPrefix());
    }

    @Override
    public void writeSection(String name, Element book) {
        Element section = db.add(book, "appendix");
        DocBook.id(section, SECTION);
        section.setAttribute("role", SECTION);
        db.addText(section, "title", "Places");
        Element list = db.add(section, "variablelist");
        for (Place p : places) {
            Element entry = db.add(list, "varlistentry");
            DocBook.id(entry, p.id());
            db.addText(entry, "term", p.name());
            db.addText(db.add(entry, "listitem"), "para", p.note());
        }
        calls.add("writeSection " + name);
    }

    @Override
    public void report() {
        for (Place p : places) {
            if (!named.contains(p)) diagnostics.warning(p.file(), p.line(), UNUSED, "place '" + p.name() + "' occurs in no essay");
        }
        calls.add("report");
    }
}
