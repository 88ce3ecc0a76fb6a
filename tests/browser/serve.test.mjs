// `ozyq serve` in real headless Chromium: a copy of the sample site is served
// and edited while pages are open. An edit to an entry's text reloads its page
// by itself; an edit to a stylesheet swaps it in without a reload; broken front
// matter shows the error overlay (role="alert", the file and line, Escape
// closes it) while the last good page stays served, and fixing it removes the
// overlay; a new entry appears on the open listing and, once deleted, is gone
// and its URL answers the site's styled 404 page. The server stops on Ctrl+C.
//
//   node --test tests/browser/serve.test.mjs
//
// Env: OZYQ_BIN (default target/debug/ozyq), OZYQ_CHROMIUM (default /usr/bin/chromium).

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { ROOT, launchBrowser, newContext, watch, load, entryLanguages } from './lib/harness.mjs';

const BIN = path.resolve(ROOT, process.env.OZYQ_BIN || 'target/debug/ozyq');
const T = { timeout: 120_000 }; // no test may hang the run
const EXTRA_CSS = ':root { --serve-test: one; }\n';

let tmp, server, browser, context, transport;
let entry; // { url, file (relative to the site, with /), title, source }

const tail = () => `\n--- server output (last 2000 characters) ---\n${server?.out.slice(-2000) ?? ''}`;

