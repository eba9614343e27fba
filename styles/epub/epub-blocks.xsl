<?xml version="1.0" encoding="UTF-8"?>
<!--
  EPUB templates for the Markdown constructs beyond prose: tables (with caption and header cells scoped to their
  columns) and struck-through text. Included by epub.xsl.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:d="http://docbook.org/ns/docbook"
    xmlns:bp="urn:bookpress"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="xs d bp">

  <xsl:template match="d:table[@role = 'text'] | d:informaltable[@role = 'text']">
    <table id="{@xml:id}" class="text-table">
      <xsl:for-each select="d:title"><caption><xsl:value-of select="bp:table-label(..)"/><xsl:apply-templates/></caption></xsl:for-each>
      <xsl:for-each select="d:tgroup/d:thead">
        <thead>
          <xsl:for-each select="d:row">
            <tr><xsl:for-each select="d:entry"><th scope="col"><xsl:call-template name="align"/><xsl:apply-templates/></th></xsl:for-each></tr>
          </xsl:for-each>
        </thead>
      </xsl:for-each>
      <xsl:if test="d:tgroup/d:tbody/d:row">
        <tbody>
          <xsl:for-each select="d:tgroup/d:tbody/d:row">
            <tr><xsl:for-each select="d:entry"><td><xsl:call-template name="align"/><xsl:apply-templates/></td></xsl:for-each></tr>
          </xsl:for-each>
        </tbody>
      </xsl:if>
    </table>
  </xsl:template>

  <xsl:template name="align">
    <xsl:variable name="c" select="count(preceding-sibling::d:entry) + 1"/>
    <xsl:variable name="align" select="ancestor::d:tgroup[1]/d:colspec[$c]/@align"/>
    <xsl:if test="$align = ('center', 'right')"><xsl:attribute name="class" select="'align-' || $align"/></xsl:if>
  </xsl:template>

  <!-- A code block: every space kept (pre), long lines wrapped by the reading system (book.css) -->
  <xsl:template match="d:programlisting">
    <pre class="code"><code><xsl:if test="@language"><xsl:attribute name="class" select="'language-' || @language"/></xsl:if><xsl:value-of select="."/></code></pre>
  </xsl:template>

  <xsl:template match="d:emphasis[@role = 'strikethrough']"><s><xsl:apply-templates/></s></xsl:template>
</xsl:stylesheet>
