/*
  The editor's desk. Asks the server for the state of the last build (/state) whenever a build finishes (server-sent
  events from /events; where a browser has no EventSource, it asks every second instead), and redraws the status,
  the problems and the changes. The book is reloaded in its frame at the same scroll position; a failed build leaves
  the last good book in place. Plain ES5 and XMLHttpRequest, so any browser engine runs it.
*/
(function () {
  'use strict';
  var shown = -1;          // the build whose state is on the page
  var goodShown = -1;      // the good build whose book and proof are on the page
  var current = null;
  var view = 'book';

  function $(id) { return document.getElementById(id); }

  function el(name, attrs, text) {
    var e = document.createElement(name);
    if (attrs) for (var k in attrs) if (attrs.hasOwnProperty(k)) e.setAttribute(k, attrs[k]);
    if (text !== undefined && text !== null) e.appendChild(document.createTextNode(String(text)));
    return e;
  }

  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }

  function get(url, done) {
    var x = new XMLHttpRequest();
    x.open('GET', url, true);
    x.onreadystatechange = function () {
      if (x.readyState === 4 && x.status === 200) done(JSON.parse(x.responseText), x.responseText);
    };
    x.send();
  }

  /*
    A state the page already shows is not drawn again: where the page asks every second, a redraw would close the
    editor's open "How to fix it" and move the focus each time, and a reader of the page could catch a list half drawn.
  */
  var lastState = null;
  function refresh() {
    get('/state', function (s, text) {
      // Two asks in flight (a build's event and the fallback's second) may be answered out of order: an older build's
      // state coming back last would stay on the page, no further event to correct it.
      if (s.generation < shown) return;
      if (text === lastState) return;
      lastState = text;
      draw(s);
    });
  }

  function draw(s) {
    current = s;
    shown = s.generation;
    var status = s.building ? 'Building…' : s.generation === 0 ? 'Building the book for the first time…'
      : s.ok ? 'Built (build ' + s.generation + ', ' + (s.millis / 1000).toFixed(1) + ' s)'
      : 'The last save did not build';
    $('status').textContent = status;
    $('pages').textContent = s.pages ? s.pages + ' pages' : '';
    var failure = $('failure');
    if (!s.ok && s.generation > 0) {
      failure.textContent = 'The last save did not build: ' + s.errors + ' error(s), listed under Problems. '
        + (s.goodGeneration ? 'The book shown is the last good build (build ' + s.goodGeneration + ').' : 'No good build yet.');
      failure.hidden = false;
    } else {
      failure.hidden = true;
    }
    drawProblems(s.problems);
    drawChanges(s.changes);
    if (s.goodGeneration !== null && s.goodGeneration !== goodShown) {
      goodShown = s.goodGeneration;
      reloadBook();
      drawSpreads();
      if (view === 'cleanup') loadCleanup();
    }
    // Set last: the page shows build n only when all of it is drawn.
    document.body.setAttribute('data-generation', String(s.generation));
  }

  /* The book is reloaded where the reader was: its scroll position is taken before and put back after. */
  function reloadBook() {
    var frame = $('book');
    var y = 0;
    try { y = frame.contentWindow.pageYOffset || frame.contentWindow.document.documentElement.scrollTop || 0; } catch (e) { y = 0; }
    frame.onload = function () {
      try { frame.contentWindow.scrollTo(0, y); } catch (e) { /* nothing to restore */ }
    };
    frame.src = '/book?build=' + goodShown;
  }

  function loadCleanup() { $('cleanup').src = '/cleanup?build=' + goodShown; }

  function drawSpreads() {
    var list = $('spreads');
    var changed = changedPages();
    clear(list);
    var spreads = current.spreads;
    for (var i = 0; i < spreads.length; i++) {
      var pages = spreads[i];
      var label = pages.length === 1 ? 'Page ' + pages[0] : 'Pages ' + pages[0] + '–' + pages[1];
      var li = el('li', { id: 'spread-' + i });
      for (var p = 0; p < pages.length; p++) if (changed[pages[p]]) li.className = 'changed';
      var fig = el('figure');
      var size = current.spreadSizes[i];
      fig.appendChild(el('img', { src: '/proof/' + i + '.png?build=' + goodShown, alt: label + ' of the print proof',
        loading: 'lazy', width: String(size[0]), height: String(size[1]) }));
      fig.appendChild(el('figcaption', null, label));
      li.appendChild(fig);
      list.appendChild(li);
    }
  }

  function changedPages() {
    var set = {};
    if (current && current.changes) for (var i = 0; i < current.changes.pages.length; i++) set[current.changes.pages[i]] = true;
    return set;
  }

  function where(p) {
    return p.file + (p.line > 0 ? ':' + p.line + (p.column > 0 ? ':' + p.column : '') : '');
  }

  function drawProblems(problems) {
    var list = $('problems');
    clear(list);
    $('problem-count').textContent = '(' + problems.length + ')';
    if (problems.length === 0) {
      list.appendChild(el('li', { 'class': 'none' }, 'No problems.'));
      return;
    }
    for (var i = 0; i < problems.length; i++) {
      var p = problems[i];
      var li = el('li', { 'class': p.severity });
      li.appendChild(el('span', { 'class': 'severity' }, p.severity));
      if (p.file) {
        if (p.editor) li.appendChild(el('a', { 'class': 'where', href: p.editor, title: 'Open in your editor' }, where(p)));
        else li.appendChild(el('span', { 'class': 'where' }, where(p)));
      }
      li.appendChild(el('div', { 'class': 'message' }, p.message));
      if (p.code) {
        li.appendChild(el('span', { 'class': 'code' }, p.code + (p.title ? ': ' + p.title : '')));
      }
      if (p.anchor) addShowInBook(li, p.anchor);
      if (p.help) {
        var d = el('details');
        d.appendChild(el('summary', null, 'How to fix it'));
        d.appendChild(el('p', null, p.help));
        li.appendChild(d);
      }
      list.appendChild(li);
    }
  }

  /* "Show in the book" when the piece the problem is in is a division of the book on the page. */
  function addShowInBook(li, anchor) {
    var b = el('button', { type: 'button', 'class': 'show' }, 'Show in the book');
    b.onclick = function () {
      select('book');
      var frame = $('book');
      try {
        var target = frame.contentWindow.document.getElementById(anchor);
        if (target) target.scrollIntoView();
      } catch (e) { /* the book is still loading */ }
    };
    li.appendChild(b);
  }

  function drawChanges(c) {
    var box = $('changes');
    clear(box);
    if (!c) {
      box.appendChild(el('p', { 'class': 'quiet' }, 'Nothing to compare yet: save a file to rebuild.'));
      return;
    }
    var pages = el('p', { id: 'changed-pages' });
    if (c.pages.length === 0) {
      pages.appendChild(document.createTextNode('No print page changed'));
    } else {
      pages.appendChild(document.createTextNode((c.pages.length === 1 ? 'Page changed: ' : 'Pages changed: ')));
      for (var i = 0; i < c.pages.length; i++) {
        if (i > 0) pages.appendChild(document.createTextNode(', '));
        pages.appendChild(pageLink(c.pages[i]));
      }
    }
    pages.appendChild(document.createTextNode(c.pagesBefore !== c.pagesAfter
      ? ' (the book now has ' + c.pagesAfter + ' pages, ' + c.pagesBefore + ' before).' : '.'));
    box.appendChild(pages);

    box.appendChild(el('h3', null, 'Index and cross-reference locators'));
    if (c.locatorCount === 0) {
      box.appendChild(el('p', { 'class': 'quiet', id: 'locators-none' }, 'No locator moved.'));
    } else {
      var t = el('table', { 'class': 'locators', id: 'locators' });
      var head = el('tr');
      head.appendChild(el('th', { scope: 'col' }, 'Entry'));
      head.appendChild(el('th', { scope: 'col' }, 'Page before'));
      head.appendChild(el('th', { scope: 'col' }, 'Page now'));
      t.appendChild(head);
      for (var j = 0; j < c.locators.length; j++) {
        var l = c.locators[j];
        var tr = el('tr');
        tr.appendChild(el('td', null, l.label));
        tr.appendChild(el('td', null, l.before === null ? '—' : l.before));
        tr.appendChild(el('td', null, l.after === null ? '—' : l.after));
        t.appendChild(tr);
      }
      box.appendChild(t);
      if (c.locatorCount > c.locators.length) box.appendChild(el('p', { 'class': 'quiet' }, 'and ' + (c.locatorCount - c.locators.length) + ' more.'));
    }

    box.appendChild(el('h3', null, 'Text edited'));
    if (c.diffs.length === 0) box.appendChild(el('p', { 'class': 'quiet' }, 'No manuscript text changed (a style or setting did).'));
    for (var k = 0; k < c.diffs.length; k++) {
      box.appendChild(el('h4', { 'class': 'where' }, c.diffs[k].file));
      var pre = el('pre', { 'class': 'diff' });
      var lines = c.diffs[k].lines;
      for (var n = 0; n < lines.length; n++) {
        var kind = lines[n].charAt(0) === '+' ? 'add' : lines[n].charAt(0) === '-' ? 'del' : lines[n].indexOf('@@') === 0 ? 'hunk' : '';
        pre.appendChild(el('span', kind ? { 'class': kind } : null, lines[n]));
        if (!kind) pre.appendChild(document.createTextNode('\n'));
      }
      box.appendChild(pre);
    }
  }

  function pageLink(page) {
    var a = el('a', { href: '#', 'class': 'page' }, String(page));
    a.onclick = function (e) {
      if (e && e.preventDefault) e.preventDefault();
      select('proof');
      var spreads = current.spreads;
      for (var i = 0; i < spreads.length; i++) {
        if (spreads[i].indexOf(page) >= 0) {
          var li = $('spread-' + i);
          if (li && li.scrollIntoView) li.scrollIntoView();
        }
      }
      return false;
    };
    return a;
  }

  /* The three views are tabs: click, or the arrow keys on a focused tab. */
  var tabs = ['book', 'proof', 'cleanup'];

  function select(name) {
    view = name;
    for (var i = 0; i < tabs.length; i++) {
      var on = tabs[i] === name;
      var tab = $('tab-' + tabs[i]);
      tab.setAttribute('aria-selected', on ? 'true' : 'false');
      tab.tabIndex = on ? 0 : -1;
      $('view-' + tabs[i]).hidden = !on;
    }
    if (name === 'cleanup' && $('cleanup').src.indexOf('/cleanup') < 0) loadCleanup();
  }

  function setUpTabs() {
    for (var i = 0; i < tabs.length; i++) {
      (function (name, index) {
        var tab = $('tab-' + name);
        tab.onclick = function () { select(name); };
        tab.onkeydown = function (e) {
          var key = e.key || ({ 37: 'ArrowLeft', 39: 'ArrowRight', 36: 'Home', 35: 'End' })[e.keyCode] || '';
          var next = key === 'ArrowRight' ? index + 1 : key === 'ArrowLeft' ? index - 1 : key === 'Home' ? 0 : key === 'End' ? tabs.length - 1 : null;
          if (next === null) return;
          next = (next + tabs.length) % tabs.length;
          select(tabs[next]);
          $('tab-' + tabs[next]).focus();
          if (e.preventDefault) e.preventDefault();
        };
      })(tabs[i], i);
    }
  }

  /*
    How often the fallback asks, in milliseconds: every second, or as the page's address says (?poll=200, from 50 to
    60000), the wait for a first event being three times as long. A browser engine without EventSource (the tests'
    HtmlUnit) can follow the builds closely without waiting seconds for each.
  */
  function askEvery() {
    var m = /[?&]poll=(\d{1,5})(&|$)/.exec(window.location.search || '');
    return m ? Math.max(50, Math.min(60000, Number(m[1]))) : 1000;
  }

  /*
    Server-sent events where they work: the server sends the current build as soon as the stream opens. Where no
    event arrives within three seconds (no EventSource in this browser, or a proxy holding the stream back), the
    page asks for the state every second instead.
  */
  function listen() {
    var heard = false;
    var every = askEvery();
    var fallback = window.setTimeout(function () {
      if (!heard) window.setInterval(refresh, every);
    }, 3 * every);
    if (typeof window.EventSource !== 'function' && typeof window.EventSource !== 'object') return;
    try {
      var source = new EventSource('/events');
      source.addEventListener('build', function (e) {
        heard = true;
        window.clearTimeout(fallback);
        if (Number(e.data) !== shown) refresh();
      });
      source.addEventListener('building', function () { heard = true; $('status').textContent = 'Building…'; });
    } catch (e) { /* the fallback asks instead */ }
  }

  setUpTabs();
  // A view can be named in the address (#proof, #cleanup), to bookmark it.
  var named = (window.location.hash || '').replace('#', '');
  if (tabs.indexOf(named) >= 0) select(named);
  refresh();
  listen();
})();
