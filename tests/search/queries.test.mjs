// Recall on the test table of real queries (queries.mjs), in Chromium from
// file:// and over HTTP: every entry having a form of the word typed is found.
// Also measured, and printed: what the prefix matching of the earlier search
// (a word found only when the typed one begins it) would have found.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inflateRawSync } from 'node:zlib';
import { siteDir, fileUrl, browserAndServer, searchTexts, searchData, searchModules } from './lib.mjs';
import { QUERIES } from './queries.mjs';

const site = siteDir();
const data = searchData(site);
const { api } = searchModules(site);
const fold = api.makeFold(data);
// Each entry's words, lower-cased, from its title, summary and whole body.
const docWords = searchTexts(site).map((row) => {
  const body = inflateRawSync(Buffer.from(row[3], 'base64')).toString('utf8');
  return new Set(api.tokenize(`${row[0]} ${row[2]} ${body}`).map(api.lower));
});

const shared = browserAndServer(site);

function relevant(forms) {
  const out = [];
  docWords.forEach((ws, i) => { if ([...ws].some((w) => forms.test(w))) out.push(i); });
  return out;
}

function prefixFound(q) {
  const f = fold(api.lower(q));
  const out = [];
  docWords.forEach((ws, i) => { if ([...ws].some((w) => fold(w).startsWith(f))) out.push(i); });
  return out;
}

for (const [scheme, url] of [['file://', () => fileUrl(site, 'search/index.html')], ['http', () => shared.server.url('search/index.html')]]) {
  test(`every entry with a form of the word is found (${scheme})`, async () => {
    const context = await shared.browser.newContext();
    const page = await context.newPage();
    await page.goto(url());
    await page.waitForFunction(() => window.OzyqSearch?.page);
    let want = 0;
    let got = 0;
    let byPrefix = 0;
    const lines = [];
    for (const { q, forms } of QUERIES) {
      const rel = relevant(forms);
      assert.ok(rel.length > 0, `the table's «${q}» has entries in the sample`);
      const ids = await page.evaluate(async (q) => (await window.OzyqSearch.page.index.search(q, () => true)).ids, q);
      const found = rel.filter((i) => ids.includes(i));
      const pre = prefixFound(q).filter((i) => rel.includes(i));
      want += rel.length;
      got += found.length;
      byPrefix += pre.length;
      lines.push(`«${q}»: ${found.length}/${rel.length} (prefix matching: ${pre.length})`);
      assert.deepEqual(found, rel, `«${q}» finds every entry with ${forms}`);
    }
    console.log(`recall ${got}/${want}; prefix matching alone: ${byPrefix}/${want}\n  ${lines.join('\n  ')}`);
    assert.ok(byPrefix < got, 'stems find more than prefixes');
    await context.close();
  });
}
