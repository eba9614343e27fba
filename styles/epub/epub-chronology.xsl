<?xml version="1.0" encoding="UTF-8"?>
<!--
  The chronology for the EPUB (the section features/chronology writes): an introduction, the table of events with the
  print pages of the passages that discuss them, and the time line drawn by ../timeline-figure.xsl, inline. Included
  by epub.xsl; its looks are book.css's (table.chronology, .timeline).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:d="http://docbook.org/ns/docbook"
    xmlns:bp="urn:bookpress"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:epub="http://www.idpf.org/2007/ops"
    exclude-result-prefixes="xs d bp">

  <xsl:template match="d:informaltable[@role = 'chronology']">
    <xsl:call-template name="chronology-table"/>
    <figure class="timeline" id="chronology-figure">
      <xsl:call-template name="timeline-svg">
        <xsl:with-param name="chronology" select="ancestor::d:appendix[1]"/>
      </xsl:call-template>
      <figcaption><xsl:value-of select="bp:word('chronology-figure')"/></figcaption>
    </figure>
  </xsl:template>

  <xsl:template name="chronology-table">
    <table class="chronology">
      <thead><tr><xsl:for-each select="d:tgroup/d:thead/d:row/d:entry"><th scope="col"><xsl:value-of select="."/></th></xsl:for-each></tr></thead>
      <tbody>
        <xsl:for-each select="d:tgroup/d:tbody/d:row">
          <tr id="{@xml:id}">
            <xsl:variable name="row" select="."/>
            <xsl:for-each select="d:entry">
              <td>
                <xsl:if test="position() = 1"><xsl:for-each select="$row"><xsl:call-template name="pagebreaks"/></xsl:for-each></xsl:if>
                <xsl:apply-templates/>
              </td>
            </xsl:for-each>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>
  <xsl:template match="d:entry/d:para"><p><xsl:apply-templates/></p></xsl:template>
  <xsl:template match="d:entry/d:para[@role = 'disagreement']" priority="2"><p class="disagreement"><xsl:value-of select="bp:word('chronology-disagreement')"/><xsl:text> </xsl:text><xsl:apply-templates/></p></xsl:template>
  <xsl:template match="d:date"><span class="date"><xsl:apply-templates/></span></xsl:template>

  <xsl:template match="d:phrase[@role = 'new-style']"><br/><span class="new-style"><xsl:apply-templates/></span></xsl:template>

  <xsl:template match="d:link[@role = 'pageref']" priority="2">
    <a href="{bp:href(@linkend)}"><xsl:apply-templates/>
      <xsl:for-each select="bp:folio(@linkend)[. != '']"><xsl:text> </xsl:text><xsl:value-of select="$word-page"/><xsl:text> </xsl:text><xsl:value-of select="."/></xsl:for-each></a>
  </xsl:template>
  <xsl:template match="d:para[@role = 'chronology-intro']" priority="2"><p class="chronology-intro"><xsl:apply-templates/></p></xsl:template>
</xsl:stylesheet>
