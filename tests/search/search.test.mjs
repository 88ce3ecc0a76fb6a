// Browser tests of the search page of a built site ($OZYQ_SITE, default output/),
// over file:// and over HTTP on 127.0.0.1, in headless Debian Chromium.
// The words come from the sample site in content/.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { siteDir, fileUrl, browserAndServer, watchedPage, searchData, searchTexts, searchModules, indexed, settled } from './lib.mjs';

const site = siteDir();
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const shared = browserAndServer(site);

/** Opens the search page with `query` (like `?q=…`) and waits for the index. */
async function open(base, query = '', options = {}) {
  const context = await shared.browser.newContext(options);
  const { page, problems } = await watchedPage(context);
  await page.goto(base('search/index.html') + query);
  if (options.javaScriptEnabled !== false) await indexed(page);
  return { context, page, problems };
}

async function titles(page) {
  return page.$$eval('#search-results .search-result-title a', (as) => as.map((a) => a.textContent));
}

async function type(page, text) {
  await page.fill('#search-q', '');
  await page.type('#search-q', text);
  await settled(page);
}

async function select(page, sel, value) {
  await page.selectOption(sel, value);
  await settled(page);
}

test('the Kazakh folding of index.js matches the Rust one (src/search.rs tests)', () => {
  const data = searchData(site);
  const { api } = searchModules(site);
  const fold = api.makeFold(data);
  const cases = {
    қазақ: 'казак', оқушы: 'окушы', әдістеме: 'адистеме', ғылыми: 'гылыми', саңырау: 'санырау',
    өнер: 'онер', ұстаз: 'устаз', үздік: 'уздик', һижра: 'хижра', ёлка: 'елка', бiлiм: 'билим', абай: 'абаи',
    семинар: 'семинар', digital: 'digital', python3: 'python3',
  };
  for (const [w, f] of Object.entries(cases)) assert.equal(fold(w), f, w);
});

