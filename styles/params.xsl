<?xml version="1.0" encoding="UTF-8"?>
<!--
  The book designer's file. Page geometry, type, colours and spacing for the print PDF live here as XSLT
  parameters and attribute sets; change them without touching Java. Lengths are XSL-FO lengths (in, mm, pt, em).
  Imported by fo.xsl and by epub/epub.xsl (so by html/html.xsl): the words (word-*) serve every edition.
  The trim size itself comes from book.yaml (trim: width/height) and is passed in as page-width/page-height.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:bp="urn:bookpress" exclude-result-prefixes="xs bp">

  <!-- Trim size: overridden by book.yaml -->
  <xsl:param name="page-width" select="'6in'"/>
  <xsl:param name="page-height" select="'9in'"/>

  <!-- Margins: mirrored. The outer margin is at least the inner one: the binding takes about 1/8 in of the inner
       margin, so the text block sits a little towards the spine of each page, as a book's does. Printers' minimums
       (KDP, IngramSpark, 24-150 pages): inside 0.375 in, outside 0.25 in. -->
  <xsl:param name="margin-top" select="'0.6in'"/>
  <xsl:param name="margin-bottom" select="'0.55in'"/>
  <xsl:param name="margin-inside" select="'0.72in'"/>
  <xsl:param name="margin-outside" select="'0.73in'"/>
  <!-- Space between the running head and the text block, and between the text block and the foot folio -->
  <xsl:param name="header-extent" select="'0.3in'"/>
  <xsl:param name="footer-extent" select="'0.3in'"/>
  <!-- How far a chapter opening's title sinks from the top of the text block -->
  <xsl:param name="chapter-sink" select="'1.1in'"/>
  <!-- How far a part's title, a dedication and an epigraph sink on their pages -->
  <xsl:param name="part-sink" select="'2in'"/>

  <!-- Type. The families must be fonts of fop.xconf. The text, and the colophon's "Set in" line -->
  <xsl:param name="body-font" select="'Linux Libertine O'"/>
  <!-- Running text (the divisions' pages, their notes, the index): the body face with old-style figures
       ("Linux Libertine O OsF", made by fonts/derive.py), as a book face sets figures among lower-case letters.
       Lining figures (body-font) stay where figures stand in columns or apart from words: the chronology table, the
       note numbers at the foot and the note calls, the contents, titles, running heads and folios. -->
  <xsl:param name="text-font" select="'Linux Libertine O OsF'"/>
  <!-- True small capitals (the font's own, "Linux Libertine O SC" from fonts/derive.py): the lower-case letters are
       small capitals, capitals stay capitals; used for an essay's lead-in and for small-capital spans. A word written
       all in capitals there is set at small-caps-size (fo-dialect.xsl), as the face has no small capital for it. -->
  <xsl:param name="small-caps-font" select="'Linux Libertine O SC'"/>
  <!-- Titles: the title page, chapter openings, the index heading -->
  <xsl:param name="display-font" select="'Linux Libertine O'"/>
  <!-- Fallback faces for the scripts the faces above cannot set: each family of fop.xconf (fonts/fallback/, OFL)
       with the characters it sets, as the inside of a regular expression's character class. The print styles set a
       run of those characters (with the spaces between them) in an inline of that family (fo.xsl, text()), and name
       the families after the face in every font-family they write (bp:font-family), for text that reaches FOP
       another way. A character no font of fop.xconf has is warned at its place (BP250). An empty map: no fallback.
       Noto Serif SC: CJK radicals, punctuation, kana, bopomofo, the unified ideographs with Extension A, the
       compatibility ideographs, full-width forms (Chinese and Japanese). Noto Naskh Arabic: the Arabic blocks and
       presentation forms (joined and set right to left by the layout). -->
  <xsl:param name="fallback-fonts" as="map(xs:string, xs:string)" select="map {
      'Noto Serif SC': '&#x2E80;-&#x2FDF;&#x3000;-&#x312F;&#x31F0;-&#x31FF;&#x3400;-&#x4DBF;&#x4E00;-&#x9FFF;&#xF900;-&#xFAFF;&#xFF00;-&#xFFEF;',
      'Noto Naskh Arabic': '&#x600;-&#x6FF;&#x750;-&#x77F;&#x8A0;-&#x8FF;&#xFB50;-&#xFDFF;&#xFE70;-&#xFEFF;' }"/>
  <!-- The text's size and line spacing -->
  <xsl:param name="body-size" select="'10.5pt'"/>
  <xsl:param name="body-leading" select="'13.6pt'"/>
  <!-- Footnotes: size and line spacing -->
  <xsl:param name="note-size" select="'8.5pt'"/>
  <xsl:param name="note-leading" select="'10.6pt'"/>
  <!-- Running heads and folios -->
  <xsl:param name="head-size" select="'8pt'"/>
  <!-- A chapter's (and the index's) title; a section heading of the first level -->
  <xsl:param name="chapter-title-size" select="'20pt'"/>
  <xsl:param name="section-title-size" select="'11pt'"/>
  <!-- A part's title page: its label ("PART II") and its title -->
  <xsl:param name="part-label-size" select="'11pt'"/>
  <xsl:param name="part-title-size" select="'24pt'"/>
  <!-- A heading takes whole lines of the text's leading (one line of space above it, none below), so that lines
       back up across a spread and through the sheet; at the top of a page its space is dropped, a whole line -->
  <xsl:param name="heading-space-before" select="$body-leading"/>
  <xsl:param name="heading-space-after" select="'0pt'"/>
  <!-- Space between the last line of text and the footnote rule (kept at the top of the footnote area) -->
  <xsl:param name="note-rule-space" select="'7pt'"/>
  <!-- The glossary and its leading: smaller than the text -->
  <xsl:param name="glossary-size" select="'9.5pt'"/>
  <xsl:param name="glossary-leading" select="'12.2pt'"/>
  <!-- The chronology's date and references columns (the event column takes the rest) -->
  <xsl:param name="chronology-date-width" select="'1.15in'"/>
  <xsl:param name="chronology-discussed-width" select="'1.05in'"/>
  <!-- First-line indent of a paragraph that follows another; also the indent of code blocks -->
  <xsl:param name="paragraph-indent" select="'1.2em'"/>
  <!-- Note calls and the glossary mark: size and rise. The rise is a fixed length because FOP takes "super"
       from the font's own table, which for Libertine lifts figures almost a line. -->
  <xsl:param name="superscript-size" select="'6.5pt'"/>
  <xsl:param name="superscript-rise" select="'3.3pt'"/>
  <!-- Hyphenation (justified text only; ragged settings, titles and capitalised words are never broken).
       remain/push: letters before and after a break; ladder: most lines in a row that may end in a hyphen.
       Words the patterns break badly go in styles/hyphenation.txt. The patterns follow the book's language
       (en-GB: British patterns). Widows and orphans: the fewest lines of a paragraph left at the top of a page
       or at its foot. -->
  <xsl:param name="hyphenate" select="'true'"/>
  <xsl:param name="hyphenation-remain" select="'3'"/>
  <xsl:param name="hyphenation-push" select="'3'"/>
  <xsl:param name="hyphenation-ladder" select="'2'"/>
  <!-- Justification: how far a word space (Libertine's is 0.26 em) may shrink and stretch from its own width -->
  <xsl:param name="word-space-shrink" select="'0.11em'"/>
  <xsl:param name="word-space-stretch" select="'0.13em'"/>
  <!-- How far the space between letters may stretch in a justified line (none in ragged settings): a line that cannot
       take the next word (a capitalised word is never broken, a break leaves three letters each side) shares its
       slack between letters and words instead of opening its word spaces alone. 1.5 % of the em at the most: lines
       over 1.7 times the word space went from 38 to 8, the widest from 2.86 to 1.99 (the hyphenated lines from 10 %
       to 6 %) -->
  <xsl:param name="letter-space-stretch" select="'0.015em'"/>
  <xsl:param name="widows" select="'2'"/>
  <xsl:param name="orphans" select="'2'"/>

  <!-- The chronology's time-line figure (styles/timeline-figure.xsl has the rest of its parameters):
       it must fit the text block with its caption -->
  <xsl:param name="timeline-width" select="'4.5in'"/>
  <xsl:param name="timeline-height" select="'6.8in'"/>

  <!-- Colours: the text; the rules of tables -->
  <xsl:param name="text-colour" select="'#000000'"/>
  <xsl:param name="rule-colour" select="'#555555'"/>
  <!-- Glossary links in the screen PDF (print shows no mark) -->
  <xsl:param name="screen-link-colour" select="'#1F4E79'"/>

  <!-- Index: number of columns and the gap between them -->
  <xsl:param name="index-columns" select="'2'"/>
  <xsl:param name="index-column-gap" select="'0.25in'"/>
  <!-- A long index is laid out in several page sequences, each of whole letter groups holding at most this many
       marked occurrences (a letter larger than that alone), each after the first starting a new page at its letter
       heading; its folios, running heads and columns run on as in one. FOP holds a page sequence's layout (and, in
       the tagged screen PDF, its structure tree) until the sequence ends: an index of 60,000 occurrences in one took
       about 300 MB of heap. An index smaller than this is one page sequence. -->
  <xsl:param name="index-terms-per-sequence" select="'5000'"/>

  <!--
    The looks of each kind of block the sections and notes are made of, as attribute sets (as DocBook XSL's are):
    the templates of the section's own module (fo-notes.xsl, fo-chronology.xsl, fo-glossary.xsl, fo-bibliography.xsl,
    fo-index.xsl) name them, and a book's design redefines an attribute of one by the set's name, the rest staying as
    here (attribute sets of one name merge; the design's attribute wins).
  -->
  <!-- A numbered note at the foot of the page: its type, the space between the number's box and the text, the space
       above it -->
  <xsl:attribute-set name="footnote">
    <xsl:attribute name="font-size" select="$note-size"/>
    <xsl:attribute name="line-height" select="$note-leading"/>
    <xsl:attribute name="provisional-label-separation" select="'0.3em'"/>
    <xsl:attribute name="space-before" select="'2pt'"/>
  </xsl:attribute-set>
  <!-- An essay's headnote at the foot of its opening page, ruled off from the numbered notes below it -->
  <xsl:attribute-set name="headnote-at-foot">
    <xsl:attribute name="font-size" select="'9.5pt'"/>
    <xsl:attribute name="line-height" select="'12.4pt'"/>
    <xsl:attribute name="space-before" select="'2pt'"/>
    <xsl:attribute name="space-after" select="'6pt'"/>
    <xsl:attribute name="padding-bottom" select="'6pt'"/>
    <xsl:attribute name="border-bottom" select="'0.5pt solid ' || $rule-colour"/>
  </xsl:attribute-set>
  <!-- A headnote set before the text (a piece without a lead-in), ruled off from it -->
  <xsl:attribute-set name="headnote">
    <xsl:attribute name="font-size" select="'9.5pt'"/>
    <xsl:attribute name="line-height" select="'12.4pt'"/>
    <xsl:attribute name="space-after" select="'18pt'"/>
    <xsl:attribute name="padding-bottom" select="'10pt'"/>
    <xsl:attribute name="border-bottom" select="'0.5pt solid ' || $rule-colour"/>
  </xsl:attribute-set>
  <!-- The label above a headnote (word-headnote, in capitals), and a headnote's paragraph -->
  <xsl:attribute-set name="headnote-label">
    <xsl:attribute name="font-size" select="$head-size"/>
    <xsl:attribute name="letter-spacing" select="'0.08em'"/>
    <xsl:attribute name="space-after" select="'4pt'"/>
  </xsl:attribute-set>
  <xsl:attribute-set name="headnote-para">
    <xsl:attribute name="space-after" select="'4pt'"/>
  </xsl:attribute-set>
  <!-- The editor's introduction to the chronology -->
  <xsl:attribute-set name="chronology-intro">
    <xsl:attribute name="font-size" select="'9pt'"/>
    <xsl:attribute name="line-height" select="'11.5pt'"/>
    <xsl:attribute name="space-after" select="'10pt'"/>
    <xsl:attribute name="font-style" select="'italic'"/>
  </xsl:attribute-set>
  <!-- The chronology's table (ragged, its columns chronology-date-width, the event's share, chronology-discussed-width),
       its head row, a head cell, a cell (each row ruled off lightly) -->
  <xsl:attribute-set name="chronology-table">
    <xsl:attribute name="font-size" select="'8.5pt'"/>
    <xsl:attribute name="line-height" select="'10.8pt'"/>
    <xsl:attribute name="text-align" select="'left'"/>
  </xsl:attribute-set>
  <xsl:attribute-set name="chronology-head-row">
    <xsl:attribute name="font-weight" select="'bold'"/>
    <xsl:attribute name="border-bottom" select="'0.5pt solid ' || $rule-colour"/>
  </xsl:attribute-set>
  <xsl:attribute-set name="chronology-head-cell">
    <xsl:attribute name="padding" select="'2pt 3pt 3pt 0pt'"/>
  </xsl:attribute-set>
  <xsl:attribute-set name="chronology-cell">
    <xsl:attribute name="padding" select="'2.5pt 4pt 2.5pt 0pt'"/>
    <xsl:attribute name="border-bottom" select="'0.25pt solid #BBBBBB'"/>
  </xsl:attribute-set>
  <!-- The editors' note on an event the essays disagree about; a New Style date beside an Old Style one -->
  <xsl:attribute-set name="chronology-disagreement">
    <xsl:attribute name="font-style" select="'italic'"/>
    <xsl:attribute name="space-before" select="'1pt'"/>
  </xsl:attribute-set>
  <xsl:attribute-set name="chronology-new-style">
    <xsl:attribute name="font-size" select="'0.9em'"/>
    <xsl:attribute name="color" select="$rule-colour"/>
  </xsl:attribute-set>
  <!-- The time line's page (the figure timeline-width wide) and its caption -->
  <xsl:attribute-set name="chronology-figure">
    <xsl:attribute name="text-align" select="'center'"/>
    <xsl:attribute name="space-after" select="'6pt'"/>
  </xsl:attribute-set>
  <xsl:attribute-set name="chronology-caption">
    <xsl:attribute name="font-size" select="'8.5pt'"/>
    <xsl:attribute name="font-style" select="'italic'"/>
    <xsl:attribute name="text-align" select="'center'"/>
  </xsl:attribute-set>
  <!-- A glossary entry (the term in bold, the definition run on, turned lines indented), in glossary-size -->
  <xsl:attribute-set name="glossary-entry">
    <xsl:attribute name="font-size" select="$glossary-size"/>
    <xsl:attribute name="line-height" select="$glossary-leading"/>
    <xsl:attribute name="space-after" select="'4pt'"/>
    <xsl:attribute name="text-indent" select="'-1em'"/>
    <xsl:attribute name="margin-left" select="'1em'"/>
  </xsl:attribute-set>
  <xsl:attribute-set name="glossary-term">
    <xsl:attribute name="font-weight" select="'bold'"/>
  </xsl:attribute-set>
  <!-- An entry of the works cited: hanging, ragged, unhyphenated (a URL breaks anywhere: fo.xsl's bp:breakable) -->
  <xsl:attribute-set name="bibliography-entry">
    <xsl:attribute name="space-after" select="'5pt'"/>
    <xsl:attribute name="text-indent" select="'-1.5em'"/>
    <xsl:attribute name="margin-left" select="'1.5em'"/>
    <xsl:attribute name="text-align" select="'left'"/>
    <xsl:attribute name="hyphenate" select="'false'"/>
  </xsl:attribute-set>
  <!-- The editor's words before the entries of the glossary and the works cited -->
  <xsl:attribute-set name="back-section-intro">
    <xsl:attribute name="space-after" select="'10pt'"/>
    <xsl:attribute name="font-style" select="'italic'"/>
    <xsl:attribute name="font-size" select="'9pt'"/>
  </xsl:attribute-set>
  <!-- The index: its text (ragged, unhyphenated), its title, the note on its locators above the letter groups (set
       apart by padding, which the change to columns keeps), a letter's heading, an entry and a sub-entry (indented
       style: a sub-entry starts 1 em in, every turned line goes deeper, so it is never taken for a sub-entry) -->
  <xsl:attribute-set name="index-flow">
    <xsl:attribute name="font-size" select="'8.5pt'"/>
    <xsl:attribute name="line-height" select="'10.6pt'"/>
    <xsl:attribute name="text-align" select="'left'"/>
  </xsl:attribute-set>
  <xsl:attribute-set name="index-title">
    <xsl:attribute name="font-size" select="$chapter-title-size"/>
    <xsl:attribute name="line-height" select="'1.2'"/>
    <xsl:attribute name="space-before" select="$chapter-sink"/>
    <xsl:attribute name="space-after" select="'10pt'"/>
  </xsl:attribute-set>
  <xsl:attribute-set name="index-note">
    <xsl:attribute name="font-size" select="'8.5pt'"/>
    <xsl:attribute name="font-style" select="'italic'"/>
    <xsl:attribute name="padding-bottom" select="'12pt'"/>
  </xsl:attribute-set>
  <xsl:attribute-set name="index-letter">
    <xsl:attribute name="font-weight" select="'bold'"/>
    <xsl:attribute name="space-before" select="'8pt'"/>
    <xsl:attribute name="space-after" select="'2pt'"/>
  </xsl:attribute-set>
  <xsl:attribute-set name="index-entry">
    <xsl:attribute name="margin-left" select="'2em'"/>
    <xsl:attribute name="text-indent" select="'-2em'"/>
  </xsl:attribute-set>
  <xsl:attribute-set name="index-subentry">
    <xsl:attribute name="margin-left" select="'3em'"/>
    <xsl:attribute name="text-indent" select="'-2em'"/>
  </xsl:attribute-set>

  <!-- Words the styles set: from the word list (words/en.xml, or the book's language); a design may set one for its
       book. The title of the contents page and its bookmark (and of the HTML edition's contents) -->
  <xsl:param name="word-contents" select="bp:word('contents')"/>
  <!-- After an editor's note or an editor's addition inside an author's note -->
  <xsl:param name="word-editor-mark" select="bp:word('editor-mark')"/>
  <!-- The label above an editor's headnote (set in capitals) -->
  <xsl:param name="word-headnote" select="bp:word('headnote')"/>
  <!-- An index entry's cross-references -->
  <xsl:param name="word-see" select="bp:word('see')"/>
  <xsl:param name="word-see-also" select="bp:word('see-also')"/>
  <!-- After a locator whose page has the heading only in a note: "38n" (the index's notes explain it) -->
  <xsl:param name="word-index-in-note" select="bp:word('index-in-note')"/>
  <!-- Between the targets of one "See also": "See also Kronstadt; Makhnovists" -->
  <xsl:param name="word-see-also-separator" select="bp:word('see-also-separator')"/>
  <!-- Before a page number in a cross-reference: "(p. 43)"; in the HTML edition's margin, before a print page -->
  <xsl:param name="word-page" select="bp:word('page')"/>
</xsl:stylesheet>
