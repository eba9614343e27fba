<?xml version="1.0" encoding="UTF-8"?>
<!--
  The title page's credits and the copyright page of the print book, from the book document's info (book.yaml).
  The styles add no sentence of their own about a book: only role words (credits.xsl) and the typeface line.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:d="http://docbook.org/ns/docbook"
    xmlns:bp="urn:bookpress"
    exclude-result-prefixes="xs d bp">

  <xsl:include href="credits.xsl"/>

  <!-- The colophon's last line names the body typeface from the styles (a design fact); '' prints no such line -->
  <xsl:param name="word-set-in" select="bp:word('set-in')"/>
  <!-- How far the copyright page's text sinks at most; a long page starts higher so that it ends in the text block -->
  <xsl:param name="copyright-sink" select="'3.9in'"/>
  <xsl:param name="copyright-size" select="'8.5pt'"/>
  <xsl:param name="copyright-leading" select="'11pt'"/>

  <xsl:template name="title-page-credits">
    <xsl:for-each select="bp:credit-lines(d:info)">
      <fo:block font-size="11pt" space-after="6pt">
        <xsl:value-of select="."/>
      </fo:block>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="copyright-page">
    <xsl:variable name="lines" select="bp:copyright-page(.)"/>
    <!-- about 60 characters a line at this size on the narrowest trim, each block half a line of space after;
         up to 14 lines sink the full depth, a longer page starts higher so that it still ends on its page -->
    <xsl:variable name="estimate" select="sum($lines ! (sum(tokenize(., '\n') ! max((1, ceiling(string-length(.) div 60)))) + 0.5)) + 1"/>
    <xsl:variable name="sink" select="max((36, bp:points($copyright-sink)
      - max((0, $estimate - 14)) * bp:points($copyright-leading)))"/>
    <fo:block break-before="page" font-size="{$copyright-size}" line-height="{$copyright-leading}"
        space-before="{$sink}pt" space-before.conditionality="retain" text-align="left" hyphenate="false">
      <xsl:for-each select="$lines">
        <xsl:variable name="i" select="position()"/>
        <!-- a run of ISBNs or cover credits, and the publisher with its address, are set close -->
        <xsl:variable name="next" select="string($lines[$i + 1]/@kind)"/>
        <xsl:variable name="close" select="(@kind = ('isbn', 'cover-credit') and $next = @kind) or (@kind = 'publisher' and $next = 'address')"/>
        <!-- an address and a catalogue record keep the editor's line breaks and indents -->
        <xsl:variable name="as-given" select="@kind = ('address', 'catalogue')"/>
        <fo:block space-after="{if ($close) then '0pt' else '6pt'}"
            linefeed-treatment="{if ($as-given) then 'preserve' else 'treat-as-space'}"
            white-space-treatment="{if ($as-given) then 'preserve' else 'ignore-if-surrounding-linefeed'}"
            white-space-collapse="{if ($as-given) then 'false' else 'true'}">
          <xsl:value-of select="."/>
        </fo:block>
      </xsl:for-each>
      <xsl:if test="normalize-space($word-set-in)">
        <fo:block><xsl:value-of select="concat($word-set-in, ' ', $body-font, '.')"/></fo:block>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <!-- A length in points: in, mm, cm, pt -->
  <xsl:function name="bp:points" as="xs:double">
    <xsl:param name="length" as="xs:string"/>
    <xsl:variable name="n" select="number(replace($length, '[a-z]+$', ''))"/>
    <xsl:sequence select="if (ends-with($length, 'in')) then $n * 72 else if (ends-with($length, 'mm')) then $n * 72 div 25.4
      else if (ends-with($length, 'cm')) then $n * 72 div 2.54 else $n"/>
  </xsl:function>
</xsl:stylesheet>
