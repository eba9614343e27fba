<?xml version="1.0" encoding="UTF-8"?>
<!--
  The EPUB's title page credits, copyright section and cover alt text, from the book document's info (book.yaml),
  with the same lines as the print book (credits.xsl). The styles add no sentence about any one book.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:d="http://docbook.org/ns/docbook"
    xmlns:bp="urn:bookpress"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="xs d bp">

  <xsl:include href="../credits.xsl"/>

  <xsl:template name="title-page-credits">
    <xsl:for-each select="bp:credit-lines(d:book/d:info)"><p class="book-editors"><xsl:value-of select="."/></p></xsl:for-each>
  </xsl:template>

  <!-- Everything on the copyright page but the title (the title page above it has the title) -->
  <xsl:template name="copyright-lines">
    <xsl:for-each select="bp:copyright-page(d:book)[not(@kind = ('title', 'credit'))]">
      <!-- an address's and a catalogue record's lines are kept as lines, their indents as no-break spaces -->
      <p class="{@kind}">
        <xsl:for-each select="tokenize(., '\n')">
          <xsl:if test="position() gt 1"><br/></xsl:if>
          <xsl:variable name="indent" select="string-length(.) - string-length(replace(., '^ +', ''))"/>
          <xsl:value-of select="string-join((1 to $indent) ! '&#160;') || substring(., $indent + 1)"/>
        </xsl:for-each>
      </p>
    </xsl:for-each>
  </xsl:template>

  <!-- "Cover: Title: Subtitle. Edited by ..." (the word for the cover from the word list) -->
  <xsl:function name="bp:cover-alt" as="xs:string">
    <xsl:param name="info" as="element()"/>
    <xsl:sequence select="string-join((concat(bp:word('cover'), ': ', string-join(($info/d:title, $info/d:subtitle)[normalize-space()], ': ')),
      bp:credit-lines($info)), '. ') || '.'"/>
  </xsl:function>
</xsl:stylesheet>
