<?xml version="1.0" encoding="UTF-8"?>
<!--
  Note numbers, shared by fo.xsl and epub/epub.xsl: they restart in each division (preface, chapter, appendix) and
  count every footnote in document order. xsl:number level="any" found a note's number by walking back through
  every node before it, once per note, so a chapter with n notes cost n² steps (a book citing 10,000 works spent
  minutes there); this accumulator counts them in one pass. Use: accumulator-before('bp:note-number').
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:d="http://docbook.org/ns/docbook"
    xmlns:bp="urn:bookpress"
    exclude-result-prefixes="#all">

  <xsl:mode use-accumulators="#all"/>

  <xsl:accumulator name="bp:note-number" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="d:preface | d:chapter | d:appendix" select="0"/>
    <xsl:accumulator-rule match="d:footnote" select="$value + 1"/>
  </xsl:accumulator>
</xsl:stylesheet>
