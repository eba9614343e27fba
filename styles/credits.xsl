<?xml version="1.0" encoding="UTF-8"?>
<!--
  Credits and the copyright page's lines, shared by the print and the EPUB styles. Every line is made from the book
  document's info (book.yaml): nothing is printed that the manuscript does not give, and no line is printed half
  empty. The role words below come from the word list (words/en.xml; a book in another language has its own list).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:d="http://docbook.org/ns/docbook"
    xmlns:bp="urn:bookpress"
    exclude-result-prefixes="xs d bp">

  <xsl:param name="word-edited-by" select="bp:word('edited-by')"/>
  <xsl:param name="word-translated-by" select="bp:word('translated-by')"/>
  <xsl:param name="word-introduction-by" select="bp:word('introduction-by')"/>
  <xsl:param name="word-and" select="bp:word('and')"/>
  <xsl:param name="word-copyright-sign" select="bp:word('copyright-sign')"/>
  <xsl:param name="word-isbn" select="bp:word('isbn')"/>
  <!-- The format an ISBN is for, printed after it when book.yaml gives one per format: "ISBN ... (print)" -->
  <xsl:param name="word-isbn-print" select="bp:word('isbn-print')"/>
  <xsl:param name="word-isbn-epub" select="bp:word('isbn-epub')"/>
  <xsl:param name="word-isbn-pdf" select="bp:word('isbn-pdf')"/>

  <!-- The print edition's ISBN: the book's one ISBN, or the one given for print -->
  <xsl:function name="bp:print-isbn" as="xs:string?">
    <xsl:param name="info" as="element()"/>
    <xsl:sequence select="$info/d:biblioid[@class = 'isbn'][not(@role) or @role = 'print'][1]/string()"/>
  </xsl:function>

  <!-- An ISBN without the "ISBN" book.yaml may give before it (the styles print their own word; a urn:isbn: has none) -->
  <xsl:function name="bp:isbn-urn-part" as="xs:string">
    <xsl:param name="isbn" as="xs:string"/>
    <xsl:sequence select="replace(normalize-space($isbn), '^ISBN(-1[03])?:?\s*', '', 'i')"/>
  </xsl:function>

  <!-- "ISBN 978-... (EPUB)": the format's word when the ISBN is one format's, none for the book's one ISBN -->
  <xsl:function name="bp:isbn-line" as="xs:string">
    <xsl:param name="id" as="element()"/>
    <xsl:variable name="format" select="if ($id/@role = 'print') then $word-isbn-print else if ($id/@role = 'epub')
      then $word-isbn-epub else if ($id/@role = 'pdf') then $word-isbn-pdf else ''"/>
    <xsl:sequence select="concat($word-isbn, ' ', bp:isbn-urn-part($id), if (normalize-space($format)) then concat(' (', $format, ')') else '')"/>
  </xsl:function>

  <!-- A contributor's name as printed: a person's or a body's -->
  <xsl:function name="bp:contributor-name" as="xs:string">
    <xsl:param name="c" as="element()"/>
    <xsl:sequence select="normalize-space(string(($c/d:personname, $c/d:orgname)[1]))"/>
  </xsl:function>

  <!-- "A", "A and B", "A, B and C" -->
  <xsl:function name="bp:join-names" as="xs:string">
    <xsl:param name="names" as="xs:string*"/>
    <xsl:variable name="n" select="count($names)"/>
    <xsl:sequence select="if ($n le 1) then string($names[1])
      else concat(string-join($names[position() lt $n], ', '), ' ', $word-and, ' ', $names[$n])"/>
  </xsl:function>

  <xsl:function name="bp:credit-role" as="element()*">
    <xsl:param name="info" as="element()"/>
    <xsl:param name="role" as="xs:string"/>
    <xsl:sequence select="if ($role = 'author') then $info/d:author
      else if ($role = 'editor') then $info/d:editor
      else if ($role = 'translator') then $info/d:othercredit[@class = 'translator']
      else $info/d:othercredit[@otherclass = $role]"/>
  </xsl:function>

  <!--
    The credit lines under the title (title page; the cover prints the same from book.yaml): the press's own words
    when book.yaml gives a credit, otherwise the contributors by role. No contributor, no line.
  -->
  <xsl:function name="bp:credit-lines" as="xs:string*">
    <xsl:param name="info" as="element()"/>
    <xsl:choose>
      <xsl:when test="normalize-space($info/d:bibliomisc[@role = 'credit'])">
        <xsl:sequence select="normalize-space($info/d:bibliomisc[@role = 'credit'])"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="('author', 'editor', 'introduction', 'translator')">
          <xsl:variable name="names" select="bp:credit-role($info, .) ! bp:contributor-name(.)"/>
          <xsl:if test="exists($names)">
            <xsl:variable name="word" select="if (. = 'editor') then $word-edited-by else if (. = 'translator')
              then $word-translated-by else if (. = 'introduction') then $word-introduction-by else ''"/>
            <xsl:sequence select="normalize-space(concat($word, ' ', bp:join-names($names)))"/>
          </xsl:if>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The people or bodies a catalogue lists as the book's creators: its authors, else its editors -->
  <xsl:function name="bp:creators" as="xs:string*">
    <xsl:param name="info" as="element()"/>
    <xsl:sequence select="(if ($info/d:author) then $info/d:author else $info/d:editor) ! bp:contributor-name(.)"/>
  </xsl:function>

  <!-- "Publisher, City", either alone, or nothing -->
  <xsl:function name="bp:publisher-line" as="xs:string?">
    <xsl:param name="info" as="element()"/>
    <xsl:variable name="parts" select="($info/d:publisher/d:publishername, $info/d:publisher/d:address/d:city)
      ! normalize-space(.)[. != '']"/>
    <xsl:sequence select="if (exists($parts)) then string-join($parts, ', ') else ()"/>
  </xsl:function>

  <!-- "Editorial matter © 2026 Holder" when book.yaml gives a copyright, else nothing -->
  <xsl:function name="bp:copyright-line" as="xs:string?">
    <xsl:param name="info" as="element()"/>
    <xsl:for-each select="$info/d:copyright[normalize-space(d:holder)]">
      <xsl:sequence select="normalize-space(string-join((../d:bibliomisc[@role = 'copyright-material'],
        $word-copyright-sign, d:year, d:holder), ' '))"/>
    </xsl:for-each>
  </xsl:function>

  <!--
    The copyright page, in order, as (kind, text) pairs flattened: the book's title, its credits, the publisher and
    its address, the edition, the copyright, each paragraph of the rights statement, the catalogue record, the ISBNs,
    the cover's credits, each paragraph of the colophon. An address's and a catalogue record's text keeps its line
    breaks (the editions print them as lines).
  -->
  <xsl:function name="bp:copyright-page" as="element(bp:line)*">
    <xsl:param name="book" as="element()"/>
    <xsl:variable name="info" select="$book/d:info"/>
    <bp:line kind="title"><xsl:value-of select="string-join(($info/d:title, $info/d:subtitle)[normalize-space()], ': ')"/></bp:line>
    <xsl:for-each select="bp:credit-lines($info)"><bp:line kind="credit"><xsl:value-of select="."/></bp:line></xsl:for-each>
    <xsl:for-each select="bp:publisher-line($info)"><bp:line kind="publisher"><xsl:value-of select="."/></bp:line></xsl:for-each>
    <xsl:for-each select="$info/d:publisher/d:address[@role = 'postal'][normalize-space()]"><bp:line kind="address"><xsl:value-of select="."/></bp:line></xsl:for-each>
    <xsl:for-each select="$info/d:edition[normalize-space()]"><bp:line kind="edition"><xsl:value-of select="normalize-space(.)"/></bp:line></xsl:for-each>
    <xsl:for-each select="bp:copyright-line($info)"><bp:line kind="copyright"><xsl:value-of select="."/></bp:line></xsl:for-each>
    <xsl:for-each select="$info/d:legalnotice/d:para"><bp:line kind="rights"><xsl:value-of select="normalize-space(.)"/></bp:line></xsl:for-each>
    <xsl:for-each select="$info/d:bibliomisc[@role = 'catalogue'][normalize-space()]"><bp:line kind="catalogue"><xsl:value-of select="."/></bp:line></xsl:for-each>
    <xsl:for-each select="$info/d:biblioid[@class = 'isbn']"><bp:line kind="isbn"><xsl:value-of select="bp:isbn-line(.)"/></bp:line></xsl:for-each>
    <xsl:for-each select="$info/d:bibliomisc[@role = 'cover-credit'][normalize-space()]"><bp:line kind="cover-credit"><xsl:value-of select="normalize-space(.)"/></bp:line></xsl:for-each>
    <xsl:for-each select="$book/d:colophon/d:para"><bp:line kind="colophon"><xsl:value-of select="normalize-space(.)"/></bp:line></xsl:for-each>
  </xsl:function>
</xsl:stylesheet>
