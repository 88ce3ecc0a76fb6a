/* ozyq site search.
 *
 * The search page loads search/index.js (window.OZYQ_SEARCH: tables, each
 * entry's facets for the filters, and where the rest of the index is), then this
 * file. The index proper is cut into shards by the words' first letters
 * (search/s/<key>.js) and the results' texts into runs of entries
 * (search/t/<n>.js); both are plain scripts added on demand, so that the page
 * works from file:// as well as over HTTP, and a query loads only what its
 * words need. Made by the build: src/search/.
 *
 * Words are indexed by stem. A word typed is looked up among the forms the
 * site's texts have (each listed with its stem); a form no text has is matched
 * to the longest stem it begins with. Kazakh letters are folded (қ→к, ә→а, …)
 * with the table index.js carries, so a Russian keyboard finds Kazakh words.
 * Ranking: title over summary, tags, authors and fields over the body; the word
 * as typed (in any form) over folded, prefix and one typo.
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
    if (root.document && root.OZYQ_SEARCH) {
      api.page = api.start(root.document, root.OZYQ_SEARCH);
    }
  }
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  var WORD = /[\p{L}\p{N}\p{M}]+/gu;
  var MARK = /\p{M}/u;
  var CYRILLIC = /[\u0400-\u04FF]/;
  // Results shown at a time.
  var PAGE = 10;
  // How a word matched, as a weight: as typed (any form of it), a stem it
  // begins with, folded, as a prefix, with one typo.
  // Apart enough that a typo in a title stays below a folded word in a summary
  // or field.
  var EXACT = 1;
  var GUESS = 0.8;
  var FOLDED = 0.6;
  var PREFIX = 0.3;
  var TYPO = 0.1;
  // At most this many words a prefix stands for (the most frequent).
  var PREFIX_WORDS = 40;
  // Where a word is in an entry (bits of a posting), as points.
  var TITLE = 1, META = 2, BODY = 4, OFTEN = 8;
  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  var DIGIT = Object.create(null);
  for (var di = 0; di < DIGITS.length; di++) DIGIT[DIGITS.charAt(di)] = di;

  // Points of each combination of bits.
  var POINTS = [];
  for (var pb = 0; pb < 16; pb++) {
    POINTS.push((pb & TITLE ? 8 : 0) + (pb & META ? 3 : 0) + (pb & BODY ? 1 : 0) + (pb & OFTEN ? 0.5 : 0));
  }

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

  /** A word as the index keeps its forms: lower-cased, ё as е. */
  function lower(w) {
    w = w.toLowerCase();
    if (MARK.test(w)) w = w.normalize('NFC');
    return w.indexOf('ё') === -1 ? w : w.replace(/ё/g, 'е');
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

  /** A posting list as [doc, bits, doc, bits, …] (an Int32Array). */
  function decode(s) {
    var out = new Int32Array(s.length * 2);
    var n = 0;
    var v = 0;
    var doc = 0;
    for (var i = 0; i < s.length; i++) {
      var d = DIGIT[s.charAt(i)];
      v = v * 32 + (d & 31);
      if (d < 32) {
        doc += Math.floor(v / 16);
        out[n++] = doc;
        out[n++] = v % 16;
        v = 0;
      }
    }
    return out.subarray(0, n);
  }

  /** Whether `a` and `b` differ by one letter added, dropped or changed. */
  function oneEdit(a, b) {
    var la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1 || a === b) return false;
    var i = 0;
    while (i < la && i < lb && a.charAt(i) === b.charAt(i)) i++;
    if (la === lb) return a.slice(i + 1) === b.slice(i + 1);
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  /** Adds `base` + `name` + '.js' as a script (with `?v=` its version, so that
   *  a browser's cache never mixes files of two builds); the script calls back. */
  function scriptLoader(doc, base) {
    return function (name, version) {
      var s = doc.createElement('script');
      s.src = base + name + '.js' + (version ? '?v=' + version : '');
      s.async = true;
      doc.head.appendChild(s);
      return s;
    };
  }

  /**
   * The index of a site: shards and texts loaded on demand through `load`
   * (`load('s/<name>', version)` must make the script call `OZYQ_SHARD`, and
   * `load('t/<n>', version)` `OZYQ_TEXT`, on `hooks`).
   */
  function Index(data, load, hooks) {
    var self = this;
    this.data = data;
    this.fold = makeFold(data);
    this.voiced = Object.create(null);
    (data.voiced || []).forEach(function (p) { self.voiced[p[0]] = p[1]; });
    this.keys = Object.create(null);
    this.longest = 0;
    this.versions = Object.create(null);
    data.shards.forEach(function (k, i) {
      self.keys[k] = true;
      self.versions['s:' + k] = (data.shard_versions || [])[i];
      self.longest = Math.max(self.longest, Array.from(k).length);
    });
    this.shards = Object.create(null);
    this.texts = Object.create(null);
    this.waiting = Object.create(null);
    this.load = load;
    this.bytes = 0;
    hooks.OZYQ_SHARD = function (key, d) { self.took('s:' + key, new Shard(d, self.fold)); };
    hooks.OZYQ_TEXT = function (n, rows) { self.took('t:' + n, rows); };
  }

  Index.prototype.took = function (id, value) {
    var w = this.waiting[id];
    if (id.charAt(0) === 's') this.shards[id.slice(2)] = value;
    else this.texts[id.slice(2)] = value;
    if (w) {
      delete this.waiting[id];
      w.done(value);
    }
  };

  /** Loads `id` (`s:<key>` or `t:<n>`) once; resolves with its data. */
  Index.prototype.get = function (id) {
    var have = id.charAt(0) === 's' ? this.shards[id.slice(2)] : this.texts[id.slice(2)];
    if (have) return Promise.resolve(have);
    var w = this.waiting[id];
    if (w) return w.promise;
    var self = this;
    w = {};
    w.promise = new Promise(function (ok, fail) {
      w.done = ok;
      var name = id.charAt(0) === 's'
        ? 's/' + Array.from(id.slice(2)).map(function (c) { return c.codePointAt(0).toString(16); }).join('_')
        : 't/' + id.slice(2);
      var v = id.charAt(0) === 's' ? self.versions[id] : (self.data.chunk_versions || [])[Number(id.slice(2))];
      var s = self.load(name, v);
      if (s && s.addEventListener) {
        s.addEventListener('error', function () {
          delete self.waiting[id];
          fail(new Error('search data missing: ' + name));
        });
      }
    });
    this.waiting[id] = w;
    return w.promise;
  };

  /** The key of the shard holding folded word `f`, or null. */
  Index.prototype.shardOf = function (f) {
    var cs = Array.from(f);
    for (var n = Math.min(cs.length, this.longest); n > 0; n--) {
      var k = cs.slice(0, n).join('');
      if (this.keys[k]) return k;
    }
    return null;
  };

  /** The keys of the shards that may hold words beginning with folded `f`. */
  Index.prototype.shardsFrom = function (f) {
    var out = [];
    var own = this.shardOf(f);
    if (own) out.push(own);
    for (var k in this.keys) {
      if (k.length > f.length && k.indexOf(f) === 0) out.push(k);
    }
    return out;
  };

  Index.prototype.loadAll = function (keys) {
    var self = this;
    return Promise.all(keys.map(function (k) { return self.get('s:' + k); }));
  };

  /** One shard's words, ready to look up. */
  function Shard(d, fold) {
    var self = this;
    this.stems = new Map();
    this.folded = new Map();
    this.forms = new Map();
    d.s.forEach(function (r) {
      self.stems.set(r[0], { text: r[0], raw: r[1], list: null });
      self.add(fold(r[0]), r[0]);
    });
    d.f.forEach(function (r) {
      self.forms.set(r[0], r.slice(1));
      self.add(fold(r[0]), r[0]);
    });
  }

  Shard.prototype.add = function (f, w) {
    var l = this.folded.get(f);
    if (l) l.push(w); else this.folded.set(f, [w]);
  };

  /** The stems word `w` (a form or a stem) stands for, in this shard. */
  Shard.prototype.stemsOf = function (w) {
    var f = this.forms.get(w);
    if (f) return f;
    return this.stems.has(w) ? [w] : null;
  };

  /**
   * What one typed word matches: `{stems: Map(stem → weight), word, folded,
   * prefix}` (the word lower-cased and folded, and whether it matched as a
   * prefix too, which the highlighting follows).
   */
  Index.prototype.match = async function (word) {
    var self = this;
    var w = lower(word);
    var f = this.fold(w);
    var n = Array.from(w).length;
    var own = this.shardOf(f);
    var keys = own ? [own] : [];
    if (n >= 3) keys = this.shardsFrom(f);
    await this.loadAll(keys);
    var found = new Map();
    function give(stem, weight) {
      if ((found.get(stem) || 0) < weight) found.set(stem, weight);
    }
    var ownShard = own && this.shards[own];
    if (ownShard) {
      (ownShard.stemsOf(w) || []).forEach(function (s) { give(s, EXACT); });
      (ownShard.folded.get(f) || []).forEach(function (x) {
        if (x === w) return;
        (ownShard.stemsOf(x) || []).forEach(function (s) { give(s, FOLDED); });
      });
    }
    if (found.size === 0 && n >= 4) await this.guess(w, give);
    if (n >= 3) {
      var more = [];
      keys.forEach(function (k) {
        var sh = self.shards[k];
        sh.folded.forEach(function (list, x) {
          if (x.length > f.length && x.indexOf(f) === 0) {
            list.forEach(function (y) { (sh.stemsOf(y) || []).forEach(function (s) { more.push(s); }); });
          }
        });
      });
      // The most frequent words it begins (the longest posting lists).
      var size = function (s) {
        var k = self.shardOf(self.fold(s));
        var e = k && self.shards[k] && self.shards[k].stems.get(s);
        return e ? e.raw.length : 0;
      };
      more = Array.from(new Set(more));
      more.sort(function (a, b) { return size(b) - size(a); });
      more.slice(0, PREFIX_WORDS).forEach(function (s) { give(s, PREFIX); });
    }
    if (n >= 5 && ownShard) {
      ownShard.folded.forEach(function (list, x) {
        if (oneEdit(x, f)) list.forEach(function (y) { (ownShard.stemsOf(y) || []).forEach(function (s) { give(s, TYPO); }); });
      });
    }
    // The stems found may be listed in other shards than the forms that led to them.
    var need = [];
    found.forEach(function (_, s) {
      var k = self.shardOf(self.fold(s));
      if (k && !self.shards[k]) need.push(k);
    });
    await this.loadAll(need);
    // A stem spelled as a word that Russian texts stem otherwise («технология»
    // in Kazakh and in Russian texts) is one word in both languages.
    found.forEach(function (weight, s) {
      var sh = self.shards[self.shardOf(self.fold(s))];
      var also = sh && sh.forms.get(s);
      if (also) also.forEach(function (o) { if (!found.has(o)) found.set(o, weight * 0.9); });
    });
    need = [];
    found.forEach(function (_, s) {
      var k = self.shardOf(self.fold(s));
      if (k && !self.shards[k]) need.push(k);
    });
    await this.loadAll(need);
    return { stems: found, word: w, folded: f, prefix: n >= 3 };
  };

  /** A form no text has: the longest stem it begins with (a Kazakh final ғ, г,
   *  б may be the stem's қ, к, п), as typed or folded: «сабактар» typed on a
   *  Russian keyboard begins «сабақ» folded. */
  Index.prototype.guess = async function (w, give) {
    var cs = Array.from(w);
    var tries = [];
    for (var n = cs.length - 1; n >= 3; n--) {
      var p = cs.slice(0, n).join('');
      var last = cs[n - 1];
      tries.push(p);
      if (this.voiced[last]) tries.push(cs.slice(0, n - 1).join('') + this.voiced[last]);
    }
    var self = this;
    var keys = [];
    tries.forEach(function (p) {
      var k = self.shardOf(self.fold(p));
      if (k && keys.indexOf(k) === -1) keys.push(k);
    });
    await this.loadAll(keys);
    for (var i = 0; i < tries.length; i++) {
      var f = this.fold(tries[i]);
      var k = this.shardOf(f);
      var sh = k && this.shards[k];
      if (!sh) continue;
      if (sh.stems.has(tries[i])) {
        give(tries[i], GUESS);
        return;
      }
      var stems = (sh.folded.get(f) || []).filter(function (y) { return sh.stems.has(y); });
      if (stems.length) {
        stems.forEach(function (y) { give(y, GUESS); });
        return;
      }
    }
  };

  /** The postings of `stem` as [doc, bits, …] (its shard is loaded). */
  Index.prototype.postings = function (stem) {
    var k = this.shardOf(this.fold(stem));
    var sh = k && this.shards[k];
    var e = sh && sh.stems.get(stem);
    if (!e) return [];
    if (!e.list) e.list = decode(e.raw);
    return e.list;
  };

  /**
   * Ranked entries for `q`, of those `pass` lets through: `{ids, matches}`, or
   * null without words. Every word must match.
   */
  Index.prototype.search = async function (q, pass) {
    var self = this;
    var seen = Object.create(null);
    // Words of one letter (в, и, а) are left out: they would match everything.
    var ws = tokenize(q).filter(function (t) {
      var l = lower(t);
      if (seen[l] || (Array.from(l).length < 2 && !/\d/.test(l))) return false;
      seen[l] = true;
      return true;
    });
    if (!ws.length) return null;
    var matches = await Promise.all(ws.map(function (w) { return self.match(w); }));
    // Scores in typed arrays, one slot per entry: a word's best match in each,
    // summed over the words; an entry a word misses drops out.
    var n = this.data.docs.length;
    var score = null;
    matches.forEach(function (m) {
      var mine = new Float32Array(n);
      m.stems.forEach(function (weight, stem) {
        var p = self.postings(stem);
        for (var i = 0; i < p.length; i += 2) {
          var s = weight * POINTS[p[i + 1]];
          if (mine[p[i]] < s) mine[p[i]] = s;
        }
      });
      if (score) {
        for (var d = 0; d < n; d++) score[d] = score[d] > 0 && mine[d] > 0 ? score[d] + mine[d] : 0;
      } else {
        score = mine;
      }
    });
    var ids = [];
    for (var d = 0; d < n; d++) if (score[d] > 0 && pass(d)) ids.push(d);
    ids.sort(function (a, b) { return score[b] - score[a] || a - b; });
    return { ids: ids, matches: matches, score: score };
  };

  /** Whether a word of a text is one the query matched. */
  Index.prototype.matcher = function (matches) {
    var fold = this.fold;
    var voiced = this.voiced;
    var starts = [];
    var whole = Object.create(null);
    (matches || []).forEach(function (m) {
      whole[m.folded] = true;
      if (m.prefix) starts.push(m.folded);
      m.stems.forEach(function (_, s) {
        var f = fold(s);
        whole[f] = true;
        if (Array.from(s).length >= 3) {
          starts.push(f);
          var cs = Array.from(s);
          var last = cs[cs.length - 1];
          for (var v in voiced) {
            if (voiced[v] === last) starts.push(fold(cs.slice(0, -1).join('') + v));
          }
        }
      });
    });
    return function (word) {
      var f = fold(lower(word));
      if (whole[f]) return true;
      for (var i = 0; i < starts.length; i++) {
        if (f.indexOf(starts[i]) === 0) return true;
      }
      return false;
    };
  };

  /** The file (`t/<n>`) holding entry `doc`'s texts, and its place there. */
  Index.prototype.textPlace = function (doc) {
    var c = this.data.chunks;
    var lo = 0, hi = c.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (c[mid] <= doc) lo = mid; else hi = mid - 1;
    }
    return [lo, doc - c[lo]];
  };

  /** `[title, dir, summary, body]` of each of `docs`, the bodies inflated. */
  Index.prototype.textsOf = async function (docs) {
    var self = this;
    var places = docs.map(function (d) { return self.textPlace(d); });
    var files = [];
    places.forEach(function (p) { if (files.indexOf(p[0]) === -1) files.push(p[0]); });
    await Promise.all(files.map(function (n) { return self.get('t:' + n); }));
    return Promise.all(places.map(async function (p) {
      var row = self.texts[p[0]][p[1]];
      if (!row.body) row.body = inflate(row[3]);
      return [row[0], row[1], row[2], await row.body];
    }));
  };

  /** The text of a raw-deflated, base64 body. */
  async function inflate(b64) {
    if (!b64) return '';
    var bin = atob(b64);
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Response(stream).text();
  }

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

  /** About `size` characters of `text` around its first matched word, from the
   *  block (a line: paragraph, heading, list item) it is in. */
  function snippet(text, isMatch, size) {
    size = size || 180;
    if (!text) return '';
    var lines = text.split('\n');
    var line = null;
    var first = null;
    // A line of prose first, as opening() prefers; a heading, a photo's
    // description or a table's row only when the words are nowhere else.
    for (var pass = 0; pass < 2 && !first; pass++) {
      for (var l = 0; l < lines.length && !first; l++) {
        var ws = words(lines[l]);
        if (pass === 0 && !isProse(lines[l], ws)) continue;
        for (var i = 0; i < ws.length; i++) {
          if (isMatch(ws[i].word)) { first = ws[i]; line = lines[l]; break; }
        }
      }
    }
    if (!first) return '';
    if (line.length <= size) return line;
    var start = 0;
    if (first.end > size - 40) {
      start = Math.max(0, first.start - 60);
      var space = line.indexOf(' ', start);
      if (space !== -1 && space < first.start) start = space + 1;
    }
    var end = Math.min(line.length, start + size);
    if (end < line.length) {
      var back = line.lastIndexOf(' ', end);
      if (back > start + size / 2) end = back;
    }
    return (start > 0 ? '… ' : '') + line.slice(start, end).trim() + (end < line.length ? ' …' : '');
  }

  /** Whether a line of a text (with its words `ws`) reads as prose: eight words
   *  or more, and not a table's row (its cells are set apart by « · »). */
  function isProse(line, ws) {
    return ws.length >= 8 && line.indexOf(' · ') === -1;
  }

  /** The opening of a text, for entries found by their title or filters: its
   *  first line of prose, not a heading, a photo's description or a table's
   *  row; else its first line. */
  function opening(text, size) {
    var lines = (text || '').split('\n');
    var line = lines.find(function (l) { return isProse(l, words(l)); }) || lines[0] || '';
    if (line.length <= size) return line;
    var back = line.lastIndexOf(' ', size);
    return line.slice(0, back > size / 2 ? back : size) + ' …';
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
  function addFieldFilters(doc, data, filters, specs, used, shown) {
    (data.fields || []).forEach(function (f, fi) {
      var name = 'f:' + f[0];
      used[name] = {};
      data.docs.forEach(function (d, i) {
        if (shown && !shown[i]) return;
        (d[4] || []).forEach(function (p) { if (p[0] === fi) used[name][p[1]] = true; });
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

  /** The filters' selects, filled with the values some entry has. */
  function makeFilters(doc, data) {
    var t = data.t;
    var filters = doc.getElementById('search-filters');
    var used = { kind: {}, year: {}, department: {}, author: {} };
    // Only what this language's search shows offers a choice.
    var shown = shownSet(data);
    data.docs.forEach(function (d, i) {
      if (shown && !shown[i]) return;
      used.kind[d[0]] = true;
      used.year[d[1]] = true;
      d[2].forEach(function (a) { used.author[a] = true; });
      if (d[3] >= 0) used.department[d[3]] = true;
    });
    var specs = [
      ['kind', data.kinds, function (k) { return k[1]; }, t.search_all_kinds],
      ['year', data.years, function (y) { return y[1]; }, t.search_all_years],
      ['department', data.departments, function (d) { return d[1]; }, t.search_all_departments, undefined, undefined, data.department_order],
      ['author', data.authors, function (a) { return a[1]; }, t.search_all_authors, undefined, undefined, data.author_order]
    ];
    addFieldFilters(doc, data, filters, specs, used, shown);
    var f = { selects: {}, ids: {}, fieldOf: {} };
    specs.forEach(function (s) {
      var name = s[0];
      if (s[5] !== undefined) f.fieldOf[name] = s[5];
      var sel = doc.getElementById(s[4] || 'search-' + name);
      if (!sel) return;
      var all = el(doc, 'option');
      all.value = '';
      all.textContent = s[3];
      sel.appendChild(all);
      f.ids[name] = {};
      // In the page language's alphabetical order where the index gives it.
      (s[6] || s[1].map(function (_, i) { return i; })).forEach(function (i) {
        var item = s[1][i];
        if (!used[name][i]) return;
        var o = el(doc, 'option');
        o.value = item[0];
        o.textContent = s[2](item);
        sel.appendChild(o);
        f.ids[name][item[0]] = i;
      });
      f.selects[name] = sel;
      if (sel.options.length <= 2) {
        // One value or none: nothing to choose.
        var wrap = sel.closest('.search-filter');
        if (wrap) wrap.hidden = true;
      }
    });
    return f;
  }

  /** Which entries this language's search shows (`shown`: on a site in several
   *  languages, one index holds every language's files); null for all. */
  function shownSet(data) {
    if (!data.shown) return null;
    var set = new Uint8Array(data.docs.length);
    data.shown.forEach(function (i) { set[i] = 1; });
    return set;
  }

  /** A test of entries against the chosen filters `c` (name → index), and
   *  against the language's entries `shown`. */
  function passer(docs, c, fieldOf, shown) {
    var kind = c.kind, year = c.year, dep = c.department, author = c.author;
    var wanted = Object.keys(c).filter(function (n) { return fieldOf[n] !== undefined; })
      .map(function (n) { return [fieldOf[n], c[n]]; });
    return function (i) {
      var d = docs[i];
      if (shown && !shown[i]) return false;
      if (kind !== undefined && d[0] !== kind) return false;
      if (year !== undefined && d[1] !== year) return false;
      if (author !== undefined && d[2].indexOf(author) === -1) return false;
      if (dep !== undefined && d[3] !== dep) return false;
      for (var w = 0; w < wanted.length; w++) {
        var has = (d[4] || []).some(function (p) { return p[0] === wanted[w][0] && p[1] === wanted[w][1]; });
        if (!has) return false;
      }
      return true;
    };
  }

  /** Wires the search page. */
  function start(doc, data) {
    var box = doc.getElementById('ozyq-search');
    if (!box) return null;
    var perf = (typeof performance !== 'undefined') ? performance : { now: Date.now };
    var timing = { indexMs: 0, indexedAt: perf.now(), firstResultsAt: null, firstShownAt: null, keystrokes: [] };
    var root = box.getAttribute('data-root') || '../';
    var index = new Index(data, scriptLoader(doc, root + 'search/'), doc.defaultView);
    var form = doc.getElementById('search-form');
    var input = doc.getElementById('search-q');
    var status = doc.getElementById('search-status');
    var list = doc.getElementById('search-results');
    var more = doc.getElementById('search-more');
    // The form does not print: a printed list of results says what was looked for.
    var printed = doc.getElementById('search-printed');
    var label = doc.querySelector('label[for="search-q"]');
    var t = data.t;
    var docs = data.docs;
    var filters = makeFilters(doc, data);
    var inLanguage = shownSet(data);
    var selects = filters.selects;
    var filterBox = doc.getElementById('search-filters-box');
    var filterCount = doc.getElementById('search-filters-count');

    function chosen() {
      var c = {};
      Object.keys(selects).forEach(function (name) {
        var v = selects[name].value;
        if (v !== '' && filters.ids[name][v] !== undefined) c[name] = filters.ids[name][v];
      });
      return c;
    }

    // Restore from the address.
    var params = new URLSearchParams(doc.location ? doc.location.search : '');
    input.value = params.get('q') || '';
    Object.keys(selects).forEach(function (name) {
      var v = params.get(param(name));
      if (v !== null && filters.ids[name][v] !== undefined) selects[name].value = v;
    });

    // Open on a wide screen, or when the address chose a filter; on a phone
    // the results come first. The summary counts the filters chosen.
    function countFilters(c) {
      var n = Object.keys(c).length;
      if (filterCount) filterCount.textContent = n ? '(' + n + ')' : '';
    }
    if (filterBox) {
      var wide = doc.defaultView && doc.defaultView.matchMedia && doc.defaultView.matchMedia('(min-width: 48em)').matches;
      filterBox.open = Boolean(wide) || Object.keys(chosen()).length > 0;
      filterBox.hidden = false;
      countFilters(chosen());
    }

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
      // The language switch leads to the same words searched in the other
      // language (the filters' values are this language's).
      if (!doc.querySelectorAll) return;
      Array.prototype.forEach.call(doc.querySelectorAll('.lang-switch a[href*="search/"], #search-elsewhere a'), function (a) {
        var bare = a.getAttribute('href').split('?')[0];
        a.setAttribute('href', q ? bare + '?q=' + encodeURIComponent(q) : bare);
      });
    }

    var results = [];
    var isMatch = function () { return false; };
    var shown = 0;
    var run = 0;

    function renderItem(id, row) {
      var d = docs[id];
      var li = el(doc, 'li', 'search-result');
      var h = el(doc, 'h3', 'search-result-title');
      var a = el(doc, 'a');
      a.href = root + row[1] + 'index.html';
      appendMarked(doc, a, row[0], isMatch);
      // A work in another language than the page's: its title and text say so.
      if (d[5]) h.lang = d[5];
      h.appendChild(a);
      li.appendChild(h);
      var meta = el(doc, 'p', 'search-result-meta');
      var kind = el(doc, 'span', 'kind kind-' + data.kinds[d[0]][0]);
      kind.textContent = data.kinds[d[0]][2];
      meta.appendChild(kind);
      var year = el(doc, 'span', 'search-result-year');
      year.textContent = data.years[d[1]][1];
      meta.appendChild(doc.createTextNode(' · '));
      meta.appendChild(year);
      if (d[2].length) {
        meta.appendChild(doc.createTextNode(' · '));
        var au = el(doc, 'span', 'search-result-authors');
        appendMarked(doc, au, d[2].map(function (x) { return data.authors[x][1]; }).join(', '), isMatch);
        meta.appendChild(au);
      }
      li.appendChild(meta);
      var text = snippet(row[3], isMatch) || snippet(row[2], isMatch) || row[2] || opening(row[3], 180);
      if (text) {
        var p = el(doc, 'p', 'search-result-snippet');
        if (d[5]) p.lang = d[5];
        appendMarked(doc, p, text, isMatch);
        li.appendChild(p);
      }
      return li;
    }

    /** Among the first page of results, equal scores go to titles with the
     *  words as typed («моделі» before «модели»). */
    async function preferTyped(found) {
      var head = results.slice(0, PAGE);
      var rows = await index.textsOf(head);
      var typed = found.matches.map(function (m) { return m.word; });
      var score = new Map();
      head.forEach(function (id, i) {
        var ws = tokenize(rows[i][0]).map(lower);
        var bonus = typed.filter(function (w) { return ws.indexOf(w) !== -1; }).length;
        score.set(id, found.score[id] + bonus);
      });
      head.sort(function (a, b) { return score.get(b) - score.get(a) || a - b; });
      results = head.concat(results.slice(PAGE));
    }

    /** Shows the next page of results (of run `mine`, if still the latest). */
    async function showMore(mine) {
      var ids = results.slice(shown, shown + PAGE);
      var rows = await index.textsOf(ids);
      if (mine !== run) return;
      var frag = doc.createDocumentFragment();
      ids.forEach(function (id, i) { frag.appendChild(renderItem(id, rows[i])); });
      list.appendChild(frag);
      shown += ids.length;
      more.hidden = shown >= results.length;
    }

    async function update(keep) {
      var mine = ++run;
      var q = input.value.trim();
      var c = chosen();
      keepInAddress(q, c);
      if (printed) printed.textContent = q && label ? label.textContent + ': «' + q + '»' : '';
      countFilters(c);
      var before = keep ? shown : 0;
      var pass = passer(docs, c, filters.fieldOf, inLanguage);
      var any = q !== '' || Object.keys(c).length > 0;
      var found = null;
      if (q !== '') {
        list.setAttribute('aria-busy', 'true');
        found = await index.search(q, pass);
        if (mine !== run) return;
      }
      // Typed, but only letters alone and signs (`C++`, `—`): no word to look for,
      // and no list of everything either.
      var wordless = q !== '' && !found;
      if (found) {
        results = found.ids;
        isMatch = index.matcher(found.matches);
        await preferTyped(found);
        if (mine !== run) return;
      } else {
        results = [];
        if (any && !wordless) for (var i = 0; i < docs.length; i++) if (pass(i)) results.push(i);
        isMatch = function () { return false; };
      }
      var shownBefore = shown;
      shown = 0;
      var frag = [];
      do {
        var ids = results.slice(shown, shown + PAGE);
        var rows = await index.textsOf(ids);
        if (mine !== run) return;
        ids.forEach(function (id, i) { frag.push(renderItem(id, rows[i])); });
        shown += ids.length;
      } while (shown < before && shown < results.length);
      var focused = keep && shownBefore && list.contains(doc.activeElement) ? doc.activeElement.getAttribute('href') : null;
      list.textContent = '';
      frag.forEach(function (li) { list.appendChild(li); });
      list.removeAttribute('aria-busy');
      more.hidden = shown >= results.length;
      if (!any) {
        status.textContent = t.search_prompt;
      } else if (wordless) {
        status.textContent = t.search_wordless;
      } else if (results.length === 0) {
        status.textContent = t.search_none;
      } else {
        status.textContent = t.search_found.replace('{n}', String(results.length));
      }
      // Nothing here: the same words searched in the site's other languages.
      var elsewhere = doc.getElementById('search-elsewhere');
      if (elsewhere) elsewhere.hidden = !(any && results.length === 0);
      if (focused) {
        var again = list.querySelector('a[href="' + focused.replace(/["\\]/g, '\\$&') + '"]');
        if (again) again.focus();
      }
      if (results.length && timing.firstResultsAt === null) timing.firstResultsAt = perf.now();
      if (timing.firstShownAt === null) timing.firstShownAt = perf.now();
    }

    var last = Promise.resolve();
    // A file of the index that does not load (a broken upload): say so.
    function guard(p) {
      return p.catch(function (e) {
        list.removeAttribute('aria-busy');
        status.textContent = t.search_broken;
        if (typeof console !== 'undefined') console.error(e.message);
      });
    }
    function timed() {
      var s = perf.now();
      last = guard(update().then(function () { timing.keystrokes.push(perf.now() - s); }));
      return last;
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
      showMore(run).then(function () {
        // Keep the keyboard where the new results start.
        var next = list.children[first];
        var link = next && next.querySelector('a');
        if (link) link.focus();
      });
    });
    last = guard(update());
    return {
      index: index,
      timing: timing,
      run: update,
      /** Resolves when the latest search has shown its results. */
      settled: function () { return last; }
    };
  }

  return {
    makeFold: makeFold,
    lower: lower,
    tokenize: tokenize,
    words: words,
    decode: decode,
    oneEdit: oneEdit,
    pieces: pieces,
    snippet: snippet,
    Index: Index,
    start: start
  };
});
