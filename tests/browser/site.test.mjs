// The built sample site in real headless Chromium, over file:// and over
// HTTP under a sub-path: every kind of page loads without errors or requests
// to outside, its links resolve, navigation works, axe-core finds nothing
// serious, the phone layout does not scroll sideways, and languages are marked.
//
//   node --test tests/browser/
//
// Env: OZYQ_BIN (default target/debug/ozyq), OZYQ_SITE (a built site to test
// instead of building one), OZYQ_SHOTS (a folder for screenshots),
// OZYQ_CHROMIUM (default /usr/bin/chromium).

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  ROOT, DESKTOP, PHONE, KIND_FOLDERS, getSite, pickPages, entriesOf, entryLanguages,
  startServer, launchBrowser, fileTransport, httpTransport, newContext, watch, load,
  checkLinks, AXE_SOURCE, axeSerious, formatViolations,
} from './lib/harness.mjs';

const site = getSite();
const PAGES = pickPages(site.dir);
const SITE_LANG = (() => {
  const cfg = path.join(ROOT, 'config.yaml');
  const m = fs.existsSync(cfg) && /^language:\s*([A-Za-z-]+)\s*$/m.exec(fs.readFileSync(cfg, 'utf8'));
  return m ? m[1] : 'kk';
})();

// Entries written in another language than the site's, found by their titles.
const stripTags = (s) => s.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"')
  .replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ').trim();
