// The harness of the browser tests: starts Värn on a free port with a fresh database of
// the backend chosen by VARN_TEST_BACKEND (sqlite or postgres) and the demo municipality,
// drives Debian's Chromium with playwright-core, signs in as a person would, and checks
// every page with axe-core (WCAG 2.1 A and AA), keeping a screenshot of each page that
// fails (of every page with VARN_TEST_SCREENSHOTS=1) under test-output/screenshots/.
'use strict';

const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const assert = require('node:assert/strict');
const { chromium } = require('playwright-core');

const ROOT = path.resolve(__dirname, '..', '..');
const BACKEND = process.env.VARN_TEST_BACKEND || 'sqlite';
const BIN = process.env.VARN_BIN || path.join(ROOT, 'target', 'debug', 'varn');
const SHOTS = path.join(ROOT, 'test-output', 'screenshots');
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const PG = process.env.TEST_POSTGRES_HOST || '127.0.0.1';
const PASSWORD = 'Demo-Varn-2026';

/** The environment Värn runs in: the harness's own VARN_ variables (VARN_TEST_BACKEND,
 * VARN_BIN) stay behind, since Värn refuses unknown ones. */
function varnEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VARN_')));
}

/** A database with the demo municipality that each server's database is copied from: the
 * 77 migrations and the demo load took about 2 s a server on PostgreSQL, a copy a tenth of
 * that. It is made once per binary (named by the binary's size and time), under a working
 * name first so that an interrupted run leaves no half-made template; the server still
 * runs `--demo` on its copy, as it did on an empty database. Returns the PostgreSQL
 * database's name or the SQLite file's path. */
function demoTemplate() {
  const st = fs.statSync(BIN);
  const key = `${Math.floor(st.mtimeMs)}_${st.size}`;
  const made = (url) => execFileSync(BIN, ['--database-url', url, 'demo'], {
    env: { ...varnEnv(), VARN_LOG: 'warn' }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (BACKEND === 'postgres') {
    const name = `varn_browser_tmpl_${key}`;
    const psql = (sql) => execFileSync('psql', ['-h', PG, '-U', 'postgres', '-d', 'postgres', '-tAc', sql]).toString();
    const names = psql("SELECT datname FROM pg_database WHERE datname LIKE 'varn_browser_tmpl_%'").split('\n').map((l) => l.trim()).filter(Boolean);
    if (names.includes(name)) return name;
    for (const old of names) {
      try { execFileSync('dropdb', ['-h', PG, '-U', 'postgres', '--if-exists', old]); } catch (_) { /* in use by another run */ }
    }
    const work = `${name}_work_${process.pid}`;
    execFileSync('createdb', ['-h', PG, '-U', 'postgres', work]);
    made(`postgres://postgres@${PG}:5432/${work}`);
    psql(`ALTER DATABASE ${work} RENAME TO ${name}`);
    return name;
  }
  const file = path.join(os.tmpdir(), `varn-browser-tmpl-${key}.db`);
  if (fs.existsSync(file)) return file;
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'varn-browser-tmpl-'));
  const work = path.join(workDir, 'varn.db');
  made(`sqlite://${work}`);
  // The database and its write-ahead log together are the whole of it.
  if (fs.existsSync(`${work}-wal`)) fs.renameSync(`${work}-wal`, `${file}-wal`);
  fs.renameSync(work, file);
  fs.rmSync(workDir, { recursive: true, force: true });
  return file;
}

/** Starts a server; resolves to { base, url, log, stop } (`url`: its database, for a test
 * that runs Värn's command line against it; `log()`: what it has logged so far). `extraEnv`
 * sets Värn's own settings (a test's SMTP server, say) as VARN_ variables; `listen` an
 * address of its own when a test must know it beforehand (an identity provider's client). */
