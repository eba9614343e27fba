<?xml version="1.0" encoding="UTF-8"?>
<!--
  Print templates for figures (an image alone in its paragraph, with its caption). Included by fo.xsl; its parameters
  may be overridden like those of params.xsl.

  The images are described by the build in the document named by $images-uri (one <image> per file: its natural size
  in inches, and the file FOP draws, flattened for PDF/A when it had transparency). A figure is set at its natural
  size, scaled down to the text block's width and to a height that leaves room for its caption on the same page;
  image and caption are kept together, never split. In the tagged screen PDF the image is a Figure with its
  alternative text; a decorative image is an artifact.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:d="http://docbook.org/ns/docbook"
    xmlns:bp="urn:bookpress"
    xmlns:img="urn:bookpress:images"
    exclude-result-prefixes="xs d bp img">

  <xsl:param name="images-uri" select="''"/>
  <!-- Room kept on the page below a figure for its caption -->
  <xsl:param name="figure-caption-room" select="'0.7in'"/>
  <xsl:param name="figure-space" select="'10pt'"/>

  <xsl:variable name="bp:images" select="if ($images-uri != '') then doc($images-uri) else ()"/>
  <xsl:key name="bp:image" match="img:image" use="@ref"/>

  <xsl:template match="d:figure | d:informalfigure">
    <xsl:variable name="ref" select="d:mediaobject/d:imageobject/d:imagedata/@fileref"/>
    <xsl:variable name="image" select="if (exists($bp:images)) then key('bp:image', $ref, $bp:images) else ()"/>
    <xsl:if test="empty($image)">
      <xsl:message terminate="yes">bookpress: no image '<xsl:value-of select="$ref"/>' in the build's images ($images-uri)</xsl:message>
    </xsl:if>
    <!-- the text block, in inches (bp:points is fo-imprint.xsl's) -->
    <xsl:variable name="max-width" select="(bp:points($page-width) - bp:points($margin-inside) - bp:points($margin-outside)) div 72"/>
    <xsl:variable name="max-height" select="(bp:points($page-height) - bp:points($margin-top) - bp:points($margin-bottom)
        - bp:points($header-extent) - bp:points($footer-extent) - bp:points($figure-caption-room)) div 72"/>
    <xsl:variable name="w" select="xs:double($image/@width-in)"/>
    <xsl:variable name="h" select="xs:double($image/@height-in)"/>
    <xsl:variable name="scale" select="min((1, $max-width div $w, $max-height div $h))"/>
    <xsl:variable name="alt" select="normalize-space(d:mediaobject/d:textobject/d:phrase)"/>
    <fo:block id="{@xml:id}" keep-together.within-page="always" space-before="{$figure-space}"
        space-after="{$figure-space}" text-align="center" text-indent="0pt" start-indent="0pt" end-indent="0pt">
      <fo:block line-height="1.0">
        <xsl:variable name="graphic">
          <fo:external-graphic src="url('{$image/@pdf}')" scaling="uniform"
              content-width="{format-number($w * $scale, '0.####')}in"
              content-height="{format-number($h * $scale, '0.####')}in">
            <xsl:if test="not(@role = 'decorative')"><xsl:attribute name="fox:alt-text" select="$alt"/></xsl:if>
          </fo:external-graphic>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="@role = 'decorative'"><fo:wrapper role="artifact"><xsl:sequence select="$graphic"/></fo:wrapper></xsl:when>
          <xsl:otherwise><xsl:sequence select="$graphic"/></xsl:otherwise>
        </xsl:choose>
      </fo:block>
      <xsl:for-each select="d:title">
        <fo:block font-size="{$caption-size}" font-style="italic" space-before="4pt" text-align="center"
            hyphenate="false"><xsl:sequence select="bp:figure-label(..)"/><xsl:apply-templates/></fo:block>
      </xsl:for-each>
    </fo:block>
  </xsl:template>


</xsl:stylesheet>
