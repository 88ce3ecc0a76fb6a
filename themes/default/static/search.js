/* ozyq site search.
 *
 * The search page loads, as plain scripts (so that it works from file:// too):
 * vendor/minisearch.js, then search/index.js (window.OZYQ_SEARCH, written by the
 * build: src/search.rs), then this file. It indexes the documents with MiniSearch,
 * shows ranked results as the visitor types, and keeps the query and filters in
 * the address (?q=…&kind=…&year=…&dept=…&author=…, and a choice field's name,
 * like level=regional).
 *
 * Kazakh letters are folded (қ→к, ә→а, …) on the index and on the query with the
 * table that index.js carries, so a Russian keyboard finds Kazakh words; both the
 * exact and the folded form of every word are indexed, so the exact spelling
 * matches twice and ranks first.
 *
 * Everything shown is made with DOM methods and text nodes: no HTML is parsed.
 */
(function (root, factory) {
  'use strict';
  var api = factory();
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else {
    root.OzyqSearch = api;
    if (root.document && root.OZYQ_SEARCH && root.MiniSearch) {
      api.page = api.start(root.document, root.OZYQ_SEARCH, root.MiniSearch);
    }
  }
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  var WORD = /[\p{L}\p{N}\p{M}]+/gu;
  var MARK = /\p{M}/u;
  var CYRILLIC = /[\u0400-\u04FF]/;
  // Results shown at a time; entries indexed before the first results; the
  // time each later slice of indexing may take.
  var PAGE = 20;
  var FIRST = 1000;
  var SLICE_MS = 30;
  var BOOST = { title: 4, authors: 3, tags: 3, summary: 1.5, details: 1.5, body: 1 };
  var FIELDS = ['title', 'authors', 'tags', 'summary', 'details', 'body'];
  // Marks the folded form of a word that has letters to fold; no word has it.
  var FOLDED = '~';

  function escapeRe(s) {
    return s.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&');
  }

  /** A folding function from the table in index.js. Takes a lower-cased word. */
  function makeFold(data) {
    var map = Object.create(null);
    var chars = '';
    data.fold.forEach(function (p) {
      map[p[0]] = p[1];
      chars += escapeRe(p[0]);
    });
    var li = data.latin_i[0];
    var liTo = data.latin_i[1];
    chars += escapeRe(li);
    var test = new RegExp('[' + chars + ']');
    var all = new RegExp('[' + chars + ']', 'g');
    return function fold(w) {
      if (!test.test(w)) return w;
      var cyr = CYRILLIC.test(w);
      return w.replace(all, function (c) {
        if (c === li) return cyr ? liTo : c;
        return map[c];
      });
    };
  }

  function lower(w) {
    w = w.toLowerCase();
    return MARK.test(w) ? w.normalize('NFC') : w;
  }

  function tokenize(text) {
    return text ? text.match(WORD) || [] : [];
  }

  /** Words of `text` with where they are, for highlighting. */
  function words(text) {
    var out = [];
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
    }
    return out;
  }

  /** Everything the page needs besides the DOM: index, search, snippets. */
  function Engine(data, MiniSearch) {
    var fold = makeFold(data);
    var docs = data.docs;
    var authors = data.authors;
    var tags = data.tags;
    function field(i, name) {
      var d = docs[i];
      switch (name) {
        case 'id': return i;
        case 'title': return d[0];
        case 'authors': return d[4].map(function (a) { return authors[a][1]; }).join(' ');
        case 'tags': return d[6].map(function (t) { return tags[t]; }).join(' ');
        case 'summary': return d[7];
        case 'body': return d[8];
        case 'details': return d[10] || '';
      }
      return '';
    }
    // A word goes into the index as it is written and, when folding changes it,
    // also folded and marked with FOLDED. Words repeat a lot: remember them.
    var seen = new Map();
    function indexTerm(token) {
      var r = seen.get(token);
      if (r === undefined) {
        var w = lower(token);
        var f = fold(w);
        r = f === w ? w : [w, FOLDED + f];
        seen.set(token, r);
      }
      return r;
    }
    var options = {
      fields: FIELDS,
      idField: 'id',
      extractField: field,
      tokenize: tokenize,
      processTerm: indexTerm,
      searchOptions: { boost: BOOST }
    };
    this.fold = fold;
    this.data = data;
    this.added = 0;
    if (data.index) {
      // A prebuilt index (only made by tests/search/bench.mjs, to compare).
      this.ms = MiniSearch.loadJS(data.index, options);
      this.added = docs.length;
    } else {
      this.ms = new MiniSearch(options);
    }
  }

  /** Indexes up to `n` more documents, in site order (newest first); whether
   *  all are in. */
  Engine.prototype.addMore = function (n) {
    var total = this.data.docs.length;
    var end = Math.min(total, this.added + n);
    var ids = [];
    for (var i = this.added; i < end; i++) ids.push(i);
    this.ms.addAll(ids);
    this.added = end;
    return end >= total;
  };

  Engine.prototype.addAll = function () {
    this.addMore(this.data.docs.length);
  };

  /** The MiniSearch query for the visitor's words. Every word must match, as it
   *  is written (w), folded (f: a word of the text written so), or folded from
   *  a text word with Kazakh letters (FOLDED + f, which counts half). So «оқушы»
   *  finds «оқушы» twice (as written and folded) and ranks it above «окушы»;
   *  «окушы» finds «окушы» at full weight and «оқушы» at half. A word matches as
   *  prefix from three letters on, and one typo is forgiven in words of five
   *  letters or more. */
  Engine.prototype.query = function (q) {
    var fold = this.fold;
    var seen = Object.create(null);
    var groups = [];
    tokenize(q).forEach(function (t) {
      var w = lower(t);
      if (seen[w]) return;
      seen[w] = true;
      var f = fold(w);
      var n = Array.from(w).length;
      groups.push({
        queries: f === w ? [w, FOLDED + f] : [w, f, FOLDED + f],
        combineWith: 'OR',
        prefix: n >= 3,
        fuzzy: n >= 5 ? 1 : false
      });
    });
    return groups.length ? { queries: groups, combineWith: 'AND' } : null;
  };

  /** Ranked results: `[{id, terms}]`, or every entry passing the filters, newest
   *  first, when there are no words. */
  Engine.prototype.search = function (q, pass) {
    var tree = this.query(q);
    if (!tree) {
      var out = [];
      for (var i = 0; i < this.added; i++) {
        if (pass(i)) out.push({ id: i, terms: [] });
      }
      return out;
    }
    return this.ms.search(tree, {
      tokenize: function (s) { return [s]; },
      processTerm: function (t) { return t; },
      boostTerm: function (t) { return t.charAt(0) === FOLDED ? 0.5 : 1; },
      filter: function (r) { return pass(r.id); }
    });
  };

  /** Whether a word of the text is one of the matched index terms. */
  Engine.prototype.matcher = function (terms) {
    var set = Object.create(null);
    terms.forEach(function (t) { set[t] = true; });
    var fold = this.fold;
    return function (word) {
      var w = lower(word);
      var f = fold(w);
      return set[w] === true || set[f] === true || set[FOLDED + f] === true;
    };
  };

  /** Pieces `[text, marked]` of `text`, with the matched words marked. */
  function pieces(text, isMatch) {
    var out = [];
    var at = 0;
    words(text).forEach(function (w) {
      if (isMatch(w.word)) {
        if (w.start > at) out.push([text.slice(at, w.start), false]);
        out.push([w.word, true]);
        at = w.end;
      }
    });
    if (at < text.length) out.push([text.slice(at), false]);
    return out;
  }

  /** About `size` characters of `text` around its first matched word. */
  function snippet(text, isMatch, size) {
    size = size || 180;
    if (!text) return '';
    var ws = words(text);
    var first = null;
    for (var i = 0; i < ws.length; i++) {
      if (isMatch(ws[i].word)) { first = ws[i]; break; }
    }
    if (text.length <= size) return text;
    var start = 0;
    if (first && first.end > size - 40) {
      start = Math.max(0, first.start - 60);
      var space = text.indexOf(' ', start);
      if (space !== -1 && space < first.start) start = space + 1;
    }
    var end = Math.min(text.length, start + size);
    if (end < text.length) {
      var back = text.lastIndexOf(' ', end);
      if (back > start + size / 2) end = back;
    }
    return (start > 0 ? '… ' : '') + text.slice(start, end).trim() + (end < text.length ? ' …' : '');
  }

  function el(doc, tag, cls) {
    var e = doc.createElement(tag);
    if (cls) e.className = cls;
    return e;
  }

  function appendMarked(doc, parent, text, isMatch) {
    pieces(text, isMatch).forEach(function (p) {
      if (p[1]) {
        var m = doc.createElement('mark');
        m.textContent = p[0];
        parent.appendChild(m);
      } else {
        parent.appendChild(doc.createTextNode(p[0]));
      }
    });
  }

  var BUILT_IN = { kind: 'kind', year: 'year', department: 'dept', author: 'author' };
  var TAKEN = { q: true, kind: true, year: true, dept: true, author: true };

  /** The address parameter of a filter: a choice field's is its name. */
  function param(name) {
    if (BUILT_IN[name]) return BUILT_IN[name];
    var field = name.slice(2);
    return TAKEN[field] ? name : field;
  }

  /** A filter for each choice field some entry has (`level`, `result`, …),
   * added after the built-in ones; each is named `f:` and the field's name. */
  function addFieldFilters(doc, data, filters, specs, used) {
    (data.fields || []).forEach(function (f, fi) {
      var name = 'f:' + f[0];
      used[name] = {};
      data.docs.forEach(function (d) {
        (d[9] || []).forEach(function (p) { if (p[0] === fi) used[name][p[1]] = true; });
      });
      if (filters) {
        var wrap = el(doc, 'div', 'search-filter');
        var label = el(doc, 'label');
        label.htmlFor = 'search-f-' + f[0];
        label.textContent = f[1];
        var sel = el(doc, 'select');
        sel.id = 'search-f-' + f[0];
        sel.name = param(name);
        wrap.appendChild(label);
        wrap.appendChild(sel);
        filters.appendChild(wrap);
      }
      specs.push([name, f[2], function (c) { return c[1]; }, data.t.search_any, 'search-f-' + f[0], fi]);
    });
  }

  /** Wires the search page. */
  function start(doc, data, MiniSearch) {
    var box = doc.getElementById('ozyq-search');
    if (!box) return null;
    var perf = (typeof performance !== 'undefined') ? performance : { now: Date.now };
    var timing = { indexMs: null, indexedAt: null, firstResultsAt: null, keystrokes: [] };
    var t0 = perf.now();
    var engine = new Engine(data, MiniSearch);
    // The newest entries are indexed at once, the rest in slices between frames,
    // so that a large site shows its first results early and stays responsive.
    var complete = engine.addMore(FIRST);
    var perDoc = (perf.now() - t0) / Math.max(1, engine.added);
    if (complete) {
      timing.indexMs = perf.now() - t0;
      timing.indexedAt = perf.now();
    }

    var root = box.getAttribute('data-root') || '../';
    var form = doc.getElementById('search-form');
    var input = doc.getElementById('search-q');
    var status = doc.getElementById('search-status');
    var list = doc.getElementById('search-results');
    var more = doc.getElementById('search-more');
    var filters = doc.getElementById('search-filters');
    var t = data.t;
    var docs = data.docs;

    // Filters, from the tables of index.js; only values some entry has.
    var used = { kind: {}, year: {}, department: {}, author: {} };
    docs.forEach(function (d) {
      used.kind[d[2]] = true;
      used.year[d[3]] = true;
      if (d[5] >= 0) used.department[d[5]] = true;
      d[4].forEach(function (a) { used.author[a] = true; });
    });
    var selects = {};
    var specs = [
      ['kind', data.kinds, function (k) { return k[1]; }, t.search_all_kinds],
      ['year', data.years, function (y) { return y[1]; }, t.search_all_years],
      ['department', data.departments, function (d) { return d[1]; }, t.search_all_departments],
      ['author', data.authors, function (a) { return a[1]; }, t.search_all_authors]
    ];
    addFieldFilters(doc, data, filters, specs, used);
    var fieldOf = {};
    var ids = {};
    specs.forEach(function (s) {
      var name = s[0];
      if (s[5] !== undefined) fieldOf[name] = s[5];
      var sel = doc.getElementById(s[4] || 'search-' + name);
      if (!sel) return;
      var all = el(doc, 'option');
      all.value = '';
      all.textContent = s[3];
      sel.appendChild(all);
      ids[name] = {};
      s[1].forEach(function (item, i) {
        if (!used[name][i]) return;
        var o = el(doc, 'option');
        o.value = item[0];
        o.textContent = s[2](item);
        sel.appendChild(o);
        ids[name][item[0]] = i;
      });
      selects[name] = sel;
      if (sel.options.length <= 2) {
        // One value or none: nothing to choose.
        var wrap = sel.closest('.search-filter');
        if (wrap) wrap.hidden = true;
      }
    });
    if (filters) filters.hidden = false;

    function chosen() {
      var c = {};
      Object.keys(selects).forEach(function (name) {
        var v = selects[name].value;
        if (v !== '' && ids[name][v] !== undefined) c[name] = ids[name][v];
      });
      return c;
    }

    function passer(c) {
      var kind = c.kind, year = c.year, dep = c.department, author = c.author;
      var wanted = Object.keys(c).filter(function (n) { return fieldOf[n] !== undefined; })
        .map(function (n) { return [fieldOf[n], c[n]]; });
      return function (i) {
        var d = docs[i];
        if (kind !== undefined && d[2] !== kind) return false;
        if (year !== undefined && d[3] !== year) return false;
        if (dep !== undefined && d[5] !== dep) return false;
        if (author !== undefined && d[4].indexOf(author) === -1) return false;
        for (var w = 0; w < wanted.length; w++) {
          var has = (d[9] || []).some(function (p) { return p[0] === wanted[w][0] && p[1] === wanted[w][1]; });
          if (!has) return false;
        }
        return true;
      };
    }

    // Restore from the address.
    var params = new URLSearchParams(doc.location ? doc.location.search : '');
    input.value = params.get('q') || '';
    Object.keys(selects).forEach(function (name) {
      var v = params.get(param(name));
      if (v !== null && ids[name][v] !== undefined) selects[name].value = v;
    });

    function keepInAddress(q, c) {
      var p = new URLSearchParams();
      if (q) p.set('q', q);
      Object.keys(selects).forEach(function (name) {
        if (c[name] !== undefined) p.set(param(name), selects[name].value);
      });
      var s = p.toString();
      try {
        history.replaceState(null, '', s ? '?' + s : doc.location.pathname);
      } catch (e) {
        // Some browsers refuse on file://; the search still works.
      }
    }

    var results = [];
    var shown = 0;

    function renderItem(r) {
      var d = docs[r.id];
      var m = engine.matcher(r.terms || []);
      var li = el(doc, 'li', 'search-result');
      var h = el(doc, 'h3', 'search-result-title');
      var a = el(doc, 'a');
      a.href = root + d[1] + 'index.html';
      appendMarked(doc, a, d[0], m);
      h.appendChild(a);
      li.appendChild(h);
      var meta = el(doc, 'p', 'search-result-meta');
      var kind = el(doc, 'span', 'kind kind-' + data.kinds[d[2]][0]);
      kind.textContent = data.kinds[d[2]][2];
      meta.appendChild(kind);
      var year = el(doc, 'span', 'search-result-year');
      year.textContent = data.years[d[3]][1];
      meta.appendChild(doc.createTextNode(' · '));
      meta.appendChild(year);
      if (d[4].length) {
        meta.appendChild(doc.createTextNode(' · '));
        var au = el(doc, 'span', 'search-result-authors');
        appendMarked(doc, au, d[4].map(function (x) { return data.authors[x][1]; }).join(', '), m);
        meta.appendChild(au);
      }
      li.appendChild(meta);
      var text = snippet(d[7] && d[8] ? d[7] + ' ' + d[8] : d[7] || d[8], m);
      if (text) {
        var p = el(doc, 'p', 'search-result-snippet');
        appendMarked(doc, p, text, m);
        li.appendChild(p);
      }
      return li;
    }

    function showMore() {
      var frag = doc.createDocumentFragment();
      var end = Math.min(results.length, shown + PAGE);
      for (var i = shown; i < end; i++) frag.appendChild(renderItem(results[i]));
      list.appendChild(frag);
      shown = end;
      more.hidden = shown >= results.length;
    }

    var lastRun = 0;

    function run(keep) {
      var q = input.value.trim();
      var c = chosen();
      keepInAddress(q, c);
      var before = keep ? shown : 0;
      var focused = keep && list.contains(doc.activeElement) ? doc.activeElement.getAttribute('href') : null;
      list.textContent = '';
      shown = 0;
      var any = q !== '' || Object.keys(c).length > 0;
      results = any ? engine.search(q, passer(c)) : [];
      if (!any) {
        status.textContent = t.search_prompt;
      } else if (results.length === 0) {
        status.textContent = complete ? t.search_none : '…';
      } else {
        status.textContent = t.search_found.replace('{n}', String(results.length)) + (complete ? '' : ' …');
      }
      do { showMore(); } while (shown < before && shown < results.length);
      if (focused) {
        var again = list.querySelector('a[href="' + focused.replace(/["\\]/g, '\\$&') + '"]');
        if (again) again.focus();
      }
      if (results.length && timing.firstResultsAt === null) timing.firstResultsAt = perf.now();
      lastRun = perf.now();
    }

    function active() {
      return input.value.trim() !== '' || Object.keys(chosen()).length > 0;
    }

    function indexRest() {
      // Slices of about SLICE_MS each.
      var n = Math.max(50, Math.round(SLICE_MS / Math.max(perDoc, 0.001)));
      complete = engine.addMore(n);
      if (complete) {
        timing.indexMs = perf.now() - t0;
        timing.indexedAt = perf.now();
        list.removeAttribute('aria-busy');
        if (active()) run(true);
      } else {
        // Fill the first screen early; then wait for the whole index.
        if (active() && shown < PAGE && perf.now() - lastRun > 300) run(true);
        setTimeout(indexRest, 0);
      }
    }

    function timed() {
      var s = perf.now();
      run();
      timing.keystrokes.push(perf.now() - s);
    }

    input.addEventListener('input', timed);
    Object.keys(selects).forEach(function (name) {
      selects[name].addEventListener('change', timed);
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      timed();
    });
    more.addEventListener('click', function () {
      var first = shown;
      showMore();
      // Keep the keyboard where the new results start.
      var next = list.children[first];
      var link = next && next.querySelector('a');
      if (link) link.focus();
    });
    run();
    if (!complete) {
      list.setAttribute('aria-busy', 'true');
      setTimeout(indexRest, 0);
    }
    return { engine: engine, timing: timing, run: run };
  }

  var api = {
    makeFold: makeFold,
    tokenize: tokenize,
    words: words,
    pieces: pieces,
    snippet: snippet,
    Engine: Engine,
    start: start
  };
  return api;
});