for (const [scheme, baseOf] of [
  ['file://', () => (rel) => fileUrl(site, rel)],
  ['http://127.0.0.1', () => shared.server.url],
]) {
  describe(`over ${scheme}`, () => {
    test('a Kazakh word typed with Russian letters finds its entry', async () => {
      const { context, page, problems } = await open(baseOf());
      await type(page, 'окушыларынын');
      await page.waitForSelector('#search-results li');
      const t = await titles(page);
      assert.ok(t.some((x) => x.includes('оқушыларының')), t.join(' | '));
      // The matched word is highlighted in the snippet or title.
      const marks = await page.$$eval('#search-results mark', (ms) => ms.map((m) => m.textContent.toLowerCase()));
      assert.ok(marks.some((m) => m.startsWith('оқушы')), marks.join(','));
      assert.match(await page.textContent('#search-status'), /\d/);
      assert.deepEqual(problems, []);
      await context.close();
    });

    test('printed results say what was looked for (the form does not print)', async () => {
      const { context, page, problems } = await open(baseOf(), '?q=' + encodeURIComponent('абай'));
      await page.waitForSelector('#search-results li');
      await page.emulateMedia({ media: 'print' });
      const r = await page.evaluate(() => {
        const p = document.getElementById('search-printed');
        return { shown: p.offsetParent !== null, text: p.textContent, form: document.getElementById('search-form').offsetParent !== null };
      });
      assert.deepEqual(r, { shown: true, text: 'Іздеу сөзі: «абай»', form: false });
      await page.emulateMedia({ media: 'screen' });
      assert.equal(await page.locator('#search-printed').isVisible(), false);
      assert.deepEqual(problems, []);
      await context.close();
    });

    test('the exact spelling ranks first', async () => {
      const { context, page, problems } = await open(baseOf());
      // «моделі» (Kazakh) is in an open lesson's title; «модели» (Russian) in a seminar.
      await type(page, 'моделі');
      await page.waitForSelector('#search-results li:nth-child(2)');
      const t = await titles(page);
      assert.match(t[0], /моделі/, t.join(' | '));
      assert.ok(t.some((x) => /перевёрнутый/i.test(x)), t.join(' | '));
      assert.deepEqual(problems, []);
      await context.close();
    });

    test('a prefix finds results, and so does one typo in a long word', async () => {
      const { context, page, problems } = await open(baseOf());
      await type(page, 'геймифи');
      await page.waitForSelector('#search-results li');
      assert.ok((await titles(page)).some((x) => /геймификация/i.test(x)));
      await type(page, 'геймификацея');
      await page.waitForSelector('#search-results li');
      assert.ok((await titles(page)).some((x) => /геймификация/i.test(x)));
      // Too short for a typo, but и for й is folded: «Абаи» finds Абай.
      await type(page, 'Абаи');
      await page.waitForSelector('#search-results li');
      assert.ok((await titles(page)).some((x) => /Абай/.test(x)), (await titles(page)).join(' | '));
      await type(page, 'zzzqqqxxx');
      await page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 0);
      assert.deepEqual(problems, []);
      await context.close();
    });

    test('filters narrow the results, and the address keeps the search', async () => {
      const { context, page, problems } = await open(baseOf());
      await type(page, 'оқу');
      await page.waitForSelector('#search-results li');
      const count = async () => Number((await page.textContent('#search-status')).match(/\d+/)[0]);
      const all = await count();
      const kinds = await page.$$eval('#search-kind option', (os) => os.map((o) => o.value).filter(Boolean));
      assert.ok(kinds.length > 1);
      let narrowed = false;
      for (const k of kinds) {
        await select(page, '#search-kind', k);
        const status = await page.textContent('#search-status');
        const n = /\d/.test(status) ? await count() : 0;
        assert.ok(n <= all);
        if (n > 0 && n < all) {
          narrowed = true;
          const label = await page.$eval('#search-kind', (s) => s.selectedOptions[0].value);
          assert.equal(label, k);
          break;
        }
      }
      assert.ok(narrowed, 'some kind narrows «оқу»');
      const url = new URL(page.url());
      assert.equal(url.searchParams.get('q'), 'оқу');
      assert.ok(url.searchParams.get('kind'));
      // The same address restores the same search.
      const shown = await titles(page);
      const again = await open(baseOf(), url.search);
      assert.equal(await again.page.inputValue('#search-q'), 'оқу');
      assert.equal(await again.page.inputValue('#search-kind'), url.searchParams.get('kind'));
      assert.deepEqual(await titles(again.page), shown);
      // Year, department and author filters exist and narrow too.
      for (const sel of ['#search-year', '#search-department', '#search-author']) {
        const values = await again.page.$$eval(`${sel} option`, (os) => os.map((o) => o.value).filter(Boolean));
        assert.ok(values.length >= 1, sel);
      }
      await select(again.page, '#search-kind', '');
      await again.page.fill('#search-q', '');
      await again.page.dispatchEvent('#search-q', 'input');
      await settled(again.page);
      const authors = await again.page.$$eval('#search-author option', (os) => os.map((o) => o.value).filter(Boolean));
      await select(again.page, '#search-author', authors[0]);
      const byAuthor = Number((await again.page.textContent('#search-status')).match(/\d+/)[0]);
      assert.ok(byAuthor >= 1 && byAuthor < searchData(site).docs.length);
      assert.equal(new URL(again.page.url()).searchParams.get('author'), authors[0]);
      assert.deepEqual(again.problems, []);
      await again.context.close();
      assert.deepEqual(problems, []);
      await context.close();
    });

    test('choice fields are filters: a level, a result; the address keeps them', async () => {
      const data = searchData(site);
      const texts = searchTexts(site);
      const { context, page, problems } = await open(baseOf());
      const names = await page.$$eval('#search-filters select', (ss) => ss.map((s) => s.name));
      assert.ok(names.includes('level') && names.includes('result'), names.join(','));
      // The label is the field's name in the site's language.
      assert.equal(await page.textContent('label[for="search-f-level"]'), 'Деңгейі');
      const level = data.fields.findIndex((f) => f[0] === 'level');
      const regional = data.fields[level][2].findIndex((c) => c[0] === 'regional');
      // Arrays made in this realm: index.js ran in a vm context of its own.
      const has = (d, f, c) => d[4].some((p) => p[0] === f && p[1] === c);
      const titlesOf = (pick) => Array.from(data.docs.map((d, i) => [d, i]).filter(([d]) => pick(d)), ([, i]) => texts[i][0]);
      const expected = titlesOf((d) => has(d, level, regional));
      assert.ok(expected.length >= 2);
      await select(page, '#search-f-level', 'regional');
      await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length === n, expected.length);
      assert.deepEqual((await titles(page)).sort(), expected.sort());
      assert.equal(new URL(page.url()).searchParams.get('level'), 'regional');
      // Two filters together: regional and first place.
      await select(page, '#search-f-result', 'first');
      const result = data.fields.findIndex((f) => f[0] === 'result');
      const first = data.fields[result][2].findIndex((c) => c[0] === 'first');
      const both = titlesOf((d) => has(d, level, regional) && has(d, result, first));
      assert.ok(both.length >= 1 && both.length < expected.length);
      await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length === n, both.length);
      assert.deepEqual(await titles(page), both);
      const again = await open(baseOf(), new URL(page.url()).search);
      assert.equal(await again.page.inputValue('#search-f-result'), 'first');
      assert.deepEqual(await titles(again.page), both);
      await again.context.close();
      assert.deepEqual(problems, []);
      await context.close();
    });

    test('the words of an entry\'s fields find it (a guideline\'s reviewer)', async () => {
      const { context, page, problems } = await open(baseOf());
      // «Жумабаева» is written only in `reviewers:` of one guideline.
      await type(page, 'жумабаева');
      await page.waitForSelector('#search-results li');
      const t = await titles(page);
      // First; «Жұмабаев» of another title matches it only as a prefix.
      assert.match(t[0], /историческими источниками/, t.join(' | '));
      assert.deepEqual(problems, []);
      await context.close();
    });

    test('a word deep in a text is found, its place is the snippet, a heading stays a line', async () => {
      const { context, page, problems } = await open(baseOf());
      // «График выполнения» is a heading far into a guideline, the only place
      // its text has the word.
      await type(page, 'график');
      const item = page.locator('#search-results li', { hasText: 'курсовой работы' });
      assert.equal(await item.locator('.search-result-snippet').textContent(), 'График выполнения');
      // «тоқсанда» comes in the guideline's last paragraph only.
      await type(page, 'тоқсанда');
      const snip = await page.locator('#search-results li', { hasText: 'Жас маманға' }).locator('.search-result-snippet').textContent();
      assert.match(snip, /^Тәлімгер алғашқы тоқсанда/, 'the paragraph where the word is');
      const marks = await page.$$eval('#search-results .search-result-snippet mark', (ms) => ms.map((m) => m.textContent));
      assert.ok(marks.some((m) => /^тоқсан/i.test(m)), marks.join(','));
      assert.deepEqual(problems, []);
      await context.close();
    });

    test('a query loads only the files its words need, each with its version', async () => {
      const context = await shared.browser.newContext();
      const { page, problems } = await watchedPage(context);
      const loaded = [];
      page.on('request', (r) => { if (/\/search\/[st]\//.test(r.url())) loaded.push(r.url()); });
      await page.goto(baseOf()('search/index.html') + '?q=' + encodeURIComponent('сабақ жоспары'));
      await indexed(page);
      const data = searchData(site);
      const shards = loaded.filter((u) => u.includes('/search/s/'));
      assert.ok(shards.length >= 1 && shards.length < data.shards.length / 3, `${shards.length} of ${data.shards.length}`);
      const shown = await page.locator('#search-results li').count();
      const texts = loaded.filter((u) => u.includes('/search/t/'));
      assert.ok(shown > 0 && texts.length <= shown, `${texts.length} text files for ${shown} results`);
      for (const u of loaded) assert.match(u, /\.js\?v=[0-9a-f]{8}$/);
      // The search page has one search box: its own.
      assert.equal(await page.locator('input[type=search]').count(), 1);
      assert.deepEqual(problems, []);
      await context.close();
    });

    test('the search box of every page leads to the results', async () => {
      const context = await shared.browser.newContext();
      const { page, problems } = await watchedPage(context);
      await page.goto(baseOf()('index.html'));
      await page.fill('header input[name="q"]', 'семинар');
      await page.press('header input[name="q"]', 'Enter');
      await page.waitForURL(/search\/index\.html\?q=/);
      await indexed(page);
      await page.waitForSelector('#search-results li');
      assert.equal(await page.inputValue('#search-q'), 'семинар');
      // Result links lead to entry pages.
      const href = await page.$eval('#search-results a', (a) => a.href);
      await page.click('#search-results a');
      await page.waitForURL(href);
      assert.match(await page.textContent('h1'), /\S/);
      assert.deepEqual(problems, []);
      await context.close();
    });
  });
}

