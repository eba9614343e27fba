<?xml version="1.0" encoding="UTF-8"?>
<!--
  EPUB (and HTML page) templates for TeX math: the formula as MathML, which EPUB 3 readers and browsers set
  themselves, with the TeX as its alternative text (alttext) and annotation for readers that do not. The print's
  drawing is left out. Included by epub.xsl; the package marks the documents that hold MathML (epub-package.xsl).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:d="http://docbook.org/ns/docbook"
    xmlns:mml="http://www.w3.org/1998/Math/MathML"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="xs d mml">

  <!-- A display formula stands in a box of its own that scrolls when the formula is wider than the screen; a box
       that can scroll must be reachable from the keyboard (WCAG 2.1.1; Ace and axe: scrollable-region-focusable),
       hence tabindex. A labelled formula ({#eq:id}) is a cross-reference target. -->
  <xsl:template match="d:inlineequation">
    <xsl:choose>
      <xsl:when test="mml:math/@display = 'block'">
        <span class="display-math" tabindex="0">
          <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
          <xsl:apply-templates select="mml:math" mode="mathml"/>
        </span>
      </xsl:when>
      <xsl:when test="@xml:id"><span id="{@xml:id}"><xsl:apply-templates select="mml:math" mode="mathml"/></span></xsl:when>
      <xsl:otherwise><xsl:apply-templates select="mml:math" mode="mathml"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- MathML is copied as it is, in its own namespace without a prefix -->
  <xsl:template match="*" mode="mathml">
    <xsl:element name="{local-name()}" namespace="http://www.w3.org/1998/Math/MathML">
      <xsl:copy-of select="@*"/>
      <xsl:apply-templates mode="mathml"/>
    </xsl:element>
  </xsl:template>
</xsl:stylesheet>
