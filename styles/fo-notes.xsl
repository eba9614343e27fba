<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes for print, at the foot of the page: the numbered notes (the authors', and the editor's marked "— Ed."), the
  editor's additions inside an author's note, and an essay's headnote (the editor's note on it, set at the foot of its
  opening page). Included by fo.xsl; its looks are params.xsl's note-* parameters and the footnote and headnote
  attribute sets, which a book's design overrides.
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

  <!-- The label box fits two digits and the point; each further digit widens it by half an em, so that note 100
       and later are not drawn into the margin (they overhung by 2.7pt, with a warning for each). -->
  <xsl:template match="d:footnote">
    <xsl:param name="note-call-only" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:variable name="n" as="xs:integer" select="accumulator-before('bp:note-number')"/>
    <xsl:variable name="call" as="element()">
      <fo:inline baseline-shift="{$superscript-rise}" font-size="{$superscript-size}" font-family="{bp:font-family($body-font)}" id="call-{@xml:id}">
        <fo:basic-link internal-destination="{@xml:id}" fox:alt-text="{bp:word('alt-note')} {$n}"><xsl:value-of select="$n"/></fo:basic-link>
      </fo:inline>
    </xsl:variable>
    <xsl:choose>
      <!-- a note inside a note set at the foot (a headnote's citation): its body follows that note -->
      <xsl:when test="$note-call-only"><xsl:sequence select="$call"/></xsl:when>
      <xsl:otherwise>
        <fo:footnote>
          <xsl:sequence select="$call"/>
          <fo:footnote-body><xsl:call-template name="footnote-body"/></fo:footnote-body>
        </fo:footnote>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The body of the note in context: number and text -->
  <xsl:template name="footnote-body">
    <xsl:variable name="n" as="xs:integer" select="accumulator-before('bp:note-number')"/>
        <!-- start-indent and end-indent 0: a note called from a block quotation or a list is not indented like it -->
        <fo:list-block id="{@xml:id}" text-align="justify" start-indent="0pt" end-indent="0pt"
            provisional-distance-between-starts="{1.6 + 0.5 * max((0, string-length(string($n)) - 2))}em"
            text-indent="0pt" font-style="normal" font-weight="normal" hyphenate="{$hyphenate}"
            xsl:use-attribute-sets="footnote">
          <fo:list-item>
            <fo:list-item-label end-indent="label-end()">
              <fo:block text-align="right" font-family="{bp:font-family($body-font)}">
                <fo:basic-link internal-destination="call-{@xml:id}" fox:alt-text="{bp:word('alt-note-back')} {$n}"><xsl:value-of select="$n"/>.</fo:basic-link>
              </fo:block>
            </fo:list-item-label>
            <fo:list-item-body start-indent="body-start()">
              <xsl:apply-templates>
                <xsl:with-param name="note-call-only" tunnel="yes" select="false()"/>
              </xsl:apply-templates>
            </fo:list-item-body>
          </fo:list-item>
        </fo:list-block>
  </xsl:template>

  <xsl:template match="d:footnote/d:para">
    <fo:block id="{@xml:id}">
      <xsl:apply-templates/>
      <xsl:if test="parent::d:footnote/@role = 'editor' and not(following-sibling::d:para)">
        <!-- a no-break space: the mark never stands alone on the note's last line -->
        <xsl:text>&#xA0;</xsl:text><fo:inline font-style="italic"><xsl:value-of select="translate($word-editor-mark, ' ', '&#xA0;')"/></fo:inline>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <!-- The editor's references to works an author's note names: after the author's words, in brackets, marked -->
  <xsl:template match="d:phrase[@role = 'editor']">
    <xsl:text>[</xsl:text><xsl:apply-templates/><xsl:text>.&#xA0;</xsl:text><fo:inline
        font-style="italic"><xsl:value-of select="translate($word-editor-mark, ' ', '&#xA0;')"/></fo:inline><xsl:text>]</xsl:text>
  </xsl:template>

  <!--
    An essay's headnote is its opening page's introductory note: set at the foot of that page (a note without a
    number, before the numbered ones, continued at the next page's foot if it is long), so that the essay's own text
    starts on its opening page, under the title, with its lead-in. Its call is the first word of the essay's text,
    or of the last line of an opening epigraph or quotation (its attribution: the epigraph stays whole on the opening page), so that it comes before every numbered note of the essay and FOP may split it
    (a note anchored in the opening, which is kept together, is not split: the opening was torn apart instead).
    Where the chapter gives it, it prints nothing.
  -->
  <xsl:variable name="headnote-calls" as="text()*" select="for $c in /d:book/(d:chapter | d:part/d:chapter)[@role = 'essay'][d:note[@role = 'headnote']]
      return (for $first in ($c/* except ($c/d:info, $c/d:title, $c/d:note))[1]
              return (if ($first[self::d:epigraph or self::d:blockquote]) then $first/*[last()] else $first)
             //text()[normalize-space()][not(ancestor::d:indexterm or ancestor::d:footnote or ancestor::d:inlineequation)])[1]"/>

  <!-- the headnote calls by identity: a pattern tried on every text node looks its node up once (a walk of the list
       at every node took a tenth of the whole transformation) -->
  <xsl:variable name="headnote-call-ids" as="map(xs:string, xs:boolean)" select="map:merge($headnote-calls ! map{generate-id(.): true()})"/>

  <xsl:template match="text()[map:contains($headnote-call-ids, generate-id(.))][not(map:contains($lead-in-text-ids, generate-id(.)))]" priority="4">
    <xsl:variable name="headnote" select="ancestor::d:chapter[1]/d:note[@role = 'headnote']"/>
    <xsl:variable name="ids" select="if (matches(., '^\S') and preceding-sibling::node()[1][bp:is-marker(.)])
        then bp:marker-ids(.) else ()"/>
    <xsl:analyze-string select="." regex="^(\s*)(\S+)" flags="s">
      <xsl:matching-substring>
        <xsl:value-of select="regex-group(1)"/>
        <xsl:call-template name="headnote-at-foot">
          <xsl:with-param name="headnote" select="$headnote"/>
          <xsl:with-param name="anchor">
            <xsl:choose>
              <xsl:when test="exists($ids)">
                <xsl:call-template name="nest-ids">
                  <xsl:with-param name="ids" select="$ids"/>
                  <xsl:with-param name="word" select="regex-group(2)"/>
                </xsl:call-template>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="regex-group(2)"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:matching-substring>
      <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:template>
  <xsl:template match="d:chapter[@role = 'essay']/d:note[@role = 'headnote']" priority="2"/>

  <xsl:template name="headnote-at-foot">
    <xsl:param name="headnote" as="element()"/>
    <xsl:param name="anchor" as="item()*"/>
    <fo:footnote>
      <fo:inline><xsl:sequence select="$anchor"/></fo:inline>
      <fo:footnote-body>
        <xsl:apply-templates select="$headnote" mode="at-foot"/>
        <!-- its own notes (a citation) follow it at the foot; their numbers stand in its text -->
        <xsl:for-each select="$headnote//d:footnote"><xsl:call-template name="footnote-body"/></xsl:for-each>
      </fo:footnote-body>
    </fo:footnote>
  </xsl:template>

  <xsl:template match="d:note[@role = 'headnote']" mode="at-foot">
    <fo:block id="{@xml:id}" text-align="justify" start-indent="0pt" end-indent="0pt" text-indent="0pt"
        font-style="normal" hyphenate="{$hyphenate}" xsl:use-attribute-sets="headnote-at-foot">
      <fo:block keep-with-next.within-page="always" xsl:use-attribute-sets="headnote-label">
        <xsl:value-of select="upper-case($word-headnote)"/>
      </fo:block>
      <xsl:apply-templates select="* except d:title">
        <xsl:with-param name="note-call-only" tunnel="yes" select="true()"/>
      </xsl:apply-templates>
    </fo:block>
  </xsl:template>

  <!-- The editor's headnote of a piece whose text has no lead-in: set off, smaller, before the text -->
  <xsl:template match="d:note[@role = 'headnote']">
    <fo:block id="{@xml:id}" text-align="justify" xsl:use-attribute-sets="headnote">
      <fo:block keep-with-next.within-page="always" xsl:use-attribute-sets="headnote-label">
        <xsl:value-of select="upper-case($word-headnote)"/>
      </fo:block>
      <xsl:apply-templates select="* except d:title"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="d:note[@role = 'headnote']/d:para" priority="2">
    <fo:block id="{@xml:id}" xsl:use-attribute-sets="headnote-para"><xsl:apply-templates/></fo:block>
  </xsl:template>
</xsl:stylesheet>
