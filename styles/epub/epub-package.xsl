<?xml version="1.0" encoding="UTF-8"?>
<!-- The EPUB's navigation document, package document (EPUB 3.0, with accessibility metadata) and NCX. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:d="http://docbook.org/ns/docbook"
    xmlns:bp="urn:bookpress"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns:opf="http://www.idpf.org/2007/opf"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:ncx="http://www.daisy.org/z3986/2005/ncx/"
    exclude-result-prefixes="xs d bp opf ncx">

  <xsl:variable name="has-pages" select="exists($pagemap) and exists($pagemap//a[matches(@f, '^\d+$')])"/>

  <!-- ============================================================ nav -->
  <xsl:template name="nav">
    <xsl:result-document href="{$out-base}/OEBPS/text/nav.xhtml" format="xhtml">
      <html xml:lang="{$lang}" lang="{$lang}">
        <xsl:call-template name="head"><xsl:with-param name="title" select="$word-contents"/></xsl:call-template>
        <body epub:type="frontmatter">
          <nav epub:type="toc" id="toc" role="doc-toc" aria-labelledby="toc-title">
            <h1 id="toc-title"><xsl:value-of select="$word-contents"/></h1>
            <ol>
              <li><a href="titlepage.xhtml"><xsl:value-of select="bp:word('title-page')"/></a></li>
              <xsl:apply-templates select="$divisions[not(parent::d:part)]" mode="toc"/>
            </ol>
          </nav>
          <nav epub:type="landmarks" id="landmarks" hidden="hidden" aria-label="{bp:word('landmarks')}">
            <ol>
              <xsl:if test="$cover-image != ''"><li><a epub:type="cover" href="cover.xhtml"><xsl:value-of select="bp:word('cover')"/></a></li></xsl:if>
              <li><a epub:type="titlepage" href="titlepage.xhtml"><xsl:value-of select="bp:word('title-page')"/></a></li>
              <li><a epub:type="toc" href="nav.xhtml#toc"><xsl:value-of select="$word-contents"/></a></li>
              <li><a epub:type="bodymatter" href="{($divisions[self::d:chapter], $divisions)[1]/@xml:id}.xhtml"><xsl:value-of select="bp:word('start-of-reading')"/></a></li>
              <xsl:for-each select="$divisions[self::d:glossary | self::d:bibliography | self::d:index]">
                <li><a epub:type="{bp:section-type(.)}" href="{@xml:id}.xhtml"><xsl:value-of select="bp:title(.)"/></a></li>
              </xsl:for-each>
            </ol>
          </nav>
          <xsl:if test="$has-pages">
            <nav epub:type="page-list" id="page-list" hidden="hidden" aria-label="{bp:word('page-list')}">
              <ol>
                <xsl:apply-templates select="$divisions" mode="page-list"/>
              </ol>
            </nav>
          </xsl:if>
        </body>
      </html>
    </xsl:result-document>
  </xsl:template>

  <!-- A division's entry in the navigation: its sections below it, a part's chapters below the part -->
  <xsl:template match="*" mode="toc">
    <li>
      <a href="{@xml:id}.xhtml"><xsl:value-of select="bp:title(.)"/></a>
      <xsl:if test="d:section | self::d:part/d:chapter">
        <ol>
          <xsl:apply-templates select="self::d:part/d:chapter" mode="toc"/>
          <xsl:for-each select="d:section">
            <li><a href="{../@xml:id}.xhtml#{@xml:id}"><xsl:value-of select="bp:visible(d:title)"/></a></li>
          </xsl:for-each>
        </ol>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- The page list: the same markers the division files carry (bp:marker-pages), without rendering them -->
  <xsl:template match="*" mode="page-list">
    <xsl:variable name="division" select="."/>
    <xsl:for-each select="$tracked-by-division(generate-id($division)) ! bp:marker-pages(.), bp:pages-after($division)">
      <li><a href="{$division/@xml:id}.xhtml#page-{.}"><xsl:value-of select="."/></a></li>
    </xsl:for-each>
  </xsl:template>

  <!-- ============================================================ package -->
  <xsl:template name="package">
    <xsl:variable name="info" select="d:book/d:info"/>
    <xsl:result-document href="{$out-base}/OEBPS/content.opf" format="xml">
      <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="{$lang}"
               prefix="a11y: http://www.idpf.org/epub/vocab/package/a11y/#">
        <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
          <dc:identifier id="book-id"><xsl:value-of select="$info/d:biblioid[@class = 'uri']"/></dc:identifier>
          <dc:title id="title"><xsl:value-of select="$info/d:title"/></dc:title>
          <xsl:if test="$info/d:subtitle">
            <dc:title id="subtitle"><xsl:value-of select="$info/d:subtitle"/></dc:title>
            <meta refines="#subtitle" property="title-type">subtitle</meta>
            <meta refines="#title" property="title-type">main</meta>
          </xsl:if>
          <!-- the book's creators (its authors, else its editors) and its other contributors, with MARC roles -->
          <xsl:for-each select="$info/(d:author | d:editor | d:othercredit)">
            <xsl:variable name="creator" select="if ($info/d:author) then exists(self::d:author) else exists(self::d:editor)"/>
            <xsl:element name="{if ($creator) then 'dc:creator' else 'dc:contributor'}" namespace="http://purl.org/dc/elements/1.1/">
              <xsl:attribute name="id" select="'credit' || position()"/>
              <xsl:value-of select="bp:contributor-name(.)"/>
            </xsl:element>
            <meta refines="#credit{position()}" property="role" scheme="marc:relators">
              <xsl:value-of select="if (self::d:author) then 'aut' else if (self::d:editor) then 'edt'
                else if (@class = 'translator') then 'trl' else 'aui'"/>
            </meta>
          </xsl:for-each>
          <xsl:for-each select="d:book/(d:chapter | d:part/d:chapter)/d:info/d:author">
            <dc:contributor id="author{position()}"><xsl:value-of select="d:personname"/></dc:contributor>
            <meta refines="#author{position()}" property="role" scheme="marc:relators">aut</meta>
          </xsl:for-each>
          <dc:language><xsl:value-of select="$lang"/></dc:language>
          <xsl:for-each select="$info/d:publisher"><dc:publisher><xsl:value-of select="d:publishername"/></dc:publisher></xsl:for-each>
          <dc:date><xsl:value-of select="$info/d:pubdate"/></dc:date>
          <!-- the EPUB's own ISBN is one of its identifiers; the print edition's ISBN is its source -->
          <xsl:for-each select="$info/d:biblioid[@class = 'isbn'][@role = 'epub']"><dc:identifier id="isbn-epub">urn:isbn:<xsl:value-of select="bp:isbn-urn-part(.)"/></dc:identifier></xsl:for-each>
          <xsl:for-each select="bp:print-isbn($info)"><dc:source>urn:isbn:<xsl:value-of select="bp:isbn-urn-part(.)"/></dc:source></xsl:for-each>
          <xsl:for-each select="$info/d:abstract[@role = 'blurb']">
            <dc:description><xsl:value-of select="normalize-space(string-join(d:para, ' '))"/></dc:description>
          </xsl:for-each>
          <xsl:for-each select="$info/d:keywordset/d:keyword"><dc:subject><xsl:value-of select="."/></dc:subject></xsl:for-each>
          <meta property="dcterms:modified"><xsl:value-of select="$modified"/></meta>
          <!-- EPUB Accessibility 1.1 -->
          <meta property="schema:accessMode">textual</meta>
          <xsl:if test="$cover-image != ''"><meta property="schema:accessMode">visual</meta></xsl:if>
          <meta property="schema:accessModeSufficient">textual</meta>
          <meta property="schema:accessibilityFeature">tableOfContents</meta>
          <meta property="schema:accessibilityFeature">readingOrder</meta>
          <meta property="schema:accessibilityFeature">structuralNavigation</meta>
          <xsl:if test="d:book/d:index"><meta property="schema:accessibilityFeature">index</meta></xsl:if>
          <xsl:if test="$has-pages"><meta property="schema:accessibilityFeature">printPageNumbers</meta></xsl:if>
          <xsl:if test="$cover-image != ''"><meta property="schema:accessibilityFeature">alternativeText</meta></xsl:if>
          <xsl:if test="//d:inlineequation"><meta property="schema:accessibilityFeature">MathML</meta></xsl:if>
          <meta property="schema:accessibilityHazard">none</meta>
          <!-- said of this book only what its document holds -->
          <meta property="schema:accessibilitySummary"><xsl:value-of select="normalize-space(string-join((
            bp:word(if (d:book/d:index) then 'a11y-text-index' else 'a11y-text'),
            bp:word('a11y-time-line')[exists(current()/d:book/d:appendix[@role = 'chronology'])],
            bp:word('a11y-notes')[exists(current()//d:footnote)],
            bp:word('a11y-pages')[$has-pages],
            bp:word('a11y-no-hazard')), ' '))"/></meta>
          <meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>
          <meta property="a11y:certifiedBy"><xsl:value-of select="($info/d:publisher/d:publishername, bp:word('a11y-certifier'))[1]"/></meta>
          <xsl:if test="$has-pages">
            <!-- The print edition the page markers and the page list come from (EPUB Accessibility 1.1, 4.1.2):
                 dc:source, and pageBreakSource, which reading systems and Ace read -->
            <xsl:variable name="print-edition" select="(bp:print-isbn($info) ! concat('urn:isbn:', bp:isbn-urn-part(.)),
                concat($info/d:biblioid[@class = 'uri'], '#print'))[1]"/>
            <dc:source id="print-source"><xsl:value-of select="$print-edition"/></dc:source>
            <meta property="pageBreakSource"><xsl:value-of select="$print-edition"/></meta>
          </xsl:if>
          <xsl:if test="$cover-image != ''"><meta name="cover" content="cover-image"/></xsl:if>
        </metadata>
        <manifest>
          <item id="nav" href="text/nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
          <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
          <item id="css" href="css/book.css" media-type="text/css"/>
          <xsl:for-each select="$fonts">
            <item id="font-{position()}" href="fonts/{.}" media-type="{if (ends-with(., '.otf')) then 'font/otf' else 'font/ttf'}"/>
          </xsl:for-each>
          <xsl:if test="$cover-image != ''">
            <item id="cover-image" href="images/{$cover-image}" media-type="image/png" properties="cover-image"/>
            <item id="cover" href="text/cover.xhtml" media-type="application/xhtml+xml"/>
          </xsl:if>
          <xsl:call-template name="figure-manifest-items"/>
          <item id="titlepage" href="text/titlepage.xhtml" media-type="application/xhtml+xml"/>
          <xsl:for-each select="$divisions">
            <item id="{@xml:id}" href="text/{@xml:id}.xhtml" media-type="application/xhtml+xml">
              <xsl:variable name="properties" select="(if (self::d:appendix[@role = 'chronology']) then 'svg' else (),
                  if ((if (self::d:part) then d:* except d:chapter else .)//d:inlineequation) then 'mathml' else ())"/>
              <!-- a part's file holds its title page only: its chapters' formulas are in their own files -->
              <xsl:if test="exists($properties)"><xsl:attribute name="properties" select="$properties"/></xsl:if>
            </item>
          </xsl:for-each>
        </manifest>
        <spine toc="ncx">
          <xsl:if test="$cover-image != ''"><itemref idref="cover" linear="yes"/></xsl:if>
          <itemref idref="titlepage"/>
          <itemref idref="nav"/>
          <xsl:for-each select="$divisions"><itemref idref="{@xml:id}"/></xsl:for-each>
        </spine>
      </package>
    </xsl:result-document>
  </xsl:template>

  <!-- ============================================================ NCX (EPUB 2 readers) -->
  <xsl:template name="ncx">
    <xsl:result-document href="{$out-base}/OEBPS/toc.ncx" format="xml">
      <ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="{$lang}">
        <head>
          <meta name="dtb:uid" content="{d:book/d:info/d:biblioid[@class = 'uri']}"/>
          <meta name="dtb:depth" content="1"/>
          <meta name="dtb:totalPageCount" content="0"/>
          <meta name="dtb:maxPageNumber" content="0"/>
        </head>
        <docTitle><text><xsl:value-of select="d:book/d:info/d:title"/></text></docTitle>
        <navMap>
          <navPoint id="np-titlepage" playOrder="1">
            <navLabel><text><xsl:value-of select="bp:word('title-page')"/></text></navLabel>
            <content src="text/titlepage.xhtml"/>
          </navPoint>
          <xsl:for-each select="$divisions">
            <navPoint id="np-{@xml:id}" playOrder="{position() + 1}">
              <navLabel><text><xsl:value-of select="bp:title(.)"/></text></navLabel>
              <content src="text/{@xml:id}.xhtml"/>
            </navPoint>
          </xsl:for-each>
        </navMap>
      </ncx>
    </xsl:result-document>
  </xsl:template>
</xsl:stylesheet>
