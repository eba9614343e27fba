<?xml version="1.0" encoding="UTF-8"?>
<!--
  The glossary for the EPUB (the section features/glossary writes) as a definition list, and the links of its terms in
  the essays. Included by epub.xsl; its looks are book.css's (dl.glossary, a.glossref).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:d="http://docbook.org/ns/docbook"
    xmlns:bp="urn:bookpress"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:epub="http://www.idpf.org/2007/ops"
    exclude-result-prefixes="xs d bp">

  <!-- The entries, as one list: the first entry writes it, the others nothing -->
  <xsl:template match="d:glossentry[1]">
    <dl class="glossary">
      <xsl:for-each select="../d:glossentry">
        <dt id="{@xml:id}" epub:type="glossterm"><xsl:call-template name="pagebreaks"/><dfn><xsl:apply-templates select="d:glossterm/node()"/></dfn></dt>
        <dd epub:type="glossdef"><xsl:apply-templates select="d:glossdef/*"/></dd>
      </xsl:for-each>
    </dl>
  </xsl:template>
  <xsl:template match="d:glossentry"/>

  <!-- A term's first occurrence in an essay: a link to its entry -->
  <xsl:template match="d:glossterm[@linkend]">
    <a class="glossref" epub:type="glossref" role="doc-glossref" href="{bp:href(@linkend)}"><xsl:apply-templates/></a>
  </xsl:template>
</xsl:stylesheet>