async function startServer(extraEnv = {}, { listen = '127.0.0.1:0' } = {}) {
  let url;
  let dropDb = () => {};
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'varn-browser-'));
  const template = demoTemplate();
  if (BACKEND === 'postgres') {
    const name = `varn_browser_${process.pid}_${Date.now()}`;
    execFileSync('createdb', ['-h', PG, '-U', 'postgres', '-T', template, name]);
    url = `postgres://postgres@${PG}:5432/${name}`;
    dropDb = () => {
      try { execFileSync('dropdb', ['-h', PG, '-U', 'postgres', '--if-exists', name]); } catch (_) { /* best effort */ }
    };
  } else {
    const file = path.join(dir, 'varn.db');
    for (const suffix of ['', '-wal']) {
      if (fs.existsSync(template + suffix)) fs.copyFileSync(template + suffix, file + suffix);
    }
    url = `sqlite://${file}`;
  }
  const env = varnEnv();
  const child = spawn(BIN, ['--database-url', url, 'serve', '--listen', listen, '--demo'], {
    env: { ...env, VARN_LOG: 'warn', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let out = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const base = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 60000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/lyssnar på (http:\/\/[0-9.:]+)/);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
  });
  const health = await fetch(`${base}/healthz`);
  assert.equal(health.status, 200);
  return {
    base,
    url,
    log: () => out + stderr,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => { child.once('exit', r); setTimeout(r, 3000); });
      dropDb();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Launches Chromium; the context lets the test inject axe despite the strict CSP. */
async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

async function newPage(browser, base, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ baseURL: base, bypassCSP: true, viewport, locale: 'sv-SE' });
  const page = await context.newPage();
  page.on('dialog', (d) => d.accept());
  return page;
}

/** Signs in through the form, as a person would, and lands on the start page. */
async function signIn(page, email, password = PASSWORD) {
  await page.goto('/logga-in');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(/\/start$/);
}

async function signOut(page) {
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await page.waitForURL(/\/logga-in$/);
}

/**
 * Keeps a full-page picture of the page for the record. The picture is not a check: Chromium
 * sometimes answers "Unable to capture screenshot" on a tall page (once in a CI run, on the
 * knowledge pages at 390 px), so a failed capture is tried again after a pause and then
 * falls back to the visible part of the page.
 */
async function keepScreenshot(page, file) {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await page.screenshot({ path: file, fullPage: true });
      return;
    } catch (e) {
      console.warn(`screenshot ${file} (attempt ${attempt + 1}): ${e.message.split('\n')[0]}`);
      await page.waitForTimeout(300);
    }
  }
  await page.screenshot({ path: file });
}

/** Whether every checked page is kept as a picture (`VARN_TEST_SCREENSHOTS=1`); otherwise
 * only a page that fails its check is. A full-page PNG of each of the ~190 checks took a
 * sixth of the browser step's time on two cores. */
const EVERY_SHOT = process.env.VARN_TEST_SCREENSHOTS === '1';

/**
 * Runs axe-core (WCAG 2.1 A and AA) and, in a phone-sized window, requires that the page
 * does not scroll sideways. A page that fails either keeps a full-page screenshot for the
 * record (every page does with VARN_TEST_SCREENSHOTS=1).
 */
async function checkA11y(page, name) {
  const shot = () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    return keepScreenshot(page, path.join(SHOTS, `${BACKEND}-${name}.png`));
  };
  if (EVERY_SHOT) await shot();
  const viewport = page.viewportSize();
  if (viewport && viewport.width <= 400) {
    const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    if (scroll > inner && !EVERY_SHOT) await shot();
    assert.ok(scroll <= inner, `${name} scrolls sideways on a phone: ${scroll} px of content in a ${inner} px window (${page.url()})`);
  }
  const hasAxe = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!hasAxe) {
    await page.evaluate(AXE);
  }
  // Only violations are gathered: axe then skips collecting the passes and the incomplete
  // results (its documented option for speed), and checks the same rules.
  const result = await page.evaluate(async () => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    resultTypes: ['violations'],
  }));
  const problems = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`);
  if (problems.length > 0 && !EVERY_SHOT) await shot();
  assert.deepEqual(problems, [], `accessibility violations on ${name} (${page.url()}):\n${problems.join('\n')}`);
}

module.exports = { BACKEND, PASSWORD, startServer, launch, newPage, signIn, signOut, checkA11y };
