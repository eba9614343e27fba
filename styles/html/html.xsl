<?xml version="1.0" encoding="UTF-8"?>
<!--
  The single-file HTML edition: the whole book in one page, for proofreading in a browser. It imports the EPUB
  stylesheets and changes only what one file needs:
  - every link points into this page (bp:href), so notes, glossary terms, cross-references and index locators work;
  - each division is the EPUB's division document with its html/head/body taken off;
  - the EPUB's CSS (epub/book.css) is set inline, without its @font-face rules (the fonts stay with the EPUB), and
    the print page markers from the page map are shown in the margin, as a proofreader wants them.
  The navigation, package and NCX of the EPUB are not written.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:d="http://docbook.org/ns/docbook"
    xmlns:h="http://www.w3.org/1999/xhtml"
    xmlns:bp="urn:bookpress"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:epub="http://www.idpf.org/2007/ops"
    exclude-result-prefixes="xs d h bp">

  <!-- The EPUB stylesheet this page is made with: the stock one, or the book's own EPUB design (book.yaml design:
       epub:), which the build names here, so that the page has the book's words and looks as its EPUB has -->
  <xsl:param name="epub-stylesheet" static="yes" as="xs:string" select="'../epub/epub.xsl'"/>
  <xsl:import _href="{$epub-stylesheet}"/>

  <!-- The EPUB stylesheet requires it; this edition writes no secondary files. -->
  <xsl:param name="out-base" as="xs:string" select="''"/>
  <!-- The title of the contents (word-contents) and the word before a print page number in the margin (word-page) are
       params.xsl's, which the EPUB's stylesheet imports -->

  <xsl:output method="xhtml" html-version="5" encoding="UTF-8" indent="no" omit-xml-declaration="yes"/>

  <!-- What a page in a browser needs beyond the e-reader's styles -->
  <xsl:variable name="screen-css">
    body { max-width: 36em; margin: 0 auto; padding: 1em 1.5em 4em 1.5em; color: #1a1a1a; background: #ffffff; font-family: "Linux Libertine O", "Linux Libertine", Georgia, serif; }
    nav.toc ol { list-style: none; padding: 0; margin: 0.5em 0 0 0; }
    nav.toc li { margin: 0.2em 0; }
    nav.toc li ol { margin-left: 1.5em; }
    section[role^="doc-"] { border-top: 1px solid #cccccc; margin-top: 3em; }
    span[role="doc-pagebreak"] { float: left; clear: left; margin-left: -4.5em; width: 4em; text-align: right; text-indent: 0; font-family: sans-serif; font-size: 0.7rem; line-height: 1.3; color: #595959; font-style: normal; font-weight: normal; }
    span[role="doc-pagebreak"]::before { content: "<xsl:value-of select="$word-page"/>\A0" attr(aria-label); }
    a { color: #1d4f91; }
    a.glossref { color: inherit; }
    :target { background: #fff3b0; }
    @media (max-width: 44em) { span[role="doc-pagebreak"] { float: none; margin: 0 0.3em 0 0; width: auto; } }
  </xsl:variable>

  <xsl:template match="/">
    <html xml:lang="{$lang}" lang="{$lang}">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="d:book/d:info/d:title"/></title>
        <style>
          <xsl:value-of select="replace(unparsed-text(resolve-uri('../epub/book.css', static-base-uri())),
                                '@font-face\s*\{[^}]*\}\s*|/\*.*?\*/\s*', '', 's')"/>
          <xsl:value-of select="$screen-css"/>
        </style>
      </head>
      <body>
        <section class="titlepage-division" aria-label="{bp:word('title-page')}">
          <div class="titlepage">
            <h1 class="book-title"><xsl:value-of select="d:book/d:info/d:title"/></h1>
            <xsl:for-each select="d:book/d:info/d:subtitle[normalize-space()]"><p class="book-subtitle"><xsl:value-of select="."/></p></xsl:for-each>
            <xsl:call-template name="title-page-credits"/>
            <p class="book-publisher"><xsl:value-of select="d:book/d:info/d:publisher/d:publishername"/></p>
          </div>
          <div class="copyright"><xsl:call-template name="copyright-lines"/></div>
        </section>
        <nav class="toc" id="toc" aria-labelledby="toc-title">
          <h2 id="toc-title"><xsl:value-of select="$word-contents"/></h2>
          <ol>
            <xsl:for-each select="$divisions[not(parent::d:part)]">
              <li><a href="#{@xml:id}"><xsl:value-of select="bp:title(.)"/></a>
                <!-- a part's chapters below it -->
                <xsl:if test="self::d:part">
                  <ol><xsl:for-each select="d:chapter"><li><a href="#{@xml:id}"><xsl:value-of select="bp:title(.)"/></a></li></xsl:for-each></ol>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ol>
        </nav>
        <main>
          <xsl:for-each select="$divisions">
            <xsl:variable name="file" as="document-node()">
              <xsl:document><xsl:apply-templates select="." mode="file"/></xsl:document>
            </xsl:variable>
            <xsl:sequence select="$file/h:html/h:body/node()"/>
          </xsl:for-each>
        </main>
      </body>
    </html>
  </xsl:template>

  <!-- The page stands alone: each figure's image is set inline -->
  <xsl:function name="bp:image-src" as="xs:string">
    <xsl:param name="ref" as="xs:string"/>
    <xsl:sequence select="string(bp:image($ref)/@data-uri)"/>
  </xsl:function>

  <!-- Everything is in this one page: a link is a fragment -->
  <xsl:function name="bp:href" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="'#' || $id"/>
  </xsl:function>
</xsl:stylesheet>
