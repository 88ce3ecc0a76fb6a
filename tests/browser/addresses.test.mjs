// Old addresses in real headless Chromium: a copy of the sample site is built,
// then an entry is renamed, one moved to another kind and one deleted, and built
// again. Every address of the first build must still answer, over file:// and
// over HTTP under a sub-path: a redirect lands on the entry's new page, a deleted
// entry's address shows the "withdrawn" page (which passes axe and whose links
// resolve).
//
//   node --test tests/browser/addresses.test.mjs
//
// Env: OZYQ_BIN (default target/debug/ozyq), OZYQ_CHROMIUM.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import {
  ROOT, startServer, launchBrowser, fileTransport, httpTransport, newContext, watch, load,
  checkLinks, AXE_SOURCE, axeSerious, formatViolations,
} from './lib/harness.mjs';

const T = { timeout: 120_000 };
const BIN = path.resolve(ROOT, process.env.OZYQ_BIN || 'target/debug/ozyq');

const RENAMED = ['content/articles/matematika-kasibi-bagyttalgan-esepter.md', 'content/articles/matematika-esepteri.md'];
const MOVED = ['content/seminars/sandyq-sauattylyq-seminar.md', 'content/conferences/sandyq-sauattylyq-seminar.md'];
const DELETED = 'content/guidelines/kursovye-raboty-po-pedagogike.md';

function ozyq(site, ...args) {
  const run = spawnSync(BIN, ['--root', site, ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, OZYQ_LANG: 'en' } });
  if (run.error || run.status !== 0) {
    throw new Error(`ozyq ${args.join(' ')} failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  return run.stdout;
}

/** The addresses published.yaml records: `seminars/x/`, `old.html`, … */
function recorded(site) {
  const text = fs.readFileSync(path.join(site, 'published.yaml'), 'utf8');
  return [...text.matchAll(/^([^#\s][^:]*):/gm)].map((m) => m[1]);
}

const titleOf = (site, rel) => {
  const m = /^title:\s*"?(.*?)"?\s*$/m.exec(fs.readFileSync(path.join(site, rel), 'utf8'));
  return m[1];
};

let tmp;
let site;
let out;
let first;
let said;
let server;
let browser;
let axeSource;
const titles = {};

before(() => {
  if (!fs.existsSync(BIN)) throw new Error(`the ozyq binary is missing at ${BIN}: run \`cargo build\` first`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ozyq-addresses-'));
  site = path.join(tmp, 'site');
  fs.mkdirSync(site);
  for (const item of ['config.yaml', 'content', 'data', 'themes', 'published.yaml']) {
    const from = path.join(ROOT, item);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(site, item), { recursive: true });
  }
  ozyq(site, 'build');
  first = recorded(site);
  titles.renamed = titleOf(site, RENAMED[0]);
  titles.moved = titleOf(site, MOVED[0]);
  titles.deleted = titleOf(site, DELETED);
  fs.renameSync(path.join(site, RENAMED[0]), path.join(site, RENAMED[1]));
  fs.renameSync(path.join(site, MOVED[0]), path.join(site, MOVED[1]));
  fs.rmSync(path.join(site, DELETED));
  said = ozyq(site, 'build');
  out = path.join(site, 'output');
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const require = createRequire(import.meta.url);

describe('old addresses', () => {
  before(async () => {
    server = await startServer(out, '/otm/');
    browser = await launchBrowser();
    axeSource = AXE_SOURCE();
  });

  it('the second build says what moved and what was withdrawn', () => {
    assert.match(said, /moved: articles\/matematika-kasibi-bagyttalgan-esepter\/ now leads to articles\/matematika-esepteri\//);
    assert.match(said, /moved: seminars\/sandyq-sauattylyq-seminar\/ now leads to conferences\/sandyq-sauattylyq-seminar\//);
    assert.match(said, /withdrawn: guidelines\/kursovye-raboty-po-pedagogike\//);
    for (const a of first) assert.ok(recorded(site).includes(a), `${a} left published.yaml`);
  });

  it('a redirect and a withdrawn page are valid HTML (Nu HTML Checker)', T, () => {
    const jar = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
    const files = ['articles/matematika-kasibi-bagyttalgan-esepter/index.html',
      'guidelines/kursovye-raboty-po-pedagogike/index.html'].map((f) => path.join(out, f));
    const r = spawnSync('java', ['-jar', jar, '--errors-only', ...files], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.error, undefined, 'java is missing: apt-get install default-jre-headless (test.sh does it)');
    assert.equal(r.status, 0, r.stderr + r.stdout);
  });

  for (const name of ['file', 'http']) {
    it(`every address of the first build answers (${name})`, T, async () => {
      const transport = name === 'file' ? fileTransport(out) : httpTransport(out, server);
      const context = await newContext(browser, transport);
      const page = await context.newPage();
      const problems = watch(page, transport);
      try {
        for (const address of first) {
          const file = address.endsWith('/') ? `${address}index.html` : address;
          const res = await load(page, transport.url(name === 'file' ? file : address), { settle: false });
          assert.ok(!res || res.status() < 400, `${address}: HTTP ${res?.status()}`);
          await page.waitForLoadState('load');
          // A redirect navigates on by itself; wait until the page has an <h1> of
          // a page that is not a redirect.
          await page.waitForFunction(() => !document.querySelector('meta[http-equiv="refresh"]')
            && document.querySelector('h1'), null, { timeout: 10_000 });
        }
        const expect = async (from, to, title) => {
          await load(page, transport.url(from));
          await page.waitForURL((u) => u.href.endsWith(to), { timeout: 10_000 });
          assert.equal((await page.locator('main h1').first().innerText()).trim(), title);
        };
        await expect('articles/matematika-kasibi-bagyttalgan-esepter/index.html',
          'articles/matematika-esepteri/index.html', titles.renamed);
        await expect('seminars/sandyq-sauattylyq-seminar/index.html',
          'conferences/sandyq-sauattylyq-seminar/index.html', titles.moved);
        if (name === 'http') {
          // Over HTTP the folder's address itself answers too.
          await expect('seminars/sandyq-sauattylyq-seminar/',
            'conferences/sandyq-sauattylyq-seminar/index.html', titles.moved);
        }

        // The withdrawn page: it says so, names the material, passes axe, and its
        // links resolve from its depth.
        await load(page, transport.url('guidelines/kursovye-raboty-po-pedagogike/index.html'));
        const text = await page.locator('main').innerText();
        assert.match(text, /Материал жарияланымнан алынды/);
        assert.ok(text.includes(titles.deleted), text);
        const links = await checkLinks(page, transport);
        assert.deepEqual(links, []);
        // Before axe, which reads the stylesheets itself (not allowed from file://).
        // Moving on from a page at once aborts what it was still loading.
        assert.deepEqual(problems.filter((p) => !p.includes('net::ERR_ABORTED')), []);
        const violations = await axeSerious(page, axeSource);
        assert.equal(violations.length, 0, formatViolations(violations));
      } finally {
        await context.close();
      }
    });
  }
});
