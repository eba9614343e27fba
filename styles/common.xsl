<?xml version="1.0" encoding="UTF-8"?>
<!--
  What every edition's stylesheets share: the word list (bp:word) and the functions that must give the same answer
  in print, EPUB and HTML (a division's title, an index heading's sort key and letter), and the few template rules
  that write only words, the same in every edition. Included by fo.xsl and
  epub/epub.xsl (and so by html/html.xsl, which imports the EPUB's).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:d="http://docbook.org/ns/docbook"
    xmlns:bp="urn:bookpress"
    exclude-result-prefixes="xs d bp">

  <!-- The word lists: the book's language (its primary subtag: en-GB reads words/en.xml), then English -->
  <xsl:variable name="bp:language" select="lower-case(tokenize(string(/*/@xml:lang), '[-_]')[1])"/>
  <!-- The collation the index sorts its entries and letter groups by: the book's language (xml:lang), else English -->
  <xsl:variable name="bp:sort-lang" as="xs:string" select="(string(/*/@xml:lang)[. != ''], 'en')[1]"/>
  <xsl:variable name="bp:word-lists" as="document-node()*" select="
      (for $l in distinct-values(($bp:language[. != ''], 'en'))
       return resolve-uri('words/' || $l || '.xml', static-base-uri())[doc-available(.)] ! doc(.))"/>

  <!-- The word the styles print for $key ('contents', 'editor-mark' …): see words/en.xml -->
  <xsl:function name="bp:word" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:variable name="word" select="($bp:word-lists/words/word[@key = $key])[1]"/>
    <xsl:if test="empty($word)">
      <xsl:message terminate="yes">no word '<xsl:value-of select="$key"/>' in styles/words/en.xml</xsl:message>
    </xsl:if>
    <xsl:sequence select="string($word)"/>
  </xsl:function>

  <!-- A division's title as the reader sees it; a part's with its label ("Part II: The Later Essays") -->
  <xsl:function name="bp:title" as="xs:string">
    <xsl:param name="division" as="element()"/>
    <xsl:variable name="title" select="bp:visible(($division/d:info/d:title, $division/d:title)[1])"/>
    <xsl:sequence select="if ($division/self::d:part and bp:part-label($division)) then bp:part-label($division) || ': ' || $title
                          else $title"/>
  </xsl:function>

  <!-- The roles of the appendix elements that hold the editor's back-matter pieces (book.yaml contents.back) -->
  <xsl:variable name="matter-appendices" select="('appendix', 'afterword', 'acknowledgements', 'contributors')"/>

  <!-- 'yes' prints a part's number with the word for it above its title ("Part II"); 'no' prints its title alone -->
  <xsl:param name="part-numbers" select="'yes'"/>

  <!-- "Part II" when the design numbers parts (a roman number, counted through the book); "" otherwise -->
  <xsl:function name="bp:part-label" as="xs:string">
    <xsl:param name="part" as="element()"/>
    <xsl:sequence select="if ($part-numbers = 'yes')
                          then bp:word('part') || '&#160;' || format-integer(count($part/preceding-sibling::d:part) + 1, 'I')
                          else ''"/>
  </xsl:function>

  <!-- A title's words as the reader sees them, once: index terms and notes inside it are not part of them -->
  <xsl:function name="bp:visible" as="xs:string">
    <xsl:param name="title" as="element()?"/>
    <xsl:sequence select="normalize-space(string-join($title//text()[not(ancestor::d:indexterm or ancestor::d:footnote)], ''))"/>
  </xsl:function>

  <!-- The letter an index heading is grouped under: its first letter, without accents -->
  <xsl:function name="bp:letter" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="upper-case(substring(replace(normalize-unicode(bp:sort-key($s), 'NFD'), '\p{M}', ''), 1, 1))"/>
  </xsl:function>

  <!-- Sort and group headings by their words, not their punctuation or quotation marks -->
  <xsl:function name="bp:sort-key" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="replace(normalize-space($s), '^[^\p{L}\p{N}]+', '')"/>
  </xsl:function>

  <!--
    An essay's lead-in, set in small capitals in every edition: the first text a reader sees in its first paragraph
    (after the apparatus of its opening: title, source line, standfirst, headnote); index markers before its first
    word keep their ids on it
  -->
  <xsl:variable name="lead-in-texts" as="text()*" select="for $c in /d:book/(d:chapter | d:part/d:chapter)[@role = 'essay']
      return (($c//d:para[not(ancestor::d:note or ancestor::d:footnote or ancestor::d:blockquote or ancestor::d:epigraph
              or ancestor::d:itemizedlist or ancestor::d:orderedlist)])[1]
             //text()[normalize-space()][not(ancestor::d:indexterm or ancestor::d:footnote or ancestor::d:inlineequation)])[1]"/>
  <!--
    A lead-in of fewer than three words whose sentence goes on in a marked-up phrase ("The" + October Revolution, a
    glossary term) takes that phrase too: "THE OCTOBER REVOLUTION of 1917", not "THE October Revolution".
  -->
  <xsl:variable name="lead-in-continuations" as="element()*" select="for $t in $lead-in-texts[matches(., '^\s*\S+(\s+\S+)?\s+$')]
      return $t/following-sibling::*[not(self::d:anchor or self::d:indexterm or self::d:footnote)][1][not(self::d:inlineequation)]
             [empty(preceding-sibling::text()[normalize-space()][. >> $t])]"/>

  <!-- A list run into the text, its members divided by semicolons (the passages that discuss a chronology's event): the
       same words in every edition -->
  <xsl:template match="d:simplelist[@type = 'inline']">
    <xsl:for-each select="d:member">
      <xsl:if test="position() > 1"><xsl:text>; </xsl:text></xsl:if>
      <xsl:apply-templates/>
    </xsl:for-each>
  </xsl:template>

  <!-- 'yes' numbers the captioned figures through the book ("Figure 3. The square"), in every edition: a book's
       design may ask for it -->
  <xsl:param name="figure-numbers" select="'no'"/>

  <!-- 'yes' numbers the captioned text tables through the book ("Table 2. Prices"), in every edition -->
  <xsl:param name="table-numbers" select="'no'"/>

  <!-- "Table 2. " before a table's caption when the design numbers tables; nothing otherwise -->
  <xsl:function name="bp:table-label" as="xs:string?">
    <xsl:param name="table" as="element()"/>
    <xsl:if test="$table-numbers = 'yes' and $table/self::d:table[@role = 'text'][d:title]">
      <xsl:sequence select="bp:word('table') || '&#160;' || bp:table-number($table) || '. '"/>
    </xsl:if>
  </xsl:function>

  <xsl:function name="bp:table-number" as="xs:integer">
    <xsl:param name="table" as="element()"/>
    <xsl:sequence select="count($table/preceding::d:table[@role = 'text'][d:title]) + 1"/>
  </xsl:function>

  <!--
    How a cross-reference names a numbered figure or table in the text ("figure 3", "table 2"), when the design
    numbers them; "" for any other target (a chapter, a heading, an unnumbered figure), which is named by its page
    alone in print and by the author's words in the EPUB
  -->
  <xsl:function name="bp:xref-label" as="xs:string">
    <xsl:param name="target" as="element()?"/>
    <xsl:sequence select="
      if ($figure-numbers = 'yes' and $target/self::d:figure[d:mediaobject])
      then bp:word('figure-ref') || '&#160;' || (count($target/preceding::d:figure[d:mediaobject]) + 1)
      else if ($table-numbers = 'yes' and $target/self::d:table[@role = 'text'][d:title])
      then bp:word('table-ref') || '&#160;' || bp:table-number($target)
      else ''"/>
  </xsl:function>

  <!--
    How a cross-reference without words names a figure or table the design does not number: 'on' for print ("the
    figure on", before its page), 'this' for the EPUB ("the figure"); "" for any other target
  -->
  <xsl:function name="bp:xref-unnumbered" as="xs:string">
    <xsl:param name="target" as="element()?"/>
    <xsl:param name="form" as="xs:string"/>
    <xsl:sequence select="
      if ($target/self::d:figure or $target/self::d:informalfigure) then bp:word('figure-' || $form)
      else if ($target/self::d:table or $target/self::d:informaltable) then bp:word('table-' || $form)
      else if ($target/self::d:inlineequation) then bp:word('equation-' || $form)
      else ''"/>
  </xsl:function>

  <!-- "Figure 3" for a reference that opens a sentence (pandoc-crossref's @Fig:id) -->
  <xsl:function name="bp:capitalised" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="upper-case(substring($s, 1, 1)) || substring($s, 2)"/>
  </xsl:function>

  <!-- "Figure 3. " before a figure's caption when the design numbers figures; nothing otherwise -->
  <xsl:function name="bp:figure-label" as="xs:string?">
    <xsl:param name="figure" as="element()"/>
    <xsl:if test="$figure-numbers = 'yes' and $figure/self::d:figure[d:mediaobject]">
      <xsl:sequence select="bp:word('figure') || '&#160;' || (count($figure/preceding::d:figure[d:mediaobject]) + 1) || '. '"/>
    </xsl:if>
  </xsl:function>
</xsl:stylesheet>
