<?xml version="1.0" encoding="UTF-8"?>
<!--
  The back-of-book index for print. FOP cannot build one (it implements none of XSL 1.1's index objects), so the
  page of every marked occurrence comes from the layout pass's page map: sorted, de-duplicated, with ranges
  (34–36) and notes marked (45n). Included by fo.xsl; its looks are params.xsl's index-* parameters and attribute
  sets, which a book's design overrides.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:d="http://docbook.org/ns/docbook"
    xmlns:bp="urn:bookpress"
    exclude-result-prefixes="xs map d bp">

  <xsl:template match="d:index" mode="sequence">
    <xsl:variable name="index" select="."/>
    <xsl:variable name="terms" select="//d:indexterm"/>
    <xsl:variable name="parts" as="array(xs:string)*" select="bp:index-parts($terms)"/>
    <!-- Each letter's terms, found once: a part's terms picked from all the book's by their letter made every part
         read every term (parts and terms both grow with the book: 3.6 % of a fifty-times build's CPU) -->
    <xsl:variable name="terms-by-letter" as="map(xs:string, element()*)">
      <xsl:map>
        <xsl:for-each-group select="$terms" group-by="bp:letter(d:primary)">
          <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
        </xsl:for-each-group>
      </xsl:map>
    </xsl:variable>
    <xsl:for-each select="if (exists($parts)) then $parts else array {}">
      <xsl:variable name="letters" select="?*"/>
      <xsl:variable name="first" select="position() = 1"/>
      <xsl:variable name="last" select="position() = last()"/>
      <xsl:for-each select="$index">
        <!-- one index: each part but the last ends where its text does, the next starts on the next page -->
        <fo:page-sequence master-reference="{if ($first) then 'chapter-columns' else 'chapter-columns-continued'}" force-page-count="{if ($last) then 'end-on-even' else 'no-force'}"
            initial-page-number="{if ($first) then 'auto-odd' else 'auto'}">
          <xsl:call-template name="running-heads"/>
          <fo:flow flow-name="xsl-region-body" hyphenate="false" font-family="{bp:font-family($text-font)}"
              xsl:use-attribute-sets="index-flow">
            <xsl:if test="$first">
              <fo:block id="{@xml:id}" span="all" font-family="{bp:font-family($display-font)}" space-before.conditionality="retain"
                  xsl:use-attribute-sets="index-title">
                <xsl:value-of select="(d:title, bp:word('index'))[1]"/>
              </fo:block>
              <!-- set apart from the first letter group: its space is padding, which the change to columns keeps -->
              <fo:block span="all" xsl:use-attribute-sets="index-note">
                <xsl:value-of select="bp:word('index-note')"/>
              </fo:block>
            </xsl:if>
            <xsl:call-template name="index-entries">
              <xsl:with-param name="terms" select="if (count($parts) le 1) then $terms
                                                 else (for $l in $letters return $terms-by-letter($l))/."/>
            </xsl:call-template>
            <!-- spanning both columns: FOP balances the columns of the last page before it -->
            <xsl:choose>
              <xsl:when test="$last"><fo:block id="{@xml:id}--end" span="all" keep-with-previous.within-page="always"/></xsl:when>
              <xsl:otherwise><fo:block span="all" keep-with-previous.within-page="always"/></xsl:otherwise>
            </xsl:choose>
          </fo:flow>
        </fo:page-sequence>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <!-- The index's letters in order, cut into parts of whole letters of at most $index-terms-per-sequence occurrences
       (none when it has no entries) -->
  <xsl:function name="bp:index-parts" as="array(xs:string)*">
    <xsl:param name="terms" as="element()*"/>
    <xsl:variable name="most" select="xs:integer($index-terms-per-sequence)"/>
    <xsl:variable name="letters" as="map(xs:string, xs:integer)*">
      <xsl:for-each-group select="$terms" group-by="bp:letter(d:primary)">
        <xsl:sort select="current-grouping-key()" lang="{$bp:sort-lang}"/>
        <xsl:sequence select="map { current-grouping-key(): count(current-group()) }"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:iterate select="$letters">
      <xsl:param name="part" as="xs:string*" select="()"/>
      <xsl:param name="count" as="xs:integer" select="0"/>
      <xsl:on-completion>
        <xsl:if test="exists($part)"><xsl:sequence select="array { $part }"/></xsl:if>
      </xsl:on-completion>
      <xsl:variable name="letter" select="map:keys(.)"/>
      <xsl:variable name="n" select="map:get(., $letter)"/>
      <xsl:choose>
        <xsl:when test="exists($part) and $count + $n gt $most">
          <xsl:sequence select="array { $part }"/>
          <xsl:next-iteration>
            <xsl:with-param name="part" select="$letter"/>
            <xsl:with-param name="count" select="$n"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:otherwise>
          <xsl:next-iteration>
            <xsl:with-param name="part" select="($part, $letter)"/>
            <xsl:with-param name="count" select="$count + $n"/>
          </xsl:next-iteration>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:iterate>
  </xsl:function>

  <xsl:template name="index-entries">
    <xsl:param name="terms" as="element()*"/>
    <xsl:for-each-group select="$terms" group-by="bp:letter(d:primary)">
      <xsl:sort select="current-grouping-key()" lang="{$bp:sort-lang}"/>
      <fo:block keep-with-next.within-column="always" xsl:use-attribute-sets="index-letter">
        <xsl:value-of select="current-grouping-key()"/>
      </fo:block>
      <xsl:for-each-group select="current-group()" group-by="normalize-space(d:primary)">
        <xsl:sort select="bp:sort-key(current-grouping-key())" lang="{$bp:sort-lang}"/>
        <xsl:variable name="heading" select="current-grouping-key()"/>
        <xsl:variable name="own" select="current-group()[not(@role = 'authority') and not(d:secondary)]"/>
        <xsl:variable name="subs" select="current-group()[not(@role = 'authority') and d:secondary]"/>
        <xsl:variable name="authority" select="current-group()[@role = 'authority']"/>
        <!-- indented style: sub-entries start 1 em in; every run-over line goes deeper (2 em, 3 em), so it is never
             taken for a sub-entry -->
        <fo:block keep-with-next.within-column="{if ($subs) then 'always' else 'auto'}" xsl:use-attribute-sets="index-entry">
          <xsl:apply-templates select="(current-group()/d:primary)[1]" mode="index-words"/>
          <xsl:if test="$own">
            <xsl:text>, </xsl:text>
            <xsl:sequence select="bp:locators($own)"/>
          </xsl:if>
          <xsl:for-each select="$authority/d:see">
            <xsl:text>. </xsl:text><fo:inline font-style="italic"><xsl:value-of select="$word-see"/></fo:inline><xsl:text> </xsl:text>
            <xsl:apply-templates select="." mode="index-words"/>
          </xsl:for-each>
          <xsl:if test="$authority/d:seealso and not($subs)">
            <xsl:text>. </xsl:text><fo:inline font-style="italic"><xsl:value-of select="$word-see-also"/></fo:inline><xsl:text> </xsl:text>
            <xsl:call-template name="see-also-list"><xsl:with-param name="targets" select="$authority/d:seealso"/></xsl:call-template>
          </xsl:if>
        </fo:block>
        <xsl:for-each-group select="$subs" group-by="normalize-space(d:secondary)">
          <xsl:sort select="bp:sort-key(current-grouping-key())" lang="{$bp:sort-lang}"/>
          <fo:block xsl:use-attribute-sets="index-subentry">
            <xsl:apply-templates select="(current-group()/d:secondary)[1]" mode="index-words"/>
            <xsl:text>, </xsl:text>
            <xsl:sequence select="bp:locators(current-group())"/>
          </fo:block>
        </xsl:for-each-group>
        <xsl:if test="$authority/d:seealso and $subs">
          <fo:block xsl:use-attribute-sets="index-subentry">
            <fo:inline font-style="italic"><xsl:value-of select="$word-see-also"/></fo:inline><xsl:text> </xsl:text>
            <xsl:call-template name="see-also-list"><xsl:with-param name="targets" select="$authority/d:seealso"/></xsl:call-template>
          </fo:block>
        </xsl:if>
      </xsl:for-each-group>
    </xsl:for-each-group>
  </xsl:template>

  <!-- A heading's or a cross-reference's words: long words breakable, a marked title in italic -->
  <xsl:template match="text()" mode="index-words"><xsl:value-of select="bp:breakable(.)"/></xsl:template>
  <xsl:template match="d:emphasis" mode="index-words">
    <fo:inline font-style="italic"><xsl:apply-templates mode="index-words"/></fo:inline>
  </xsl:template>

  <xsl:template name="see-also-list">
    <xsl:param name="targets" as="element()*"/>
    <xsl:for-each select="$targets">
      <xsl:if test="position() gt 1"><xsl:value-of select="$word-see-also-separator"/></xsl:if>
      <xsl:apply-templates select="." mode="index-words"/>
    </xsl:for-each>
  </xsl:template>

  <!--
    Locators of one heading: one per page, in page order; consecutive pages (not notes-only) become ranges.
    Without a page map (the first layout pass) every occurrence gets a placeholder of typical width.
  -->
  <xsl:function name="bp:locators">
    <xsl:param name="occurrences" as="element()*"/>
    <xsl:choose>
      <xsl:when test="empty($index-pagemap)">
        <xsl:value-of select="string-join(for $o in $occurrences return '00', ', ')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="pages">
          <xsl:for-each-group select="$occurrences[key('page', @xml:id, $index-pagemap)]"
              group-by="xs:integer(key('page', @xml:id, $index-pagemap)/@n)">
            <xsl:sort select="current-grouping-key()"/>
            <xsl:variable name="a" select="key('page', current-group()[1]/@xml:id, $index-pagemap)"/>
            <page n="{current-grouping-key()}" folio="{$a/@f}" id="{current-group()[1]/@xml:id}"
                  note="{every $o in current-group() satisfies $o/@role = 'note'}"
                  arabic="{matches($a/@f, '^\d+$')}"/>
          </xsl:for-each-group>
        </xsl:variable>
        <!-- Each page's run: a page in the text, its number less the pages in the text before it (consecutive pages
             share one); a note's or a front-matter page, its own. Counted as the pages go by, not by looking back
             over the pages before each (a heading on a thousand pages of a long book asked half a million). -->
        <xsl:variable name="runs" as="element(page)*">
          <xsl:iterate select="$pages/page">
            <xsl:param name="before" as="xs:integer" select="0"/>
            <xsl:variable name="counted" select="not(@note = 'true' or @arabic = 'false')"/>
            <page run="{if ($counted) then xs:integer(@n) - $before else concat('single', @n)}">
              <xsl:copy-of select="@*"/>
            </page>
            <xsl:next-iteration>
              <xsl:with-param name="before" select="if ($counted) then $before + 1 else $before"/>
            </xsl:next-iteration>
          </xsl:iterate>
        </xsl:variable>
        <xsl:for-each-group select="$runs" group-adjacent="string(@run)">
          <xsl:if test="position() > 1"><xsl:text>, </xsl:text></xsl:if>
          <xsl:variable name="first" select="current-group()[1]"/>
          <xsl:variable name="last" select="current-group()[last()]"/>
          <fo:basic-link internal-destination="{$first/@id}" fox:alt-text="{bp:word('alt-page')} {$first/@folio}">
            <xsl:value-of select="$first/@folio"/>
            <xsl:if test="$first/@note = 'true'"><xsl:value-of select="$word-index-in-note"/></xsl:if>
          </fo:basic-link>
          <xsl:if test="count(current-group()) > 1">
            <xsl:text>–</xsl:text>
            <fo:basic-link internal-destination="{$last/@id}" fox:alt-text="{bp:word('alt-page')} {$last/@folio}"><xsl:value-of select="$last/@folio"/></fo:basic-link>
          </xsl:if>
        </xsl:for-each-group>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>
</xsl:stylesheet>
