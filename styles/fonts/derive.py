#!/usr/bin/python3
"""Derives the book's font files (styles/fonts/*.otf) from the Linux Libertine / Biolinum originals in original/.

Why: Libertine keeps its kerning only in its GPOS table, which FOP reads only with complex scripts on; but then
FOP applies the ligature feature, whose glyphs ("Th", "fi", "...") lose their text in copy, search and screen
readers, and it drops the GPOS kerning from every word the hyphenator may break. So each derived file gets a
legacy 'kern' table (format 0) holding the font's own GPOS pair kerning, flattened for the characters a book in a
Latin script sets; FOP (complex scripts off) and OpenPDF (the cover) both read that table. The ligature features
are emptied as well, so that no program that does apply GSUB can make a glyph standing for two characters.
Nothing else changes: outlines, metrics, names and the other features are the originals'.

Reproducible: the same originals and the same fontTools give byte-identical files (head.modified is kept).
Run from the repository root after changing an original (Debian: apt-get install python3-fonttools):

    /usr/bin/python3 styles/fonts/derive.py
"""
import pathlib
import sys

from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.tables._k_e_r_n import KernTable_format_0

HERE = pathlib.Path(__file__).resolve().parent
SOURCE = HERE / "original"
ORIGINALS = ["LinLibertine_R", "LinLibertine_RI", "LinLibertine_RB", "LinLibertine_RBI",
             "LinBiolinum_R", "LinBiolinum_RB"]
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


def derive(name: str) -> pathlib.Path:
    font = TTFont(SOURCE / f"{name}.otf", recalcTimestamp=False)
    cmap = font.getBestCmap()
    glyphs = sorted({glyph for code, glyph in cmap.items() if kerned_characters(code)})
    subtables = list(pair_subtables(font["GPOS"].table))
    pairs = {}
    for left in glyphs:
        for right in glyphs:
            value = pair_value(subtables, left, right)
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
    target = HERE / f"{name}.otf"
    font.save(target)
    print(f"{target.name}: {len(pairs)} kerning pairs; emptied {sorted(set(emptied))}", file=sys.stderr)
    return target


if __name__ == "__main__":
    for original in ORIGINALS:
        derive(original)
