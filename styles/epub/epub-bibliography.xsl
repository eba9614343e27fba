<?xml version="1.0" encoding="UTF-8"?>
<!--
  The works cited for the EPUB (the section the citations write, each entry in the book's CSL style). Included by
  epub.xsl; its looks are book.css's (p.bibentry).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:d="http://docbook.org/ns/docbook"
    xmlns:bp="urn:bookpress"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:epub="http://www.idpf.org/2007/ops"
    exclude-result-prefixes="xs d bp">

  <xsl:template match="d:bibliomixed">
    <p class="bibentry"><xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if><xsl:apply-templates/></p>
  </xsl:template>
</xsl:stylesheet>