const ENTRY_BY_TITLE = new Map();
for (const kind of [...KIND_FOLDERS, ...KIND_FOLDERS.map((k) => `ru/${k}`)]) {
  for (const e of entriesOf(site.dir, kind)) {
    const rel = `${kind}/${e}/index.html`;
    const m = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(fs.readFileSync(path.join(site.dir, rel), 'utf8'));
    if (m) ENTRY_BY_TITLE.set(stripTags(m[1]), rel);
  }
}
const SOURCES = entryLanguages();
const RU_ENTRIES = SOURCES.filter((s) => s.lang === 'ru');
const entryLang = (rel) => {
  for (const s of SOURCES) if (ENTRY_BY_TITLE.get(s.title) === rel) return s.lang || SITE_LANG;
  return undefined;
};
// The language of a page's own interface: its language's folder's (ru/…), or the site's.
const uiLang = (rel) => (/^(ru|en)\//.exec(rel)?.[1]) || SITE_LANG;

// No test may hang the run: a page that never loads fails after this.
const T = { timeout: 120_000 };

let browser;
let server;
let axeSource;
const transports = {};

before(async () => {
  server = await startServer(site.dir, '/otm/');
  browser = await launchBrowser();
  axeSource = AXE_SOURCE();
  transports.file = fileTransport(site.dir);
  transports.http = httpTransport(site.dir, server);
});

after(async () => {
  await browser?.close();
  await server?.close();
  site.cleanup();
});

const report = (what, problems) => `${what}:\n  ${problems.join('\n  ')}`;

/** Open a fresh page in `context`, watched for problems. */
async function open(context, transport) {
  const page = await context.newPage();
  const problems = watch(page, transport);
  return { page, problems };
}

function assertClean(context, problems, what) {
  const all = [...problems];
  for (const u of context.outgoing.splice(0)) all.push(`tried to reach outside the machine: ${u}`);
  assert.deepEqual([...new Set(all)], [], report(what, [...new Set(all)]));
}

for (const key of ['file', 'http']) {
  describe(`pages over ${key === 'file' ? 'file://' : 'HTTP at /otm/'}`, () => {
    let context;
    before(async () => { context = await newContext(browser, transports[key], DESKTOP); });
    after(async () => { await context?.close(); });

    for (const { name, rel } of PAGES) {
      // Only web servers show the 404 page (at any missing URL: tested below).
      if (key === 'file' && rel.endsWith('404.html')) continue;
      it(`${name} (${rel}) loads cleanly, links resolve, no sideways scroll on a phone`, T, async () => {
        const t = transports[key];
        const { page, problems } = await open(context, t);
        try {
          const res = await load(page, t.url(rel));
          if (res && key === 'http') assert.equal(res.status(), 200, `${rel}: HTTP ${res.status()}`);
          problems.push(...await checkLinks(page, t));
          const title = await page.title();
          if (!title.trim()) problems.push('the page has an empty <title>');

          await page.setViewportSize(PHONE);
          const sw = await page.evaluate(() => ({
            scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
            // The outermost elements that stick out of the viewport and are
            // not inside a box that scrolls or clips them.
            wide: [...document.querySelectorAll('body *')].filter((el) => {
              if (el.getBoundingClientRect().right <= window.innerWidth + 1) return false;
              for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
                if (getComputedStyle(a).overflowX !== 'visible') return false;
                if (a.getBoundingClientRect().right > window.innerWidth + 1) return false;
              }
              return true;
            }).slice(0, 5).map((el) => `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}` +
              `${typeof el.className === 'string' && el.className ? ` class="${el.className}"` : ''}> ` +
              `right=${Math.round(el.getBoundingClientRect().right)}px`),
          }));
          if (sw.scroll > sw.inner + 1) {
            problems.push(`at ${PHONE.width}px the page scrolls sideways: scrollWidth ${sw.scroll} > innerWidth ${sw.inner}; ` +
              `wide elements: ${sw.wide.join(', ')}`);
          }
          assertClean(context, problems, `${t.name} ${rel}`);
        } finally {
          await page.close();
        }
      });
    }

    it('navigation: home → kind listing → entry → breadcrumb back → author portfolio → breadcrumbs home', T, async () => {
      const t = transports[key];
      const { page, problems } = await open(context, t);
      const relOf = () => {
        const f = t.toFile(page.url());
        return f && !f.outside ? path.relative(site.dir, f.file).split(path.sep).join('/') : page.url();
      };
      // Click the first visible link whose target (relative to the site) matches `re`.
      const clickTo = async (re, scope = 'body', what = String(re)) => {
        const hrefs = await page.$$eval(`:is(${scope}) a[href]`, (as) => as.map((a) => [a.getAttribute('href'), a.href]));
        const cands = [...new Set(hrefs.filter(([, abs]) => {
          const f = t.toFile(abs);
          return f && !f.outside && re.test(path.relative(site.dir, f.file).split(path.sep).join('/'));
        }).map(([raw]) => raw))];
        assert.ok(cands.length, `${relOf()}: no link in ${scope} to ${what}`);
        for (const raw of cands) {
          const link = page.locator(`:is(${scope}) a[href="${raw.replace(/"/g, '\\"')}"]`).filter({ visible: true }).first();
          if (await link.count()) {
            await Promise.all([page.waitForEvent('load'), link.click()]);
            await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
            assert.match(relOf(), re, `clicking ${raw} led to ${page.url()}`);
            problems.push(...await checkLinks(page, t));
            return relOf();
          }
        }
        assert.fail(`${relOf()}: links to ${what} exist (${cands.join(', ')}) but none is visible`);
      };
      const kinds = KIND_FOLDERS.join('|');
      const crumbs = '.breadcrumbs, nav[aria-label*="breadcrumb" i]';
      try {
        await load(page, t.url('index.html'));
        const listing = await clickTo(new RegExp(`^(${kinds})/index\\.html$`), 'body', 'a kind listing');
        const kind = listing.split('/')[0];
        const entry = await clickTo(new RegExp(`^${kind}/(?!page/)[^/]+/index\\.html$`), 'main', `an entry of ${kind}`);
        // Breadcrumbs lead back to the listing; history brings the entry back.
        await clickTo(new RegExp(`^${kind}/index\\.html$`), crumbs, 'the listing (breadcrumb)');
        await page.goBack({ waitUntil: 'load' });
        assert.equal(relOf(), entry, 'going back from the listing');
        const author = await clickTo(/^authors\/[^/]+\/index\.html$/, 'main', "the entry's author");
        assert.notEqual(author, 'authors/index.html');
        await clickTo(/^authors\/index\.html$/, crumbs, 'the authors index (breadcrumb)');
        await clickTo(/^index\.html$/, crumbs, 'the home page (breadcrumb)');
        assertClean(context, problems, `${t.name} navigation`);
      } finally {
        await page.close();
      }
    });
  });
}

