// The sample site in Kazakh and Russian, in headless Chromium over file:// and
// over HTTP under /otm/: the language switch lands on the translation and back,
// every page's hreflang links are symmetric, and the Russian search finds
// Russian text and shows one file of each work.
//
//   node --test tests/browser/

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  getSite, startServer, launchBrowser, fileTransport, httpTransport, newContext, watch, load,
} from './lib/harness.mjs';

const site = getSite();
const T = { timeout: 120_000 };
const BASE = (() => {
  const m = /<link rel="canonical" href="([^"]*)"/.exec(fs.readFileSync(path.join(site.dir, 'index.html'), 'utf8'));
  return m ? m[1] : null;
})();

/** Every HTML file of the build, site-relative. */
function htmlFiles(dir, rel = '') {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((d) => {
    const r = rel ? `${rel}/${d.name}` : d.name;
    if (d.isDirectory()) return htmlFiles(dir, r);
    return d.name.endsWith('.html') ? [r] : [];
  });
}

/** A page's hreflang links: language → site-relative file. */
function hreflangs(rel) {
  const html = fs.readFileSync(path.join(site.dir, rel), 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  const out = {};
  for (const m of head.matchAll(/<link rel="alternate" hreflang="([a-z]+)" href="([^"]*)">/g)) {
    assert.ok(BASE && m[2].startsWith(BASE), `${rel}: hreflang ${m[1]} is not an absolute address of the site: ${m[2]}`);
    const dir = m[2].slice(BASE.length);
    out[m[1]] = dir.endsWith('/') || dir === '' ? `${dir}index.html` : dir;
  }
  return out;
}

const PAGES = htmlFiles(site.dir);
const PAIRED = PAGES.filter((rel) => Object.keys(hreflangs(rel)).length > 0);

let browser;
let server;
const transports = {};
before(async () => {
  server = await startServer(site.dir, '/otm/');
  browser = await launchBrowser();
  transports.file = fileTransport(site.dir);
  transports.http = httpTransport(site.dir, server);
});
after(async () => {
  await browser?.close();
  await server?.close();
  site.cleanup();
});

