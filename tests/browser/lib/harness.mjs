// Shared machinery for the browser tests: build (or find) the site, serve it
// over HTTP under a sub-path, start headless Chromium, pick one page of every
// kind, and watch a page for errors and for requests that leave the machine.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
export const BROWSER_DIR = path.resolve(here, '..');
export const ROOT = path.resolve(BROWSER_DIR, '..', '..');
const require = createRequire(import.meta.url);

export const CHROMIUM = process.env.OZYQ_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Folders of the kinds of work, as the sample site's theme names them. */
export const KIND_FOLDERS = [
  'seminars', 'conferences', 'competitions', 'articles',
  'guidelines', 'bulletins', 'open-lessons', 'self-education',
];

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 375, height: 740 };

// ---------------------------------------------------------------- the site

/**
 * The built site: `OZYQ_SITE` if set, else the sample site (the project root)
 * built with `OZYQ_BIN` (default target/debug/ozyq) into a fresh temp folder.
 */
export function getSite() {
  if (process.env.OZYQ_SITE) {
    const dir = path.resolve(process.env.OZYQ_SITE);
    if (!fs.existsSync(path.join(dir, 'index.html'))) {
      throw new Error(`OZYQ_SITE=${dir} has no index.html: is it a built site?`);
    }
    return { dir, cleanup() {} };
  }
  const bin = path.resolve(ROOT, process.env.OZYQ_BIN || 'target/debug/ozyq');
  if (!fs.existsSync(bin)) {
    throw new Error(
      `the ozyq binary is missing at ${bin}: run \`cargo build\` first, ` +
      'or set OZYQ_BIN to the binary, or OZYQ_SITE to a built site');
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ozyq-browser-'));
  const dir = path.join(tmp, 'site');
  const run = spawnSync(bin, ['build', '--root', ROOT, '--output', dir], {
    cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, OZYQ_LANG: 'en' },
  });
  if (run.error || run.status !== 0 || !fs.existsSync(path.join(dir, 'index.html'))) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw new Error(
      `\`${bin} build --root ${ROOT} --output ${dir}\` failed ` +
      `(status ${run.status}${run.error ? ', ' + run.error.message : ''}):\n` +
      `${run.stdout}\n${run.stderr}`);
  }
  return { dir, cleanup: () => fs.rmSync(tmp, { recursive: true, force: true }) };
}