describe('the 404 page at a missing URL deep in the site, over HTTP at /otm/', () => {
  it('is styled and its links lead into the site', T, async () => {
    const t = transports.http;
    const context = await newContext(browser, t, DESKTOP);
    const { page, problems } = await open(context, t);
    try {
      const res = await load(page, t.url('articles/no-such-entry/deeper/'));
      assert.equal(res.status(), 404);
      // The page's own 404 is expected; everything it loads must succeed.
      const rest = problems.filter((p) => !p.includes('no-such-entry'));
      // In-page links (the skip link) stay on this missing URL, which is no file.
      rest.push(...(await checkLinks(page, t)).filter((p) => !p.startsWith('<a href="#')));
      assert.ok(await page.$('main#main'), 'the skip link has its target');
      const styled = await page.evaluate(() => [...document.styleSheets].some((s) => s.href && s.href.endsWith('/otm/static/style.css') && s.cssRules.length > 0));
      assert.ok(styled, 'the stylesheet of the site is applied');
      const home = await page.$eval('.not-found a', (a) => a.href);
      assert.equal(home, t.url('index.html'));
      assertClean(context, rest, `${t.name} 404 at a deep URL`);
    } finally {
      await page.close();
      await context.close();
    }
  });
});

// The sample site's lesson with a gallery of photos.
const GALLERY = PAGES.map((p) => p.rel).find((rel) =>
  rel.endsWith('/index.html') && fs.readFileSync(path.join(site.dir, rel), 'utf8').includes('<div class="gallery">'));

describe('a gallery of photos', () => {
  it('opens a photo full-size without JavaScript, from file://', T, async () => {
    assert.ok(GALLERY, 'the sample site has a page with a gallery');
    const t = transports.file;
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await load(page, t.url(GALLERY));
      const link = page.locator('.gallery a').nth(1);
      const href = await link.getAttribute('href');
      assert.match(href, /-\d+\.jpg$/, 'a picture links to a copy of its photo');
      await Promise.all([page.waitForEvent('load'), link.click()]);
      assert.ok(page.url().endsWith(href.replace(/^(\.\.\/)+/, '')), `opened ${page.url()}`);
      const size = await page.evaluate(() => {
        const img = document.querySelector('img');
        return img && [img.naturalWidth, img.naturalHeight];
      });
      assert.ok(size && size[0] >= 960, `the photo opened full-size: ${size}`);
    } finally {
      await context.close();
    }
  });

  for (const key of ['file', 'http']) it(`opens a viewer with JavaScript (${key}): arrows move, Escape closes and gives focus back`, T, async () => {
    const t = transports[key];
    const context = await newContext(browser, t, PHONE);
    const { page, problems } = await open(context, t);
    try {
      await load(page, t.url(GALLERY));
      const links = page.locator('.gallery a');
      const n = await links.count();
      assert.ok(n >= 2, `${n} pictures`);
      await links.nth(0).click();
      const viewer = page.locator('dialog.viewer');
      await viewer.waitFor({ state: 'visible' });
      const shown = () => page.evaluate(() => {
        const img = document.querySelector('dialog.viewer img');
        return { src: img.getAttribute('src'), alt: img.alt, caption: document.querySelector('dialog.viewer figcaption').textContent };
      });
      await page.waitForFunction(() => document.querySelector('dialog.viewer img').complete);
      const first = await shown();
      assert.equal(first.src, await links.nth(0).evaluate((a) => a.href));
      assert.equal(first.alt, await links.nth(0).locator('img').getAttribute('alt'));
      assert.equal(await page.locator('dialog.viewer img').evaluate((i) => i.naturalWidth > 0), true);
      // Each move waits for its photo: a photo left before it has loaded is
      // a cancelled request, which the problem log would count as a failure.
      const move = async (key) => {
        await page.keyboard.press(key);
        await page.waitForFunction(() => document.querySelector('dialog.viewer img').complete);
      };
      await move('ArrowRight');
      assert.equal((await shown()).src, await links.nth(1).evaluate((a) => a.href));
      await move('ArrowLeft');
      await move('ArrowLeft');
      assert.equal((await shown()).src, await links.nth(n - 1).evaluate((a) => a.href), 'wraps round');
      // axe-core reads the style sheets, which a file:// page may not.
      if (key === 'http') {
        const vs = await axeSerious(page, axeSource);
        assert.equal(vs.length, 0, `axe-core with the viewer open:\n${formatViolations(vs)}`);
      }
      await page.keyboard.press('Escape');
      await viewer.waitFor({ state: 'hidden' });
      assert.equal(await page.evaluate(() => document.activeElement.closest('.gallery') !== null), true,
        'focus is back on the gallery');
      assertClean(context, problems, 'gallery viewer');
    } finally {
      await context.close();
    }
  });
});

