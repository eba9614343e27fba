#!/usr/bin/python3
"""Derives the book's font files (styles/fonts/*.otf) from the Linux Libertine / Biolinum originals in original/.

Why: Libertine keeps its kerning only in its GPOS table, which FOP reads only with complex scripts on; but then
FOP applies the ligature feature, whose glyphs ("Th", "fi", "...") lose their text in copy, search and screen
readers, and it drops the GPOS kerning from every word the hyphenator may break. So each derived file gets a
legacy 'kern' table (format 0) holding the font's own GPOS pair kerning, flattened for the characters a book in a
Latin script sets; FOP (complex scripts off) and OpenPDF (the cover) both read that table. The ligature features
are emptied as well, so that no program that does apply GSUB can make a glyph standing for two characters.
Nothing else changes: outlines, metrics, names and the other features are the originals'.

Text faces (print/, for FOP only; the EPUB takes only the files beside this one). A book face sets old-style figures
in running text and true small capitals, but FOP reaches neither (both are GSUB features, and complex scripts stay
off). So the roman, italic and bold of Libertine are derived once more, with some glyphs drawn as others:
  - "Linux Libertine O OsF" (print/*-OsF.otf): the digits 0-9 are drawn as the font's proportional old-style
    figures (its 'onum' then 'pnum' substitutions: glyph "one" takes the outline and width of "one.oldstyle");
  - "Linux Libertine O SC" (print/*-SC.otf, roman and italic): as OsF, and every lower-case letter with a small
    capital in 'smcp' is drawn as it ("a" as "a.sc"); capitals stay capitals.
The character map and the glyph names are the originals', so copy, search, screen readers and the PDF/UA check
read the characters as before (FOP embeds these faces with their Adobe glyph names). Each face gets its own names
(family, full and PostScript name with the suffix), and its kern table kerns each glyph as the glyph it is drawn as.

Reproducible: the same originals and the same fontTools give byte-identical files (head.modified is kept); the
files here were made with Debian 12's python3-fonttools 4.38.0.
Run from the repository root after changing an original (Debian: apt-get install python3-fonttools):

    /usr/bin/python3 styles/fonts/derive.py
"""
import pathlib
import sys
import unicodedata

from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.tables._k_e_r_n import KernTable_format_0

HERE = pathlib.Path(__file__).resolve().parent
SOURCE = HERE / "original"
ORIGINALS = ["LinLibertine_R", "LinLibertine_RI", "LinLibertine_RB", "LinLibertine_RBI",
             "LinBiolinum_R", "LinBiolinum_RB"]
# The text faces: suffix -> (the originals it is made from, the GSUB features whose glyphs it draws, in order)
TEXT_FACES = {
    "OsF": (["LinLibertine_R", "LinLibertine_RI", "LinLibertine_RB", "LinLibertine_RBI"], ["onum", "pnum"]),
    "SC": (["LinLibertine_R", "LinLibertine_RI"], ["onum", "pnum", "smcp"]),
}
DIGITS = "0123456789"
LOWER_CASE = "abcdefghijklmnopqrstuvwxyz"
# Ligatures whose glyphs would replace two or more characters
LIGATURE_FEATURES = {"liga", "dlig", "hlig", "rlig"}


def kerned_characters(code: int) -> bool:
    """Basic Latin, Latin-1, Latin Extended-A, and the quotation marks, dashes, dagger and ellipsis."""
    return (0x20 <= code < 0x7F or 0xA0 <= code < 0x180
            or code in (0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2020, 0x2026))


def pair_subtables(gpos):
    """The pair-adjustment subtables of the 'kern' feature, in lookup order."""
    lookups = sorted({i for record in gpos.FeatureList.FeatureRecord if record.FeatureTag == "kern"
                      for i in record.Feature.LookupListIndex})
    for index in lookups:
        lookup = gpos.LookupList.Lookup[index]
        for sub in lookup.SubTable:
            sub = sub.ExtSubTable if lookup.LookupType == 9 else sub
            if getattr(sub, "LookupType", lookup.LookupType) == 2:
                yield sub


def pair_value(subtables, left, right) -> int:
    """The x-advance adjustment of the pair as OpenType applies it: the first subtable covering `left` decides
    (a format 1 subtable without the pair passes it on to the next)."""
    for sub in subtables:
        coverage = sub.Coverage.glyphs
        if left not in coverage:
            continue
        if sub.Format == 1:
            for record in sub.PairSet[coverage.index(left)].PairValueRecord:
                if record.SecondGlyph == right:
                    return getattr(record.Value1, "XAdvance", 0) or 0
            continue
        first = sub.ClassDef1.classDefs.get(left, 0)
        second = sub.ClassDef2.classDefs.get(right, 0)
        value = sub.Class1Record[first].Class2Record[second].Value1
        return (getattr(value, "XAdvance", 0) or 0) if value else 0
    return 0


