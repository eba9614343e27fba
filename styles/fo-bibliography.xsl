<?xml version="1.0" encoding="UTF-8"?>
<!--
  The works cited for print (the section the citations write, each entry in the book's CSL style). Included by fo.xsl;
  its looks are params.xsl's bibliography-* attribute sets, which a book's design overrides.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:d="http://docbook.org/ns/docbook"
    exclude-result-prefixes="d">

  <!-- An entry, hanging: every line after the first indented -->
  <xsl:template match="d:bibliomixed">
    <fo:block id="{@xml:id}" xsl:use-attribute-sets="bibliography-entry">
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <!-- The editor's words before the entries -->
  <xsl:template match="d:bibliography/d:para">
    <fo:block xsl:use-attribute-sets="back-section-intro"><xsl:apply-templates/></fo:block>
  </xsl:template>
</xsl:stylesheet>
