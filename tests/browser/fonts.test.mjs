// The theme's own fonts (themes/default/static/fonts/*.woff2): each has every
// letter of the Kazakh alphabet in both cases, the Russian letters and the
// punctuation the sites print (« » – — … №), keeps its kerning, stays small,
// and is declared in style.css by a URL relative to the style sheet, with the
// licence beside it. No browser and no build needed: the WOFF2 files are read
// here (their tables are one Brotli stream; the character map is untransformed).

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from './lib/harness.mjs';

const THEME = path.join(ROOT, 'themes', 'default');
const FONTS = path.join(THEME, 'static', 'fonts');
const CSS = path.join(THEME, 'static', 'style.css');

/** The 42 letters of the Kazakh (Cyrillic) alphabet, capitals. */
export const KAZAKH = 'АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ';
const PUNCTUATION = '«»“”„‘’–—…•№·';
const LATIN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.,:;!?()[]/%&@#';
/** Bytes all the files together may weigh. */
const BUDGET = 200 * 1024;

// The table tags WOFF2 knows by number (only the first few matter here).
const KNOWN = ['cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm',
  'glyf', 'loca', 'prep', 'CFF ', 'VORG', 'EBDT', 'EBLC', 'gasp', 'hdmx', 'kern', 'LTSH',
  'PCLT', 'VDMX', 'vhea', 'vmtx', 'BASE', 'GDEF', 'GPOS', 'GSUB'];

/** The tables of a WOFF2 file: Map tag → Buffer (glyf and loca as stored). */
export function woff2Tables(buf) {
  assert.equal(buf.toString('latin1', 0, 4), 'wOF2', 'not a WOFF2 file');
  const numTables = buf.readUInt16BE(12);
  const compressed = buf.readUInt32BE(20);
  let p = 48;
  const base128 = () => {
    let v = 0;
    for (let i = 0; i < 5; i++) {
      const b = buf[p++];
      v = v * 128 + (b & 0x7f);
      if (!(b & 0x80)) return v;
    }
    throw new Error('bad UIntBase128');
  };
  const dir = [];
  for (let i = 0; i < numTables; i++) {
    const flags = buf[p++];
    let tag;
    if ((flags & 0x3f) === 0x3f) { tag = buf.toString('latin1', p, p + 4); p += 4; } else tag = KNOWN[flags & 0x3f] ?? `#${flags & 0x3f}`;
    const version = flags >> 6;
    const orig = base128();
    const transformed = (tag === 'glyf' || tag === 'loca') ? version !== 3 : version !== 0;
    const length = transformed ? base128() : orig;
    dir.push({ tag, length });
  }
  const data = zlib.brotliDecompressSync(buf.subarray(p, p + compressed));
  const tables = new Map();
  let at = 0;
  for (const { tag, length } of dir) { tables.set(tag, data.subarray(at, at + length)); at += length; }
  return tables;
}

/** The code points a font's character map gives a glyph to. */
export function mappedCodePoints(cmap) {
  const n = cmap.readUInt16BE(2);
  const out = new Set();
  for (let i = 0; i < n; i++) {
    const platform = cmap.readUInt16BE(4 + i * 8);
    const encoding = cmap.readUInt16BE(6 + i * 8);
    const off = cmap.readUInt32BE(8 + i * 8);
    const format = cmap.readUInt16BE(off);
    if (format === 4 && platform === 3 && (encoding === 1 || encoding === 10)) {
      const segs = cmap.readUInt16BE(off + 6) / 2;
      const ends = off + 14;
      const starts = ends + segs * 2 + 2;
      const deltas = starts + segs * 2;
      const ranges = deltas + segs * 2;
      for (let s = 0; s < segs; s++) {
        const end = cmap.readUInt16BE(ends + s * 2);
        const start = cmap.readUInt16BE(starts + s * 2);
        const delta = cmap.readInt16BE(deltas + s * 2);
        const ro = cmap.readUInt16BE(ranges + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let g;
          if (ro === 0) g = (c + delta) & 0xffff;
          else {
            const gi = cmap.readUInt16BE(ranges + s * 2 + ro + (c - start) * 2);
            g = gi === 0 ? 0 : (gi + delta) & 0xffff;
          }
          if (g !== 0) out.add(c);
        }
      }
    } else if (format === 12 && platform === 3) {
      const groups = cmap.readUInt32BE(off + 12);
      for (let j = 0; j < groups; j++) {
        const g = off + 16 + j * 12;
        for (let c = cmap.readUInt32BE(g); c <= cmap.readUInt32BE(g + 4); c++) out.add(c);
      }
    }
  }
  return out;
}

const files = fs.existsSync(FONTS) ? fs.readdirSync(FONTS).filter((f) => f.endsWith('.woff2')).sort() : [];

describe('the theme\'s fonts', () => {
  it('there are WOFF2 files, with the licence beside them, within the byte budget', () => {
    assert.ok(files.length > 0, `no .woff2 files in ${FONTS}`);
    assert.ok(fs.existsSync(path.join(FONTS, 'LICENSE-ParaType.txt')), 'the ParaType licence must lie beside the fonts');
    const total = files.reduce((s, f) => s + fs.statSync(path.join(FONTS, f)).size, 0);
    assert.ok(total <= BUDGET, `the fonts weigh ${total} bytes together, more than ${BUDGET}`);
  });

  for (const f of files) {
    it(`${f}: every Kazakh and Russian letter in both cases, the punctuation, and kerning`, () => {
      const tables = woff2Tables(fs.readFileSync(path.join(FONTS, f)));
      const has = mappedCodePoints(tables.get('cmap'));
      const want = [...KAZAKH, ...KAZAKH.toLowerCase(), ...PUNCTUATION, ...LATIN];
      assert.equal(KAZAKH.length, 42);
      assert.equal(new Set(KAZAKH.toLowerCase()).size, 42);
      const missing = want.filter((ch) => !has.has(ch.codePointAt(0)));
      assert.deepEqual(missing, [], `${f} lacks ${missing.join(' ')}`);
      assert.ok(tables.has('GPOS') || tables.has('kern'), `${f} has no kerning (no GPOS or kern table)`);
    });
  }

  it('style.css declares each font by a relative URL that leads to the file, with font-display: swap', () => {
    const css = fs.readFileSync(CSS, 'utf8');
    const faces = css.match(/@font-face\s*{[^}]*}/g) || [];
    assert.ok(faces.length >= files.length, `style.css has ${faces.length} @font-face rules for ${files.length} files`);
    const used = new Set();
    for (const face of faces) {
      assert.match(face, /font-display:\s*swap/, `no font-display: swap in ${face}`);
      for (const [, url] of face.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        assert.ok(!/^(\/|[a-z]+:)/i.test(url), `${url}: not relative to the style sheet (breaks file:// or a sub-path)`);
        const file = path.resolve(path.dirname(CSS), url);
        assert.ok(fs.existsSync(file), `${url} (from style.css) is missing`);
        used.add(path.basename(file));
      }
    }
    assert.deepEqual(files.filter((f) => !used.has(f)), [], 'fonts no @font-face uses');
  });
});
