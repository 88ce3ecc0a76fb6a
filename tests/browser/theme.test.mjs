// The default theme's layout promises, in headless Chromium over file://:
// a top menu of at most six entries that shows everything on a phone without
// sideways scrolling (the kinds under one disclosure that works without a
// script), the language switch in sight, the header's Tab order the order the
// eye reads it in at every width, a footer without the menu again, the
// hero's ring never over its title, footnote links told apart without colour,
// a 404 page styled from disk, a year page linking its catalogue and plan,
// pages that keep to a phone's width with its text at 200 %, and print showing full
// addresses instead of relative paths.
//
//   OZYQ_BIN=… node --test tests/browser/theme.test.mjs

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  DESKTOP, PHONE, KIND_FOLDERS, getSite, entriesOf, launchBrowser, fileTransport, newContext, load,
} from './lib/harness.mjs';

const site = getSite();
const T = { timeout: 120_000 };
const has = (rel) => fs.existsSync(path.join(site.dir, rel));
const kinds = KIND_FOLDERS.filter((k) => has(`${k}/index.html`));
const anEntry = `${kinds[0]}/${entriesOf(site.dir, kinds[0])[0]}/index.html`;
const PAGES = ['index.html', `${kinds[0]}/index.html`, anEntry, 'authors/index.html', 'ru/index.html']
  .filter(has);

let browser;
let transport;
before(async () => { browser = await launchBrowser(); transport = fileTransport(site.dir); });
after(async () => { await browser?.close(); site.cleanup(); });

async function withPage(viewport, fn) {
  const context = await newContext(browser, transport, viewport);
  const page = await context.newPage();
  try { return await fn(page); } finally { await context.close(); }
}

describe('the menu', () => {
  for (const rel of PAGES) {
    it(`${rel}: at most six entries; on a phone every one and the language switch in sight; the kinds open in place`, T, async () => {
      await withPage(PHONE, async (page) => {
        await load(page, transport.url(rel));
        const top = await page.$$eval('.site-nav .nav-list > li', (lis) => lis.map((li) => {
          const r = (li.querySelector(':scope > a, :scope > details > summary')).getBoundingClientRect();
          return { text: li.textContent.trim().split('\n')[0], left: r.left, right: r.right, width: r.width };
        }));
        assert.ok(top.length > 0 && top.length <= 6, `${top.length} entries in the menu`);
        for (const e of top) {
          assert.ok(e.width > 0 && e.left >= -1 && e.right <= PHONE.width + 1, `"${e.text}" is out of sight: ${JSON.stringify(e)}`);
        }
        const lang = await page.$('.lang-switch');
        if (lang) assert.ok(await lang.isVisible(), 'the language switch is hidden');
        // The disclosure needs no script: it is a <details>.
        await page.click('.nav-disclosure > summary');
        const links = await page.$$eval('.nav-panel a', (as) => as.map((a) => {
          const r = a.getBoundingClientRect();
          return { href: a.getAttribute('href'), visible: r.width > 0 && r.left >= -1 && r.right <= innerWidth + 1 };
        }));
        for (const k of kinds) {
          const l = links.find((x) => x.href.endsWith(`${k}/index.html`));
          assert.ok(l, `the menu has no link to ${k}`);
          assert.ok(l.visible, `the link to ${k} is out of sight once the menu is open`);
        }
        const sw = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(sw <= PHONE.width + 1, `the open menu makes the page ${sw}px wide`);
      });
    });
  }

  it('on a wide screen the open panel closes with Escape and with a click elsewhere', T, async () => {
    await withPage(DESKTOP, async (page) => {
      await load(page, transport.url('index.html'));
      const open = () => page.$eval('.nav-disclosure', (d) => d.open);
      await page.click('.nav-disclosure > summary');
      assert.equal(await open(), true);
      await page.keyboard.press('Escape');
      assert.equal(await open(), false);
      await page.click('.nav-disclosure > summary');
      await page.mouse.click(5, 700);
      assert.equal(await open(), false);
    });
  });
});