test('on a phone the filters fold away, open, and fit the screen', async () => {
  const { context, page, problems } = await open(shared.server.url, '?q=' + encodeURIComponent('оқу'), { viewport: { width: 360, height: 740 } });
  const box = page.locator('#search-filters-box');
  assert.equal(await box.evaluate((d) => d.open), false);
  // The first result shows on the first screen.
  const top = await page.locator('#search-results li').first().evaluate((li) => li.getBoundingClientRect().top);
  assert.ok(top < 740, `first result at ${top}px`);
  await page.click('#search-filters-box summary');
  assert.equal(await box.evaluate((d) => d.open), true);
  const rights = await page.$$eval('#search-filters select', (ss) => ss.filter((s) => s.offsetParent).map((s) => s.getBoundingClientRect().right));
  assert.ok(rights.length >= 4 && rights.every((r) => r <= 360), rights.join(','));
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360));
  await select(page, '#search-kind', await page.$eval('#search-kind option:nth-child(2)', (o) => o.value));
  assert.equal(await page.textContent('#search-filters-count'), '(1)');
  // The address with a filter opens them.
  const again = await open(shared.server.url, new URL(page.url()).search, { viewport: { width: 360, height: 740 } });
  assert.equal(await again.page.locator('#search-filters-box').evaluate((d) => d.open), true);
  await again.context.close();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a file of the index that does not load is said, not silently an empty result', async () => {
  const context = await shared.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.route('**/search/t/**', (r) => r.abort());
  await page.goto(shared.server.url('search/index.html') + '?q=' + encodeURIComponent('оқу'));
  await page.waitForFunction(() => window.OzyqSearch?.page);
  await settled(page);
  const kk = await page.evaluate(() => window.OZYQ_SEARCH.t.search_broken);
  assert.equal(await page.textContent('#search-status'), kk);
  assert.ok(errors.some((e) => e.includes('search data missing')), errors.join(' | '));
  await context.close();
});