const isFile = (p) => { try { return fs.statSync(p).isFile(); } catch { return false; } };
const isDir = (p) => { try { return fs.statSync(p).isDirectory(); } catch { return false; } };
const subdirs = (p) => (isDir(p)
  ? fs.readdirSync(p, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
  : []);

/** Entry folders of a kind (sub-folders with an index.html, not `page/`). */
export function entriesOf(site, kind) {
  return subdirs(path.join(site, kind))
    .filter((d) => d !== 'page' && isFile(path.join(site, kind, d, 'index.html'))
      && !isRedirect(path.join(site, kind, d, 'index.html')));
}

/** Whether a built page is an old address that leads on to the entry's page. */
export function isRedirect(file) {
  return fs.readFileSync(file, 'utf8').includes('http-equiv="refresh"');
}

/**
 * One page of every type, as {name, rel} with rel relative to the site root.
 * Throws when a page type that the sample site must have is missing.
 */
export function pickPages(site) {
  const pages = [];
  const missing = [];
  const add = (name, rel, required = true) => {
    if (isFile(path.join(site, rel))) pages.push({ name, rel });
    else if (required) missing.push(`${name} (${rel})`);
  };

  add('home', 'index.html');

  // A kind listing: the first that has a page 2, else the first there is.
  const kinds = KIND_FOLDERS.filter((k) => isFile(path.join(site, k, 'index.html')));
  if (kinds.length === 0) missing.push('a kind listing');
  const paged = kinds.find((k) => isFile(path.join(site, k, 'page', '2', 'index.html')));
  const listing = paged || kinds[0];
  if (listing) {
    add(`listing ${listing}`, `${listing}/index.html`);
    if (paged) add(`listing ${listing} page 2`, `${listing}/page/2/index.html`);
  }

  // One entry of every kind; prefer one that has files of its own (images, PDFs).
  for (const kind of kinds) {
    const entries = entriesOf(site, kind);
    if (entries.length === 0) { missing.push(`an entry of ${kind}`); continue; }
    const withFiles = entries.find((e) => fs.readdirSync(path.join(site, kind, e)).length > 1);
    const e = withFiles || entries[0];
    add(`entry ${kind}`, `${kind}/${e}/index.html`);
  }

  // An entry showing figures blocks (a chart and tables of counts), when the
  // picked ones have none.
  const hasFigures = (rel) => fs.readFileSync(path.join(site, rel), 'utf8').includes('<figure class="figures">');
  if (!pages.some((p) => p.rel.endsWith('/index.html') && isFile(path.join(site, p.rel)) && hasFigures(p.rel))) {
    const shows = kinds.flatMap((k) => entriesOf(site, k).map((e) => `${k}/${e}/index.html`)).find(hasFigures);
    if (shows) pages.push({ name: 'entry with figures', rel: shows });
  }

  // An entry showing a gallery of photos, when the picked ones have none.
  const hasGallery = (rel) => fs.readFileSync(path.join(site, rel), 'utf8').includes('<div class="gallery">');
  if (!pages.some((p) => p.rel.endsWith('/index.html') && isFile(path.join(site, p.rel)) && hasGallery(p.rel))) {
    const shows = kinds.flatMap((k) => entriesOf(site, k).map((e) => `${k}/${e}/index.html`)).find(hasGallery);
    if (shows) pages.push({ name: 'entry with a gallery', rel: shows });
  }

  add('years index', 'years/index.html');
  const years = subdirs(path.join(site, 'years'));
  if (years.length === 0) missing.push('a year page');
  else {
    const y = years.find((d) => isFile(path.join(site, 'years', d, 'page', '2', 'index.html'))) || years[0];
    add(`year ${y}`, `years/${y}/index.html`);
    add(`year ${y} page 2`, `years/${y}/page/2/index.html`, false);
  }

  add('authors index', 'authors/index.html');
  const authors = subdirs(path.join(site, 'authors'));
  if (authors.length === 0) missing.push('a portfolio');
  else {
    const a = authors.find((d) => fs.readdirSync(path.join(site, 'authors', d)).length > 1) || authors[0];
    add(`portfolio ${a}`, `authors/${a}/index.html`);
  }

  add('departments index', 'departments/index.html');
  const deps = subdirs(path.join(site, 'departments'));
  if (deps.length === 0) missing.push('a department page');
  else add(`department ${deps[0]}`, `departments/${deps[0]}/index.html`);

  add('tags index', 'tags/index.html');
  const tags = subdirs(path.join(site, 'tags'));
  if (tags.length === 0) missing.push('a tag page');
  else add(`tag ${tags[0]}`, `tags/${tags[0]}/index.html`);

  const catalogues = subdirs(path.join(site, 'catalogue'));
  if (catalogues.length === 0) missing.push('an exhibition catalogue');
  else add(`catalogue ${catalogues.at(-1)}`, `catalogue/${catalogues.at(-1)}/index.html`);

  const reports = subdirs(path.join(site, 'report'));
  if (reports.length === 0) missing.push('a yearly report');
  else add(`report ${reports.at(-1)}`, `report/${reports.at(-1)}/index.html`);

  const plans = subdirs(path.join(site, 'plan'));
  if (plans.length === 0) missing.push('a work plan');
  else add(`plan ${plans.at(-1)}`, `plan/${plans.at(-1)}/index.html`);

  add('regulation', 'regulation/index.html');
  add('about', 'about/index.html');
  add('404', '404.html');
  add('search', 'search/index.html', false);

  // A site in several languages: the other languages' pages (ru/, en/).
  for (const lang of ['ru', 'en']) {
    if (!isFile(path.join(site, lang, 'index.html'))) continue;
    add(`${lang} home`, `${lang}/index.html`);
    const own = kinds.filter((k) => isFile(path.join(site, lang, k, 'index.html')));
    if (own.length) add(`${lang} listing ${own[0]}`, `${lang}/${own[0]}/index.html`);
    const translated = own.flatMap((k) => entriesOf(path.join(site, lang), k).map((e) => `${lang}/${k}/${e}/index.html`))
      .find((rel) => fs.readFileSync(path.join(site, rel), 'utf8').includes('hreflang='));
    if (translated) add(`${lang} translated entry`, translated);
    add(`${lang} authors index`, `${lang}/authors/index.html`);
    add(`${lang} 404`, `${lang}/404.html`);
    add(`${lang} search`, `${lang}/search/index.html`, false);
    add(`${lang} about`, `${lang}/about/index.html`, false);
  }

  if (missing.length) {
    throw new Error(`the build in ${site} lacks page types: ${missing.join(', ')}`);
  }
  return pages;
}

// ---------------------------------------------------------------- sources

/** Titles of the sample site's entries by language, read from content/. */
export function entryLanguages(root = ROOT) {
  const out = [];
  const walk = (dir) => {
    for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else if (d.name.endsWith('.md')) {
        const text = fs.readFileSync(p, 'utf8');
        const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
        if (!fm) continue;
        const field = (k) => {
          const m = new RegExp(`^${k}:\\s*(.*)$`, 'm').exec(fm[1]);
          return m ? m[1].trim().replace(/^(["'])(.*)\1$/, '$2') : undefined;
        };
        if (/^draft:\s*true\s*$/m.test(fm[1])) continue;
        out.push({ file: path.relative(root, p), title: field('title'), lang: field('lang') });
      }
    }
  };
  const content = path.join(root, 'content');
  if (isDir(content)) walk(content);
  return out;
}

// ---------------------------------------------------------------- HTTP server

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

export function contentType(file) {
  if (path.basename(file) === 'atom.xml') return 'application/atom+xml; charset=utf-8';
  return TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

/**
 * Serve `dir` at http://127.0.0.1:PORT{prefix} (prefix like "/otm/"). Anything
 * outside the prefix or missing is a 404; a folder serves its index.html.
 */
export function startServer(dir, prefix = '/otm/') {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const notFound = () => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405); res.end(); return;
    }
    let pathname;
    try { pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { notFound(); return; }
    if (!pathname.startsWith(prefix)) { notFound(); return; }
    let file = path.resolve(root, '.' + path.posix.normalize('/' + pathname.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + path.sep)) { notFound(); return; }
    if (isDir(file)) file = path.join(file, 'index.html');
    if (!isFile(file)) {
      // As web hosts are set up for a static site: its 404 page, at the missing URL.
      const page = path.join(root, '404.html');
      if (!isFile(page)) { notFound(); return; }
      const body = fs.readFileSync(page);
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    const body = fs.readFileSync(file);
    res.writeHead(200, { 'content-type': contentType(file), 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        port,
        origin: `http://127.0.0.1:${port}`,
        base: `http://127.0.0.1:${port}${prefix}`,
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
      });
    });
  });
}

