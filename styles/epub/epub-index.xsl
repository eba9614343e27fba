<?xml version="1.0" encoding="UTF-8"?>
<!--
  The index for the EPUB, with EPUB Indexes semantics: every locator links to the exact occurrence and is labelled
  with the print page number from the layout pass's page map (or numbered occurrences when there is none).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:d="http://docbook.org/ns/docbook"
    xmlns:bp="urn:bookpress"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:epub="http://www.idpf.org/2007/ops"
    exclude-result-prefixes="xs d bp">

  <xsl:template match="d:index" mode="file">
    <html xml:lang="{$lang}" lang="{$lang}">
      <xsl:call-template name="head"><xsl:with-param name="title" select="bp:title(.)"/></xsl:call-template>
      <body epub:type="backmatter">
        <section id="{@xml:id}" epub:type="index" role="doc-index" aria-labelledby="{@xml:id}-title">
          <xsl:call-template name="pagebreaks"/>
          <h1 id="{@xml:id}-title"><xsl:value-of select="bp:title(.)"/></h1>
          <p epub:type="index-headnotes" class="index-note"><xsl:value-of select="bp:word('index-note-epub')"/></p>
          <xsl:for-each-group select="//d:indexterm" group-by="bp:letter(d:primary)">
            <xsl:sort select="current-grouping-key()" lang="{$bp:sort-lang}"/>
            <section epub:type="index-group" id="index-{lower-case(current-grouping-key())}" aria-labelledby="index-{lower-case(current-grouping-key())}-h">
              <h2 id="index-{lower-case(current-grouping-key())}-h"><xsl:value-of select="current-grouping-key()"/></h2>
              <ul epub:type="index-entry-list">
                <xsl:for-each-group select="current-group()" group-by="normalize-space(d:primary)">
                  <xsl:sort select="bp:sort-key(current-grouping-key())" lang="{$bp:sort-lang}"/>
                  <xsl:variable name="own" select="current-group()[not(@role = 'authority') and not(d:secondary)]"/>
                  <xsl:variable name="subs" select="current-group()[not(@role = 'authority') and d:secondary]"/>
                  <xsl:variable name="authority" select="current-group()[@role = 'authority']"/>
                  <li epub:type="index-entry">
                    <span epub:type="index-term"><xsl:apply-templates select="(current-group()/d:primary)[1]/node()"/></span>
                    <xsl:if test="$own"><xsl:text>, </xsl:text><xsl:sequence select="bp:epub-locators($own)"/></xsl:if>
                    <xsl:for-each select="$authority/d:see">
                      <xsl:text>. </xsl:text><span epub:type="index-xref-preferred"><span class="index-see"><xsl:value-of select="$word-see"/></span><xsl:text> </xsl:text><xsl:apply-templates/></span>
                    </xsl:for-each>
                    <!-- one "See also" before all the targets, joined as in print: "See also Kronstadt; Makhnovists"; the words
                         "See" and "See also" marked with the class index-see, which book.css sets in italic, as in print
                         (a design's CSS may set them otherwise) -->
                    <xsl:if test="$authority/d:seealso">
                      <xsl:text>. </xsl:text><span epub:type="index-xref-related"><span class="index-see"><xsl:value-of select="$word-see-also"/></span><xsl:text> </xsl:text>
                        <xsl:for-each select="$authority/d:seealso">
                          <xsl:if test="position() gt 1"><xsl:value-of select="$word-see-also-separator"/></xsl:if>
                          <xsl:apply-templates/>
                        </xsl:for-each>
                      </span>
                    </xsl:if>
                    <xsl:if test="$subs">
                      <ul epub:type="index-entry-list">
                        <xsl:for-each-group select="$subs" group-by="normalize-space(d:secondary)">
                          <xsl:sort select="bp:sort-key(current-grouping-key())" lang="{$bp:sort-lang}"/>
                          <li epub:type="index-entry">
                            <span epub:type="index-term"><xsl:apply-templates select="(current-group()/d:secondary)[1]/node()"/></span>
                            <xsl:text>, </xsl:text><xsl:sequence select="bp:epub-locators(current-group())"/>
                          </li>
                        </xsl:for-each-group>
                      </ul>
                    </xsl:if>
                  </li>
                </xsl:for-each-group>
              </ul>
            </section>
          </xsl:for-each-group>
        </section>
      </body>
    </html>
  </xsl:template>

  <!-- One link per print page (to the first occurrence on it); without a page map, one per occurrence -->
  <xsl:function name="bp:epub-locators">
    <xsl:param name="occurrences" as="element()*"/>
    <xsl:choose>
      <xsl:when test="exists($pagemap)">
        <xsl:for-each-group select="$occurrences[key('page', @xml:id, $pagemap)]"
            group-by="xs:integer(key('page', @xml:id, $pagemap)/@n)">
          <xsl:sort select="current-grouping-key()"/>
          <xsl:if test="position() > 1"><xsl:text>, </xsl:text></xsl:if>
          <a epub:type="index-locator" href="{bp:href(current-group()[1]/@xml:id)}">
            <xsl:value-of select="key('page', current-group()[1]/@xml:id, $pagemap)/@f"/>
            <xsl:if test="every $o in current-group() satisfies $o/@role = 'note'"><xsl:value-of select="$word-index-in-note"/></xsl:if>
          </a>
        </xsl:for-each-group>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$occurrences">
          <xsl:if test="position() > 1"><xsl:text>, </xsl:text></xsl:if>
          <a epub:type="index-locator" href="{bp:href(@xml:id)}"><xsl:value-of select="position()"/></a>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>
</xsl:stylesheet>
