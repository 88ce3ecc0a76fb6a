// Measures the search of a built site in headless Chromium:
//   index size on disk (and against the site's text), bytes loaded for a query,
//   time from page load to the first result (file:// and HTTP, cold), and time
//   per keystroke (input → results laid out).
// Usage: node bench.mjs [SITE] [--runs N] [--query WORDS]
//   SITE defaults to $OZYQ_SITE or the sample site built into a temp folder.
//   --query takes comma-separated queries (each may have several words).
import { readdir, stat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteDir, serve, launch, searchData, searchTexts, searchModules, fileUrl, settled } from './lib.mjs';

const args = process.argv.slice(2);
const option = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && ['--runs', '--query'].includes(args[i - 1])));
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

async function dirSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      const d = await dirSize(p);
      bytes += d.bytes;
      files += d.files;
    } else {
      bytes += (await stat(p)).size;
      files++;
    }
  }
  return { bytes, files };
}

// Queries to type: two-word queries of long words from titles, common and rare.
function pickQueries(texts, api) {
  const given = option('--query', null);
  if (given) return given.split(',');
  const count = new Map();
  for (const row of texts) {
    for (const w of api.tokenize(row[0])) {
      const l = w.toLowerCase();
      if ([...l].length >= 6) count.set(l, (count.get(l) || 0) + 1);
    }
  }
  const byFreq = [...count.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const at = (f) => byFreq[Math.min(byFreq.length - 1, Math.floor(byFreq.length * f))];
  return [...new Set([`${at(0)} ${at(0.02)}`, `${at(0.1)} ${at(0.3)}`, `${at(0.5)} ${at(0.05)}`])];
}

/** Opens the search page for `q` at `url` in a fresh context (cold caches);
 *  returns the time to the first results shown (or «none found») and the search files loaded. */
async function cold(browser, url, q) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const loaded = new Set();
  page.on('request', (r) => {
    const u = r.url().split('?')[0];
    const i = u.indexOf('/search/');
    if (i >= 0 && u.endsWith('.js')) loaded.add(u.slice(i + 1));
  });
  await page.goto(`${url}?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => window.OzyqSearch?.page, null, { timeout: 120000 });
  await settled(page);
  const first = await page.evaluate(() => window.OzyqSearch.page.timing.firstShownAt);
  const found = await page.textContent('#search-status');
  let bytes = 0;
  for (const rel of loaded) bytes += (await stat(path.join(site, decodeURIComponent(rel)))).size;
  return { context, page, first, loaded, bytes, found };
}

async function keystrokes(page, queries) {
  const out = [];
  for (const q of queries) {
    const chars = [...q];
    for (let i = 1; i <= chars.length; i++) {
      const v = chars.slice(0, i).join('');
      out.push([v, await page.evaluate(async (v) => {
        const input = document.getElementById('search-q');
        const t0 = performance.now();
        input.value = v;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await window.OzyqSearch.page.settled();
        void document.getElementById('search-results').offsetHeight;
        return performance.now() - t0;
      }, v)]);
    }
  }
  return out;
}

const data = searchData(site);
const texts = searchTexts(site);
const { api } = searchModules(site);
const all = await dirSize(path.join(site, 'search'));
const shards = await dirSize(path.join(site, 'search/s'));
const textFiles = await dirSize(path.join(site, 'search/t'));
const meta = (await stat(path.join(site, 'search/index.js'))).size;
const text = await htmlText(site);
const queries = pickQueries(texts, api);

console.log(`site: ${site}`);
console.log(`entries: ${data.docs.length}; HTML pages: ${text.pages}; site's text: ${size(text.text)} (of ${size(text.bytes)} of HTML)`);
console.log(`search files: ${size(all.bytes)} in ${all.files} files: index.js ${size(meta)}, ${shards.files} shards ${size(shards.bytes)}, ${textFiles.files} text files ${size(textFiles.bytes)}`);
console.log(`search files / site's text = ${(all.bytes / text.text).toFixed(3)} (budget ≤ 0.333)`);

const browser = await launch();
const server = await serve(site);
try {
  for (const [scheme, url] of [['file://', fileUrl(site, 'search/index.html')], ['http', server.url('search/index.html')]]) {
    const firsts = [];
    const bytes = [];
    let keys = [];
    for (let r = 0; r < runs; r++) {
      const q = queries[r % queries.length];
      const c = await cold(browser, url, q);
      firsts.push(c.first);
      bytes.push(c.bytes);
      if (r < queries.length) console.log(`  ${scheme} «${q}»: ${c.found.trim()}; loaded ${c.loaded.size} search files, ${size(c.bytes)}; first result at ${ms(c.first)}`);
      if (r === 0) {
        const timed = await keystrokes(c.page, queries);
        keys = timed.map((k) => k[1]);
        const slow = [...timed].sort((a, b) => b[1] - a[1]).slice(0, 3);
        console.log(`  ${scheme} slowest keystrokes: ${slow.map(([v, t]) => `«${v}» ${ms(t)}`).join(', ')}`);
      }
      await c.context.close();
    }
    console.log(`[${scheme}] load → first result (cold, ${runs} runs): median ${ms(median(firsts))}, max ${ms(Math.max(...firsts))} (budget ≤ 300 ms)`);
    console.log(`[${scheme}] search files loaded per query: median ${size(median(bytes))}, max ${size(Math.max(...bytes))} (budget ≤ 1.5 MB)`);
    console.log(`[${scheme}] per keystroke (${keys.length}, input → results laid out): median ${ms(median(keys))}, max ${ms(Math.max(...keys))} (budget ≤ 50 / ≤ 100 ms)`);
  }
} finally {
  await browser.close();
  await server.close();
}
