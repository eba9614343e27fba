<?xml version="1.0" encoding="UTF-8"?>
<!--
  Book document (DocBook 5 subset) to XSL-FO for Apache FOP.
  Design parameters and attribute sets are in params.xsl; each generated section (and the notes) is styled by a module
  of its own (fo-<section>.xsl), included below. The page map (anchor id -> printed page), from the layout pass,
  arrives as the document parameter $pagemap; the index is typeset from it.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:d="http://docbook.org/ns/docbook"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:bp="urn:bookpress"
    xmlns:x="adobe:ns:meta/"
    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    exclude-result-prefixes="xs map d xlink bp">

  <!-- The figure's module first, so that params.xsl may override its timeline-* parameters -->
  <xsl:import href="timeline-figure.xsl"/>
  <xsl:import href="params.xsl"/>
  <!-- The generated sections and the notes, each in its own module (its looks in params.xsl) -->
  <xsl:include href="fo-notes.xsl"/>
  <xsl:include href="fo-chronology.xsl"/>
  <xsl:include href="fo-glossary.xsl"/>
  <xsl:include href="fo-bibliography.xsl"/>
  <xsl:include href="fo-index.xsl"/>
  <xsl:include href="note-numbers.xsl"/>
  <xsl:include href="fo-imprint.xsl"/>
  <xsl:include href="fo-blocks.xsl"/>
  <xsl:include href="fo-figures.xsl"/>
  <xsl:include href="fo-dialect.xsl"/>
  <xsl:include href="fo-math.xsl"/>
  <xsl:output method="xml" indent="no" encoding="UTF-8"/>
  <!-- The word list and the functions every edition shares -->
  <xsl:include href="common.xsl"/>

  <!-- Set by the build -->
  <!-- The page map of the last layout pass (<pagemap><a id="" n="" f=""/>…): where every anchor fell, as a document;
       empty on the first pass -->
  <xsl:param name="pagemap" as="document-node()?" select="()"/>
  <!-- The page map the index is typeset from: $pagemap, except in a layout pass that hands over the pages as FOP lays
       them out, read only when the index is reached (every page before it final by then). Kept apart from $pagemap
       so that the contents' and the cross-references' folios, read first, do not fix it before any page is laid out -->
  <xsl:param name="index-pagemap" as="document-node()?" select="$pagemap"/>
  <xsl:param name="creation-date" select="'2026-01-01T00:00:00Z'"/>
  <xsl:param name="producer" select="'bookpress'"/>
  <!-- Blank pages to add at the end so that the page count is a multiple of the printer's signature -->
  <xsl:param name="pad-pages" select="'0'"/>
  <!--
    Or room for up to this many blank pages, the sequence marked bp:padding: the layout knows the page count when
    the sequence arrives and keeps as many of its pages (children of its flow) as the signature needs
  -->
  <xsl:param name="padding-slots" select="'0'"/>
  <!-- 'print', or 'screen' for the tagged screen PDF (same pages; links shown in the link colour) -->
  <xsl:param name="edition" select="'print'"/>
  <!--
    Set by the layout by page sequence, which keeps each division's page sequences between the builds of one process:
    'yes' marks where each division's sequences begin (bp:division); the divisions of $kept-divisions are written as
    a mark alone (bp:kept-division), their sequences taken from the last run. The layout keeps a division's sequences
    while nothing they are made from changed: the division itself, the book outside its divisions, its place among
    them, the figures, tables, parts and notes counted before it, the kind and number of what its links point to,
    the chronology (a time line reads it), every index term (for the index), the page map and the parameters
    (press.reader.layout.DivisionSources: a design that reads more of the book lays out without it)
  -->
  <xsl:param name="divisions-marked" select="'no'"/>
  <xsl:param name="kept-divisions" as="xs:string*" select="()"/>

  <xsl:key name="page" match="a" use="@id"/>
  <xsl:key name="id" match="*[@xml:id]" use="@xml:id"/>
  <xsl:variable name="book" select="/d:book"/>
  <xsl:variable name="lang" select="string(/d:book/@xml:lang)"/>
  <!-- The divisions that open on a page of their own after the contents, in order; a part holds its chapters -->
  <xsl:variable name="divisions" select="/d:book/(d:preface[not(@role = 'epigraph')] | d:chapter | d:part | d:appendix
      | d:glossary | d:bibliography | d:index)"/>
  <!-- The first of them begins the arabic page numbers -->
  <xsl:variable name="first-division" select="$divisions[1]"/>

  <!-- The fallback families (params.xsl), in a fixed order -->
  <xsl:variable name="fallback-families" as="xs:string*" select="sort(map:keys($fallback-fonts))"/>
  <!-- A face, then the fallback faces: for text that reaches FOP without passing text() below (a value a template
       prints itself), FOP sets a word the face cannot set in the first family that has all its characters (though
       on a baseline FOP takes from the face, hence the runs below) -->
  <xsl:function name="bp:font-family" as="xs:string">
    <xsl:param name="face" as="xs:string"/>
    <xsl:sequence select="string-join(($face, $fallback-families), ', ')"/>
  </xsl:function>
  <!-- One run of a fallback face's characters (and the spaces between them) per family, as groups of one expression -->
  <xsl:variable name="fallback-runs" as="xs:string" select="string-join(for $f in $fallback-families
      return '([' || $fallback-fonts($f) || '](?:[\s&#x200B;]*[' || $fallback-fonts($f) || '])*)', '|')"/>
  <!-- Any one character of the fallback faces, as one class: the test every text node passes (text() below) is
       whether it has any, and a class finds that without the runs' groups and their backtracking -->
  <xsl:variable name="fallback-chars" as="xs:string" select="if (empty($fallback-families)) then ''
      else '[' || string-join(for $f in $fallback-families return $fallback-fonts($f), '') || ']'"/>

  <!-- ============================================================ root -->
  <xsl:template match="/d:book">
    <fo:root font-family="{bp:font-family($body-font)}" font-size="{$body-size}" line-height="{$body-leading}"
             color="{$text-colour}" language="{substring-before(concat($lang, '-'), '-')}"
             hyphenation-remain-character-count="{$hyphenation-remain}"
             hyphenation-push-character-count="{$hyphenation-push}" hyphenation-ladder-count="{$hyphenation-ladder}"
             word-spacing.minimum="-{$word-space-shrink}" word-spacing.optimum="0pt" word-spacing.maximum="{$word-space-stretch}"
             letter-spacing.minimum="0pt" letter-spacing.optimum="0pt" letter-spacing.maximum="{$letter-space-stretch}"
             line-height-shift-adjustment="disregard-shifts"
             xml:lang="{$lang}">
      <!-- the country picks the hyphenation patterns (en-GB: British) -->
      <xsl:if test="matches($lang, '^[a-zA-Z]+-[a-zA-Z]{2}($|-)')">
        <xsl:attribute name="country" select="upper-case(substring(substring-after($lang, '-'), 1, 2))"/>
      </xsl:if>
      <xsl:call-template name="page-masters"/>
      <xsl:call-template name="declarations"/>
      <xsl:call-template name="bookmarks"/>
      <xsl:call-template name="front-pages"/>
      <xsl:choose>
        <xsl:when test="$divisions-marked = 'yes'">
          <!-- for the layout by page sequence (ChapterLayout): each division's sequences after a mark of their own,
               or only the mark of a division whose sequences the layout keeps from its last run -->
          <xsl:for-each select="$divisions">
            <xsl:choose>
              <xsl:when test="@xml:id = $kept-divisions"><bp:kept-division id="{@xml:id}"/></xsl:when>
              <xsl:otherwise>
                <bp:division id="{@xml:id}"/>
                <xsl:apply-templates select="." mode="sequence"/>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
          <bp:division id=""/>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates select="$divisions" mode="sequence"/></xsl:otherwise>
      </xsl:choose>
      <xsl:variable name="pad" select="if (xs:integer($pad-pages) gt 0) then xs:integer($pad-pages) else xs:integer($padding-slots)"/>
      <xsl:if test="$pad gt 0">
        <fo:page-sequence master-reference="blank">
          <xsl:if test="xs:integer($pad-pages) = 0"><xsl:attribute name="bp:padding" select="'fit'"/></xsl:if>
          <fo:flow flow-name="xsl-region-body">
            <xsl:for-each select="1 to $pad">
              <!-- an empty container of some height: FOP makes no page for an empty block -->
              <fo:block-container height="1pt" break-before="{if (. = 1) then 'auto' else 'page'}"><fo:block/></fo:block-container>
            </xsl:for-each>
          </fo:flow>
        </fo:page-sequence>
      </xsl:if>
    </fo:root>
  </xsl:template>

  <!-- ============================================================ page masters -->
  <xsl:template name="page-masters">
    <fo:layout-master-set>
      <xsl:for-each select="('right', 'left', 'opening', 'blank', 'plain')">
        <xsl:variable name="kind" select="."/>
        <fo:simple-page-master master-name="{$kind}" page-width="{$page-width}" page-height="{$page-height}"
            margin-top="{$margin-top}" margin-bottom="{$margin-bottom}"
            margin-left="{if ($kind = 'left') then $margin-outside else $margin-inside}"
            margin-right="{if ($kind = 'left') then $margin-inside else $margin-outside}">
          <fo:region-body margin-top="{$header-extent}" margin-bottom="{$footer-extent}"/>
          <fo:region-before region-name="head-{$kind}" extent="{$header-extent}"/>
          <fo:region-after region-name="foot-{$kind}" extent="{$footer-extent}" display-align="after"/>
        </fo:simple-page-master>
        <!-- The same pages with columns, for the index -->
        <fo:simple-page-master master-name="{$kind}-columns" page-width="{$page-width}" page-height="{$page-height}"
            margin-top="{$margin-top}" margin-bottom="{$margin-bottom}"
            margin-left="{if ($kind = 'left') then $margin-outside else $margin-inside}"
            margin-right="{if ($kind = 'left') then $margin-inside else $margin-outside}">
          <fo:region-body margin-top="{$header-extent}" margin-bottom="{$footer-extent}"
              column-count="{$index-columns}" column-gap="{$index-column-gap}"/>
          <fo:region-before region-name="head-{$kind}" extent="{$header-extent}"/>
          <fo:region-after region-name="foot-{$kind}" extent="{$footer-extent}" display-align="after"/>
        </fo:simple-page-master>
      </xsl:for-each>
      <xsl:for-each select="('', '-columns')">
        <fo:page-sequence-master master-name="chapter{.}">
          <fo:repeatable-page-master-alternatives>
            <fo:conditional-page-master-reference master-reference="opening{.}" page-position="first"/>
            <fo:conditional-page-master-reference master-reference="blank" blank-or-not-blank="blank"/>
            <fo:conditional-page-master-reference master-reference="right{.}" odd-or-even="odd"/>
            <fo:conditional-page-master-reference master-reference="left{.}" odd-or-even="even"/>
          </fo:repeatable-page-master-alternatives>
        </fo:page-sequence-master>
      </xsl:for-each>
      <!-- The index's pages after its first page sequence (a long index is laid out in several, fo-index.xsl): no
           opening page, the running heads and folios run on -->
      <fo:page-sequence-master master-name="chapter-columns-continued">
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference master-reference="blank" blank-or-not-blank="blank"/>
          <fo:conditional-page-master-reference master-reference="right-columns" odd-or-even="odd"/>
          <fo:conditional-page-master-reference master-reference="left-columns" odd-or-even="even"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
      <fo:page-sequence-master master-name="front">
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference master-reference="blank" blank-or-not-blank="blank"/>
          <fo:conditional-page-master-reference master-reference="plain"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
    </fo:layout-master-set>
  </xsl:template>

  <!-- ============================================================ metadata -->
  <xsl:template name="declarations">
    <fo:declarations>
      <x:xmpmeta>
        <rdf:RDF>
          <!-- The forms PDF/A requires: title and description as language alternatives, creators as a sequence -->
          <rdf:Description rdf:about="">
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default"><xsl:value-of select="bp:full-title()"/></rdf:li></rdf:Alt></dc:title>
            <dc:creator><rdf:Seq>
              <rdf:li><xsl:value-of select="string-join(bp:creators(d:info), ', ')"/></rdf:li>
            </rdf:Seq></dc:creator>
            <dc:language><rdf:Bag><rdf:li><xsl:value-of select="$lang"/></rdf:li></rdf:Bag></dc:language>
            <dc:description><rdf:Alt><rdf:li xml:lang="x-default">
              <xsl:value-of select="normalize-space(string-join(d:info/d:abstract[@role = 'blurb']/d:para, ' '))"/>
            </rdf:li></rdf:Alt></dc:description>
            <xsl:if test="d:info/d:keywordset/d:keyword">
              <dc:subject><rdf:Bag>
                <xsl:for-each select="d:info/d:keywordset/d:keyword"><rdf:li><xsl:value-of select="."/></rdf:li></xsl:for-each>
              </rdf:Bag></dc:subject>
              <pdf:Keywords><xsl:value-of select="string-join(d:info/d:keywordset/d:keyword, '; ')"/></pdf:Keywords>
            </xsl:if>
            <pdf:Producer><xsl:value-of select="$producer"/></pdf:Producer>
            <xmp:CreatorTool><xsl:value-of select="$producer"/></xmp:CreatorTool>
            <xmp:CreateDate><xsl:value-of select="$creation-date"/></xmp:CreateDate>
            <xmp:ModifyDate><xsl:value-of select="$creation-date"/></xmp:ModifyDate>
            <xmp:MetadataDate><xsl:value-of select="$creation-date"/></xmp:MetadataDate>
          </rdf:Description>
        </rdf:RDF>
      </x:xmpmeta>
    </fo:declarations>
  </xsl:template>

  <xsl:function name="bp:full-title" as="xs:string">
    <xsl:sequence select="string-join(($book/d:info/d:title, $book/d:info/d:subtitle)[normalize-space()], ': ')"/>
  </xsl:function>

  <xsl:template name="bookmarks">
    <fo:bookmark-tree>
      <fo:bookmark internal-destination="contents">
        <fo:bookmark-title><xsl:value-of select="$word-contents"/></fo:bookmark-title>
      </fo:bookmark>
      <xsl:apply-templates select="$divisions" mode="bookmark"/>
    </fo:bookmark-tree>
  </xsl:template>

  <!-- A division's bookmark, its sections' below it; a part's chapters below the part's -->
  <xsl:template match="*" mode="bookmark">
        <fo:bookmark internal-destination="{@xml:id}">
          <fo:bookmark-title><xsl:value-of select="normalize-space(bp:title(.))"/></fo:bookmark-title>
          <xsl:apply-templates select="self::d:part/d:chapter" mode="bookmark"/>
          <xsl:for-each select="d:section">
            <fo:bookmark internal-destination="{@xml:id}">
              <fo:bookmark-title><xsl:value-of select="bp:visible(d:title)"/></fo:bookmark-title>
            </fo:bookmark>
          </xsl:for-each>
        </fo:bookmark>
  </xsl:template>

  <!-- ============================================================ front pages -->
  <xsl:template name="front-pages">
    <fo:page-sequence master-reference="front" format="i" force-page-count="end-on-even"
        hyphenate="false">
      <fo:static-content flow-name="foot-plain">
        <fo:block text-align="center" font-size="{$head-size}">
          <xsl:if test="false()"><fo:page-number/></xsl:if>
        </fo:block>
      </fo:static-content>
      <fo:flow flow-name="xsl-region-body">
        <!-- half-title (i), blank (ii) -->
        <fo:block id="half-title" space-before="2in" space-before.conditionality="retain" text-align="center"
            font-family="{bp:font-family($display-font)}" font-size="16pt">
          <xsl:value-of select="d:info/d:title"/>
        </fo:block>
        <!-- title page (iii) -->
        <fo:block break-before="odd-page" id="title-page" text-align="center" space-before="1.3in"
            space-before.conditionality="retain">
          <fo:block font-family="{bp:font-family($display-font)}" font-size="26pt" line-height="30pt" space-after="14pt"
              hyphenate="false">
            <xsl:value-of select="d:info/d:title"/>
          </fo:block>
          <fo:block font-size="13pt" line-height="17pt" font-style="italic" space-after="48pt" hyphenate="false">
            <xsl:value-of select="d:info/d:subtitle"/>
          </fo:block>
          <xsl:call-template name="title-page-credits"/>
          <fo:block space-before="2.6in" font-size="10pt">
            <xsl:value-of select="d:info/d:publisher/d:publishername"/>
          </fo:block>
        </fo:block>
        <!-- copyright page (iv): fo-imprint.xsl -->
        <xsl:call-template name="copyright-page"/>
        <!-- a dedication and an epigraph, each on a recto of its own, without a heading -->
        <xsl:apply-templates select="d:dedication | d:preface[@role = 'epigraph']" mode="front-page"/>
        <!-- contents (v) -->
        <fo:block break-before="odd-page" id="contents">
          <fo:block font-family="{bp:font-family($display-font)}" font-size="{$chapter-title-size}" space-before="{$chapter-sink}"
              space-before.conditionality="retain" space-after="28pt" text-align="center">
            <xsl:value-of select="$word-contents"/>
          </fo:block>
          <xsl:for-each select="$divisions | d:part/d:chapter">
            <fo:block text-align-last="justify" space-before="{if (self::d:part) then '16pt' else if (self::d:chapter) then '9pt' else '6pt'}"
                margin-left="{if (parent::d:part) then '1em' else '0pt'}"
                keep-with-next.within-page="always" hyphenate="false" margin-right="0.3in" last-line-end-indent="-0.3in">
              <fo:basic-link internal-destination="{@xml:id}" fox:alt-text="{bp:title(.)}">
                <xsl:value-of select="bp:title(.)"/>
              </fo:basic-link>
              <fo:leader leader-pattern="space"/>
              <!-- the folio as text from the page map (bp:page-of): FOP draws no page of a whole-book run (the screen
                   PDF) after one citing a page not laid out yet, so a citation here held every page of the book -->
              <xsl:sequence select="bp:page-of(@xml:id)"/>
            </fo:block>
            <!-- the author, else the publication; nothing when neither is known -->
            <xsl:for-each select="self::d:chapter/(d:info/d:author/d:personname, d:info/d:bibliosource)[1]">
              <fo:block font-size="9pt" font-style="italic" hyphenate="false" margin-left="{if (ancestor::d:part) then '2em' else '1em'}">
                <xsl:apply-templates><xsl:with-param name="italic" tunnel="yes" select="true()"/></xsl:apply-templates>
              </fo:block>
            </xsl:for-each>
          </xsl:for-each>
        </fo:block>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- ============================================================ divisions -->
  <!--
    A part's title page: a recto with the part's label and title and no running heads or folio, its verso blank;
    then its chapters
  -->
  <xsl:template match="d:part" mode="sequence">
    <fo:page-sequence master-reference="chapter" force-page-count="end-on-even"
        initial-page-number="{if (. is $first-division) then '1' else 'auto-odd'}">
      <fo:flow flow-name="xsl-region-body" hyphenate="false">
        <fo:block id="{@xml:id}" text-align="center" space-before="{$part-sink}" space-before.conditionality="retain">
          <xsl:if test="bp:part-label(.)">
            <fo:block font-size="{$part-label-size}" letter-spacing="0.12em" space-after="18pt">
              <xsl:value-of select="upper-case(bp:part-label(.))"/>
            </fo:block>
          </xsl:if>
          <fo:block font-family="{bp:font-family($display-font)}" font-size="{$part-title-size}" line-height="1.2">
            <xsl:value-of select="d:info/d:title"/>
          </fo:block>
        </fo:block>
        <fo:block id="{@xml:id}--end" keep-with-previous.within-page="always"/>
      </fo:flow>
    </fo:page-sequence>
    <xsl:apply-templates select="d:chapter" mode="sequence"/>
  </xsl:template>

  <!-- A dedication or an epigraph: its words on a recto of their own, centred, a third of the way down -->
  <xsl:template match="*" mode="front-page">
    <fo:block break-before="odd-page" id="{@xml:id}" space-before="{$part-sink}" space-before.conditionality="retain"
        text-align="center" font-style="{if (self::d:dedication) then 'italic' else 'normal'}" margin-left="15%" margin-right="15%">
      <xsl:apply-templates select="* except (d:info, d:title)"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="d:preface | d:chapter | d:appendix | d:glossary | d:bibliography" mode="sequence">
    <fo:page-sequence master-reference="chapter" force-page-count="end-on-even"
        initial-page-number="{if (. is $first-division) then '1' else 'auto-odd'}">
      <xsl:call-template name="running-heads"/>
      <fo:flow flow-name="xsl-region-body" hyphenate="{$hyphenate}" widows="{$widows}" orphans="{$orphans}"
          text-align="justify" font-family="{bp:font-family($text-font)}">
        <fo:block id="{@xml:id}">
          <xsl:apply-templates select="." mode="opening"/>
          <xsl:apply-templates select="* except (d:info, d:title)"/>
        </fo:block>
        <fo:block id="{@xml:id}--end" keep-with-previous.within-page="always"/>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <xsl:template name="running-heads">
    <xsl:variable name="title" select="normalize-space(bp:title(.))"/>
    <fo:static-content flow-name="head-right">
      <fo:block text-align="right" font-size="{$head-size}" font-style="italic">
        <!-- a title the editors supplied in brackets keeps them where it is first given, not in running heads -->
        <xsl:value-of select="bp:short(replace($title, '^\[(.*)\]$', '$1'))"/>
      </fo:block>
    </fo:static-content>
    <fo:static-content flow-name="head-left">
      <fo:block text-align="left" font-size="{$head-size}" font-style="italic">
        <xsl:value-of select="bp:short(string(if (self::d:chapter and d:info/d:author) then d:info/d:author/d:personname else $book/d:info/d:title))"/>
      </fo:block>
    </fo:static-content>
    <fo:static-content flow-name="foot-right">
      <fo:block text-align="right" font-size="{$head-size}"><fo:page-number/></fo:block>
    </fo:static-content>
    <fo:static-content flow-name="foot-left">
      <fo:block text-align="left" font-size="{$head-size}"><fo:page-number/></fo:block>
    </fo:static-content>
    <fo:static-content flow-name="xsl-footnote-separator">
      <!-- the space above the rule is retained: at the top of the footnote area it would be discarded, and the rule
           would sit on the descenders of the page's last line -->
      <fo:block end-indent="70%" border-top="0.4pt solid {$rule-colour}" space-before="{$note-rule-space}"
          space-before.conditionality="retain" space-after="3pt"/>
    </fo:static-content>
  </xsl:template>

  <xsl:function name="bp:short" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="if (string-length($s) le 60) then $s
      else concat(replace(substring($s, 1, 58), '\s+\S*$', ''), '…')"/>
  </xsl:function>

  <xsl:template match="*" mode="opening">
    <fo:block font-family="{bp:font-family($display-font)}" font-size="{$chapter-title-size}" line-height="1.2"
        space-before="{$chapter-sink}" space-before.conditionality="retain" space-after="18pt"
        text-align="left" hyphenate="false" keep-with-next.within-page="always" text-align-last="left">
      <xsl:value-of select="bp:title(.)"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="d:chapter | d:preface | d:appendix[@role = $matter-appendices]" mode="opening">
    <fo:block text-align="left" hyphenate="false" keep-with-next.within-page="always" text-align-last="left">
      <fo:block font-family="{bp:font-family($display-font)}" font-size="{$chapter-title-size}" line-height="1.2"
          space-before="{$chapter-sink}" space-before.conditionality="retain" space-after="8pt">
        <xsl:value-of select="d:info/d:title"/>
      </fo:block>
      <xsl:for-each select="d:info/d:subtitle">
        <fo:block font-size="12pt" line-height="15pt" font-style="italic" space-after="8pt">
          <xsl:value-of select="."/>
        </fo:block>
      </xsl:for-each>
      <xsl:for-each select="d:info/d:author">
        <fo:block font-size="10pt" letter-spacing="0.08em" space-before="4pt" space-after="4pt">
          <xsl:value-of select="upper-case(d:personname)"/>
        </fo:block>
      </xsl:for-each>
      <xsl:if test="self::d:chapter and (d:info/d:bibliosource, d:info/d:pubdate)[normalize-space()]">
        <fo:block font-size="8.5pt" line-height="11pt" color="{$rule-colour}" space-after="14pt">
          <xsl:for-each select="(d:info/d:bibliosource, d:info/d:pubdate)[normalize-space()]">
            <xsl:if test="position() gt 1"><xsl:text> · </xsl:text></xsl:if>
            <xsl:apply-templates/>
          </xsl:for-each>
        </fo:block>
      </xsl:if>
      <xsl:for-each select="d:info/d:abstract">
        <fo:block font-style="italic" space-after="12pt" text-align="justify"><xsl:value-of select="."/></fo:block>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <!-- ============================================================ blocks -->
  <xsl:template match="d:section">
    <fo:block id="{@xml:id}">
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="d:section/d:title">
    <xsl:variable name="depth" select="count(ancestor::d:section)"/>
    <fo:block font-size="{if ($depth = 1) then $section-title-size else $body-size}"
        font-style="{if ($depth = 1) then 'normal' else 'italic'}"
        font-weight="{if ($depth = 1) then 'bold' else 'normal'}"
        line-height="{$body-leading}" space-before="{$heading-space-before}" space-after="{$heading-space-after}"
        keep-with-next.within-page="always" text-align="left" hyphenate="false" text-align-last="left">
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="d:para">
    <fo:block id="{@xml:id}" text-indent="{if (bp:indented(.)) then $paragraph-indent else '0pt'}">
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <!-- First paragraphs after a heading, quotation or list are not indented (house style) -->
  <xsl:function name="bp:indented" as="xs:boolean">
    <xsl:param name="p" as="element()"/>
    <xsl:sequence select="exists($p/preceding-sibling::*[1][self::d:para])
      and not($p/parent::d:footnote or $p/parent::d:listitem or $p/parent::d:glossdef or $p/parent::d:note
              or $p/parent::d:entry)"/>
  </xsl:function>

  <!-- Quotations and lists indent by one step per level, up to six: deeper ones stay on the page -->
  <xsl:function name="bp:depth" as="xs:integer">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="min((count($e/ancestor-or-self::*[self::d:blockquote or self::d:itemizedlist or self::d:orderedlist]), 6))"/>
  </xsl:function>

  <xsl:template match="d:blockquote">
    <fo:block start-indent="{bp:depth(.) * 1.5}em" end-indent="{min((count(ancestor-or-self::d:blockquote), 3)) * 1.5}em"
        space-before="6pt" space-after="6pt" font-size="{if (ancestor::d:blockquote) then '1em' else '0.95em'}">
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="d:epigraph">
    <fo:block margin-left="30%" space-after="14pt" font-style="italic" text-align="left" keep-together.within-page="always">
      <xsl:apply-templates><xsl:with-param name="italic" tunnel="yes" select="true()"/></xsl:apply-templates>
    </fo:block>
  </xsl:template>

  <xsl:template match="d:attribution">
    <fo:block text-align="right" font-style="normal" font-size="0.9em">— <xsl:apply-templates>
      <xsl:with-param name="italic" tunnel="yes" select="false()"/></xsl:apply-templates></fo:block>
  </xsl:template>

  <xsl:template match="d:itemizedlist | d:orderedlist">
    <fo:list-block provisional-distance-between-starts="1.4em" provisional-label-separation="0.5em"
        start-indent="{(bp:depth(.) - 1) * 1.4}em" space-before="4pt" space-after="4pt">
      <xsl:apply-templates select="d:listitem"/>
    </fo:list-block>
  </xsl:template>

  <xsl:template match="d:listitem">
    <fo:list-item space-after="3pt">
      <fo:list-item-label end-indent="label-end()">
        <fo:block text-align="right">
          <xsl:choose>
            <xsl:when test="parent::d:orderedlist">
              <xsl:value-of select="count(preceding-sibling::d:listitem) + (parent::*/@startingnumber, 1)[1]"/>.</xsl:when>
            <xsl:otherwise>•</xsl:otherwise>
          </xsl:choose>
        </fo:block>
      </fo:list-item-label>
      <fo:list-item-body start-indent="body-start()">
        <xsl:apply-templates/>
      </fo:list-item-body>
    </fo:list-item>
  </xsl:template>

  <xsl:template match="d:bridgehead[@role = 'section-break']">
    <fo:block text-align="center" space-before="8pt" space-after="8pt" keep-with-next.within-page="always">*</fo:block>
  </xsl:template>

  <xsl:template match="d:bridgehead">
    <fo:block font-weight="bold" keep-with-next.within-page="always"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="d:literallayout">
    <fo:block white-space-collapse="false" linefeed-treatment="preserve" wrap-option="wrap"
        font-size="0.9em" text-align="left" space-before="4pt" space-after="4pt">
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <!-- ============================================================ inlines -->
  <!-- Emphasis and titles are italic; inside italic (a standfirst, an epigraph, a note set in italic, a title
       within a title) they are set roman, as a press reverses them. Italic settings pass $italic down. -->
  <xsl:template match="d:emphasis">
    <xsl:param name="italic" as="xs:boolean" tunnel="yes" select="false()"/>
    <fo:inline font-style="{if ($italic) then 'normal' else 'italic'}">
      <xsl:apply-templates><xsl:with-param name="italic" tunnel="yes" select="not($italic)"/></xsl:apply-templates>
    </fo:inline>
  </xsl:template>
  <xsl:template match="d:emphasis[@role = 'strong']">
    <fo:inline font-weight="bold"><xsl:apply-templates/></fo:inline>
  </xsl:template>
  <xsl:template match="d:emphasis[@role = 'smallcaps']">
    <fo:inline font-family="{bp:font-family($small-caps-font)}" letter-spacing="0.04em"><xsl:apply-templates/></fo:inline>
  </xsl:template>
  <xsl:template match="d:superscript">
    <fo:inline baseline-shift="{$superscript-rise}" font-size="{$superscript-size}" font-family="{bp:font-family($body-font)}"><xsl:apply-templates/></fo:inline>
  </xsl:template>
  <xsl:template match="d:literal">
    <fo:inline font-family="{bp:font-family($mono-font)}" font-size="0.9em" white-space-collapse="false" hyphenate="false"><xsl:apply-templates/></fo:inline>
  </xsl:template>
  <xsl:template match="processing-instruction('line-break')">
    <fo:block/>
  </xsl:template>

  <xsl:template match="d:link[@xlink:href]">
    <fo:basic-link external-destination="url(&quot;{@xlink:href}&quot;)" fox:alt-text="{@xlink:href}"><xsl:apply-templates/></fo:basic-link>
  </xsl:template>

  <!--
    A cross-reference: the words, then the page where the target begins, from the layout ("(p. 49)"); a numbered
    figure or table is named too ("(figure 3, p. 41)"); a reference without words is the name and page alone
  -->
  <xsl:template match="d:link[@linkend]">
    <xsl:variable name="target" select="key('id', @linkend)[1]"/>
    <xsl:variable name="words" select="normalize-space(.) != ''"/>
    <!-- without words, an unnumbered figure or table is "the figure on p. 41"; with words, only a number is added -->
    <xsl:variable name="label" select="if ($words or bp:xref-label($target) != '') then bp:xref-label($target)
        else bp:xref-unnumbered($target, 'on')"/>
    <xsl:variable name="label" select="if (@role = 'capitalised') then bp:capitalised($label) else $label"/>
    <xsl:if test="$words">
      <fo:basic-link internal-destination="{@linkend}" fox:alt-text="{normalize-space(.)}"><xsl:apply-templates/></fo:basic-link>
    </xsl:if>
    <xsl:if test="not(@role = 'pageref')">
      <xsl:if test="$words"><xsl:text> (</xsl:text></xsl:if>
      <!-- "figure 3, p. 41"; "the figure on p. 41" -->
      <xsl:if test="$label != ''">
        <fo:basic-link internal-destination="{@linkend}" fox:alt-text="{$label}"><xsl:value-of select="$label"/></fo:basic-link>
        <xsl:value-of select="if ($words or bp:xref-label($target) != '') then ', ' else ' '"/>
      </xsl:if>
      <!-- a no-break space: "(p. 49)" never breaks inside -->
      <xsl:value-of select="$word-page"/><xsl:text>&#xA0;</xsl:text>
      <fo:basic-link internal-destination="{@linkend}" fox:alt-text="{bp:word('alt-page-of')} {normalize-space(.)}"><xsl:sequence select="bp:page-of(@linkend)"/></fo:basic-link>
      <xsl:if test="$words"><xsl:text>)</xsl:text></xsl:if>
    </xsl:if>
  </xsl:template>

  <!--
    The folio of a page reference, as text from the page map when the map has it. FOP sets a reference to a page it
    has not laid out yet as wide as "MMM" while it breaks the lines, and on the real number, far narrower, spreads the
    difference over the line's word spaces: every line with a forward "(p. 49)" came out loose (up to 2.5 times the
    word space). The layout repeats until the map it makes writes the same XSL-FO (PrintLayout), so the text is the
    page FOP would print; without a map (the first pass) FOP's citation stands in.
  -->
  <xsl:function name="bp:page-of" as="node()*">
    <xsl:param name="id" as="xs:string"/>
    <xsl:variable name="a" select="if (exists($pagemap)) then key('page', $id, $pagemap)[1] else ()"/>
    <xsl:choose>
      <xsl:when test="exists($a)"><xsl:value-of select="$a/@f"/></xsl:when>
      <xsl:otherwise><fo:page-number-citation ref-id="{$id}"/></xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!--
    Anchors the layout pass needs to find (index occurrences, chronology passages). FOP fails on empty inlines in
    hyphenated text, so the id goes on an inline holding the next word; only an anchor with no text after it
    gets an inline of its own, holding a zero-width space.
  -->
  <xsl:template match="d:anchor | d:indexterm[not(@role = 'authority')]">
    <xsl:if test="not(following-sibling::node()[not(bp:is-marker(.))][1][self::text()][matches(., '^\S')])">
      <fo:inline id="{@xml:id}">&#x200B;</fo:inline>
    </xsl:if>
  </xsl:template>

  <xsl:function name="bp:is-marker" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="exists($n/self::d:anchor) or exists($n/self::d:indexterm[not(@role = 'authority')])"/>
  </xsl:function>

  <!--
    The ids of the markers written immediately before a text node, nearest last. Walks back one sibling at a time
    and stops at the first non-marker, so a paragraph dense with index terms costs time in proportion to its length.
  -->
  <xsl:function name="bp:marker-ids" as="xs:string*">
    <xsl:param name="t" as="node()"/>
    <xsl:variable name="before" select="$t/preceding-sibling::node()[1]"/>
    <xsl:if test="exists($before) and bp:is-marker($before)">
      <xsl:sequence select="bp:marker-ids($before), string($before/@xml:id)"/>
    </xsl:if>
  </xsl:function>

  <xsl:template match="text()[preceding-sibling::node()[1][bp:is-marker(.)]][matches(., '^\S')]" priority="1">
    <xsl:variable name="ids" select="bp:marker-ids(.)"/>
    <xsl:analyze-string select="." regex="^\S+" flags="s">
      <xsl:matching-substring>
        <xsl:call-template name="nest-ids">
          <xsl:with-param name="ids" select="$ids"/>
          <xsl:with-param name="word" select="."/>
        </xsl:call-template>
      </xsl:matching-substring>
      <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:template>

  <!--
    An essay's text starts visibly after the apparatus of its opening (title, source line, standfirst, headnote):
    the first words of its first paragraph are set in (simulated) small capitals. The lead-in is the first text a reader sees
    in that paragraph; index markers before its first word keep their ids on it.
  -->
  <!-- the lead-in texts by identity, as the headnote calls -->
  <xsl:variable name="lead-in-text-ids" as="map(xs:string, xs:boolean)" select="map:merge($lead-in-texts ! map{generate-id(.): true()})"/>

  <xsl:template match="text()[map:contains($lead-in-text-ids, generate-id(.))]" priority="3">
    <xsl:variable name="ids" select="if (matches(., '^\S') and preceding-sibling::node()[1][bp:is-marker(.)])
        then bp:marker-ids(.) else ()"/>
    <xsl:variable name="headnote" select="if (some $t in $headnote-calls satisfies $t is .)
        then ancestor::d:chapter[1]/d:note[@role = 'headnote'] else ()"/>
    <xsl:analyze-string select="." regex="^(\s*)(\S+)((\s+\S+){{0,2}})" flags="s">
      <xsl:matching-substring>
        <xsl:value-of select="regex-group(1)"/>
        <xsl:variable name="lead-in" as="element()">
        <!-- true small capitals (small-caps-font), tracked; the text as written -->
        <fo:inline font-family="{bp:font-family($small-caps-font)}" letter-spacing="0.05em">
          <xsl:choose>
            <xsl:when test="exists($ids)">
              <xsl:call-template name="nest-ids">
                <xsl:with-param name="ids" select="$ids"/>
                <xsl:with-param name="word" select="regex-group(2)"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:otherwise><xsl:sequence select="bp:small-caps-text(regex-group(2))"/></xsl:otherwise>
          </xsl:choose>
          <xsl:sequence select="bp:small-caps-text(regex-group(3))"/>
        </fo:inline>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="exists($headnote)">
            <xsl:call-template name="headnote-at-foot">
              <xsl:with-param name="headnote" select="$headnote"/>
              <xsl:with-param name="anchor" select="$lead-in"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise><xsl:sequence select="$lead-in"/></xsl:otherwise>
        </xsl:choose>
      </xsl:matching-substring>
      <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:template>

  <!-- A lead-in of fewer than three words takes the phrase its sentence goes on in (common.xsl) -->
  <xsl:variable name="lead-in-continuation-ids" as="map(xs:string, xs:boolean)"
      select="map:merge($lead-in-continuations ! map{generate-id(.): true()})"/>

  <xsl:template match="*[map:contains($lead-in-continuation-ids, generate-id(.))]" priority="5">
    <fo:inline font-family="{bp:font-family($small-caps-font)}" letter-spacing="0.05em"><xsl:next-match/></fo:inline>
  </xsl:template>

  <xsl:template name="nest-ids">
    <xsl:param name="ids" as="xs:string*"/>
    <xsl:param name="word" as="xs:string"/>
    <fo:inline id="{$ids[1]}">
      <xsl:choose>
        <xsl:when test="count($ids) gt 1">
          <xsl:call-template name="nest-ids">
            <xsl:with-param name="ids" select="subsequence($ids, 2)"/>
            <xsl:with-param name="word" select="$word"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="$word"/></xsl:otherwise>
      </xsl:choose>
    </fo:inline>
  </xsl:template>

  <xsl:template match="d:title | d:info"/>

  <!-- A long token (a URL) breakable anywhere is set without letter spacing: FOP misplaces letter-spaced text at
       the zero-width spaces bp:breakable puts in it (the last characters were drawn over the ones before) -->
  <xsl:template match="text()">
    <xsl:choose>
      <xsl:when test="(every $w in tokenize(.) satisfies string-length($w) lt 25)
          and ($fallback-chars = '' or not(matches(., $fallback-chars)))"><xsl:value-of select="."/></xsl:when>
      <xsl:otherwise>
        <xsl:analyze-string select="." regex="\S{{25,}}">
          <xsl:matching-substring>
            <fo:inline letter-spacing="0pt"><xsl:sequence select="bp:fallback-runs(bp:breakable(.))"/></fo:inline>
          </xsl:matching-substring>
          <xsl:non-matching-substring><xsl:sequence select="bp:fallback-runs(.)"/></xsl:non-matching-substring>
        </xsl:analyze-string>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A run of characters the book's faces lack (Chinese, Arabic) in an inline of its fallback face: FOP would set
       each such word in the face that has it anyway, but on the baseline of the block's face, which for Noto sits a
       quarter of an em too high; an inline of the face's own family has its own baseline -->
  <xsl:function name="bp:fallback-runs" as="item()*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="$fallback-runs = ''"><xsl:sequence select="$text"/></xsl:when>
      <xsl:otherwise>
        <xsl:analyze-string select="$text" regex="{$fallback-runs}">
          <xsl:matching-substring>
            <xsl:variable name="group" select="(for $i in 1 to count($fallback-families)
                return $i[regex-group($i) != ''])[1]"/>
            <fo:inline font-family="{$fallback-families[$group]}, {$text-font}"><xsl:value-of select="."/></fo:inline>
          </xsl:matching-substring>
          <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
        </xsl:analyze-string>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!--
    Last resort against text drawn off the page. FOP breaks lines only at spaces and hyphenation points, so a token
    of 25 or more characters without a space (a 150-letter cry, a 200-digit number, a URL, a code in a table cell)
    that is wider than its column was drawn past the margin and lost. A zero-width space (U+200B, a break
    opportunity FOP draws no glyph for) between its characters lets FOP break it anywhere, and only where it must:
    shorter words keep their hyphenation. Used for every text node of the book and for the values the templates
    print directly (glossary terms, index headings, table headers), so every block kind has it. The test for a
    long token splits at white space (the same characters as the regular expression's \s) rather than running
    the expression at every position of every text node: it halved the time of the whole transformation.
  -->
  <xsl:function name="bp:breakable" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="if (every $w in tokenize(string($s)) satisfies string-length($w) lt 25) then string($s) else string-join(
        analyze-string($s, '\S{25,}')/*/(if (local-name() = 'match')
          then string-join(for $c in string-to-codepoints(.) return codepoints-to-string($c), '&#x200B;')
          else string(.)), '')"/>
  </xsl:function>
</xsl:stylesheet>