/** Poll `fn` until it returns something truthy; errors count as "not yet". */
async function until(what, fn, timeout = 30_000) {
  const t0 = performance.now();
  for (let last; ;) {
    try {
      const v = await fn();
      if (v) return { value: v, ms: Math.round(performance.now() - t0) };
    } catch (e) { last = e; }
    if (performance.now() - t0 > timeout) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}` +
        `${last ? ` (last error: ${last.message.split('\n')[0]})` : ''}${tail()}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

// Every rebuild prints `rebuilt:` (pages reloaded) and then `done:` (all remade).
const count = (re) => (server.stdout.match(re) || []).length;
const idle = () => until('the server to finish its rebuild', () => count(/^rebuilt:/gm) === count(/^done:/gm));

/**
 * Write (or, with `null`, delete) a file of the site once the server is idle,
 * and wait until it has rebuilt, so that no later test sees this change.
 */
async function change(rel, text) {
  await idle();
  const done = count(/^done:/gm);
  const file = path.join(tmp, rel);
  if (text !== null && fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) return;
  if (text === null) fs.rmSync(file, { force: true });
  else fs.writeFileSync(file, text);
  await until(`the server to rebuild after a change of ${rel}`, () => count(/^done:/gm) > done);
}

/**
 * Close a page once the server is idle: closing a page while a reload commits
 * can hang page.close() in Chromium (crbug.com/536385539, playwright#42068).
 */
async function close(page) {
  await idle();
  await page.close();
}

/** Open a watched page; `ready()` waits until its document's live-reload socket is connected. */
async function open(url) {
  const page = await context.newPage();
  const problems = watch(page, transport);
  let gen = 0;
  const sockets = [];
  page.on('framenavigated', (f) => { if (f === page.mainFrame()) gen += 1; });
  page.on('websocket', (ws) => {
    if (!ws.url().endsWith('/__ozyq/ws')) return;
    const s = { gen, frames: [], closed: false };
    ws.on('framereceived', (f) => s.frames.push(String(f.payload)));
    ws.on('close', () => { s.closed = true; });
    sockets.push(s);
  });
  // The server's first message on a socket comes after it has subscribed it to changes.
  const ready = () => until(`${page.url()}'s live-reload websocket`,
    () => sockets.some((s) => s.gen === gen && !s.closed && s.frames.length > 0));
  const res = await load(page, url);
  assert.equal(res.status(), 200, `${url}: HTTP ${res.status()}`);
  await ready();
  const text = () => page.evaluate(() => document.body.innerText);
  const marked = () => page.evaluate(() => window.__marker === true);
  const mark = () => page.evaluate(() => { window.__marker = true; });
  return { page, problems, ready, text, marked, mark, messages: () => sockets.flatMap((s) => s.frames) };
}

/** Problems other than requests cut short by a reload. */
const real = (problems) => problems.filter((p) => !/net::ERR_ABORTED/.test(p));

before(async () => {
  if (!fs.existsSync(BIN)) throw new Error(`the ozyq binary is missing at ${BIN}: run \`cargo build\` or set OZYQ_BIN`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ozyq-serve-test-'));
  for (const p of ['content', 'data', 'config.yaml']) {
    fs.cpSync(path.join(ROOT, p), path.join(tmp, p), { recursive: true });
  }
  fs.mkdirSync(path.join(tmp, 'static'));
  fs.writeFileSync(path.join(tmp, 'static', 'extra.css'), EXTRA_CSS);

  const proc = spawn(BIN, ['serve', '--root', tmp, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, OZYQ_LANG: 'en' } });
  server = { proc, out: '', stdout: '', exit: new Promise((r) => proc.on('exit', (code, sig) => r({ code, sig }))) };
  proc.stdout.on('data', (d) => { server.out += d; server.stdout += d; });
  proc.stderr.on('data', (d) => { server.out += d; });
  proc.on('error', (e) => { server.out += `\n${e}`; });
  const URL_RE = /http:\/\/127\.0\.0\.1:\d+\//;
  await until('`ozyq serve` to print the URL it serves at', () => URL_RE.test(server.stdout) || proc.exitCode !== null, 60_000);
  assert.ok(URL_RE.test(server.stdout), `\`ozyq serve\` exited (${proc.exitCode}) before serving${tail()}`);
  server.url = URL_RE.exec(server.stdout)[0];
  const origin = server.url.replace(/\/$/, '');
  transport = {
    isLocal: (u) => u.startsWith(origin + '/') || u.startsWith(origin.replace('http', 'ws') + '/') || /^(data|blob|about):/.test(u),
    isSameOrigin: (u) => u.startsWith(origin + '/'),
  };
  browser = await launchBrowser();
  context = await newContext(browser, transport);

  // The entry: the first on the articles listing that is a single Markdown file.
  const sources = entryLanguages(tmp).filter((s) => /^content\/articles\/[^/]+\.md$/.test(s.file.split(path.sep).join('/')));
  const { page } = await open(new URL('articles/', server.url).href);
  const links = await page.$$eval('main a[href]', (as) => as.map((a) => ({ href: a.href, text: a.textContent.trim() })));
  await close(page);
  const link = links.find((l) => /\/articles\/(?!page\/)[^/]+\/(index\.html)?$/.test(new URL(l.href).pathname) &&
    sources.some((x) => x.title === l.text));
  if (link) {
    const file = sources.find((x) => x.title === link.text).file.split(path.sep).join('/');
    entry = { url: link.href, file, title: link.text, source: fs.readFileSync(path.join(tmp, file), 'utf8') };
  }
  assert.ok(entry, `no link on /articles/ leads to an entry of a single file content/articles/*.md: ${JSON.stringify(links)}`);
});

after(async () => {
  await browser?.close();
  const running = server?.proc.exitCode === null && server.proc.kill('SIGINT');
  let timer;
  const exited = running && await Promise.race([server.exit, new Promise((r) => { timer = setTimeout(r, 10_000, null); })]);
  clearTimeout(timer);
  if (running && !exited) server.proc.kill('SIGKILL');
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  if (!running) return;
  assert.ok(exited, `\`ozyq serve\` did not stop within 10 s of SIGINT${tail()}`);
  assert.equal(exited.code, 0, `\`ozyq serve\` stopped with ${exited.code ?? exited.sig} on SIGINT${tail()}`);
});

describe('ozyq serve', () => {
  it('an edit to an entry\'s text reloads its open page, which shows the new text', T, async (t) => {
    const word = `servetestword${Date.now()}`;
    const p = await open(entry.url);
    try {
      await p.mark();
      fs.appendFileSync(path.join(tmp, entry.file), `\n\nA paragraph with ${word}.\n`);
      const { ms } = await until('the page to reload and show the new word',
        async () => !(await p.marked()) && (await p.text()).includes(word));
      t.diagnostic(`entry page reloaded with the edit ${ms} ms after the save`);
      assert.deepEqual(real(p.problems), [], `problems on ${entry.url}`);
    } finally {
      await close(p.page);
      await change(entry.file, entry.source);
    }
  });

  it('an edit to a stylesheet swaps it in without a reload', T, async (t) => {
    const p = await open(entry.url);
    const prop = () => p.page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--serve-test').trim());
    try {
      await p.page.addStyleTag({ url: '/static/extra.css' }); // <link rel="stylesheet">, waits for its load
      assert.equal(await prop(), 'one', 'the injected /static/extra.css applies');
      await p.mark();
      fs.writeFileSync(path.join(tmp, 'static', 'extra.css'), EXTRA_CSS.replace('one', 'two'));
      const { ms } = await until('the new stylesheet to apply', async () => (await prop()) === 'two');
      t.diagnostic(`stylesheet swapped ${ms} ms after the save`);
      assert.ok(await p.marked(), 'the page was reloaded instead of swapping the stylesheet');
      assert.ok(p.messages().map((m) => JSON.parse(m)).some((m) => m.type === 'reload' && m.css_only === true),
        `no css_only reload among the messages: ${p.messages().join(' ')}`);
      assert.ok(await p.page.evaluate(() => [...document.styleSheets].some((s) => s.href?.includes('/static/style.css') && s.cssRules.length > 0)),
        "the site's own stylesheet is still applied after the swap");
      assert.deepEqual(real(p.problems), [], `problems on ${entry.url}`);
    } finally {
      await close(p.page);
      await change('static/extra.css', EXTRA_CSS);
    }
  });

  it('broken front matter shows the error overlay over the last good page; fixing it removes it', T, async (t) => {
    const p = await open(entry.url);
    const overlay = () => p.page.evaluate(() => {
      const o = document.getElementById('ozyq-error-overlay');
      return o && { role: o.getAttribute('role'), lang: o.lang, first: o.firstElementChild?.tagName, text: o.innerText };
    });
    const h1 = () => p.page.evaluate(() => document.querySelector('h1')?.textContent.trim());
    try {
      assert.equal(await h1(), entry.title);
      fs.writeFileSync(path.join(tmp, entry.file), entry.source.replace(/^title:.*$/m, 'title: "abc'));
      const { value: { text, ...o }, ms } = await until('the error overlay', overlay);
      t.diagnostic(`overlay shown ${ms} ms after the save`);
      assert.deepEqual(o, { role: 'alert', lang: 'en', first: 'BUTTON' }, 'an alert in English, its close button first');
      const line = entry.source.split('\n').findIndex((l) => l.startsWith('title:')) + 1;
      assert.ok(text.includes(`${entry.file}:${line}:`), `the overlay names ${entry.file} and line ${line}:\n${text}`);
      await p.page.keyboard.press('Escape');
      assert.equal(await overlay(), null, 'Escape closes the overlay');
      assert.equal(await h1(), entry.title, 'the page still shows the last good text');
      const fetched = await p.page.evaluate(() => fetch(location.href).then(async (r) => ({ status: r.status, body: await r.text() })));
      assert.equal(fetched.status, 200, 'the last good page is still served');
      assert.ok(fetched.body.includes(entry.title), 'the served page is the last good one');

      // A page loaded while the site is broken shows the overlay at once.
      await p.page.reload({ waitUntil: 'load' });
      await until('the overlay on a page loaded while the site is broken', overlay);
      await p.ready();
      fs.writeFileSync(path.join(tmp, entry.file), entry.source);
      const fixed = await until('the overlay to go once the file is fixed',
        async () => !(await overlay()) && (await h1()) === entry.title);
      t.diagnostic(`overlay removed ${fixed.ms} ms after the fix`);
      assert.deepEqual(real(p.problems), [], `problems on ${entry.url}`);
    } finally {
      await close(p.page);
      await change(entry.file, entry.source);
    }
  });

  it('a new entry appears on the open listing; deleted, it is gone and its URL is the styled 404 page', T, async (t) => {
    const rel = 'content/articles/serve-test-new.md';
    const title = `Serve test new entry ${Date.now()}`;
    const listing = new URL('articles/', server.url).href;
    const p = await open(listing);
    const linked = () => p.page.$$eval('main a[href]', (as) => as.some((a) => new URL(a.href).pathname.startsWith('/articles/serve-test-new/')));
    try {
      await p.mark();
      fs.writeFileSync(path.join(tmp, rel),
        // In the site's own language (the copied entry may be Russian, under ru/).
        entry.source.replace(/^slug:.*\n/m, '').replace(/^lang:.*\n/m, '')
          .replace(/^title:.*$/m, `title: "${title}"\nslug: serve-test-new`));
      const added = await until('the new entry on the listing',
        async () => !(await p.marked()) && (await linked()) && (await p.text()).includes(title));
      t.diagnostic(`new entry listed ${added.ms} ms after the save`);

      await p.ready();
      await p.mark();
      fs.rmSync(path.join(tmp, rel));
      const gone = await until('the deleted entry to leave the listing',
        async () => !(await p.marked()) && !(await linked()) && !(await p.text()).includes(title));
      t.diagnostic(`deleted entry unlisted ${gone.ms} ms after the removal`);
      assert.deepEqual(real(p.problems), [], `problems on ${listing}`);

      const css = [];
      p.page.on('response', (r) => { if (new URL(r.url()).pathname === '/static/style.css') css.push(r.status()); });
      const res = await load(p.page, new URL('articles/serve-test-new/', server.url).href);
      assert.equal(res.status(), 404);
      assert.ok(!(await p.text()).includes(title), 'the 404 page is not the deleted entry');
      assert.deepEqual(css, [200], 'the 404 page loads /static/style.css');
      assert.ok(await p.page.evaluate(() => [...document.styleSheets].some((s) => s.href?.endsWith('/static/style.css') && s.cssRules.length > 0)),
        "the 404 page is styled with the site's stylesheet");
    } finally {
      await close(p.page);
      if (fs.existsSync(path.join(tmp, rel))) await change(rel, null);
    }
  });
});
