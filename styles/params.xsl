<?xml version="1.0" encoding="UTF-8"?>
<!--
  The book designer's file. Page geometry, type, colours and spacing for the print PDF live here as XSLT
  parameters; change them without touching Java. Lengths are XSL-FO lengths (in, mm, pt, em).
  The trim size itself comes from book.yaml (trim: width/height) and is passed in as page-width/page-height.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:bp="urn:bookpress" exclude-result-prefixes="bp">

  <!-- Trim size: overridden by book.yaml -->
  <xsl:param name="page-width" select="'6in'"/>
  <xsl:param name="page-height" select="'9in'"/>

  <!-- Margins: mirrored, with the wider margin at the gutter (inside) -->
  <xsl:param name="margin-top" select="'0.6in'"/>
  <xsl:param name="margin-bottom" select="'0.55in'"/>
  <xsl:param name="margin-inside" select="'0.85in'"/>
  <xsl:param name="margin-outside" select="'0.6in'"/>
  <!-- Space between the running head and the text block, and between the text block and the foot folio -->
  <xsl:param name="header-extent" select="'0.3in'"/>
  <xsl:param name="footer-extent" select="'0.3in'"/>
  <!-- How far a chapter opening's title sinks from the top of the text block -->
  <xsl:param name="chapter-sink" select="'1.1in'"/>

  <!-- Type. The families must be fonts of fop.xconf. The text, and the colophon's "Set in" line -->
  <xsl:param name="body-font" select="'Linux Libertine O'"/>
  <!-- Titles: the title page, chapter openings, the index heading -->
  <xsl:param name="display-font" select="'Linux Libertine O'"/>
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
  <!-- First-line indent of a paragraph that follows another; also the indent of code blocks -->
  <xsl:param name="paragraph-indent" select="'1.2em'"/>
  <!-- Note calls and the glossary mark: size and rise. The rise is a fixed length because FOP takes "super"
       from the font's own table, which for Libertine lifts figures almost a line. -->
  <xsl:param name="superscript-size" select="'6.5pt'"/>
  <xsl:param name="superscript-rise" select="'3.3pt'"/>
  <!-- Hyphenation of the text (by the book's language), and the fewest lines of a paragraph left at the top of a page
       (widows) or at its foot (orphans) -->
  <xsl:param name="hyphenate" select="'true'"/>
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

  <!-- Words the print styles set: from the word list (words/en.xml, or the book's language); a design may set one
       for its book. The title of the contents page and its bookmark -->
  <xsl:param name="word-contents" select="bp:word('contents')"/>
  <!-- After an editor's note or an editor's addition inside an author's note -->
  <xsl:param name="word-editor-mark" select="bp:word('editor-mark')"/>
  <!-- The label above an editor's headnote (set in capitals) -->
  <xsl:param name="word-headnote" select="bp:word('headnote')"/>
  <!-- An index entry's cross-references -->
  <xsl:param name="word-see" select="bp:word('see')"/>
  <xsl:param name="word-see-also" select="bp:word('see-also')"/>
  <!-- Before a page number in a cross-reference: "(p. 43)" -->
  <xsl:param name="word-page" select="bp:word('page')"/>
</xsl:stylesheet>