describe('the header', () => {
  // WCAG 2.4.3 / 1.3.2: the title, the language switch and the search box are
  // visited by Tab in the order they are seen (rows top to bottom, each left
  // to right), however the row wraps: on a phone the switch sits beside the
  // title and the box has the next row, on a wide screen all three share one.
  const pages = ['index.html', 'ru/index.html', anEntry].filter(has);
  for (const width of [360, 768, 1280]) {
    for (const rel of pages) {
      it(`${rel} at ${width}px: Tab goes through the header in the order it reads`, T, async () => {
        await withPage({ width, height: 800 }, async (page) => {
          await load(page, transport.url(rel));
          const stops = [];
          for (let i = 0; i < 20; i++) {
            await page.keyboard.press('Tab');
            const f = await page.evaluate(() => {
              const e = document.activeElement;
              if (!e || !e.closest('.site-header .header-row')) return null;
              const r = e.getBoundingClientRect();
              const what = e.matches('.brand') ? 'brand' : e.closest('.lang-switch') ? 'language'
                : e.matches('input') ? 'search' : e.matches('button') ? 'button' : e.tagName;
              return { what, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
            });
            if (f) stops.push(f); else if (stops.length) break;
          }
          const seen = stops.map((s) => s.what);
          const hasSwitch = await page.$eval('.header-row', (h) => !!h.querySelector('.lang-switch'));
          const hasBox = await page.$eval('.header-row', (h) => !!h.querySelector('.searchbox'));
          assert.equal(seen[0], 'brand', `the title is not the first stop: ${seen}`);
          if (hasSwitch) assert.ok(seen.includes('language'), `no language link in the Tab order: ${seen}`);
          if (hasBox) assert.ok(seen.includes('search'), `no search box in the Tab order: ${seen}`);
          const rank = { brand: 0, language: 1, search: 2, button: 3 };
          assert.deepEqual(seen, [...seen].sort((a, b) => rank[a] - rank[b]), `the header's parts out of order: ${seen}`);
          for (let i = 1; i < stops.length; i++) {
            const a = stops[i - 1]; const b = stops[i];
            const sameRow = b.top < a.bottom - 2 && a.top < b.bottom - 2;
            const after = sameRow ? b.left >= a.right - 1 : b.top >= a.bottom - 2;
            assert.ok(after, `${b.what} is seen before ${a.what} but Tab reaches it after: ${JSON.stringify({ [a.what]: a, [b.what]: b })}`);
          }
        });
      });
    }
  }
});

describe('the footer', () => {
  it('does not repeat the menu (no links to the kinds)', T, async () => {
    await withPage(DESKTOP, async (page) => {
      await load(page, transport.url('index.html'));
      const hrefs = await page.$$eval('body > footer a', (as) => as.map((a) => a.getAttribute('href')));
      const kindLinks = hrefs.filter((h) => kinds.some((k) => h.includes(`${k}/`)));
      assert.deepEqual(kindLinks, []);
      assert.ok(hrefs.length <= 6, `${hrefs.length} links in the footer`);
    });
  });
});

describe('the home page\'s hero', () => {
  for (const vp of [PHONE, { width: 600, height: 800 }, DESKTOP]) {
    it(`at ${vp.width}px its decorative ring is not drawn over the title`, T, async () => {
      await withPage(vp, async (page) => {
        await load(page, transport.url('index.html'));
        const r = await page.$eval('.hero', (hero) => {
          const s = getComputedStyle(hero, '::after');
          const h = hero.getBoundingClientRect();
          const t = hero.querySelector('h1');
          const title = t.getBoundingClientRect();
          // a range over the title's text only (the h1 box may be wider than its words)
          const range = document.createRange(); range.selectNodeContents(t);
          const words = [...range.getClientRects()];
          if (s.display === 'none' || s.content === 'none') return { hidden: true };
          const w = parseFloat(s.width); const top = h.top + parseFloat(s.top);
          const left = h.right - parseFloat(s.right) - w;
          const ring = { left, top, right: left + w, bottom: top + parseFloat(s.height) };
          const over = words.some((b) => b.left < ring.right && b.right > ring.left && b.top < ring.bottom && b.bottom > ring.top);
          return { over, behind: Number(getComputedStyle(t).zIndex) > 0, ring, title: { l: title.left, r: title.right } };
        });
        assert.ok(r.hidden || !r.over || r.behind, `the ring covers the title: ${JSON.stringify(r)}`);
        if (vp.width <= PHONE.width) assert.ok(r.hidden || !r.over, `on a phone the ring overlaps the title: ${JSON.stringify(r)}`);
      });
    });
  }
});

describe('footnotes', () => {
  it('the links to a note and back are underlined, not told apart by colour alone', T, async () => {
    const rel = [...kinds, ...kinds.map((k) => `ru/${k}`)].flatMap((k) => entriesOf(site.dir, k).map((e) => `${k}/${e}/index.html`))
      .find((r) => fs.readFileSync(path.join(site.dir, r), 'utf8').includes('footnote-back'));
    if (!rel) return;
    await withPage(DESKTOP, async (page) => {
      await load(page, transport.url(rel));
      const deco = await page.$$eval('.footnote-back, .footnote-reference a', (as) => as.map((a) => getComputedStyle(a).textDecorationLine));
      assert.ok(deco.length > 0);
      assert.deepEqual(deco.filter((d) => !d.includes('underline')), [], `${rel}: footnote links without underline`);
    });
  });
});

describe('the 404 page opened from disk', () => {
  for (const rel of ['404.html', 'ru/404.html'].filter(has)) {
    it(`${rel} is styled though its style sheet link is root-absolute`, T, async () => {
      await withPage(DESKTOP, async (page) => {
        await page.goto(transport.url(rel));
        const s = await page.evaluate(() => ({
          nav: getComputedStyle(document.querySelector('.site-nav')).backgroundColor,
          align: getComputedStyle(document.querySelector('.not-found')).textAlign,
          button: getComputedStyle(document.querySelector('.btn-primary')).backgroundColor,
        }));
        assert.notEqual(s.nav, 'rgba(0, 0, 0, 0)', 'the menu bar has no background');
        assert.equal(s.align, 'center');
        assert.notEqual(s.button, 'rgba(0, 0, 0, 0)', 'the button has no background');
      });
    });
  }
});

describe('a year page', () => {
  const years = fs.existsSync(path.join(site.dir, 'years'))
    ? fs.readdirSync(path.join(site.dir, 'years')).filter((d) => has(`years/${d}/index.html`)) : [];
  for (const y of years) {
    it(`years/${y}/ links to the year's catalogue${has(`plan/${y}/index.html`) ? ' and plan' : ''}`, T, async () => {
      const html = fs.readFileSync(path.join(site.dir, 'years', y, 'index.html'), 'utf8');
      if (has(`catalogue/${y}/index.html`)) assert.ok(html.includes(`catalogue/${y}/index.html`), 'no link to the catalogue');
      if (has(`plan/${y}/index.html`)) assert.ok(html.includes(`plan/${y}/index.html`), 'no link to the plan');
    });
  }
});

describe('large text', () => {
  // A phone's text-size setting at its largest doubles the text: the header's
  // title was squeezed to a letter a line beside the language switch, the skip
  // link's second line showed, and kind tiles, tags and chips ran off the screen.
  const firstIn = (dir) => {
    const d = fs.existsSync(path.join(site.dir, dir)) ? fs.readdirSync(path.join(site.dir, dir)).find((x) => has(`${dir}/${x}/index.html`)) : null;
    return d ? `${dir}/${d}/index.html` : null;
  };
  const pages = [...PAGES, 'tags/index.html', 'ru/tags/index.html', firstIn('authors'), firstIn('catalogue'), firstIn('report'), firstIn('plan')]
    .filter((rel) => rel && has(rel));
  for (const rel of pages) {
    it(`${rel} at 200 % text on a phone: no sideways scroll, the title a word a line at worst`, T, async () => {
      await withPage(PHONE, async (page) => {
        await load(page, transport.url(rel));
        await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
        const r = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          title: Math.round(document.querySelector('.brand-text strong').getBoundingClientRect().width),
          skip: document.querySelector('.skip-link').getBoundingClientRect().bottom,
        }));
        assert.ok(r.scroll <= PHONE.width + 1, `${rel}: the page is ${r.scroll}px wide`);
        assert.ok(r.title >= 120, `${rel}: the title is squeezed to ${r.title}px`);
        assert.ok(r.skip <= 0, `${rel}: the skip link shows (its bottom at ${r.skip}px)`);
      });
    });
  }
});

