// Measures the search of a built site in headless Chromium:
//   index size on disk (and against the site's text), time from page load to
//   the first result, time to index everything, and time per keystroke.
// Usage: node bench.mjs [SITE] [--prebuilt] [--json-parse] [--runs N] [--query WORDS]
//   SITE defaults to $OZYQ_SITE or output/. --prebuilt also measures a variant
//   that ships MiniSearch's serialized index (made here in Node with the same
//   options) instead of indexing in the browser, to compare the two approaches;
//   --json-parse one that wraps the same data in JSON.parse("…").
import { readdir, stat, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { siteDir, serve, launch, searchData, searchModules, indexed } from './lib.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--') && ['--runs', '--query'].includes(args[i - 1])));
if (positional[0]) process.env.OZYQ_SITE = path.resolve(positional[0]);
const site = siteDir();
const runs = Number(option('--runs', 5));

const kb = (n) => `${(n / 1024).toFixed(0)} KiB`;
const mb = (n) => `${(n / 1048576).toFixed(2)} MiB`;
const size = (n) => (n > 4 * 1048576 ? mb(n) : kb(n));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * p))] : NaN;
};
const ms = (x) => `${x.toFixed(1)} ms`;

async function htmlText(dir) {
  // The site's text: every HTML page, and the text in it without tags.
  let bytes = 0;
  let text = 0;
  let pages = 0;
  async function walk(d) {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name.endsWith('.html')) {
        const s = await readFile(p, 'utf8');
        bytes += Buffer.byteLength(s);
        const body = s.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<head[\s\S]*?<\/head>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
        text += Buffer.byteLength(body);
        pages++;
      }
    }
  }
  await walk(dir);
  return { bytes, text, pages };
}

// Words that occur in the site, to type: the commonest long words of titles.
function pickWords(data, api) {
  const given = option('--query', null);
  if (given) return given.split(',');
  const count = new Map();
  for (const d of data.docs) {
    for (const w of api.tokenize(d[0])) {
      const l = w.toLowerCase();
      if ([...l].length >= 7) count.set(l, (count.get(l) || 0) + 1);
    }
  }
  const byFreq = [...count.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const pick = [byFreq[0], byFreq[Math.floor(byFreq.length / 3)], byFreq[Math.floor((2 * byFreq.length) / 3)]].filter(Boolean);
  return [...new Set(pick)];
}

async function measure(label, overrides, words) {
  const server = await serve(site, overrides);
  const browser = await launch();
  const firsts = [];
  const full = [];
  const keys = [];
  const handler = [];
  try {
    for (let r = 0; r < runs; r++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const q = words[r % words.length];
      await page.goto(server.url(`search/index.html?q=${encodeURIComponent(q)}`));
      await page.waitForFunction(() => window.OzyqSearch?.page?.timing?.firstResultsAt != null, null, { timeout: 120000 });
      await indexed(page);
      const t = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const tm = window.OzyqSearch.page.timing;
        return { first: tm.firstResultsAt, indexed: nav ? tm.indexMs : tm.indexMs, start: nav ? nav.startTime : 0 };
      });
      firsts.push(t.first);
      full.push(await page.evaluate(() => window.OzyqSearch.page.timing.indexedAt));
      if (r === 0) {
        // Per keystroke: each prefix of each word, as typing would give it,
        // timed from the input event to the results laid out.
        for (const w of words) {
          const chars = [...w];
          for (let i = 1; i <= chars.length; i++) {
            const v = chars.slice(0, i).join('');
            const d = await page.evaluate((v) => {
              const input = document.getElementById('search-q');
              const t0 = performance.now();
              input.value = v;
              input.dispatchEvent(new Event('input', { bubbles: true }));
              void document.getElementById('search-results').offsetHeight;
              return performance.now() - t0;
            }, v);
            keys.push(d);
          }
        }
        // And real key presses, timing the page's own handler.
        await page.fill('#search-q', '');
        await page.evaluate(() => { window.OzyqSearch.page.timing.keystrokes.length = 0; });
        await page.type('#search-q', words.join(' '));
        handler.push(...(await page.evaluate(() => window.OzyqSearch.page.timing.keystrokes)));
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`\n[${label}]`);
  console.log(`  load → first result (?q=, ${runs} runs): median ${ms(median(firsts))}, min ${ms(Math.min(...firsts))}, max ${ms(Math.max(...firsts))}`);
  console.log(`  load → everything indexed: median ${ms(median(full))}`);
  console.log(`  per keystroke (input → results laid out, ${keys.length} keystrokes of ${words.map((w) => `«${w}»`).join(', ')}): median ${ms(median(keys))}, p90 ${ms(pct(keys, 0.9))}, max ${ms(Math.max(...keys))}`);
  console.log(`  per keystroke (typed with the keyboard, handler only, ${handler.length}): median ${ms(median(handler))}, p90 ${ms(pct(handler, 0.9))}, max ${ms(Math.max(...handler))}`);
  return { firsts, full, keys };
}

const data = searchData(site);
const { api, MiniSearch } = searchModules(site);
const indexBytes = (await stat(path.join(site, 'search/index.js'))).size;
const indexJs = await readFile(path.join(site, 'search/index.js'));
const vendor = (await stat(path.join(site, 'static/vendor/minisearch.js'))).size + (await stat(path.join(site, 'static/search.js'))).size;
const text = await htmlText(site);
const words = pickWords(data, api);

console.log(`site: ${site}`);
console.log(`entries: ${data.docs.length}; HTML pages: ${text.pages}`);
console.log(`index (search/index.js): ${size(indexBytes)} on disk, ${size(gzipSync(indexJs).length)} gzipped; scripts (minisearch + search.js): ${kb(vendor)}`);
console.log(`site's text: ${size(text.bytes)} of HTML, ${size(text.text)} of text in it; index / text = ${(indexBytes / text.text).toFixed(3)} (budget < 0.333)`);

await measure('in-browser index (shipped)', {}, words);

if (flag('--json-parse')) {
  // The same data as a JSON string given to JSON.parse, which V8 reads faster
  // than a large object literal.
  const json = JSON.stringify(data);
  const js = `window.OZYQ_SEARCH = JSON.parse(${JSON.stringify(json).replace(/</g, '\\u003c')});\n`;
  console.log(`\nJSON.parse variant: index.js ${size(Buffer.byteLength(js))}, gzipped ${size(gzipSync(js).length)}`);
  await measure('in-browser index, data through JSON.parse', { 'search/index.js': js }, words);
}

if (flag('--prebuilt')) {
  const t0 = performance.now();
  const engine = new api.Engine(data, MiniSearch);
  engine.addAll();
  const serialized = JSON.stringify(engine.ms);
  const js = indexJs.toString('utf8').replace(/;\s*$/, '') + `;\nwindow.OZYQ_SEARCH.index = ${serialized};\n`;
  console.log(`\nprebuilt variant: serialized index ${size(Buffer.byteLength(serialized))} (made in ${ms(performance.now() - t0)}), index.js with it ${size(Buffer.byteLength(js))}, gzipped ${size(gzipSync(js).length)}`);
  await measure('prebuilt (MiniSearch.loadJS)', { 'search/index.js': js }, words);
}
