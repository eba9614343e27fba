<?xml version="1.0" encoding="UTF-8"?>
<!--
  The glossary for print (the section features/glossary writes) and the marks of its terms in the essays. Included by
  fo.xsl; its looks are params.xsl's glossary-* parameters and attribute sets, which a book's design overrides.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:d="http://docbook.org/ns/docbook"
    xmlns:bp="urn:bookpress"
    exclude-result-prefixes="xs d bp">

  <!-- An entry: the term in bold, its definition run on, every line after the first indented -->
  <xsl:template match="d:glossentry">
    <fo:block id="{@xml:id}" keep-together.within-page="500" xsl:use-attribute-sets="glossary-entry">
      <!-- the last entry goes with the one before it: a last page never holds one entry alone -->
      <xsl:if test="not(following-sibling::d:glossentry) and preceding-sibling::d:glossentry">
        <xsl:attribute name="keep-with-previous.within-page" select="'always'"/>
      </xsl:if>
      <fo:inline xsl:use-attribute-sets="glossary-term"><xsl:apply-templates select="d:glossterm/node()"/></fo:inline>
      <xsl:text> </xsl:text>
      <xsl:for-each select="d:glossdef/d:para">
        <xsl:if test="position() > 1"><xsl:text> </xsl:text></xsl:if>
        <fo:inline id="{@xml:id}"><xsl:apply-templates/></fo:inline>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <!-- The editor's words before the entries -->
  <xsl:template match="d:glossary/d:para">
    <fo:block xsl:use-attribute-sets="back-section-intro"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <!-- Glossary term, first occurrence in an essay: no mark in print (the glossary is at the back, and the
       introduction says so); the screen edition links it to its entry, in the link colour. A colour takes no
       room, so both editions keep the same lines and pages. -->
  <xsl:template match="d:glossterm[@linkend]">
    <fo:basic-link internal-destination="{@linkend}" fox:alt-text="{bp:word('alt-glossary')} {normalize-space(.)}">
      <xsl:if test="$edition = 'screen'"><xsl:attribute name="color" select="$screen-link-colour"/></xsl:if>
      <xsl:apply-templates/>
    </fo:basic-link>
  </xsl:template>
</xsl:stylesheet>
