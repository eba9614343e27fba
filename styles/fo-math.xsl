<?xml version="1.0" encoding="UTF-8"?>
<!--
  Print templates for TeX math. The book document carries each formula drawn as SVG (every glyph a shape, so the
  PDF needs no font for it), its size and its depth below the baseline in em of the text around it. Inline math sits
  on the baseline of its line; display math is centred on a line of its own. In the tagged screen PDF a formula is a
  Formula with its TeX as the alternative text. Included by fo.xsl; its parameters may be overridden like those of
  params.xsl.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:d="http://docbook.org/ns/docbook"
    xmlns:bp="urn:bookpress"
    exclude-result-prefixes="xs d bp">

  <!-- The size of math to the size of the text around it (JLaTeXMath's Computer Modern is drawn at the text's em) -->
  <xsl:param name="math-scale" select="1.0"/>
  <!-- The room above and below a display formula -->
  <xsl:param name="math-display-space" select="'6pt'"/>

  <xsl:template match="d:inlineequation">
    <xsl:variable name="data" select="d:inlinemediaobject/d:imageobject/d:imagedata"/>
    <!-- a display formula wider than the text block (at the body size) is scaled down to fit it -->
    <xsl:variable name="measure" select="bp:points($page-width) - bp:points($margin-inside) - bp:points($margin-outside)"/>
    <xsl:variable name="natural" select="bp:em($data/@contentwidth) * xs:double($math-scale) * bp:points($body-size)"/>
    <xsl:variable name="fit" select="if (@role = 'display' and $natural gt $measure) then $measure div $natural else 1"/>
    <xsl:variable name="formula">
      <fo:instream-foreign-object role="Formula" fox:alt-text="{d:alt}" scaling="uniform"
          content-width="{bp:math-em($data/@contentwidth, $fit)}" content-height="{bp:math-em($data/@contentdepth, $fit)}"
          alignment-adjust="-{bp:math-em($data/@bp:descent, $fit)}">
        <xsl:copy-of select="$data/*" copy-namespaces="no"/>
      </fo:instream-foreign-object>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="@role = 'display'">
        <fo:block text-align="center" text-indent="0pt" start-indent="0pt" end-indent="0pt"
            space-before="{$math-display-space}" space-after="{$math-display-space}"
            keep-together.within-page="always">
          <!-- a labelled formula ({#eq:id}) is a cross-reference target: its page is looked up -->
          <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
          <xsl:sequence select="$formula"/>
        </fo:block>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="$formula"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A measure of the book document ("1.53em") at the styles' math scale, times a factor -->
  <xsl:function name="bp:math-em" as="xs:string">
    <xsl:param name="em" as="xs:string"/>
    <xsl:param name="factor" as="xs:double"/>
    <xsl:sequence select="format-number(bp:em($em) * xs:double($math-scale) * $factor, '0.###') || 'em'"/>
  </xsl:function>

  <xsl:function name="bp:em" as="xs:double">
    <xsl:param name="em" as="xs:string"/>
    <xsl:sequence select="xs:double(substring-before($em, 'em'))"/>
  </xsl:function>
</xsl:stylesheet>