describe('print', () => {
  it('an entry prints its attachments\' and its own full addresses, no relative path', T, async () => {
    const rel = kinds.flatMap((k) => entriesOf(site.dir, k).map((e) => `${k}/${e}/index.html`))
      .find((r) => fs.readFileSync(path.join(site.dir, r), 'utf8').includes('class="attachments"'));
    if (!rel) return;
    await withPage(DESKTOP, async (page) => {
      await load(page, transport.url(rel));
      await page.emulateMedia({ media: 'print' });
      const r = await page.evaluate(() => ({
        canonical: document.querySelector('link[rel=canonical]')?.href,
        urls: [...document.querySelectorAll('.attachments .print-url')].map((e) => ({ shown: e.offsetParent !== null, text: e.textContent.trim() })),
        source: [...document.querySelectorAll('main > .print-only')].map((e) => ({ shown: e.offsetParent !== null, text: e.textContent })),
        relative: [...document.querySelectorAll('main a')].map((a) => getComputedStyle(a, '::after').content).filter((c) => /\.\.\/|attr/.test(c)),
      }));
      assert.deepEqual(r.relative, [], 'print shows relative paths');
      assert.ok(r.urls.length > 0 && r.urls.every((u) => u.shown), `the attachments' addresses are not printed: ${JSON.stringify(r.urls)}`);
      if (r.canonical) {
        assert.ok(r.urls.every((u) => /^https?:\/\//.test(u.text)), `not full addresses: ${JSON.stringify(r.urls)}`);
        assert.ok(r.source.some((s) => s.shown && s.text.includes(r.canonical)), 'the page\'s own address is not printed');
      }
    });
  });
  it('a photo in the text prints at most 110 mm tall, as a cover does', T, async () => {
    const rel = kinds.flatMap((k) => entriesOf(site.dir, k).map((e) => `${k}/${e}/index.html`))
      .find((r) => /<figure class="picture"><img[^>]* srcset=/.test(fs.readFileSync(path.join(site.dir, r), 'utf8')));
    assert.ok(rel, 'the sample site has a photo in an entry\'s text');
    await withPage(DESKTOP, async (page) => {
      await load(page, transport.url(rel));
      await page.emulateMedia({ media: 'print' });
      const heights = await page.$$eval('.prose img[srcset]', (imgs) => imgs.map((i) => getComputedStyle(i).maxHeight));
      // 110 mm at 96 px to the inch.
      assert.ok(heights.length > 0 && heights.every((h) => parseFloat(h) <= 416), `${rel}: ${heights.join(', ')}`);
    });
  });
});
