<?xml version="1.0" encoding="UTF-8"?>
<!--
  Print templates for pandoc's constructs beyond CommonMark: line blocks (verse, addresses), definition lists,
  subscript, spans with a class. Included by fo.xsl; its parameters may be overridden like those of params.xsl.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:d="http://docbook.org/ns/docbook" xmlns:bp="urn:bookpress"
    exclude-result-prefixes="xs d bp">

  <xsl:param name="subscript-size" select="'7pt'"/>
  <xsl:param name="subscript-drop" select="'-2pt'"/>
  <!-- How far a line of verse that runs over the measure hangs -->
  <xsl:param name="verse-turnover" select="'2em'"/>

  <!-- A line block: every line kept, flush left; a line too long turns over with a hanging indent -->
  <xsl:template match="d:para[@role = 'line-block']" priority="2">
    <fo:block id="{@xml:id}" text-align="left" space-before="6pt" space-after="6pt" hyphenate="false"
        keep-together.within-page="4">
      <xsl:for-each-group select="node()" group-ending-with="processing-instruction('line-break')">
        <xsl:variable name="line" select="current-group()[not(self::processing-instruction('line-break'))]"/>
        <fo:block start-indent="{$verse-turnover}" text-indent="-{$verse-turnover}">
          <xsl:choose>
            <!-- an empty line (a stanza break) keeps its height: FOP drops a line of spaces -->
            <xsl:when test="normalize-space(translate(string-join($line ! string(.)), '&#160;', ' ')) = ''"><fo:leader/></xsl:when>
            <xsl:otherwise><xsl:apply-templates select="$line"/></xsl:otherwise>
          </xsl:choose>
        </fo:block>
      </xsl:for-each-group>
    </fo:block>
  </xsl:template>

  <!-- A bracketed span: small capitals by its class; words in another language take its hyphenation -->
  <xsl:template match="d:phrase[@role = ('smallcaps', 'span')]">
    <fo:inline>
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:if test="@xml:lang"><xsl:attribute name="language" select="substring-before(@xml:lang || '-', '-')"/></xsl:if>
      <xsl:apply-templates/>
    </fo:inline>
  </xsl:template>

  <!-- Small capitals in the font's own small-capital face (small-caps-font, params.xsl): its lower-case letters are
       small capitals, its capitals capitals, and the text stays as written for copy and search -->
  <xsl:template match="text()[ancestor::d:phrase[@role = 'smallcaps']]" priority="2">
    <fo:inline font-family="{bp:font-family($small-caps-font)}" letter-spacing="0.04em"><xsl:sequence select="bp:small-caps-text(.)"/></fo:inline>
  </xsl:template>

  <!-- A word written all in capitals ("THE RUSSIAN REVOLUTION" in a source's lead-in) has no small capital in the
       face: its capitals are set at this size, near the small capitals' height, and keep their letters -->
  <xsl:param name="small-caps-size" select="'0.8em'"/>
  <xsl:function name="bp:small-caps-text" as="node()*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:analyze-string select="$text" regex="\p{{Lu}}{{2,}}(\p{{P}}*\p{{Lu}}+)*">
      <xsl:matching-substring>
        <fo:inline font-size="{$small-caps-size}"><xsl:value-of select="."/></fo:inline>
      </xsl:matching-substring>
      <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:function>

  <xsl:template match="d:subscript">
    <fo:inline baseline-shift="{$subscript-drop}" font-size="{$subscript-size}"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <!-- A definition list: the term in bold, its definitions indented below it -->
  <xsl:template match="d:variablelist[@role = 'definitions']">
    <fo:block id="{@xml:id}" space-before="6pt" space-after="6pt">
      <xsl:for-each select="d:varlistentry">
        <fo:block font-weight="bold" keep-with-next.within-page="always" space-before="4pt">
          <xsl:apply-templates select="d:term/node()"/>
        </fo:block>
        <xsl:for-each select="d:listitem">
          <fo:block start-indent="{$paragraph-indent} * 2" text-align="left"><xsl:apply-templates select="d:para/node()"/></fo:block>
        </xsl:for-each>
      </xsl:for-each>
    </fo:block>
  </xsl:template>
</xsl:stylesheet>