test('a query of single letters and signs lists nothing and asks for a word', async () => {
  const { context, page, problems } = await open(shared.server.url);
  const t = await page.evaluate(() => window.OZYQ_SEARCH.t);
  for (const q of ['C++', 'x', 'Қ', '—', '%']) {
    await type(page, q);
    assert.equal(await page.textContent('#search-status'), t.search_wordless, q);
    assert.equal(await page.locator('#search-results li').count(), 0, q);
  }
  // A word beside them is searched as usual.
  await type(page, 'C++ семинар');
  await page.waitForSelector('#search-results li');
  assert.match(await page.textContent('#search-status'), /\d/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a work in another language than the page\'s is marked with it in the results', async () => {
  const { context, page, problems } = await open(shared.server.url, '?q=' + encodeURIComponent('урок'));
  await page.waitForSelector('#search-results li');
  const langs = await page.$$eval('#search-results li', (lis) => lis.map((li) => [
    li.querySelector('.search-result-title').getAttribute('lang'),
    li.querySelector('.search-result-snippet')?.getAttribute('lang') ?? null,
  ]));
  assert.ok(langs.some(([t]) => t === 'ru'), JSON.stringify(langs));
  assert.ok(langs.every(([t, s]) => (t === null || t === 'ru') && (s === null || s === t)), JSON.stringify(langs));
  assert.deepEqual(problems, []);
  await context.close();
});

test('with JavaScript off the page says search needs it, and the rest works', async () => {
  const { context, page, problems } = await open(shared.server.url, '?q=семинар', { javaScriptEnabled: false });
  const data = searchData(site);
  assert.ok(await page.locator('.search-notice').isVisible());
  assert.match(await page.textContent('.search-notice'), /JavaScript/);
  assert.equal(await page.locator('#search-results li').count(), 0);
  // Navigation is ordinary links.
  const nav = await page.$$eval('header a[href]', (as) => as.length);
  assert.ok(nav > 3);
  // The first link in sight (the kinds fold under «Материалдар», closed).
  await page.click('.site-nav a:visible >> nth=0');
  await page.waitForLoadState();
  assert.ok((await page.locator('main h1').count()) === 1);
  assert.ok(data.docs.length > 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('keyboard use, escaping and accessibility (axe: no serious or critical)', async () => {
  const { context, page, problems } = await open(shared.server.url, '?q=' + encodeURIComponent('оқу'));
  await page.waitForSelector('#search-results li');
  const live = await page.$eval('#search-status', (s) => [s.getAttribute('aria-live'), s.getAttribute('role')]);
  assert.deepEqual(live, ['polite', 'status']);
  // The query is text, never markup.
  await type(page, '<img src=x onerror=alert(1)> оқу');
  assert.equal(await page.locator('#search-results img').count(), 0);
  await type(page, 'оқу');
  await page.waitForSelector('#search-results li');
  // Tab from the query reaches the filters, then the results.
  await page.focus('#search-q');
  const seen = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    seen.push(await page.evaluate(() => {
      const a = document.activeElement;
      return a.closest('#search-results') ? 'result' : a.id || a.tagName;
    }));
  }
  assert.ok(seen.includes('search-kind'), seen.join(','));
  assert.ok(seen.includes('result'), seen.join(','));
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
  assert.deepEqual(problems, []);
  await context.close();
});