def single_substitutions(font, tag):
    """The glyph-to-glyph map of a GSUB feature's single substitutions (the first lookup that covers a glyph)."""
    gsub = font["GSUB"].table
    lookups = sorted({i for record in gsub.FeatureList.FeatureRecord if record.FeatureTag == tag
                      for i in record.Feature.LookupListIndex})
    mapping = {}
    for index in lookups:
        lookup = gsub.LookupList.Lookup[index]
        for sub in lookup.SubTable:
            sub = sub.ExtSubTable if lookup.LookupType == 7 else sub
            for source, target in getattr(sub, "mapping", {}).items():
                mapping.setdefault(source, target)
    return mapping


def draw_as(font, features):
    """Draws the digits (and, with smcp, every lower-case letter that has a small capital) as the glyphs the features
    substitute for them: the glyph the character map names takes the substitute's outline and width. The names stay
    the Adobe names the PDF's text extraction and PDF/UA checkers read ("one", "a"), so the characters copy unchanged.
    Returns {glyph: the glyph whose drawing it now has}."""
    cmap = font.getBestCmap()
    steps = [single_substitutions(font, tag) for tag in features]
    codes = [ord(ch) for ch in DIGITS]
    if "smcp" in features:
        codes += [code for code in sorted(cmap) if unicodedata.category(chr(code)) == "Ll"]
    shown = {}
    for code in codes:
        glyph = target = cmap.get(code)
        if glyph is None:
            continue
        for step in steps:
            target = step.get(target, target)
        if target != glyph:
            shown[glyph] = target
    charstrings = font["CFF "].cff.topDictIndex[0].CharStrings
    originals = {glyph: charstrings[target] for glyph, target in shown.items()}
    widths = {glyph: font["hmtx"][target] for glyph, target in shown.items()}
    for glyph in shown:
        charstrings[glyph] = originals[glyph]
        font["hmtx"][glyph] = widths[glyph]
    return shown


def rename(font, suffix):
    """Family 'Linux Libertine O <suffix>', PostScript name '<original>-<suffix>' (in the name table and the CFF)."""
    names = font["name"]
    original = names.getDebugName(1)
    family = original + " " + suffix
    style = names.getDebugName(2)
    postscript = names.getDebugName(6) + "-" + suffix
    for record in names.names:
        if record.nameID == 1:
            record.string = family
        elif record.nameID in (3, 4):
            record.string = family if record.nameID == 4 and style == "Regular" else (
                f"{family} {style}" if record.nameID == 4 else record.toUnicode().replace(original, family, 1))
        elif record.nameID == 6:
            record.string = postscript
    cff = font["CFF "].cff
    top = cff[cff.fontNames[0]]
    cff.fontNames = [postscript]
    top.FullName = family if style == "Regular" else f"{family} {style}"
    top.FamilyName = family


def derive(name: str, suffix: str = "", features=()) -> pathlib.Path:
    font = TTFont(SOURCE / f"{name}.otf", recalcTimestamp=False)
    shown = {}
    if features:
        shown = draw_as(font, features)
        rename(font, suffix)
    cmap = font.getBestCmap()
    glyphs = sorted({glyph for code, glyph in cmap.items() if kerned_characters(code)})
    subtables = list(pair_subtables(font["GPOS"].table))
    pairs = {}
    for left in glyphs:
        for right in glyphs:
            # a glyph drawn as another kerns as the one it is drawn as
            value = pair_value(subtables, shown.get(left, left), shown.get(right, right))
            if value:
                pairs[(left, right)] = value
    if len(pairs) > 10920:  # one format 0 subtable holds at most this many (its length is 16 bits)
        sys.exit(f"{name}: {len(pairs)} kerning pairs do not fit a format 0 'kern' subtable")
    table = KernTable_format_0()
    table.version, table.format, table.coverage, table.tupleIndex = 0, 0, 1, None
    table.kernTable = pairs
    kern = newTable("kern")
    kern.version = 0
    kern.kernTables = [table]
    font["kern"] = kern
    emptied = []
    for record in font["GSUB"].table.FeatureList.FeatureRecord:
        if record.FeatureTag in LIGATURE_FEATURES and record.Feature.LookupListIndex:
            record.Feature.LookupListIndex = []
            record.Feature.LookupCount = 0
            emptied.append(record.FeatureTag)
    target = HERE / f"{name}.otf" if not suffix else HERE / "print" / f"{name}-{suffix}.otf"
    target.parent.mkdir(exist_ok=True)
    font.save(target)
    print(f"{target.relative_to(HERE)}: {len(pairs)} kerning pairs; emptied {sorted(set(emptied))}", file=sys.stderr)
    return target


if __name__ == "__main__":
    for original in ORIGINALS:
        derive(original)
    for suffix, (originals, features) in TEXT_FACES.items():
        for original in originals:
            derive(original, suffix, features)