// ---------------------------------------------------------------- browser

export async function launchBrowser() {
  const { chromium } = require('playwright-core');
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install chromium (or set OZYQ_CHROMIUM)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * A transport: how the site is reached. `url(rel)` gives a page's URL,
 * `toFile(url)` maps a URL back to a file in the build (or null if it is not
 * a URL of the site), `isLocal(url)` says whether a request may go out.
 */
export function fileTransport(site) {
  const baseUrl = pathToFileURL(site + path.sep).href;
  return {
    name: 'file://',
    baseUrl,
    url: (rel) => new URL(rel, baseUrl).href,
    toFile(u) {
      const url = new URL(u);
      if (url.protocol !== 'file:') return null;
      const p = fileURLToPath(url);
      const rel = path.relative(site, p);
      if (rel.startsWith('..') || path.isAbsolute(rel)) return { outside: true, file: p };
      return { file: p };
    },
    isLocal: (u) => /^(file|data|blob|about):/.test(u),
    isSameOrigin: (u) => u.startsWith('file:'),
  };
}

export function httpTransport(site, server) {
  return {
    name: 'http (sub-path /otm/)',
    baseUrl: server.base,
    url: (rel) => new URL(rel, server.base).href,
    toFile(u) {
      const url = new URL(u);
      if (url.origin !== server.origin) return null;
      if (!url.pathname.startsWith(new URL(server.base).pathname)) {
        return { outside: true, file: url.pathname };
      }
      const rel = decodeURIComponent(url.pathname.slice(new URL(server.base).pathname.length));
      return { file: path.join(site, rel), dirUrl: rel === '' || rel.endsWith('/') };
    },
    isLocal: (u) => u.startsWith(server.origin + '/') || /^(data|blob|about):/.test(u),
    isSameOrigin: (u) => u.startsWith(server.origin + '/'),
  };
}

/**
 * A browser context for a transport that aborts every request leaving the
 * machine and records it in `ctx.outgoing`.
 */
export async function newContext(browser, transport, viewport = DESKTOP) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  context.outgoing = [];
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (transport.isLocal(u)) return route.continue();
    context.outgoing.push(u);
    return route.abort('blockedbyclient');
  });
  return context;
}

