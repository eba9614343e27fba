<?xml version="1.0" encoding="UTF-8"?>
<!--
  The chronology for print (the section features/chronology writes: an introduction, a table of events, the time line
  drawn by timeline-figure.xsl). Included by fo.xsl; its looks are params.xsl's chronology-* parameters and attribute
  sets, which a book's design overrides.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:d="http://docbook.org/ns/docbook"
    xmlns:bp="urn:bookpress"
    exclude-result-prefixes="xs d bp">

  <!-- The table, then the time line on a page of its own with its caption -->
  <xsl:template match="d:informaltable[@role = 'chronology']">
    <xsl:call-template name="chronology-table"/>
    <fo:block id="chronology-figure" break-before="page" keep-with-next.within-page="always"
        xsl:use-attribute-sets="chronology-figure">
      <!-- the figure's alternative text is its own description, made from the book's events (no dates of one book here) -->
      <xsl:variable name="svg" as="element()">
        <xsl:call-template name="timeline-svg">
          <xsl:with-param name="chronology" select="ancestor::d:appendix[1]"/>
        </xsl:call-template>
      </xsl:variable>
      <fo:instream-foreign-object content-width="{$timeline-width}" fox:alt-text="{normalize-space(($svg//*:desc)[1])}">
        <xsl:sequence select="$svg"/>
      </fo:instream-foreign-object>
    </fo:block>
    <fo:block xsl:use-attribute-sets="chronology-caption"><xsl:value-of select="bp:word('chronology-figure')"/></fo:block>
  </xsl:template>

  <xsl:template name="chronology-table">
    <!-- ragged and unhyphenated, like every narrow column; the date column takes "12 November 1917" and
         "(6 November 1917 NS)" whole, the references column its display names -->
    <fo:table table-layout="fixed" width="100%" hyphenate="false" font-family="{bp:font-family($body-font)}"
        xsl:use-attribute-sets="chronology-table">
      <xsl:variable name="cols" select="d:tgroup/d:colspec"/>
      <xsl:for-each select="$cols">
        <fo:table-column column-width="{if (position() = 1) then $chronology-date-width
            else if (position() = last() and count($cols) gt 2) then $chronology-discussed-width
            else concat('proportional-column-width(', substring-before(@colwidth, '*'), ')')}"/>
      </xsl:for-each>
      <fo:table-header>
        <fo:table-row xsl:use-attribute-sets="chronology-head-row">
          <xsl:for-each select="d:tgroup/d:thead/d:row/d:entry">
            <fo:table-cell xsl:use-attribute-sets="chronology-head-cell"><fo:block><xsl:value-of select="bp:breakable(.)"/></fo:block></fo:table-cell>
          </xsl:for-each>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="d:tgroup/d:tbody/d:row">
          <fo:table-row keep-together.within-page="500">
            <xsl:variable name="row-id" select="@xml:id"/>
            <xsl:for-each select="d:entry">
              <fo:table-cell xsl:use-attribute-sets="chronology-cell">
                <fo:block>
                  <xsl:if test="position() = 1"><xsl:attribute name="id" select="$row-id"/></xsl:if>
                  <xsl:apply-templates/>
                </fo:block>
              </fo:table-cell>
            </xsl:for-each>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <!-- An event's paragraphs (the chronology's are the only table cells that hold paragraphs) and the editors' note
       where the essays disagree about it -->
  <xsl:template match="d:entry/d:para"><fo:block><xsl:apply-templates/></fo:block></xsl:template>
  <xsl:template match="d:entry/d:para[@role = 'disagreement']" priority="2">
    <fo:block xsl:use-attribute-sets="chronology-disagreement"><xsl:value-of select="bp:word('chronology-disagreement')"/>
      <xsl:text> </xsl:text><xsl:apply-templates>
      <xsl:with-param name="italic" tunnel="yes" select="true()"/></xsl:apply-templates></fo:block>
  </xsl:template>
  <!-- A date, and the New Style date given beside an Old Style one -->
  <xsl:template match="d:date"><fo:block><xsl:apply-templates/></fo:block></xsl:template>
  <xsl:template match="d:phrase[@role = 'new-style']">
    <fo:block xsl:use-attribute-sets="chronology-new-style"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <!-- The passages that discuss an event: their words and their page -->
  <xsl:template match="d:link[@role = 'pageref']" priority="2">
    <fo:basic-link internal-destination="{@linkend}" fox:alt-text="{normalize-space(.)}, {bp:word('alt-page')}"><xsl:apply-templates/>
      <xsl:text> </xsl:text><xsl:sequence select="bp:page-of(@linkend)"/></fo:basic-link>
  </xsl:template>
  <xsl:template match="d:para[@role = 'chronology-intro']" priority="2">
    <fo:block xsl:use-attribute-sets="chronology-intro"><xsl:apply-templates/></fo:block>
  </xsl:template>
</xsl:stylesheet>
