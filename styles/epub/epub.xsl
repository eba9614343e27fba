<?xml version="1.0" encoding="UTF-8"?>
<!--
  Book document (DocBook 5 subset) to the files of an EPUB 3: one XHTML document per division, the navigation
  document (toc, landmarks, page-list), the package document and an NCX for older readers.
  Every file is written with xsl:result-document relative to $out-base; the build zips the folder.
  Each generated section (and the notes) is styled by a module of its own (epub-<section>.xsl), included below.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:d="http://docbook.org/ns/docbook"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:bp="urn:bookpress"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="xs d xlink bp map">

  <!-- The designer's file, as for print: the EPUB reads its words (word-*); its print lengths and attribute sets are
       not read here (the EPUB's looks are book.css's) -->
  <xsl:import href="../params.xsl"/>
  <!-- The generated sections and the notes, each in its own module -->
  <xsl:include href="epub-notes.xsl"/>
  <xsl:include href="epub-chronology.xsl"/>
  <xsl:include href="epub-glossary.xsl"/>
  <xsl:include href="epub-bibliography.xsl"/>
  <xsl:include href="epub-index.xsl"/>
  <xsl:include href="../note-numbers.xsl"/>
  <xsl:include href="../timeline-figure.xsl"/>
  <xsl:include href="epub-package.xsl"/>
  <xsl:include href="epub-imprint.xsl"/>
  <xsl:include href="epub-blocks.xsl"/>
  <xsl:include href="epub-figures.xsl"/>
  <xsl:include href="epub-dialect.xsl"/>
  <xsl:include href="epub-math.xsl"/>

  <xsl:param name="out-base" as="xs:string"/>
  <!-- The print edition's page map (<pagemap><a id="" n="" f=""/>…), as a document; empty without a print layout -->
  <xsl:param name="pagemap" as="document-node()?" select="()"/>
  <xsl:param name="modified" select="'2026-01-01T00:00:00Z'"/>
  <!-- The file names under fonts/ to list in the package -->
  <xsl:param name="fonts" as="xs:string*" select="()"/>
  <xsl:param name="cover-image" select="''"/>
  <!-- Divisions whose XHTML the build already has from an earlier run (same inputs): not written again -->
  <xsl:param name="skip" as="xs:string*" select="()"/>

  <xsl:output method="xhtml" html-version="5" encoding="UTF-8" indent="no" omit-xml-declaration="no"/>
  <!-- The word list and the functions every edition shares -->
  <xsl:include href="../common.xsl"/>
  <xsl:output name="xhtml" method="xhtml" html-version="5" encoding="UTF-8" indent="no" omit-xml-declaration="no"/>
  <xsl:output name="xml" method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:key name="page" match="a" use="@id"/>
  <xsl:key name="id" match="*[@xml:id]" use="@xml:id"/>
  <xsl:variable name="book" select="/d:book"/>
  <xsl:variable name="lang" select="string(/d:book/@xml:lang)"/>
  <!-- One file each, in reading order: a part's file holds its title page, its chapters have their own -->
  <xsl:variable name="divisions" select="/d:book/(d:dedication | d:preface | d:part | d:part/d:chapter | d:chapter | d:appendix
      | d:glossary | d:bibliography | d:index)"/>

  <xsl:template match="/">
    <xsl:if test="$cover-image != ''"><xsl:call-template name="cover-page"/></xsl:if>
    <xsl:call-template name="title-page"/>
    <xsl:for-each select="$divisions[not(@xml:id = $skip)]">
      <xsl:result-document href="{$out-base}/OEBPS/text/{@xml:id}.xhtml" format="xhtml">
        <xsl:apply-templates select="." mode="file"/>
      </xsl:result-document>
    </xsl:for-each>
    <xsl:call-template name="nav"/>
    <xsl:call-template name="package"/>
    <xsl:call-template name="ncx"/>
    <xsl:result-document href="{$out-base}/META-INF/container.xml" format="xml">
      <container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0">
        <rootfiles>
          <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
        </rootfiles>
      </container>
    </xsl:result-document>
  </xsl:template>

  <!-- ============================================================ helpers -->
  <!-- The file and fragment that hold an id -->
  <xsl:function name="bp:href" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <xsl:variable name="target" select="key('id', $id, $book)"/>
    <xsl:variable name="division" select="bp:division($target)"/>
    <xsl:sequence select="if ($target is $division) then concat($division/@xml:id, '.xhtml')
                          else concat($division/@xml:id, '.xhtml#', $id)"/>
  </xsl:function>

  <xsl:function name="bp:folio" as="xs:string?">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="if (exists($pagemap)) then string(key('page', $id, $pagemap)/@f) else ()"/>
  </xsl:function>

  <xsl:template name="head">
    <xsl:param name="title" as="xs:string"/>
    <head>
      <meta charset="utf-8"/>
      <title><xsl:value-of select="$title"/></title>
      <link rel="stylesheet" type="text/css" href="../css/book.css"/>
    </head>
  </xsl:template>

  <!-- ============================================================ cover -->
  <xsl:template name="cover-page">
    <xsl:result-document href="{$out-base}/OEBPS/text/cover.xhtml" format="xhtml">
      <html xml:lang="{$lang}" lang="{$lang}">
        <xsl:call-template name="head"><xsl:with-param name="title" select="bp:word('cover')"/></xsl:call-template>
        <body epub:type="cover" class="cover">
          <section epub:type="cover" aria-label="{bp:word('cover')}">
            <img src="../images/{$cover-image}" class="cover-image" role="doc-cover"
                 alt="{bp:cover-alt(d:book/d:info)}"/>
          </section>
        </body>
      </html>
    </xsl:result-document>
  </xsl:template>

  <!-- ============================================================ title page -->
  <xsl:template name="title-page">
    <xsl:result-document href="{$out-base}/OEBPS/text/titlepage.xhtml" format="xhtml">
      <html xml:lang="{$lang}" lang="{$lang}">
        <xsl:call-template name="head"><xsl:with-param name="title" select="string(d:book/d:info/d:title)"/></xsl:call-template>
        <body epub:type="frontmatter">
          <section class="titlepage" epub:type="titlepage" aria-label="{bp:word('title-page')}">
            <h1 class="book-title"><xsl:value-of select="d:book/d:info/d:title"/></h1>
            <p class="book-subtitle"><xsl:value-of select="d:book/d:info/d:subtitle"/></p>
            <xsl:call-template name="title-page-credits"/>
            <p class="book-publisher"><xsl:value-of select="d:book/d:info/d:publisher/d:publishername"/></p>
          </section>
          <section class="copyright" epub:type="copyright-page" aria-label="{bp:word('copyright')}">
            <xsl:call-template name="copyright-lines"/>
          </section>
        </body>
      </html>
    </xsl:result-document>
  </xsl:template>

  <!-- ============================================================ divisions -->
  <xsl:template match="*" mode="file">
    <html xml:lang="{$lang}" lang="{$lang}">
      <xsl:call-template name="head"><xsl:with-param name="title" select="bp:title(.)"/></xsl:call-template>
      <body epub:type="{if (self::d:preface or self::d:dedication) then 'frontmatter' else if (self::d:chapter or self::d:part) then 'bodymatter'
          else 'backmatter'}">
        <section id="{@xml:id}" epub:type="{bp:section-type(.)}">
          <xsl:if test="bp:section-role(.)"><xsl:attribute name="role" select="bp:section-role(.)"/></xsl:if>
          <!-- a dedication or an epigraph has no heading: its name is the section's label -->
          <xsl:attribute name="{if (bp:headless(.)) then 'aria-label' else 'aria-labelledby'}"
              select="if (bp:headless(.)) then bp:title(.) else @xml:id || '-title'"/>
          <xsl:apply-templates select="." mode="opening"/>
          <xsl:apply-templates select="* except (d:info, d:title)"/>
          <xsl:call-template name="pagebreaks-after"/>
          <xsl:call-template name="notes"/>
        </section>
      </body>
    </html>
  </xsl:template>

  <!-- The EPUB structural semantics of a division: front and back matter by their kind (the role book.yaml's kind
       gave them), the rest by element -->
  <xsl:function name="bp:section-type" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="kind" select="replace(string($e/@role), 'acknowledgements', 'acknowledgments')"/>
    <xsl:sequence select="if ($e/self::d:dedication) then 'dedication'
      else if ($e/self::d:preface) then (if ($kind = ('epigraph', 'foreword', 'preface', 'acknowledgments')) then $kind else 'introduction')
      else if ($e/self::d:chapter) then 'chapter' else if ($e/self::d:part) then 'part'
      else if ($e/self::d:glossary) then 'glossary' else if ($e/self::d:bibliography) then 'bibliography'
      else if ($e/self::d:index) then 'index'
      else if ($kind = ('afterword', 'acknowledgments', 'contributors')) then $kind else 'appendix'"/>
  </xsl:function>

  <!-- The DPUB-ARIA role of a division: the same, but for notes on contributors, which has none -->
  <xsl:function name="bp:section-role" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="type" select="bp:section-type($e)"/>
    <xsl:sequence select="if ($type = 'contributors') then () else 'doc-' || $type"/>
  </xsl:function>

  <!-- A dedication or an epigraph: its words stand alone, with no heading -->
  <xsl:function name="bp:headless" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/self::d:dedication | $e/self::d:preface[@role = 'epigraph'])"/>
  </xsl:function>

  <xsl:template match="*" mode="opening">
    <xsl:call-template name="pagebreaks"/>
    <h1 id="{@xml:id}-title"><xsl:value-of select="bp:title(.)"/></h1>
  </xsl:template>

  <xsl:template match="d:dedication | d:preface[@role = 'epigraph']" mode="opening" priority="2">
    <xsl:call-template name="pagebreaks"/>
  </xsl:template>

  <!-- A part's file is its title page: the label and the title; its chapters have files of their own -->
  <xsl:template match="d:part" mode="opening">
    <xsl:call-template name="pagebreaks"/>
    <header class="part-head">
      <h1 id="{@xml:id}-title">
        <xsl:if test="bp:part-label(.)"><span class="part-label"><xsl:value-of select="bp:part-label(.)"/></span><br/></xsl:if>
        <xsl:value-of select="d:info/d:title"/>
      </h1>
    </header>
  </xsl:template>
  <xsl:template match="d:part/d:chapter" priority="2"/>

  <xsl:template match="d:chapter | d:preface | d:appendix[@role = $matter-appendices]" mode="opening">
    <xsl:call-template name="pagebreaks"/>
    <header class="chapter-head">
      <h1 id="{@xml:id}-title"><xsl:value-of select="d:info/d:title"/></h1>
      <xsl:for-each select="d:info/d:subtitle"><p class="subtitle" epub:type="subtitle" role="doc-subtitle"><xsl:value-of select="."/></p></xsl:for-each>
      <xsl:for-each select="d:info/d:author"><p class="author"><xsl:value-of select="d:personname"/></p></xsl:for-each>
      <xsl:if test="self::d:chapter and (d:info/d:bibliosource, d:info/d:pubdate)[normalize-space()]">
        <p class="source"><xsl:for-each select="(d:info/d:bibliosource, d:info/d:pubdate)[normalize-space()]">
          <xsl:if test="position() gt 1"><xsl:text> · </xsl:text></xsl:if><xsl:apply-templates/></xsl:for-each></p>
      </xsl:if>
      <xsl:for-each select="d:info/d:abstract"><p class="standfirst"><xsl:value-of select="."/></p></xsl:for-each>
    </header>
  </xsl:template>

  <!--
    Print page numbers. A tracked element (a paragraph, section, index term or anchor, in document order) carries
    markers for the print pages that begin from its start up to the next tracked element: for the page it starts
    on, if that page began after the previous tracked element, and for every page that begins inside it. So a page
    that begins in mid-paragraph is marked at the start of the paragraph (or index term) that holds its first words.
    Elements inside notes are not tracked: notes are moved to the end of the chapter in the EPUB.
  -->
  <xsl:variable name="tracked" as="element()*"
      select="if (exists($pagemap)) then //*[@xml:id][self::d:para or self::d:indexterm or self::d:anchor or self::d:section
              or self::d:row or self::d:glossentry or parent::d:book or parent::d:part][not(ancestor::d:footnote)]
              [not(ancestor::d:note[@role = 'headnote'][parent::d:chapter[@role = 'essay']])][key('page', @xml:id, $pagemap)] else ()"/>
  <!--
    (An essay's headnote is not tracked: print sets it at the foot of the opening page, continued at the next page's
    foot, so its words are not in reading order with the text's pages.)
    For each tracked id: the physical page of the previous tracked element, and the page up to which pages begin
    inside it (the next tracked element's page, or for the last one of a division, the page after the division ends)
  -->
  <xsl:variable name="neighbours" as="map(xs:string, xs:integer+)"
      select="map:merge(for $i in 1 to count($tracked) return map:entry(string($tracked[$i]/@xml:id),
              (if ($i gt 1) then bp:n($tracked[$i - 1]) else 0,
               if ($i lt count($tracked) and bp:division($tracked[$i + 1]) is bp:division($tracked[$i]))
               then bp:n($tracked[$i + 1]) else bp:end-page(bp:division($tracked[$i])) + 1)))"/>

  <!--
    The tracked elements of each division (by generate-id of the division), in document order: the page list asks for
    every division's, and filtering all of $tracked for each division grew with divisions × tracked elements
  -->
  <xsl:variable name="tracked-by-division" as="map(xs:string, element()*)"
      select="map:merge(for $t in $tracked return map:entry(generate-id(bp:division($t)), $t),
              map{'duplicates': 'combine'})"/>

  <xsl:function name="bp:division" as="element()">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$e/ancestor-or-self::*[parent::d:book or parent::d:part][1]"/>
  </xsl:function>

  <xsl:function name="bp:end-page" as="xs:integer">
    <xsl:param name="division" as="element()"/>
    <xsl:sequence select="(key('page', $division/@xml:id || '--end', $pagemap)/@n ! xs:integer(.), bp:n($division))[1]"/>
  </xsl:function>

  <xsl:function name="bp:n" as="xs:integer">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="xs:integer(key('page', $e/@xml:id, $pagemap)/@n)"/>
  </xsl:function>

  <!-- The print pages (as printed) whose markers stand before tracked element $e -->
  <xsl:function name="bp:marker-pages" as="xs:integer*">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="here" select="key('page', $e/@xml:id, $pagemap)"/>
    <xsl:if test="map:contains($neighbours, string($e/@xml:id)) and matches($here/@f, '^\d+$')">
      <xsl:variable name="n" select="xs:integer($here/@n)"/>
      <xsl:variable name="prev" select="$neighbours(string($e/@xml:id))[1]"/>
      <xsl:variable name="next" select="$neighbours(string($e/@xml:id))[2]"/>
      <xsl:variable name="offset" select="xs:integer($here/@f) - $n"/>
      <xsl:sequence select="((if ($n gt $prev) then $n else ()), ($n + 1) to ($next - 1))[. + $offset ge 1] ! (. + $offset)"/>
    </xsl:if>
  </xsl:function>

  <!-- The print pages (as printed) of the blank pages after division $d, before the next one -->
  <xsl:function name="bp:pages-after" as="xs:integer*">
    <xsl:param name="d" as="element()"/>
    <xsl:variable name="end" select="key('page', $d/@xml:id || '--end', $pagemap)"/>
    <xsl:if test="$end and matches($end/@f, '^\d+$')">
      <xsl:variable name="next" select="$divisions[. >> $d][1]"/>
      <xsl:variable name="next-n" select="if ($next and key('page', $next/@xml:id, $pagemap))
          then bp:n($next) else xs:integer($end/@n) + 1"/>
      <xsl:variable name="offset" select="xs:integer($end/@f) - xs:integer($end/@n)"/>
      <xsl:sequence select="((xs:integer($end/@n) + 1) to ($next-n - 1))[. + $offset ge 1] ! (. + $offset)"/>
    </xsl:if>
  </xsl:function>

  <xsl:template name="pagebreaks">
    <xsl:if test="exists($pagemap) and @xml:id">
      <xsl:for-each select="bp:marker-pages(.)">
        <span epub:type="pagebreak" role="doc-pagebreak" id="page-{.}" aria-label="{.}"/>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- After a division: markers for the blank pages between its end and the next division -->
  <xsl:template name="pagebreaks-after">
    <xsl:if test="exists($pagemap)">
      <xsl:for-each select="bp:pages-after(.)">
        <span epub:type="pagebreak" role="doc-pagebreak" id="page-{.}" aria-label="{.}"/>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ blocks -->
  <xsl:template match="d:section">
    <section id="{@xml:id}" aria-labelledby="{@xml:id}-h">
      <xsl:call-template name="pagebreaks"/>
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <xsl:template match="d:section/d:title">
    <xsl:element name="h{count(ancestor::d:section) + 1}">
      <xsl:attribute name="id" select="../@xml:id || '-h'"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="d:para">
    <xsl:call-template name="pagebreaks"/>
    <p id="{@xml:id}">
      <xsl:if test="not(preceding-sibling::*[1][self::d:para])"><xsl:attribute name="class">first</xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <xsl:template match="d:blockquote"><blockquote><xsl:apply-templates/></blockquote></xsl:template>
  <xsl:template match="d:epigraph">
    <blockquote class="epigraph" epub:type="epigraph" role="doc-epigraph"><xsl:apply-templates/></blockquote>
  </xsl:template>
  <xsl:template match="d:attribution"><p class="attribution">— <xsl:apply-templates/></p></xsl:template>
  <xsl:template match="d:itemizedlist"><ul><xsl:apply-templates/></ul></xsl:template>
  <xsl:template match="d:orderedlist">
    <ol><xsl:if test="@startingnumber"><xsl:attribute name="start" select="@startingnumber"/></xsl:if><xsl:apply-templates/></ol>
  </xsl:template>
  <xsl:template match="d:listitem"><li><xsl:apply-templates/></li></xsl:template>
  <xsl:template match="d:bridgehead[@role = 'section-break']"><hr class="section-break"/></xsl:template>
  <xsl:template match="d:bridgehead"><p class="bridgehead"><strong><xsl:apply-templates/></strong></p></xsl:template>
  <xsl:template match="d:literallayout"><pre><xsl:apply-templates/></pre></xsl:template>

  <!-- ============================================================ inlines -->
  <xsl:template match="d:emphasis"><em><xsl:apply-templates/></em></xsl:template>
  <!-- a title the editor marked in a one-line value (a publication, a chronology entry, an index heading) -->
  <xsl:template match="d:emphasis[@role = 'title']"><cite><xsl:apply-templates/></cite></xsl:template>
  <xsl:template match="d:emphasis[@role = 'strong']"><strong><xsl:apply-templates/></strong></xsl:template>
  <xsl:template match="d:emphasis[@role = 'smallcaps']"><span class="smallcaps"><xsl:apply-templates/></span></xsl:template>
  <xsl:template match="d:superscript"><sup><xsl:apply-templates/></sup></xsl:template>
  <xsl:template match="d:literal"><code><xsl:apply-templates/></code></xsl:template>
  <xsl:template match="processing-instruction('line-break')"><br/></xsl:template>
  <xsl:template match="d:link[@xlink:href]"><a href="{@xlink:href}"><xsl:apply-templates/></a></xsl:template>
  <!-- A cross-reference: the words, linked; a numbered figure or table is named too, linked: "(figure 3)" -->
  <xsl:template match="d:link[@linkend]">
    <xsl:variable name="target" select="key('id', @linkend, $book)[1]"/>
    <xsl:variable name="label" select="if (@role = 'pageref') then '' else bp:xref-label($target)"/>
    <xsl:variable name="words" select="normalize-space(.) != ''"/>
    <xsl:if test="$words"><a href="{bp:href(@linkend)}"><xsl:apply-templates/></a></xsl:if>
    <xsl:if test="$label != ''">
      <xsl:if test="$words"><xsl:text> (</xsl:text></xsl:if>
      <a href="{bp:href(@linkend)}"><xsl:value-of select="if (@role = 'capitalised') then bp:capitalised($label) else $label"/></a>
      <xsl:if test="$words"><xsl:text>)</xsl:text></xsl:if>
    </xsl:if>
    <!-- no words and no number: "the figure", else the target's own title (a chapter's) is the link -->
    <xsl:if test="not($words) and $label = ''">
      <xsl:variable name="name" select="(bp:xref-unnumbered($target, 'this')[. != ''], $target/bp:visible((d:info/d:title, d:title)[1]))[1]"/>
      <a href="{bp:href(@linkend)}"><xsl:value-of select="if (@role = 'capitalised') then bp:capitalised($name) else $name"/></a>
    </xsl:if>
  </xsl:template>

  <xsl:template match="d:anchor"><xsl:call-template name="pagebreaks"/><span id="{@xml:id}"></span></xsl:template>
  <xsl:template match="d:indexterm[not(@role = 'authority')]">
    <xsl:call-template name="pagebreaks"/><span id="{@xml:id}"></span>
  </xsl:template>

  <xsl:template match="d:title | d:info"/>
  <xsl:template match="text()"><xsl:value-of select="."/></xsl:template>

  <!-- An essay's text starts visibly: the first words of its first paragraph in small capitals (as in print; the
       lead-in's words and the phrase it takes with it are common.xsl's) -->
  <xsl:template match="*[some $e in $lead-in-continuations satisfies $e is .]" priority="5">
    <span class="lead-in"><xsl:next-match/></span>
  </xsl:template>
  <xsl:template match="text()[some $t in $lead-in-texts satisfies $t is .]" priority="3">
    <xsl:analyze-string select="." regex="^(\s*)(\S+(\s+\S+){{0,2}})" flags="s">
      <xsl:matching-substring>
        <xsl:value-of select="regex-group(1)"/><span class="lead-in"><xsl:value-of select="regex-group(2)"/></span>
      </xsl:matching-substring>
      <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:template>
</xsl:stylesheet>