describe('a site in Kazakh and Russian', () => {
  it('the sample site is in two languages, with translated entries', () => {
    assert.ok(fs.existsSync(path.join(site.dir, 'ru', 'index.html')), 'no ru/index.html: is the sample site in two languages?');
    const entries = PAIRED.filter((rel) => /^ru\/[a-z-]+\/[^/]+\/index\.html$/.test(rel) && !rel.includes('/page/'));
    assert.ok(entries.length >= 3, `only ${entries.length} translated entries: ${entries.join(', ')}`);
  });

  it('hreflang links are symmetric: every page a page names names the same set', () => {
    const wrong = [];
    for (const rel of PAIRED) {
      const mine = hreflangs(rel);
      if (!Object.values(mine).includes(rel)) wrong.push(`${rel}: does not name itself (${JSON.stringify(mine)})`);
      for (const [lang, other] of Object.entries(mine)) {
        if (!fs.existsSync(path.join(site.dir, other))) { wrong.push(`${rel}: hreflang ${lang} → ${other}, which is missing`); continue; }
        const theirs = hreflangs(other);
        if (JSON.stringify(theirs) !== JSON.stringify(mine)) {
          wrong.push(`${rel} names ${JSON.stringify(mine)} but ${other} names ${JSON.stringify(theirs)}`);
        }
      }
    }
    assert.ok(PAIRED.length > 20, `only ${PAIRED.length} pages have hreflang links`);
    assert.deepEqual(wrong, []);
  });

  for (const name of ['file', 'http']) {
    it(`the switch leads to the translation and back (${name})`, T, async () => {
      const t = transports[name];
      const context = await newContext(browser, t);
      const page = await context.newPage();
      const problems = watch(page, t);
      try {
        const ru = PAIRED.find((rel) => /^ru\/seminars\/[^/]+\/index\.html$/.test(rel));
        assert.ok(ru, 'no translated seminar');
        const kk = hreflangs(ru).kk;
        await load(page, t.url(kk));
        const kkTitle = await page.textContent('h1');
        await page.click('.lang-switch a[lang="ru"]');
        await page.waitForLoadState('load');
        assert.equal(t.toFile(page.url()).file, path.join(site.dir, ru), `the switch led to ${page.url()}`);
        assert.equal(await page.getAttribute('html', 'lang'), 'ru');
        const ruTitle = await page.textContent('h1');
        assert.notEqual(ruTitle, kkTitle);
        assert.match(ruTitle, /[а-яё]/i);
        assert.equal(await page.getAttribute('.lang-switch a[aria-current]', 'lang'), 'ru');
        await page.click('.lang-switch a[lang="kk"]');
        await page.waitForLoadState('load');
        assert.equal(t.toFile(page.url()).file, path.join(site.dir, kk));
        assert.equal(await page.textContent('h1'), kkTitle);
        // A page without a translation leads to the other language's home.
        await load(page, t.url('seminars/index.html'));
        await page.click('.lang-switch a[lang="ru"]');
        await page.waitForLoadState('load');
        assert.equal(t.toFile(page.url()).file, path.join(site.dir, 'ru/seminars/index.html'));
        assert.equal(await page.getAttribute('html', 'lang'), 'ru');
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }

  it("the switch's link to the page's own language leads to the page itself", () => {
    const plans = PAGES.filter((rel) => /^plan\/[^/]+\/index\.html$/.test(rel));
    assert.ok(plans.length > 0, 'no plan page');
    for (const rel of plans) {
      const html = fs.readFileSync(path.join(site.dir, rel), 'utf8');
      const m = /<a href="([^"]*)" lang="kk" hreflang="kk" aria-current="true">/.exec(html);
      assert.ok(m, `${rel}: no current language link`);
      assert.equal(path.join(path.dirname(rel), m[1]), rel, `${rel}: the current language leads to ${m[1]}`);
    }
  });

  it('the Russian search finds Russian text, one file of each work', T, async () => {
    const t = transports.file;
    const context = await newContext(browser, t);
    const page = await context.newPage();
    const problems = watch(page, t);
    try {
      await load(page, t.url('ru/search/index.html') + '?q=' + encodeURIComponent('критического мышления'));
      await page.waitForFunction(() => window.OzyqSearch?.page, null, { timeout: 60_000 });
      await page.evaluate(() => window.OzyqSearch.page.settled());
      const links = await page.$$eval('#search-results a', (as) => as.map((a) => a.getAttribute('href')));
      assert.ok(links.some((h) => /ru\/seminars\/syni-turgydan-oilau-tasilderi\//.test(h)), `results: ${links.join(', ')}`);
      // The filters name authors and departments in Russian alphabetical order.
      for (const sel of ['#search-author', '#search-department']) {
        const names = await page.$$eval(`${sel} option`, (os) => os.slice(1).map((o) => o.textContent));
        const sorted = [...names].sort(new Intl.Collator('ru').compare);
        assert.ok(names.length > 1, `${sel}: ${names.join(', ')}`);
        assert.deepEqual(names, sorted, sel);
      }
      // The Kazakh file of the same work is not shown beside its translation.
      assert.ok(!links.some((h) => /(^|\/)\.\.\/seminars\/syni-turgydan-oilau-tasilderi\//.test(h) && !h.includes('/ru/')), `results: ${links.join(', ')}`);
      // The Kazakh search shows the Kazakh file.
      await load(page, t.url('search/index.html') + '?q=' + encodeURIComponent('сыни тұрғыдан ойлау'));
      await page.waitForFunction(() => window.OzyqSearch?.page, null, { timeout: 60_000 });
      await page.evaluate(() => window.OzyqSearch.page.settled());
      const kk = await page.$$eval('#search-results a', (as) => as.map((a) => a.getAttribute('href')));
      assert.ok(kk.some((h) => h.includes('seminars/syni-turgydan-oilau-tasilderi/') && !h.includes('ru/')), `results: ${kk.join(', ')}`);
      // The switch leads to the same words searched in Russian.
      const toRu = await page.getAttribute('.lang-switch a[lang="ru"]', 'href');
      assert.ok(toRu.endsWith('ru/search/index.html?q=' + encodeURIComponent('сыни тұрғыдан ойлау')), toRu);
      assert.equal(await page.isVisible('#search-elsewhere'), false, 'found here: no way elsewhere');
      // Words of the Russian works only: nothing here, and a way to them.
      await load(page, t.url('search/index.html') + '?q=' + encodeURIComponent('критического мышления'));
      await page.waitForFunction(() => window.OzyqSearch?.page, null, { timeout: 60_000 });
      await page.evaluate(() => window.OzyqSearch.page.settled());
      assert.equal(await page.locator('#search-results li').count(), 0);
      assert.equal(await page.isVisible('#search-elsewhere'), true);
      const elsewhere = await page.getAttribute('#search-elsewhere a[lang="ru"]', 'href');
      assert.ok(elsewhere.endsWith('ru/search/index.html?q=' + encodeURIComponent('критического мышления')), elsewhere);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
