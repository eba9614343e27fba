<?xml version="1.0" encoding="UTF-8"?>
<!--
  The visual timeline: the chronology appendix of the book document drawn as an SVG figure, for the PDF
  (inside fo:instream-foreign-object, rendered by Batik in FOP) and for the EPUB (inline SVG in XHTML).

  One named template, timeline-svg, returns one svg:svg element. Its context is the book document (or any
  node in it); or pass the chronology appendix as $chronology.

  The drawing: a vertical time axis. The years $tl-focus-start to $tl-focus-end get most of the
  height; the other years from $tl-year-start to $tl-year-end are compressed; events before and
  after that range sit on dotted stretches of the axis beyond a break mark, evenly spaced and not to scale.
  Each event is a leader line from its moment on the axis to a dot (filled: discussed in the essays; hollow:
  added by the editors for context), a short date and a short label. Labels are stacked on both sides of the
  axis so that no two ever touch: the positions are computed here, not left to chance.

  Use (see also the report of issue 6):
    fo.xsl    <xsl:import href="timeline-figure.xsl"/> before <xsl:import href="params.xsl"/>, so that params.xsl
              may override the timeline-* parameters; then, inside an fo:block:
              <fo:instream-foreign-object content-width="4.5in"><xsl:call-template name="timeline-svg"/></fo:instream-foreign-object>
    epub.xsl  <xsl:include href="../timeline-figure.xsl"/>; then <figure><xsl:call-template name="timeline-svg"/></figure>,
              and the package item of that XHTML file needs properties="svg".
  Its words come from the word list through bp:word, so the caller includes common.xsl too (fo.xsl and epub.xsl do).

  Rules for the print and EPUB pipelines: every text names an embedded font family, with no generic fallback
  (a generic family makes FOP pull in an unembedded base-14 font); no opacity (PDF/X forbids transparency);
  sizes in real units with a viewBox in points, so 1 user unit = 1 pt.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:d="http://docbook.org/ns/docbook"
    xmlns:bp="urn:bookpress"
    xmlns:tl="urn:bookpress:timeline-figure"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:fn="http://www.w3.org/2005/xpath-functions"
    xmlns="http://www.w3.org/2000/svg"
    exclude-result-prefixes="#all">

  <!-- ================================================================ the designer's parameters -->
  <!-- Size of the figure (in, mm, cm or pt). The text block of the 6 x 9 in book is 4.55 x 7.25 in; the
       default leaves room for a caption under the figure. A caller may also pass width and height. -->
  <xsl:param name="timeline-width" select="'4.5in'"/>
  <xsl:param name="timeline-height" select="'6.9in'"/>

  <!-- The time axis: the range drawn to scale, and the years inside it drawn at a larger scale. '': as the editor
       sets them in book.yaml (chronology-figure: years, focus), else from the year of the chronology's first event to
       that of its last, and no focus (every year of the range alike). Events outside the range sit on dotted
       stretches beyond break marks, not to scale. A design's values win over the editor's. -->
  <xsl:param name="timeline-year-start" select="''"/>
  <xsl:param name="timeline-year-end" select="''"/>
  <xsl:param name="timeline-focus-start" select="''"/>
  <xsl:param name="timeline-focus-end" select="''"/>
  <!-- Height of one year outside the focus, and of one slot beyond the axis breaks (pt) -->
  <xsl:param name="timeline-outer-year-height" select="2.4"/>
  <xsl:param name="timeline-strip-slot" select="4.5"/>
  <!-- Outside the focus, years whose number is a multiple of this are numbered on the axis -->
  <xsl:param name="timeline-year-label-every" select="5"/>
  <!-- How far the focus years' heights follow their number of events: 0 = all years alike, 1 = in proportion -->
  <xsl:param name="timeline-focus-density" select="0.6"/>

  <!-- Type: the families must be embedded in the PDF (styles/fop.xconf) and the EPUB (book.css) -->
  <xsl:param name="timeline-serif" select="'Linux Libertine O'"/>
  <xsl:param name="timeline-sans" select="'Linux Biolinum O'"/>
  <xsl:param name="timeline-label-size" select="6.8"/>
  <xsl:param name="timeline-date-size" select="6.5"/>
  <xsl:param name="timeline-year-size" select="7.5"/>
  <xsl:param name="timeline-legend-size" select="6.5"/>
  <!-- Minimum distance between two labels on the same side (pt): the leading of the label column -->
  <xsl:param name="timeline-label-leading" select="7.6"/>
  <!-- A label derived from an event (one without a `label:` in timeline.yaml) drops its apposition when longer
       than this (characters, or the room beside the axis); a label is never cut: a long one takes two lines -->
  <xsl:param name="timeline-label-max-chars" select="46"/>

  <!-- Colours (no transparency) -->
  <xsl:param name="timeline-text-colour" select="'#000000'"/>
  <xsl:param name="timeline-date-colour" select="'#5a5a5a'"/>
  <xsl:param name="timeline-axis-colour" select="'#000000'"/>
  <xsl:param name="timeline-tick-colour" select="'#6e6e6e'"/>
  <xsl:param name="timeline-leader-colour" select="'#9a9a9a'"/>
  <xsl:param name="timeline-dot-colour" select="'#000000'"/>
  <xsl:param name="timeline-background" select="'#ffffff'"/>

  <!-- Words the figure prints and says: from the word list (words/en.xml, or the book's language: timeline-*), which
       a design may override here for its book. The months may be given as one string, separated by spaces. -->
  <xsl:param name="timeline-months" select="bp:word('timeline-months')"/>
  <xsl:param name="timeline-word-title" select="bp:word('timeline-title')"/>
  <xsl:param name="timeline-word-discussed" select="bp:word('timeline-discussed')"/>
  <xsl:param name="timeline-word-context" select="bp:word('timeline-context')"/>
  <!-- Notes under the key, each starting a line: the focus's ({focus} stands for its years) when the figure has
       one, the breaks' when events lie outside the range, then a design's own notes (none here), then the editor's
       (book.yaml chronology-figure: note) -->
  <xsl:param name="timeline-word-focus-note" select="bp:word('timeline-focus-note')"/>
  <xsl:param name="timeline-word-break-note" select="bp:word('timeline-break-note')"/>
  <!-- The description for readers who cannot see the figure ({events}, {first}, {last}, {focus}: see words/en.xml) -->
  <xsl:param name="timeline-word-description" select="bp:word('timeline-description')"/>
  <xsl:param name="timeline-word-description-focus" select="bp:word('timeline-description-focus')"/>
  <xsl:param name="timeline-word-notes" select="()"/>
  <!-- The words after which a derived label keeps its whole first clause ("By March, the Bolsheviks, …" is not a
       subject with an apposition), as one string separated by spaces or a sequence -->
  <xsl:param name="timeline-word-keep-clause-after" select="bp:word('timeline-keep-clause-after')"/>

  <!-- The numeric parameters, typed (a build may pass any of them as a string) -->
  <!-- The years of the book's events (the global context item is the book document), for a range not given -->
  <xsl:variable name="tl-event-years" as="xs:integer*" select="//d:appendix[@role = 'chronology']//d:row/d:entry[1]
      /descendant::d:date[1]/@role[matches(normalize-space(.), '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$')]
      ! xs:integer(substring(normalize-space(.), 1, 4))"/>
  <!-- The editor's settings (book.yaml chronology-figure), in the book's metadata: "1905 1930", a note -->
  <xsl:variable name="tl-book" select="/*/d:info/d:bibliomisc"/>
  <xsl:variable name="tl-book-years" select="tokenize(normalize-space($tl-book[@role = 'timeline-years'][1]))"/>
  <xsl:variable name="tl-book-focus" select="tokenize(normalize-space($tl-book[@role = 'timeline-focus'][1]))"/>
  <xsl:variable name="tl-year-start" as="xs:integer" select="if (tl:given($timeline-year-start)) then xs:integer($timeline-year-start)
      else if (exists($tl-book-years)) then xs:integer($tl-book-years[1]) else (min($tl-event-years), 0)[1]"/>
  <xsl:variable name="tl-year-end" as="xs:integer" select="if (tl:given($timeline-year-end)) then xs:integer($timeline-year-end)
      else if (exists($tl-book-years)) then xs:integer($tl-book-years[2]) else (max($tl-event-years), 0)[1]"/>
  <!-- The focus, end by end: a design's end wins over the editor's; a design that sets one end only keeps the
       editor's other end, or, without one, runs its focus to the last year of the range (a start alone) or from the
       first (an end alone). A focus reaching past the range is drawn within it. -->
  <xsl:variable name="tl-focus-given" as="xs:boolean" select="tl:given($timeline-focus-start) or tl:given($timeline-focus-end)
      or count($tl-book-focus) = 2"/>
  <xsl:variable name="tl-focus" as="xs:integer*" select="if (not($tl-focus-given)) then () else (
      max(((if (tl:given($timeline-focus-start)) then xs:integer($timeline-focus-start) else ($tl-book-focus[1] ! xs:integer(.),
           $tl-year-start)[1]), $tl-year-start)),
      min(((if (tl:given($timeline-focus-end)) then xs:integer($timeline-focus-end) else ($tl-book-focus[2] ! xs:integer(.),
           $tl-year-end)[1]), $tl-year-end)))"/>
  <xsl:variable name="tl-has-focus" as="xs:boolean" select="count($tl-focus) = 2 and $tl-focus[1] le $tl-focus[2]"/>
  <!-- Without a focus, no year is in it: the range from one past its end to its start is empty -->
  <xsl:variable name="tl-focus-start" as="xs:integer" select="if ($tl-has-focus) then $tl-focus[1] else $tl-year-end + 1"/>
  <xsl:variable name="tl-focus-end" as="xs:integer" select="if ($tl-has-focus) then $tl-focus[2] else $tl-year-start - 1"/>
  <xsl:variable name="tl-outer-year-height" as="xs:double" select="xs:double($timeline-outer-year-height)"/>
  <xsl:variable name="tl-strip-slot" as="xs:double" select="xs:double($timeline-strip-slot)"/>
  <xsl:variable name="tl-year-label-every" as="xs:integer" select="xs:integer($timeline-year-label-every)"/>
  <xsl:variable name="tl-focus-density" as="xs:double" select="xs:double($timeline-focus-density)"/>
  <xsl:variable name="tl-label-size" as="xs:double" select="xs:double($timeline-label-size)"/>
  <xsl:variable name="tl-date-size" as="xs:double" select="xs:double($timeline-date-size)"/>
  <xsl:variable name="tl-year-size" as="xs:double" select="xs:double($timeline-year-size)"/>
  <xsl:variable name="tl-legend-size" as="xs:double" select="xs:double($timeline-legend-size)"/>
  <xsl:variable name="tl-label-leading" as="xs:double" select="xs:double($timeline-label-leading)"/>
  <xsl:variable name="tl-label-max-chars" as="xs:integer" select="xs:integer($timeline-label-max-chars)"/>
  <!-- The words after which a derived label keeps its whole first clause (timeline-word-keep-clause-after), one string
       separated by spaces or a sequence -->
  <xsl:variable name="tl-keep-clause-after" as="xs:string*" select="if (count($timeline-word-keep-clause-after) = 1)
      then tokenize($timeline-word-keep-clause-after) else $timeline-word-keep-clause-after"/>
  <!-- the months may also come as one string, separated by spaces -->
  <xsl:variable name="tl-months" as="xs:string*" select="if (count($timeline-months) = 1) then tokenize($timeline-months) else $timeline-months"/>

  <!-- ================================================================ fixed geometry (pt) -->
  <!-- Horizontal: axis in the middle; a leader runs out $tl-stub, bends to the label's height by $tl-bend,
       then reaches the dot; the date and label follow the dot. -->
  <xsl:variable name="tl-stub" as="xs:double" select="9"/>
  <xsl:variable name="tl-bend" as="xs:double" select="17"/>
  <xsl:variable name="tl-dot-x" as="xs:double" select="21"/>
  <xsl:variable name="tl-dot-r" as="xs:double" select="1.9"/>
  <xsl:variable name="tl-text-x" as="xs:double" select="24.5"/>
  <!-- Room the year numbers take on the axis, and between the axis and the breaks -->
  <xsl:variable name="tl-year-gap" select="$tl-year-size + 2.5"/>
  <xsl:variable name="tl-break-gap" as="xs:double" select="9"/>
  <xsl:variable name="tl-legend-leading" as="xs:double" select="$tl-legend-size + 2.2"/>

  <!-- Advance widths of Linux Libertine O Regular, in thousandths of an em (Biolinum Regular is within 5%).
       Used to cut labels to the room beside the axis; measured from styles/fonts/LinLibertine_R.otf. -->
  <xsl:variable name="tl-widths" as="map(xs:string, xs:integer)" select="map{
    ' ':250, '!':288, '&quot;':336, '#':465, '$':465, '%':637, '&amp;':705, '''':190, '(':298, ')':298, '*':369,
    '+':550, ',':220, '-':338, '.':220, '/':323, '0':465, '1':465, '2':465, '3':465, '4':465, '5':465, '6':465,
    '7':465, '8':465, '9':465, ':':236, ';':236, '&lt;':550, '=':550, '&gt;':550, '?':435, '@':895, 'A':695,
    'B':588, 'C':646, 'D':701, 'E':557, 'F':485, 'G':685, 'H':730, 'I':297, 'J':322, 'K':637, 'L':528, 'M':839,
    'N':699, 'O':702, 'P':541, 'Q':702, 'R':587, 'S':485, 'T':597, 'U':661, 'V':652, 'W':951, 'X':660, 'Y':575,
    'Z':604, '[':356, '\':287, ']':356, 'a':457, 'b':493, 'c':428, 'd':506, 'e':447, 'f':310, 'g':500, 'h':538,
    'i':271, 'j':272, 'k':512, 'l':264, 'm':790, 'n':542, 'o':504, 'p':519, 'q':503, 'r':372, 's':390, 't':316,
    'u':531, 'v':497, 'w':747, 'x':490, 'y':515, 'z':424, 'ł':264, 'é':447, '–':548, '—':742, '‘':268, '’':268,
    '“':375, '”':375, '…':749, '†':588, '·':250}"/>

  <!-- ================================================================ the template -->
  <xsl:template name="timeline-svg" as="element()">
    <xsl:param name="chronology" as="element()?"
        select="(ancestor-or-self::d:appendix[@role = 'chronology'], root(.)//d:appendix[@role = 'chronology'])[1]"/>
    <xsl:param name="width" as="xs:string" select="$timeline-width"/>
    <xsl:param name="height" as="xs:string" select="$timeline-height"/>

    <!-- A focus set but with no year in the range (its start after its end, or past the range's end) is refused, not
         dropped: the build names the design's parameter (BP581: its focus, else its years), or book.yaml's focus (one
         wholly outside the events' years is refused by the chronology's check before the figure is drawn) -->
    <xsl:if test="$tl-focus-given and not($tl-has-focus)">
      <xsl:sequence select="error(QName('urn:bookpress', 'bp:BP581'), 'the time line''s focus, ' || tl:focus-origin() || ', leaves no year to draw larger '
          || 'within the figure''s years ' || $tl-year-start || '–' || $tl-year-end || ' (its first year is after its last, or it lies '
          || 'outside them): set its first year not after its last, within the years (an end set alone runs to the other end of the years)',
          ('timeline-focus-start'[tl:given($timeline-focus-start)], 'timeline-focus-end'[tl:given($timeline-focus-end)],
           'timeline-year-start'[tl:given($timeline-year-start)], 'timeline-year-end'[tl:given($timeline-year-end)]))"/>
    </xsl:if>
    <!-- from here on, $width and $height are in points -->
    <xsl:variable name="width" select="tl:points($width)"/>
    <xsl:variable name="height" select="tl:points($height)"/>
    <xsl:variable name="axis-x" select="$width div 2"/>

    <!-- Rows with an ISO date (YYYY, YYYY-MM, YYYY-MM-DD); `check` reports any other date in timeline.yaml -->
    <xsl:variable name="rows" select="$chronology//d:row[matches(normalize-space(d:entry[1]/descendant::d:date[1]/@role),
        '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$')]"/>
    <xsl:for-each select="$chronology//d:row[d:entry[1]//d:date] except $rows">
      <xsl:message>timeline-figure: left out of the figure, as its date is not YYYY, YYYY-MM or YYYY-MM-DD: <xsl:value-of
          select="normalize-space(d:entry[1])"/></xsl:message>
    </xsl:for-each>
    <!-- The events in time order, whatever the order of the rows -->
    <xsl:variable name="parsed" as="map(*)*">
      <xsl:perform-sort select="$rows ! tl:event(., position())">
        <xsl:sort select="?year"/>
        <xsl:sort select="?fraction"/>
        <xsl:sort select="?index"/>
      </xsl:perform-sort>
    </xsl:variable>
    <xsl:variable name="pre" select="$parsed[?year lt $tl-year-start]"/>
    <xsl:variable name="post" select="$parsed[?year gt $tl-year-end]"/>
    <xsl:variable name="main" select="$parsed[?year ge $tl-year-start and ?year le $tl-year-end]"/>

    <!-- Vertical budget: (pre strip, break), the axis, (break, post strip). The legend sits in the top right
         corner, where the sparse early years leave room; the labels on the right start below it. -->
    <xsl:variable name="legend-x" select="$axis-x + $tl-dot-x - $tl-dot-r"/>
    <xsl:variable name="legend-lines" select="tl:legend-lines($width - $legend-x, exists(($pre, $post)))"/>
    <xsl:variable name="legend-height" select="(count($legend-lines) + 2) * $tl-legend-leading + 2"/>
    <xsl:variable name="half-line" select="$tl-label-leading div 2"/>
    <xsl:variable name="top" select="$half-line + 1"/>
    <xsl:variable name="right-top" select="max(($top, $legend-height + $half-line + 2))"/>
    <xsl:variable name="bottom" select="$height - $half-line - 1"/>
    <xsl:variable name="pre-height" select="if (exists($pre)) then count($pre) * $tl-strip-slot + $tl-break-gap else 0"/>
    <xsl:variable name="post-height" select="if (exists($post)) then count($post) * $tl-strip-slot + $tl-break-gap else 0"/>
    <xsl:variable name="main-top" select="$top + $pre-height"/>
    <xsl:variable name="main-bottom" select="$bottom - $post-height"/>

    <xsl:variable name="years" select="$tl-year-start to $tl-year-end"/>
    <xsl:variable name="focus" select="$years[. ge $tl-focus-start and . le $tl-focus-end]"/>
    <!-- Numbered years: the focus, the year after it, the first year, and round years not close to the focus -->
    <xsl:variable name="numbered" select="$years[. = $focus or . = $tl-focus-end + 1 or . = $tl-year-start
        or (. mod $tl-year-label-every = 0 and (. lt $tl-focus-start - 2 or . gt $tl-focus-end + 2))]"/>
    <!-- The focus years share the height left over; a busier year gets more of it ($tl-focus-density) -->
    <!-- Without a focus every year has the same share of the axis -->
    <xsl:variable name="outer-year-height" select="if ($tl-has-focus) then $tl-outer-year-height
        else ($main-bottom - $main-top - count($numbered) * $tl-year-gap) div max((count($years), 1))"/>
    <xsl:variable name="focus-height" select="$main-bottom - $main-top - count($numbered) * $tl-year-gap
        - (count($years) - count($focus)) * $outer-year-height"/>
    <xsl:variable name="focus-weights" as="map(xs:integer, xs:double)" select="map:merge(
        let $mean := max((count($main[?year = $focus]) div max((count($focus), 1)), 1)) return
        for $year in $focus return map{$year:
          max((0.05, 1 - $tl-focus-density + $tl-focus-density * count($main[?year = $year]) div $mean))})"/>
    <xsl:variable name="year-height" as="map(xs:integer, xs:double)" select="map:merge(
        for $year in $years return map{$year:
          if ($year = $focus) then $focus-height * $focus-weights($year) div sum(map:for-each($focus-weights, function($k, $v) { $v }))
          else $outer-year-height})"/>
    <!-- Where each year begins on the axis (after its number, if it has one) -->
    <xsl:variable name="year-y" as="map(xs:integer, xs:double)">
      <xsl:map>
        <xsl:iterate select="$years">
          <xsl:param name="y" select="$main-top" as="xs:double"/>
          <xsl:variable name="start" select="$y + (if (. = $numbered) then $tl-year-gap else 0)"/>
          <xsl:map-entry key="." select="$start"/>
          <xsl:next-iteration>
            <xsl:with-param name="y" select="$start + $year-height(.)"/>
          </xsl:next-iteration>
        </xsl:iterate>
      </xsl:map>
    </xsl:variable>

    <!-- The moment of each event on the axis -->
    <xsl:variable name="placed" as="map(*)*">
      <xsl:for-each select="$pre">
        <xsl:sequence select="map:put(., 'y', $top + (position() - 0.5) * $tl-strip-slot)"/>
      </xsl:for-each>
      <xsl:for-each select="$main">
        <xsl:sequence select="map:put(., 'y', $year-y(?year) + ?fraction * $year-height(?year))"/>
      </xsl:for-each>
      <xsl:for-each select="$post">
        <xsl:sequence select="map:put(., 'y', $main-bottom + $tl-break-gap + (position() - 0.5) * $tl-strip-slot)"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="ordered" as="map(*)*">
      <xsl:perform-sort select="$placed">
        <xsl:sort select="?y"/>
        <xsl:sort select="?index"/>
      </xsl:perform-sort>
    </xsl:variable>

    <!-- Labels: each event goes to the side where its label moves least; then each side is stacked -->
    <!-- Each label broken into the lines that fit beside the axis (a label is never cut short) -->
    <xsl:variable name="worded" as="map(*)*" select="$ordered ! map:put(., 'lines', tl:label-lines(., $width))"/>
    <xsl:variable name="sided" select="tl:choose-sides($worded, $top, $right-top)" as="map(*)*"/>
    <xsl:variable name="left" select="$sided[?side = -1]"/>
    <xsl:variable name="right" select="$sided[?side = 1]"/>
    <xsl:variable name="labelled" as="map(*)*" select="tl:stack-labels($left, $top, $bottom),
        tl:stack-labels($right, $right-top, $bottom)"/>

    <svg version="1.1" width="{tl:n($width div 72)}in" height="{tl:n($height div 72)}in"
         viewBox="0 0 {tl:n($width)} {tl:n($height)}" class="timeline"
         role="img" aria-labelledby="timeline-title timeline-desc">
      <!-- the figure's accessible name and description, for screen readers in the EPUB -->
      <title id="timeline-title"><xsl:value-of select="$timeline-word-title"/></title>
      <desc id="timeline-desc">
        <xsl:value-of select="tl:description($parsed)"/>
      </desc>
      <rect x="0" y="0" width="{tl:n($width)}" height="{tl:n($height)}" fill="{$timeline-background}"/>

      <xsl:sequence select="tl:legend($legend-lines, $legend-x)"/>

      <!-- The axis -->
      <g class="axis" stroke="{$timeline-axis-colour}" fill="none">
        <xsl:if test="exists($pre)">
          <line x1="{tl:n($axis-x)}" y1="{tl:n($top - $half-line)}" x2="{tl:n($axis-x)}" y2="{tl:n($main-top - $tl-break-gap div 2 - 2)}"
                stroke-width="0.5" stroke-dasharray="0.6 1.6"/>
          <xsl:sequence select="tl:break-mark($axis-x, $main-top - $tl-break-gap div 2)"/>
        </xsl:if>
        <!-- The axis runs between the year numbers, which sit in gaps of their own -->
        <xsl:for-each select="$years">
          <xsl:variable name="y1" select="$year-y(.)"/>
          <xsl:variable name="y2" select="$y1 + $year-height(.)"/>
          <line x1="{tl:n($axis-x)}" y1="{tl:n($y1)}" x2="{tl:n($axis-x)}" y2="{tl:n($y2)}" stroke-width="0.8"/>
        </xsl:for-each>
        <xsl:if test="exists($post)">
          <xsl:sequence select="tl:break-mark($axis-x, $main-bottom + $tl-break-gap div 2)"/>
          <line x1="{tl:n($axis-x)}" y1="{tl:n($main-bottom + $tl-break-gap div 2 + 2)}" x2="{tl:n($axis-x)}" y2="{tl:n($bottom + $half-line)}"
                stroke-width="0.5" stroke-dasharray="0.6 1.6"/>
        </xsl:if>
      </g>

      <!-- Ticks: months in the focus, years elsewhere (where a year has no number) -->
      <g class="ticks" stroke="{$timeline-tick-colour}" stroke-width="0.4" fill="none">
        <xsl:for-each select="$focus">
          <xsl:variable name="year" select="."/>
          <xsl:for-each select="1 to 11">
            <xsl:variable name="y" select="$year-y($year) + . div 12 * $year-height($year)"/>
            <xsl:variable name="half" select="if (. mod 3 = 0) then 2.6 else 1.6"/>
            <line x1="{tl:n($axis-x - $half)}" y1="{tl:n($y)}" x2="{tl:n($axis-x + $half)}" y2="{tl:n($y)}"/>
          </xsl:for-each>
        </xsl:for-each>
        <xsl:for-each select="$years[not(. = $numbered)]">
          <xsl:variable name="y" select="$year-y(.)"/>
          <line x1="{tl:n($axis-x - 2.6)}" y1="{tl:n($y)}" x2="{tl:n($axis-x + 2.6)}" y2="{tl:n($y)}"/>
        </xsl:for-each>
      </g>

      <!-- Year numbers, centred on the axis in their gaps -->
      <g class="years" font-family="'{$timeline-sans}'" font-weight="bold" font-size="{$tl-year-size}"
         fill="{$timeline-text-colour}" text-anchor="middle">
        <xsl:for-each select="$numbered">
          <xsl:variable name="centre" select="$year-y(.) - $tl-year-gap div 2"/>
          <text x="{tl:n($axis-x)}" y="{tl:n($centre + 0.34 * $tl-year-size)}"
                font-family="'{$timeline-sans}'" font-weight="bold" font-size="{$tl-year-size}">
            <xsl:value-of select="."/>
          </text>
        </xsl:for-each>
      </g>

      <!-- Events -->
      <g class="events">
        <xsl:for-each select="$labelled">
          <xsl:sort select="?y"/>
          <xsl:sort select="?index"/>
          <xsl:sequence select="tl:draw-event(., $axis-x, $width)"/>
        </xsl:for-each>
      </g>
    </svg>
  </xsl:template>

  <!-- ================================================================ reading the chronology -->
  <!-- One event as a map: index, iso, year, fraction (how far through its year: the middle of its day,
       month or year), context, date (as printed on the label), text (the label) -->
  <xsl:function name="tl:event" as="map(*)">
    <xsl:param name="row" as="element(d:row)"/>
    <xsl:param name="index" as="xs:integer"/>
    <xsl:variable name="iso" select="normalize-space($row/d:entry[1]/descendant::d:date[1]/@role)"/>
    <xsl:variable name="parts" select="tokenize($iso, '-') ! xs:integer(.)"/>
    <xsl:variable name="year" select="$parts[1]"/>
    <xsl:variable name="para" select="$row/d:entry[2]/d:para[1]"/>
    <!-- Only the words of the event: never index terms, notes or remarks that may sit inside it -->
    <xsl:variable name="words" select="normalize-space(string-join(
        $para//text()[not(ancestor::d:indexterm or ancestor::d:footnote or ancestor::d:remark)], ''))"/>
    <xsl:variable name="context" select="$row/@role = 'context' or $para/@role = 'context' or ends-with($words, '†')"/>
    <xsl:variable name="fraction" select="
        if (count($parts) ge 3) then
          (days-from-duration(xs:date($iso) - xs:date($year || '-01-01')) + 0.5)
            div days-from-duration(xs:date(($year + 1) || '-01-01') - xs:date($year || '-01-01'))
        else if (count($parts) = 2) then ($parts[2] - 0.5) div 12
        else 0.5"/>
    <xsl:variable name="in-focus" select="$year ge $tl-focus-start and $year le $tl-focus-end"/>
    <xsl:variable name="date" select="
        if (count($parts) = 1) then string($year)
        else string-join((
          if (count($parts) ge 3) then string($parts[3]) else (),
          $tl-months[$parts[2]],
          if ($in-focus) then () else string($year)), ' ')"/>
    <!-- An editor's own short label, if the book carries one, wins over the one derived from the text -->
    <xsl:variable name="given" select="normalize-space(($row/@xreflabel, $para/@xreflabel)[1])"/>
    <xsl:sequence select="map{
        'index': $index, 'iso': $iso, 'year': $year, 'fraction': $fraction, 'context': $context,
        'date': $date, 'words': replace($words, '\s*†$', ''), 'given': $given,
        'titles': distinct-values($para//d:emphasis[@role = 'title'] ! normalize-space(.))}"/>
  </xsl:function>

  <!-- The lines of an event's label: the editor's own label if the book carries one, else a short label
       derived from the event; broken at word spaces into lines that fit the room beside the axis -->
  <xsl:function name="tl:label-lines" as="xs:string*">
    <xsl:param name="event" as="map(*)"/>
    <xsl:param name="width" as="xs:double"/>
    <xsl:variable name="room" select="$width div 2 - $tl-text-x - tl:date-width($event?date) - 4"/>
    <xsl:variable name="label" select="if ($event?given) then $event?given else tl:short-label($event?words, $room)"/>
    <xsl:sequence select="if (tl:width($label, $tl-label-size) le $room) then $label
        else tl:fill-lines(tokenize($label, ' ') ! tl:split-long(., $room), $room, $tl-label-size)"/>
  </xsl:function>

  <!-- A word wider than the room (a long number, a URL, a 90-letter cry) is cut into pieces that fit, as a last
       resort: SVG text does not wrap, and a piece drawn past the room ran off the page, lost. -->
  <xsl:function name="tl:split-long" as="xs:string*">
    <xsl:param name="word" as="xs:string"/>
    <xsl:param name="room" as="xs:double"/>
    <xsl:variable name="w" select="tl:width($word, $tl-label-size)"/>
    <xsl:choose>
      <xsl:when test="$w le $room or string-length($word) le 1"><xsl:sequence select="$word"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="n" select="max((1, xs:integer(floor(string-length($word) * $room * 0.9 div $w))))"/>
        <xsl:sequence select="substring($word, 1, $n), tl:split-long(substring($word, $n + 1), $room)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:function name="tl:date-width" as="xs:double">
    <xsl:param name="date" as="xs:string"/>
    <xsl:sequence select="tl:width($date, $tl-date-size) * 1.05"/>
  </xsl:function>

  <!-- A short label: the first clause, without parentheses; if that is too long, without the apposition after
       a short subject ("Moisei Uritsky, head of the Petrograd Cheka, is assassinated" - "Moisei Uritsky is
       assassinated"); never cut short: a label too long for its room is set on two or more lines. $room is in pt. -->
  <xsl:function name="tl:short-label" as="xs:string">
    <xsl:param name="words" as="xs:string"/>
    <xsl:param name="room" as="xs:double"/>
    <xsl:variable name="plain" select="normalize-space(replace($words, '\s*\([^)]*\)', ''))"/>
    <xsl:variable name="clause" select="replace(tokenize($plain, '[;:]\s')[1], '[\s.,]+$', '')"/>
    <xsl:variable name="subject" select="substring-before($clause, ', ')"/>
    <xsl:variable name="apposition" select="substring-before(substring-after($clause, ', '), ', ')"/>
    <xsl:variable name="shorter" select="
        if (tl:fits($clause, $room) or $apposition = '' or count(tokenize($subject, ' ')) gt 7
            or count(tokenize($apposition, ' ')) lt 3 or tokenize($subject)[1] = $tl-keep-clause-after)
        then $clause
        else $subject || ' ' || substring-after($clause, $subject || ', ' || $apposition || ', ')"/>
    <xsl:sequence select="$shorter"/>
  </xsl:function>

  <xsl:function name="tl:fits" as="xs:boolean">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="room" as="xs:double"/>
    <xsl:sequence select="string-length($label) le $tl-label-max-chars
        and tl:width($label, $tl-label-size) le $room"/>
  </xsl:function>

  <!-- ================================================================ placing labels -->
  <!-- Each event (in order of its moment) takes the side where its label would move least from the
       moment, given the labels already placed; on a tie, the side opposite the previous one. -->
  <xsl:function name="tl:choose-sides" as="map(*)*">
    <xsl:param name="events" as="map(*)*"/>
    <xsl:param name="left-top" as="xs:double"/>
    <xsl:param name="right-top" as="xs:double"/>
    <xsl:iterate select="$events">
      <xsl:param name="next-left" select="$left-top" as="xs:double"/>
      <xsl:param name="next-right" select="$right-top" as="xs:double"/>
      <xsl:param name="previous" select="1" as="xs:integer"/>
      <xsl:variable name="at-left" select="max((?y, $next-left))"/>
      <xsl:variable name="at-right" select="max((?y, $next-right))"/>
      <xsl:variable name="side" as="xs:integer" select="
          if ($at-left - ?y lt $at-right - ?y - 0.01) then -1
          else if ($at-right - ?y lt $at-left - ?y - 0.01) then 1
          else -$previous"/>
      <xsl:sequence select="map:put(., 'side', $side)"/>
      <xsl:next-iteration>
        <xsl:with-param name="next-left" select="if ($side = -1) then $at-left + $tl-label-leading * count(?lines) else $next-left"/>
        <xsl:with-param name="next-right" select="if ($side = 1) then $at-right + $tl-label-leading * count(?lines) else $next-right"/>
        <xsl:with-param name="previous" select="$side"/>
      </xsl:next-iteration>
    </xsl:iterate>
  </xsl:function>

  <!-- The events of one side with 'label-y', the baseline of their first line: every line of a label takes one
       slot of the label column, so that a label of two lines keeps its neighbours two slots away -->
  <xsl:function name="tl:stack-labels" as="map(*)*">
    <xsl:param name="events" as="map(*)*"/>
    <xsl:param name="low" as="xs:double"/>
    <xsl:param name="high" as="xs:double"/>
    <xsl:variable name="slots" select="for $e in $events return
        for $k in 0 to count($e?lines) - 1 return $e?y + $k * $tl-label-leading"/>
    <xsl:variable name="placed" select="tl:stack($slots, $tl-label-leading, $low, $high)"/>
    <xsl:sequence select="for $i in 1 to count($events) return
        map:put($events[$i], 'label-y', $placed[sum($events[position() lt $i] ! count(?lines)) + 1])"/>
  </xsl:function>

  <!-- Label positions for wanted positions $wanted (ascending): at least $gap apart, within [$low, $high],
       each run of crowded labels centred on the moments it labels (clusters are merged until none overlap). -->
  <xsl:function name="tl:stack" as="xs:double*">
    <xsl:param name="wanted" as="xs:double*"/>
    <xsl:param name="gap" as="xs:double"/>
    <xsl:param name="low" as="xs:double"/>
    <xsl:param name="high" as="xs:double"/>
    <xsl:variable name="clusters" as="map(*)*">
      <xsl:iterate select="$wanted">
        <xsl:param name="done" as="map(*)*" select="()"/>
        <xsl:on-completion select="$done"/>
        <xsl:next-iteration>
          <xsl:with-param name="done" select="tl:push($done, map{'n': 1, 'sum': xs:double(.)}, $gap, $low, $high)"/>
        </xsl:next-iteration>
      </xsl:iterate>
    </xsl:variable>
    <xsl:sequence select="for $c in $clusters return
        let $first := tl:cluster-top($c, $gap, $low, $high) return
        for $k in 0 to $c?n - 1 return $first + $k * $gap"/>
  </xsl:function>

  <xsl:function name="tl:push" as="map(*)*">
    <xsl:param name="done" as="map(*)*"/>
    <xsl:param name="cluster" as="map(*)"/>
    <xsl:param name="gap" as="xs:double"/>
    <xsl:param name="low" as="xs:double"/>
    <xsl:param name="high" as="xs:double"/>
    <xsl:variable name="previous" select="$done[last()]"/>
    <xsl:sequence select="
        if (exists($previous) and tl:cluster-top($previous, $gap, $low, $high) + $previous?n * $gap
                                  gt tl:cluster-top($cluster, $gap, $low, $high) + 0.001)
        then tl:push($done[position() lt last()],
                     map{'n': $previous?n + $cluster?n, 'sum': $previous?sum + $cluster?sum}, $gap, $low, $high)
        else ($done, $cluster)"/>
  </xsl:function>

  <!-- The first label of a cluster: the cluster's centre on the mean of its moments, kept inside the figure -->
  <xsl:function name="tl:cluster-top" as="xs:double">
    <xsl:param name="cluster" as="map(*)"/>
    <xsl:param name="gap" as="xs:double"/>
    <xsl:param name="low" as="xs:double"/>
    <xsl:param name="high" as="xs:double"/>
    <xsl:variable name="centred" select="$cluster?sum div $cluster?n - $gap * ($cluster?n - 1) div 2"/>
    <xsl:sequence select="max(($low, min(($centred, $high - ($cluster?n - 1) * $gap))))"/>
  </xsl:function>

  <!-- ================================================================ drawing -->
  <xsl:function name="tl:draw-event" as="element()">
    <xsl:param name="event" as="map(*)"/>
    <xsl:param name="axis-x" as="xs:double"/>
    <xsl:param name="width" as="xs:double"/>
    <xsl:variable name="s" select="$event?side"/>
    <xsl:variable name="y" select="$event?y"/>
    <xsl:variable name="ly" select="$event?label-y"/>
    <xsl:variable name="lines" select="$event?lines" as="xs:string*"/>
    <xsl:variable name="label" select="$lines[1]"/>
    <!-- where the second and later lines of a label start (right) or end (left): under the first line's words -->
    <xsl:variable name="run-x" select="$axis-x + $s * ($tl-text-x + tl:date-width($event?date) + 2.5)"/>
    <g class="{if ($event?context) then 'event context' else 'event'}">
      <polyline fill="none" stroke="{$timeline-leader-colour}" stroke-width="0.35"
          points="{tl:n($axis-x)},{tl:n($y)} {tl:n($axis-x + $s * $tl-stub)},{tl:n($y)} {tl:n($axis-x + $s * $tl-bend)},{tl:n($ly)} {tl:n($axis-x + $s * ($tl-dot-x - $tl-dot-r))},{tl:n($ly)}"/>
      <circle class="dot" cx="{tl:n($axis-x + $s * $tl-dot-x)}" cy="{tl:n($ly)}"
          r="{if ($event?context) then $tl-dot-r - 0.25 else $tl-dot-r}"
          fill="{if ($event?context) then $timeline-background else $timeline-dot-colour}"
          stroke="{$timeline-dot-colour}" stroke-width="{if ($event?context) then 0.5 else 0}"/>
      <text class="label" x="{tl:n($axis-x + $s * $tl-text-x)}" y="{tl:n($ly + 0.33 * $tl-label-size)}"
          text-anchor="{if ($s = 1) then 'start' else 'end'}"
          font-family="'{$timeline-serif}'" font-size="{$tl-label-size}" fill="{$timeline-text-colour}">
        <!-- Mixed content, so that no serializer ever indents between the date and the label; the gap is a
             space plus a small shift (SVG collapses runs of spaces, and a no-break space would need a glyph
             that a screen reader cannot map back to text) -->
        <xsl:choose>
          <xsl:when test="$s = 1">
            <xsl:sequence select="tl:date-span($event?date)"/>
            <tspan dx="2.5" font-family="'{$timeline-serif}'"><xsl:text> </xsl:text><xsl:sequence select="tl:styled-line($lines, 1, $event?titles)"/></tspan>
          </xsl:when>
          <xsl:otherwise>
            <tspan font-family="'{$timeline-serif}'"><xsl:sequence select="tl:styled-line($lines, 1, $event?titles)"/><xsl:text> </xsl:text></tspan>
            <tspan dx="2.5" font-family="'{$timeline-serif}'"><xsl:sequence select="tl:date-span($event?date)"/></tspan>
          </xsl:otherwise>
        </xsl:choose>
      </text>
      <!-- the further lines of a long label, each a text of its own (no reader ever joins them wrongly) -->
      <xsl:for-each select="$lines[position() gt 1]">
        <xsl:variable name="line-number" select="position() + 1"/>
        <text class="label-run" x="{tl:n($run-x)}" y="{tl:n($ly + position() * $tl-label-leading + 0.33 * $tl-label-size)}"
            text-anchor="{if ($s = 1) then 'start' else 'end'}"
            font-family="'{$timeline-serif}'" font-size="{$tl-label-size}" fill="{$timeline-text-colour}">
          <xsl:sequence select="tl:styled-line($lines, $line-number, $event?titles)"/>
        </text>
      </xsl:for-each>
    </g>
  </xsl:function>

  <!-- Line $n of a label, with the titles the event marks (books and periodicals) in italic, as everywhere else in
       the book. The lines were broken at single spaces, so joined with one they give the label back, and a title
       that runs over a line break is italic on both lines. -->
  <xsl:function name="tl:styled-line" as="node()*">
    <xsl:param name="lines" as="xs:string*"/>
    <xsl:param name="n" as="xs:integer"/>
    <xsl:param name="titles" as="xs:string*"/>
    <xsl:variable name="line" select="$lines[$n]"/>
    <xsl:variable name="full" select="string-join($lines, ' ')"/>
    <xsl:variable name="start" select="sum($lines[position() lt $n] ! (string-length(.) + 1))"/>
    <xsl:variable name="regex" select="string-join($titles[. ne ''] ! replace(., '([\\|.?*+(){}\[\]^$-])', '\\$1'), '|')"/>
    <!-- the titles' places in the whole label, as [from, to) character offsets -->
    <xsl:variable name="spans" as="xs:integer*">
      <xsl:if test="$regex ne ''">
        <xsl:variable name="parts" select="analyze-string($full, $regex)/*"/>
        <xsl:for-each select="$parts">
          <xsl:variable name="at" select="sum(subsequence($parts, 1, position() - 1) ! string-length(.))"/>
          <xsl:if test="self::fn:match"><xsl:sequence select="$at, $at + string-length(.)"/></xsl:if>
        </xsl:for-each>
      </xsl:if>
    </xsl:variable>
    <xsl:variable name="cuts" select="sort(distinct-values((0, string-length($line),
        $spans ! (. - $start)[. gt 0 and . lt string-length($line)])))"/>
    <xsl:for-each select="1 to count($cuts) - 1">
      <xsl:variable name="from" select="$cuts[current()]"/>
      <xsl:variable name="piece" select="substring($line, $from + 1, $cuts[current() + 1] - $from)"/>
      <xsl:variable name="italic" select="some $k in 1 to count($spans) idiv 2 satisfies
          ($spans[2 * $k - 1] le $start + $from and $start + $from lt $spans[2 * $k])"/>
      <xsl:choose>
        <xsl:when test="$italic"><tspan font-style="italic"><xsl:value-of select="$piece"/></tspan></xsl:when>
        <xsl:otherwise><xsl:value-of select="$piece"/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:function>

  <xsl:function name="tl:date-span" as="element()">
    <xsl:param name="date" as="xs:string"/>
    <tspan class="date" font-family="'{$timeline-sans}'" font-size="{$tl-date-size}" fill="{$timeline-date-colour}">
      <xsl:value-of select="$date"/>
    </tspan>
  </xsl:function>

  <!-- Two short strokes across the axis where it is broken -->
  <xsl:function name="tl:break-mark" as="element()">
    <xsl:param name="x" as="xs:double"/>
    <xsl:param name="y" as="xs:double"/>
    <g class="break" stroke-width="0.6">
      <line x1="{tl:n($x - 3.5)}" y1="{tl:n($y + 0.2)}" x2="{tl:n($x + 3.5)}" y2="{tl:n($y - 2.2)}"/>
      <line x1="{tl:n($x - 3.5)}" y1="{tl:n($y + 2.2)}" x2="{tl:n($x + 3.5)}" y2="{tl:n($y - 0.2)}"/>
    </g>
  </xsl:function>

  <!-- ================================================================ legend and description -->
  <!-- The legend's note, broken into lines that fit the width -->
  <xsl:function name="tl:legend-lines" as="xs:string*">
    <xsl:param name="width" as="xs:double"/>
    <xsl:param name="breaks" as="xs:boolean"/>
    <xsl:variable name="notes" select="(if ($tl-has-focus) then $timeline-word-focus-note else (),
        if ($breaks) then $timeline-word-break-note else (), $timeline-word-notes,
        $tl-book[@role = 'timeline-note'] ! normalize-space(.))"/>
    <!-- each note starts a line of its own -->
    <xsl:for-each select="$notes[normalize-space()] ! tl:filled-in(., 'focus', tl:focus-years())">
      <xsl:sequence select="tl:fill-lines(tokenize(normalize-space(.), ' '), $width - 2, $tl-legend-size)"/>
    </xsl:for-each>
  </xsl:function>

  <!-- Words filled greedily into lines of $room: each word is measured once and a line's width is the sum of its
       words' and spaces' (a line was measured anew for every count of words it might take: a 1,500-word event took
       minutes). A last line of one word takes the last word of the line before, if that has three or more. -->
  <xsl:function name="tl:fill-lines" as="xs:string*">
    <xsl:param name="tokens" as="xs:string*"/>
    <xsl:param name="room" as="xs:double"/>
    <xsl:param name="size" as="xs:double"/>
    <xsl:variable name="space" select="tl:width(' ', $size)"/>
    <xsl:variable name="limit" select="$room div 1.04"/>
    <xsl:variable name="lines" as="element()*">
      <xsl:iterate select="$tokens">
        <xsl:param name="line" as="xs:string*" select="()"/>
        <xsl:param name="width" as="xs:double" select="0"/>
        <xsl:on-completion>
          <xsl:if test="exists($line)"><line><xsl:for-each select="$line"><w><xsl:value-of select="."/></w></xsl:for-each></line></xsl:if>
        </xsl:on-completion>
        <xsl:variable name="w" select="tl:width(., $size)"/>
        <xsl:choose>
          <xsl:when test="empty($line) or $width + $space + $w le $limit">
            <xsl:next-iteration>
              <xsl:with-param name="line" select="($line, .)"/>
              <xsl:with-param name="width" select="if (empty($line)) then $w else $width + $space + $w"/>
            </xsl:next-iteration>
          </xsl:when>
          <xsl:otherwise>
            <line><xsl:for-each select="$line"><w><xsl:value-of select="."/></w></xsl:for-each></line>
            <xsl:next-iteration>
              <xsl:with-param name="line" select="."/>
              <xsl:with-param name="width" select="$w"/>
            </xsl:next-iteration>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:iterate>
    </xsl:variable>
    <xsl:variable name="n" select="count($lines)"/>
    <xsl:variable name="before" select="$lines[$n - 1]/*"/>
    <xsl:variable name="widow" select="$n ge 2 and count($lines[$n]/*) = 1 and count($before) gt 2
        and tl:width($before[last()] || ' ' || $lines[$n]/*, $size) le $limit"/>
    <xsl:for-each select="$lines">
      <xsl:variable name="i" select="position()"/>
      <xsl:sequence select="if ($widow and $i = $n - 1) then string-join(*[position() lt last()], ' ')
          else if ($widow and $i = $n) then $before[last()] || ' ' || * else string-join(*, ' ')"/>
    </xsl:for-each>
  </xsl:function>

  <!-- The key: a filled and a hollow dot, then the notes, at ($x, top) -->
  <xsl:function name="tl:legend" as="element()">
    <xsl:param name="lines" as="xs:string*"/>
    <xsl:param name="x" as="xs:double"/>
    <xsl:variable name="size" select="$tl-legend-size"/>
    <xsl:variable name="text-x" select="$x + 2 * $tl-dot-r + 3"/>
    <g class="legend" font-family="'{$timeline-sans}'" font-size="{$size}" fill="{$timeline-text-colour}">
      <xsl:for-each select="1, 2">
        <xsl:variable name="baseline" select="$size + (. - 1) * $tl-legend-leading"/>
        <xsl:variable name="context" select=". = 2"/>
        <circle cx="{tl:n($x + $tl-dot-r)}" cy="{tl:n($baseline - 0.33 * $size)}"
            r="{if ($context) then $tl-dot-r - 0.25 else $tl-dot-r}"
            fill="{if ($context) then $timeline-background else $timeline-dot-colour}"
            stroke="{$timeline-dot-colour}" stroke-width="{if ($context) then 0.5 else 0}"/>
        <text x="{tl:n($text-x)}" y="{tl:n($baseline)}" font-family="'{$timeline-sans}'" font-size="{$size}">
          <xsl:value-of select="if ($context) then $timeline-word-context else $timeline-word-discussed"/>
        </text>
      </xsl:for-each>
      <xsl:for-each select="$lines">
        <text x="{tl:n($x)}" y="{tl:n($size + (position() + 1) * $tl-legend-leading + 1.5)}"
            font-family="'{$timeline-sans}'" font-size="{$size}" fill="{$timeline-date-colour}">
          <xsl:value-of select="."/>
        </text>
      </xsl:for-each>
    </g>
  </xsl:function>


  <!-- The text description for readers who cannot see the figure -->
  <xsl:function name="tl:description" as="xs:string">
    <xsl:param name="events" as="map(*)*"/>
    <xsl:variable name="years" select="$events ! ?year"/>
    <xsl:variable name="focus" select="if ($tl-has-focus) then tl:filled-in($timeline-word-description-focus, 'focus', tl:focus-years()) else ''"/>
    <xsl:sequence select="$timeline-word-description => tl:filled-in('events', string(count($events)))
        => tl:filled-in('first', string(min($years))) => tl:filled-in('last', string(max($years))) => tl:filled-in('focus', $focus)"/>
  </xsl:function>

  <!-- ================================================================ small helpers -->
  <!-- A word of the word list with its {name} filled in (literally: a word may hold any character) -->
  <xsl:function name="tl:filled-in" as="xs:string">
    <xsl:param name="word" as="xs:string"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="replace($word, '{' || $name || '}', $value, 'q')"/>
  </xsl:function>

  <!-- Where the focus was set, for a refusal: "timeline-focus-start 1925 (the design), 1917–1921 (book.yaml chronology-figure)" -->
  <xsl:function name="tl:focus-origin" as="xs:string">
    <xsl:sequence select="string-join((
        ('timeline-focus-start ' || $timeline-focus-start)[tl:given($timeline-focus-start)],
        ('timeline-focus-end ' || $timeline-focus-end)[tl:given($timeline-focus-end)],
        ('chronology-figure.focus ' || string-join($tl-book-focus, '–') || ' (book.yaml)')[count($tl-book-focus) = 2]), ', ')"/>
  </xsl:function>

  <!-- The focus's years as the notes and the description print them: "1917–1921" -->
  <xsl:function name="tl:focus-years" as="xs:string">
    <xsl:sequence select="$tl-focus-start || '–' || $tl-focus-end"/>
  </xsl:function>

  <!-- Whether a parameter is given: not '' nor empty (a build may pass a number or a string) -->
  <xsl:function name="tl:given" as="xs:boolean">
    <xsl:param name="value" as="item()*"/>
    <xsl:sequence select="normalize-space(string-join($value ! string(.))) != ''"/>
  </xsl:function>

  <!-- Estimated advance width (pt) of $s set at $size pt -->
  <xsl:function name="tl:width" as="xs:double">
    <xsl:param name="s" as="xs:string"/>
    <xsl:param name="size" as="xs:double"/>
    <xsl:sequence select="sum(for $c in string-to-codepoints($s) return ($tl-widths(codepoints-to-string($c)), 560)[1])
        * $size div 1000"/>
  </xsl:function>

  <!-- A length with a unit (in, mm, cm, pt) in points -->
  <xsl:function name="tl:points" as="xs:double">
    <xsl:param name="length" as="xs:string"/>
    <xsl:variable name="number" select="xs:double(replace($length, '[a-z]+$', ''))"/>
    <xsl:variable name="unit" select="replace($length, '^[0-9.]+', '')"/>
    <xsl:sequence select="$number * (if ($unit = 'in') then 72 else if ($unit = 'mm') then 72 div 25.4
        else if ($unit = 'cm') then 72 div 2.54 else 1)"/>
  </xsl:function>

  <!-- A coordinate, rounded to hundredths of a point -->
  <xsl:function name="tl:n" as="xs:string">
    <xsl:param name="x" as="xs:double"/>
    <xsl:sequence select="format-number(round($x * 100) div 100, '0.##')"/>
  </xsl:function>
</xsl:stylesheet>
