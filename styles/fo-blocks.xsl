<?xml version="1.0" encoding="UTF-8"?>
<!--
  Print templates for the Markdown constructs beyond prose: tables (pipe tables, with or without a caption) and
  struck-through text. Included by fo.xsl; its parameters may be overridden like those of params.xsl.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:d="http://docbook.org/ns/docbook"
    xmlns:bp="urn:bookpress"
    exclude-result-prefixes="xs d bp">

  <xsl:param name="table-size" select="'9pt'"/>
  <xsl:param name="table-leading" select="'11.5pt'"/>
  <xsl:param name="caption-size" select="'9pt'"/>
  <!-- A column is never narrower than this many characters' share, nor wider than this many -->
  <xsl:param name="table-column-min" select="4"/>
  <xsl:param name="table-column-max" select="40"/>

  <!--
    A text table. The caption is above it and kept with it; the head row repeats on every page the table runs to
    (FOP repeats fo:table-header) and is tagged TH in the tagged PDF. Column widths follow the longest entry of
    each column, within bounds, because FOP has no automatic table layout.
  -->
  <xsl:template match="d:table[@role = 'text'] | d:informaltable[@role = 'text']">
    <fo:block id="{@xml:id}" space-before="8pt" space-after="8pt" font-size="{$table-size}"
        line-height="{$table-leading}" text-align="left" hyphenate="{$hyphenate}">
      <xsl:for-each select="d:title">
        <fo:block font-size="{$caption-size}" font-style="italic" space-after="3pt"
            keep-with-next.within-page="always"><xsl:sequence select="bp:table-label(..)"/><xsl:apply-templates/></fo:block>
      </xsl:for-each>
      <fo:table table-layout="fixed" width="100%" border-top="0.5pt solid {$rule-colour}"
          border-bottom="0.5pt solid {$rule-colour}">
        <xsl:variable name="rows" select="d:tgroup/(d:thead | d:tbody)/d:row"/>
        <xsl:for-each select="1 to xs:integer(d:tgroup/@cols)">
          <xsl:variable name="c" select="."/>
          <xsl:variable name="longest" select="max(($rows ! string-length(normalize-space(d:entry[$c])), 0))"/>
          <fo:table-column column-width="proportional-column-width({max(($table-column-min, min(($longest, $table-column-max))))})"/>
        </xsl:for-each>
        <xsl:for-each select="d:tgroup/d:thead">
          <fo:table-header>
            <xsl:for-each select="d:row">
              <fo:table-row font-weight="bold" border-bottom="0.5pt solid {$rule-colour}" keep-with-next.within-page="always">
                <xsl:apply-templates select="d:entry" mode="table-cell"/>
              </fo:table-row>
            </xsl:for-each>
          </fo:table-header>
        </xsl:for-each>
        <fo:table-body>
          <xsl:for-each select="d:tgroup/d:tbody/d:row">
            <fo:table-row keep-together.within-page="always">
              <xsl:apply-templates select="d:entry" mode="table-cell"/>
            </fo:table-row>
          </xsl:for-each>
          <!-- a table with a head row only still needs a body -->
          <xsl:if test="empty(d:tgroup/d:tbody/d:row)">
            <fo:table-row><fo:table-cell><fo:block/></fo:table-cell></fo:table-row>
          </xsl:if>
        </fo:table-body>
      </fo:table>
    </fo:block>
  </xsl:template>

  <xsl:template match="d:entry" mode="table-cell">
    <xsl:variable name="c" select="count(preceding-sibling::d:entry) + 1"/>
    <xsl:variable name="align" select="ancestor::d:tgroup[1]/d:colspec[$c]/@align"/>
    <fo:table-cell padding="2pt 4pt 2pt 0pt">
      <fo:block text-align="{if ($align = ('center', 'right')) then $align else 'left'}">
        <xsl:apply-templates/>
      </fo:block>
    </fo:table-cell>
  </xsl:template>

  <!-- Code: the monospace of the body's family (fop.xconf, fonts/) -->
  <xsl:param name="mono-font" select="'Linux Libertine Mono O'"/>
  <xsl:param name="code-size" select="'8.5pt'"/>
  <xsl:param name="code-leading" select="'11pt'"/>
  <!-- How far a long line's continuation is indented, so that a wrapped line is seen to be one line -->
  <xsl:param name="code-wrap-indent" select="'2em'"/>

  <!--
    A code block: every space kept, one block per line of code. A line too long for the measure wraps with its
    continuation indented (hanging), so the reader sees where the line really breaks; an empty line keeps its height.
  -->
  <xsl:template match="d:programlisting">
    <fo:block font-family="{bp:font-family($mono-font)}" font-size="{$code-size}" line-height="{$code-leading}" text-align="start"
        hyphenate="false" space-before="6pt" space-after="6pt" start-indent="{$paragraph-indent}">
      <xsl:for-each select="tokenize(string(.), '\n')">
        <!-- the continuation hangs from the line's own indentation (its leading spaces, at the mono's 0.6 em) -->
        <xsl:variable name="hang" select="(string-length(.) - string-length(replace(., '^ +', ''))) * 0.6 || 'em + ' || $code-wrap-indent"/>
        <fo:block white-space-collapse="false" white-space-treatment="preserve" linefeed-treatment="preserve"
            wrap-option="wrap" start-indent="{$paragraph-indent} + {$hang}" text-indent="-({$hang})"
            keep-together.within-page="always">
          <xsl:value-of select="if (. = '') then ' ' else ."/>
        </fo:block>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <xsl:template match="d:emphasis[@role = 'strikethrough']">
    <fo:inline text-decoration="line-through"><xsl:apply-templates/></fo:inline>
  </xsl:template>
</xsl:stylesheet>
