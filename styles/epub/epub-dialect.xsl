<?xml version="1.0" encoding="UTF-8"?>
<!--
  EPUB templates for pandoc's constructs beyond CommonMark: line blocks (verse, addresses), definition lists,
  subscript, spans with a class. Included by epub.xsl.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:d="http://docbook.org/ns/docbook"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="xs d">

  <xsl:template match="d:para[@role = 'line-block']" priority="2">
    <xsl:call-template name="pagebreaks"/>
    <p id="{@xml:id}" class="line-block">
      <xsl:for-each-group select="node()" group-ending-with="processing-instruction('line-break')">
        <span class="line"><xsl:apply-templates select="current-group()[not(self::processing-instruction('line-break'))]"/></span>
        <xsl:if test="position() != last()"><br/></xsl:if>
      </xsl:for-each-group>
    </p>
  </xsl:template>

  <xsl:template match="d:phrase[@role = ('smallcaps', 'span')]">
    <span>
      <xsl:if test="@role = 'smallcaps'"><xsl:attribute name="class" select="'smallcaps'"/></xsl:if>
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:if test="@xml:lang"><xsl:attribute name="lang" select="@xml:lang"/><xsl:attribute name="xml:lang" select="@xml:lang"/></xsl:if>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="d:subscript"><sub><xsl:apply-templates/></sub></xsl:template>

  <xsl:template match="d:variablelist[@role = 'definitions']">
    <dl id="{@xml:id}" class="definitions">
      <xsl:for-each select="d:varlistentry">
        <dt><xsl:apply-templates select="d:term/node()"/></dt>
        <xsl:for-each select="d:listitem"><dd><xsl:apply-templates select="d:para/node()"/></dd></xsl:for-each>
      </xsl:for-each>
    </dl>
  </xsl:template>
</xsl:stylesheet>
