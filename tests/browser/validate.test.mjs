// The built site against the Nu HTML Checker (vnu.jar, from the vnu-jar npm
// package, run with java), and its feeds checked as well-formed XML.
//
//   node --test tests/browser/

import { it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { getSite, launchBrowser } from './lib/harness.mjs';

const require = createRequire(import.meta.url);
const site = getSite();
after(() => site.cleanup());

function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => { stdout += d; });
    p.stderr.on('data', (d) => { stderr += d; });
    p.on('error', reject);
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const hasJava = spawnSync('java', ['-version']).status === 0;

it('Nu HTML Checker reports no errors in any HTML page', { timeout: 300_000 }, async () => {
  assert.ok(hasJava, 'java is missing: apt-get install default-jre-headless (test.sh does it)');
  const jar = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
  assert.ok(fs.existsSync(jar), `vnu.jar is missing at ${jar}: run npm ci in tests/browser`);
  const count = (dir) => fs.readdirSync(dir, { withFileTypes: true }).reduce((n, d) => n +
    (d.isDirectory() ? count(path.join(dir, d.name)) : d.name.endsWith('.html') ? 1 : 0), 0);
  const htmlCount = count(site.dir);
  assert.ok(htmlCount > 10, `only ${htmlCount} HTML files in ${site.dir}`);
  const r = await run('java', ['-Xss8m', '-jar', jar, '--errors-only', '--skip-non-html', site.dir]);
  const out = (r.stdout + r.stderr).split(site.dir).join('<site>').trim();
  assert.equal(r.code, 0, `vnu found errors (exit ${r.code}) in the ${htmlCount} pages:\n${out}`);
  assert.equal(out, '', `vnu printed messages:\n${out}`);
});

// Well-formedness of the XML files, by two parsers: Chromium's (always there,
// the browser tests need it) and xmllint's when installed (test.sh installs it).
const XML_FILES = [
  { rel: 'atom.xml', root: 'feed', ns: 'http://www.w3.org/2005/Atom' },
  { rel: 'sitemap.xml', root: 'urlset', ns: 'http://www.sitemaps.org/schemas/sitemap/0.9' },
];

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

for (const { rel, root, ns } of XML_FILES) {
  it(`${rel} is well-formed XML with a <${root}> root`, { timeout: 60_000 }, async () => {
    const file = path.join(site.dir, rel);
    assert.ok(fs.existsSync(file), `${rel} is missing from the build`);
    const text = fs.readFileSync(file, 'utf8');

    const page = await browser.newPage();
    try {
      const res = await page.evaluate((src) => {
        const doc = new DOMParser().parseFromString(src, 'application/xml');
        const err = doc.getElementsByTagName('parsererror')[0];
        return {
          error: err ? err.textContent : null,
          root: doc.documentElement.localName,
          ns: doc.documentElement.namespaceURI,
          entries: doc.documentElement.children.length,
          badLinks: [...doc.querySelectorAll('loc, link[href], id')]
            .map((e) => e.getAttribute('href') ?? e.textContent.trim())
            .filter((u) => { try { new URL(u); return false; } catch { return true; } }),
        };
      }, text);
      assert.equal(res.error, null, `${rel} is not well-formed: ${res.error}`);
      assert.equal(res.root, root);
      assert.equal(res.ns, ns);
      assert.ok(res.entries > 1, `${rel} is nearly empty`);
      assert.deepEqual(res.badLinks, [], `${rel} has URLs that are not absolute`);
    } finally {
      await page.close();
    }

    const xmllint = spawnSync('xmllint', ['--noout', file], { encoding: 'utf8' });
    if (xmllint.error?.code === 'ENOENT') return; // not installed: Chromium's parser above decided
    assert.equal(xmllint.status, 0, `xmllint --noout ${rel}:\n${xmllint.stderr}`);
  });
}

it('robots.txt names the sitemap', () => {
  const file = path.join(site.dir, 'robots.txt');
  assert.ok(fs.existsSync(file), 'robots.txt is missing');
  assert.match(fs.readFileSync(file, 'utf8'), /^Sitemap:\s*\S+sitemap\.xml\s*$/mi);
});