describe('accessibility: axe-core at desktop (1280) and phone (375), over HTTP', () => {
  let context;
  before(async () => { context = await newContext(browser, transports.http, DESKTOP); });
  after(async () => { await context?.close(); });

  for (const { name, rel } of PAGES) {
    it(`${name} (${rel}) has no serious or critical violations`, T, async () => {
      const t = transports.http;
      const page = await context.newPage();
      try {
        await load(page, t.url(rel), { settle: false });
        const out = [];
        for (const vp of [DESKTOP, PHONE]) {
          await page.setViewportSize(vp);
          const vs = await axeSerious(page, axeSource);
          if (vs.length) out.push(`at ${vp.width}px:\n${formatViolations(vs)}`);
        }
        assert.equal(out.length, 0, `axe-core on ${rel}:\n${out.join('\n')}`);
      } finally {
        await page.close();
      }
    });
  }
});

describe('languages', () => {
  let context;
  before(async () => { context = await newContext(browser, transports.file, DESKTOP); });
  after(async () => { await context?.close(); });

  it(`<html lang="${SITE_LANG}"> on the pages in the site's language`, T, async () => {
    const page = await context.newPage();
    const wrong = [];
    try {
      for (const { rel } of PAGES) {
        const lang = rel.split('/').length === 3 && KIND_FOLDERS.includes(rel.split('/')[0])
          ? entryLang(rel) : uiLang(rel);
        if (lang !== uiLang(rel)) continue;
        await page.goto(transports.file.url(rel));
        const got = await page.evaluate(() => document.documentElement.getAttribute('lang'));
        if (got !== uiLang(rel)) wrong.push(`${rel}: <html lang="${got}">`);
      }
    } finally {
      await page.close();
    }
    assert.deepEqual(wrong, []);
  });

  const ruEntries = () => {
    assert.ok(RU_ENTRIES.length > 0, 'the sample content has no entry with `lang: ru`');
    const found = RU_ENTRIES.map((s) => ({ ...s, rel: ENTRY_BY_TITLE.get(s.title) })).filter((s) => s.rel);
    assert.ok(found.length > 0, `no built page has the <h1> of a \`lang: ru\` entry (${RU_ENTRIES.map((s) => s.file).join(', ')})`);
    return found.slice(0, 3);
  };
  const langsOf = (page) => page.evaluate(() => {
    const eff = (el) => (el ? el.closest('[lang]')?.getAttribute('lang') ?? '' : null);
    const h1 = document.querySelector('h1');
    const article = h1?.closest('article') || document.querySelector('main');
    const banner = document.querySelector('body > header, [role="banner"]');
    const nav = banner?.querySelector('nav') || document.querySelector('nav');
    const footer = document.querySelector('body > footer, [role="contentinfo"]');
    // Paragraphs of the article's text that are not marked ru.
    const notRu = article ? [...article.querySelectorAll('.prose p, .prose li, .prose h2, .prose td, p.lead')]
      .filter((p) => p.textContent.trim().length > 40 && p.closest('[lang]')?.getAttribute('lang') !== 'ru')
      .map((p) => p.textContent.trim().slice(0, 50)) : [];
    return {
      html: document.documentElement.getAttribute('lang'), h1: eff(h1), article: eff(article),
      nav: eff(nav), footer: eff(footer), notRu,
    };
  });

  it('an entry with `lang: ru` marks its article lang="ru" (on the article or the whole page)', T, async () => {
    const page = await context.newPage();
    const wrong = [];
    try {
      for (const { rel, file } of ruEntries()) {
        await page.goto(transports.file.url(rel));
        const l = await langsOf(page);
        if (l.h1 !== 'ru') wrong.push(`${rel} (${file}): its <h1> is in lang "${l.h1}", not "ru"`);
        if (l.article !== 'ru') {
          for (const t of l.notRu) wrong.push(`${rel}: text of the article not in lang "ru": "${t}…"`);
        }
      }
    } finally {
      await page.close();
    }
    assert.deepEqual(wrong, []);
  });

  it(`the navigation and footer around a \`lang: ru\` entry are in its page's language`, T, async () => {
    // WCAG 3.1.2 (language of parts): the menu and footer are in the site's
    // language; if the page says <html lang="ru">, they must say otherwise.
    const page = await context.newPage();
    const wrong = [];
    try {
      for (const { rel } of ruEntries()) {
        await page.goto(transports.file.url(rel));
        const l = await langsOf(page);
        const ui = uiLang(rel);
        if (l.nav !== null && l.nav !== ui) {
          wrong.push(`${rel}: the site navigation (text in ${ui}) is in lang "${l.nav}" (from <html lang="${l.html}")`);
        }
        if (l.footer !== null && l.footer !== ui) {
          wrong.push(`${rel}: the site footer (text in ${ui}) is in lang "${l.footer}" (from <html lang="${l.html}")`);
        }
      }
    } finally {
      await page.close();
    }
    assert.deepEqual(wrong, [], `mark the header/footer lang="${SITE_LANG}", or put lang="ru" on the article instead of <html>:\n  ${wrong.join('\n  ')}`);
  });
});

describe('screenshots', { skip: !process.env.OZYQ_SHOTS && 'OZYQ_SHOTS is not set' }, () => {
  it('home, an entry, a portfolio and a listing at phone and desktop widths', T, async () => {
    const dir = path.resolve(process.env.OZYQ_SHOTS);
    fs.mkdirSync(dir, { recursive: true });
    const pick = (re) => PAGES.find((p) => re.test(p.name));
    const shots = [pick(/^home$/), pick(/^entry /), pick(/^portfolio /), pick(/^listing /)].filter(Boolean);
    const context = await newContext(browser, transports.http, DESKTOP);
    try {
      const page = await context.newPage();
      for (const { name, rel } of shots) {
        for (const [label, vp] of [['desktop', DESKTOP], ['phone', PHONE]]) {
          await page.setViewportSize(vp);
          await load(page, transports.http.url(rel));
          const file = path.join(dir, `${name.replace(/[^a-z0-9-]+/gi, '-')}-${label}.png`);
          await page.screenshot({ path: file, fullPage: true });
          assert.ok(fs.statSync(file).size > 1000, `${file} is empty`);
        }
      }
    } finally {
      await context.close();
    }
  });
});