/**
 * Watch a page: returns a list that fills with console errors, page errors,
 * failed requests and same-origin HTTP errors, and requests that tried to
 * leave the machine.
 */
export function watch(page, transport) {
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      problems.push(`console error: ${msg.text()}${loc && loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => {
    const u = req.url();
    // A request the page's own navigation cancelled (the favicon of a page left at
    // once) is no missing file: those fail with ERR_FILE_NOT_FOUND or an HTTP status.
    if (req.failure()?.errorText === 'net::ERR_ABORTED' && transport.isLocal(u)) return;
    if (!transport.isLocal(u)) problems.push(`request to outside the site (blocked): ${u}`);
    else problems.push(`request failed: ${u} (${req.failure()?.errorText})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && transport.isSameOrigin(res.url())) {
      problems.push(`HTTP ${res.status()} for ${res.url()}`);
    }
  });
  return problems;
}

/** Load a URL and wait until it has settled (fonts, images, scripts). */
export async function load(page, url, { settle = true } = {}) {
  const res = await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  if (settle) await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
  return res;
}

// ---------------------------------------------------------------- links

const idCache = new Map();
/** The ids (and <a name>s) a built HTML file declares. */
export function idsOf(file) {
  if (idCache.has(file)) return idCache.get(file);
  const html = fs.readFileSync(file, 'utf8');
  const ids = new Set();
  const decode = (s) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  for (const m of html.matchAll(/<[a-zA-Z][^>]*?\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
    ids.add(decode(m[1] ?? m[2] ?? m[3]));
  }
  for (const m of html.matchAll(/<a\s[^>]*?\bname\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    ids.add(decode(m[1] ?? m[2] ?? m[3]));
  }
  idCache.set(file, ids);
  return ids;
}

/**
 * Check every <a href> of the loaded page: a relative link must resolve to
 * a file in the build (not a folder), and its #fragment must exist there.
 * Returns a list of problems.
 */
export async function checkLinks(page, transport) {
  const anchors = await page.$$eval('a[href]', (as) => as.map((a) => ({
    raw: a.getAttribute('href'), resolved: a.href, text: (a.textContent || '').trim().slice(0, 60),
  })));
  const problems = [];
  const seen = new Set();
  for (const { raw, resolved, text } of anchors) {
    const rawT = raw.trim();
    if (/^[a-z][a-z0-9+.-]*:/i.test(rawT) || rawT.startsWith('//')) continue; // absolute: not ours to check
    if (seen.has(resolved)) continue;
    seen.add(resolved);
    const where = `<a href="${raw}">${text}</a>`;
    const target = transport.toFile(resolved);
    if (!target) { problems.push(`${where}: resolves to ${resolved}, outside the site`); continue; }
    if (target.outside) { problems.push(`${where}: resolves to ${resolved}, above the site's root`); continue; }
    if (isDir(target.file) || target.dirUrl) {
      problems.push(`${where}: resolves to a folder (${resolved}); links must name the file (index.html) to work from file://`);
      continue;
    }
    if (!isFile(target.file)) { problems.push(`${where}: ${resolved} does not exist in the build`); continue; }
    const hash = new URL(resolved).hash;
    if (hash && hash !== '#' && /\.html?$/i.test(target.file)) {
      let frag = hash.slice(1);
      try { frag = decodeURIComponent(frag); } catch { /* keep as is */ }
      if (frag !== 'top' && !idsOf(target.file).has(frag)) {
        problems.push(`${where}: no element with id "${frag}" in ${path.basename(path.dirname(target.file))}/${path.basename(target.file)}`);
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------- axe

export const AXE_SOURCE = () => fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Run axe-core on the page; returns the violations of impact serious or critical. */
export async function axeSerious(page, axeSource) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target.join(' '), html: n.html.slice(0, 200), impact: n.impact,
        summary: n.failureSummary,
      })),
    }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function formatViolations(vs) {
  return vs.map((v) => `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
    v.nodes.map((n) => `    - ${n.target}\n      ${n.html}\n      ${String(n.summary || '').replace(/\n/g, '\n      ')}`).join('\n')).join('\n');
}
