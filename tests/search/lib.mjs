// Shared by the search tests and the benchmark: a static server for a built
// site on 127.0.0.1, headless Debian Chromium through playwright-core, and the
// search data of a site read in Node.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import fs, { readFileSync } from 'node:fs';
import os from 'node:os';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '../..');

let built = null;

/**
 * The built site folder: $OZYQ_SITE, or else the sample site built once per test
 * process with $OZYQ_BIN (default target/debug/ozyq) into a temp folder.
 */
export function siteDir() {
  if (process.env.OZYQ_SITE) return path.resolve(repo, process.env.OZYQ_SITE);
  if (built) return built;
  const bin = path.resolve(repo, process.env.OZYQ_BIN || 'target/debug/ozyq');
  if (!fs.existsSync(bin)) {
    throw new Error(`the ozyq binary is missing at ${bin}: run \`cargo build\` first, or set OZYQ_SITE`);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ozyq-search-'));
  const dir = path.join(tmp, 'site');
  const run = spawnSync(bin, ['build', '--root', repo, '--output', dir], { cwd: repo, encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`building the sample site failed:\n${run.stdout}\n${run.stderr}`);
  process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
  built = dir;
  return dir;
}

export function fileUrl(site, rel) {
  return pathToFileURL(path.join(site, rel)).href;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.pdf': 'application/pdf',
};

/** Serves `site` on 127.0.0.1 (a free port); `overrides` maps a site-relative
 *  path to the bytes served instead of the file. */
export async function serve(site, overrides = {}) {
  const server = createServer(async (req, res) => {
    try {
      let rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '');
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      if (overrides[rel] !== undefined) {
        res.writeHead(200, { 'content-type': TYPES[path.extname(rel)] || 'application/octet-stream' });
        res.end(overrides[rel]);
        return;
      }
      const file = path.join(site, rel);
      if (!file.startsWith(site + path.sep) || !(await stat(file)).isFile()) throw new Error('no');
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: (rel) => `http://127.0.0.1:${port}/${rel}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Let file:// pages read their own folder's scripts (they are <script>s
      // anyway; this only keeps Chromium from logging about it).
    ],
  });
}

/** A page that records console errors, page errors and failed requests. */
export async function watchedPage(context) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    // Leaving a page (a search submitted at once) cancels what it was still loading.
    if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return { page, problems };
}

/** window.OZYQ_SEARCH of a built site, read in Node. */
export function searchData(site) {
  const ctx = { window: {} };
  vm.createContext(ctx);
  vm.runInContext(readFileSync(path.join(site, 'search/index.js'), 'utf8'), ctx);
  return ctx.window.OZYQ_SEARCH;
}

/** The rows `[title, dir, summary, compressed body]` of every entry, in the
 *  order of `searchData(site).docs`, read from search/t/*.js in Node. */
export function searchTexts(site) {
  const rows = [];
  const ctx = { OZYQ_TEXT: (n, r) => { rows[n] = r; } };
  vm.createContext(ctx);
  const dir = path.join(site, 'search/t');
  for (const f of fs.readdirSync(dir)) vm.runInContext(readFileSync(path.join(dir, f), 'utf8'), ctx);
  return rows.flat();
}

/** The theme's search.js, loaded in Node. */
export function searchModules(site) {
  const require = createRequire(import.meta.url);
  return { api: require(path.join(site, 'static/search.js')) };
}

/** Waits until the search page is ready and has shown what its address asks. */
export async function indexed(page) {
  await page.waitForFunction(() => window.OzyqSearch?.page, null, { timeout: 120000 });
  await settled(page);
}

/** Waits until the latest search of the page has shown its results. */
export async function settled(page) {
  await page.evaluate(() => window.OzyqSearch.page.settled());
}

/** For a test file: Chromium and a server of `site`, started before its tests
 *  and stopped after them; `.browser` and `.server` once started. */
export function browserAndServer(site) {
  const it = { browser: null, server: null };
  before(async () => {
    it.browser = await launch();
    it.server = await serve(site);
  });
  after(async () => {
    await it.browser?.close();
    await it.server?.close();
  });
  return it;
}
