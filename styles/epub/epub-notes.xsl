<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes for the EPUB: a numbered note (the authors', and the editor's marked "— Ed.") is a link to its text in the
  notes section at the end of its division's file; the editor's additions inside an author's note; an essay's
  headnote, set off before its text. Included by epub.xsl; its looks are book.css's (.notes, .note, .headnote), the
  editor's mark params.xsl's word-editor-mark.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:d="http://docbook.org/ns/docbook"
    xmlns:bp="urn:bookpress"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:epub="http://www.idpf.org/2007/ops"
    exclude-result-prefixes="xs d bp">

  <xsl:template match="d:footnote">
    <xsl:variable name="n" select="accumulator-before('bp:note-number')"/>
    <a class="noteref" epub:type="noteref" role="doc-noteref" id="call-{@xml:id}" href="#{@xml:id}"><xsl:value-of select="$n"/></a>
  </xsl:template>

  <!-- The notes section at the end of a division's file -->
  <xsl:template name="notes">
    <xsl:variable name="division" select="."/>
    <!-- a part's notes are its chapters', in their files -->
    <xsl:variable name="notes" select=".//d:footnote[not($division/self::d:part) or bp:division(.) is $division]"/>
    <xsl:if test="$notes">
      <section class="notes" aria-label="{bp:word('notes')}">
        <h2 class="notes-title"><xsl:value-of select="bp:word('notes')"/></h2>
        <xsl:for-each select="$notes">
          <xsl:variable name="n" select="accumulator-before('bp:note-number')"/>
          <aside id="{@xml:id}" epub:type="footnote" role="doc-footnote"
                 class="{if (@role = 'editor') then 'note editor-note' else 'note'}">
            <xsl:for-each select="d:para">
              <p>
                <xsl:if test="position() = 1">
                  <a href="#call-{../@xml:id}" role="doc-backlink" class="note-number"><xsl:value-of select="$n"/>.</a>
                  <xsl:text> </xsl:text>
                </xsl:if>
                <xsl:apply-templates/>
                <xsl:if test="../@role = 'editor' and position() = last()">
                  <!-- a no-break space: the mark never stands alone on the note's last line -->
                  <xsl:text>&#xA0;</xsl:text><span class="ed-mark"><xsl:value-of select="translate($word-editor-mark, ' ', '&#xA0;')"/></span>
                </xsl:if>
              </p>
            </xsl:for-each>
          </aside>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- The editor's references to works an author's note names: after the author's words, in brackets, marked -->
  <xsl:template match="d:phrase[@role = 'editor']">[<span class="editor-addition"><xsl:apply-templates/>.&#xA0;<span
      class="ed-mark"><xsl:value-of select="translate($word-editor-mark, ' ', '&#xA0;')"/></span></span>]</xsl:template>

  <xsl:template match="d:note[@role = 'headnote']">
    <aside id="{@xml:id}" class="headnote" aria-label="{d:title}">
      <p class="headnote-label"><xsl:value-of select="d:title"/></p>
      <xsl:apply-templates select="* except d:title"/>
    </aside>
  </xsl:template>
</xsl:stylesheet>
