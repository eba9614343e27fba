<?xml version="1.0" encoding="UTF-8"?>
<!--
  EPUB templates for figures: figure, img with its alternative text (empty for decoration), figcaption. The images
  are described by the build in the document named by $images-uri (see fo-figures.xsl); each is copied into the
  package under its @media name and listed in the manifest (figure-manifest-items, called by epub-package.xsl).
  The HTML edition overrides bp:image-src to set each image inline, as a data: URI.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:d="http://docbook.org/ns/docbook"
    xmlns:bp="urn:bookpress"
    xmlns:img="urn:bookpress:images"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="xs d bp img">

  <xsl:param name="images-uri" select="''"/>
  <xsl:variable name="bp:images" select="if ($images-uri != '') then doc($images-uri) else ()"/>
  <xsl:key name="bp:image" match="img:image" use="@ref"/>

  <!-- The image's description by the build -->
  <xsl:function name="bp:image" as="element()">
    <xsl:param name="ref" as="xs:string"/>
    <xsl:variable name="image" select="if (exists($bp:images)) then key('bp:image', $ref, $bp:images) else ()"/>
    <xsl:if test="empty($image)">
      <xsl:message terminate="yes">bookpress: no image '<xsl:value-of select="$ref"/>' in the build's images ($images-uri)</xsl:message>
    </xsl:if>
    <xsl:sequence select="$image[1]"/>
  </xsl:function>

  <!-- Where a division document finds the image: the package's copy -->
  <xsl:function name="bp:image-src" as="xs:string">
    <xsl:param name="ref" as="xs:string"/>
    <xsl:sequence select="'../' || bp:image($ref)/@media"/>
  </xsl:function>

  <xsl:template match="d:figure | d:informalfigure">
    <xsl:variable name="ref" select="string(d:mediaobject/d:imageobject/d:imagedata/@fileref)"/>
    <figure id="{@xml:id}" class="figure">
      <img src="{bp:image-src($ref)}" alt="{if (@role = 'decorative') then '' else normalize-space(d:mediaobject/d:textobject/d:phrase)}">
        <xsl:if test="@role = 'decorative'"><xsl:attribute name="role" select="'presentation'"/></xsl:if>
      </img>
      <xsl:for-each select="d:title"><figcaption><xsl:value-of select="bp:figure-label(..)"/><xsl:apply-templates/></figcaption></xsl:for-each>
    </figure>
  </xsl:template>

  <xsl:template name="figure-manifest-items">
    <xsl:for-each select="$bp:images/img:images/img:image">
      <item id="figure-image-{position()}" href="{@media}" media-type="{@media-type}" xmlns="http://www.idpf.org/2007/opf"/>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
