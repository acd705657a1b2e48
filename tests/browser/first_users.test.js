// What the first users found (issue 20), in a real browser: an activity of each unit
// manager ("Respektive enhetschef") reported by two managers for their own units, one of
// them on a phone, and the coordinator reading the units' answers together (point 18);
// the audit log in Swedish, read by the auditor without summaries (point 20); the inbox
// searched in its fields and sorted (point 8); the IA triage naming the row of its problem
// (point 13); the picture page's contents and folded figures (point 12); people by name and
// Swedish local time that does not wrap, in training, knowledge pages, grants, alarms and the
// routine too (point 7); years without data read as such, never
// as 0 (point 11); the demo as a real year (point 24). Every page passes the axe-core check,
// at desktop size and, where an employee's page is involved, at 390 px without sideways
// scroll.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer, launch, newPage, signIn, checkA11y } = require('./harness');

const PHONE = { width: 390, height: 844 };

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** The follow-up page at VB of Södermalm's plan in force. */
async function currentPlanFollowUp(page) {
  await page.goto('/planer');
  const row = page.locator('tr', { hasText: 'Södermalm' }).filter({ hasText: 'Godkänd av kommunstyrelsen' }).first();
  const href = await row.locator('a').first().getAttribute('href');
  await page.goto(`${href}/uppfoljning?punkt=VB`);
  return href;
}

async function reportForOwnUnit(page, unit, status, comment, name) {
  await currentPlanFollowUp(page);
  const form = page.locator('form', { hasText: `Du rapporterar för ${unit}.` }).first();
  await form.waitFor();
  await checkA11y(page, `${name}-before`);
  await form.getByLabel('Status').selectOption({ label: status });
  await form.getByLabel('Kommentar').fill(comment);
  await form.getByRole('button', { name: 'Rapportera' }).click();
  await page.getByText(comment).first().waitFor();
  await checkA11y(page, `${name}-reported`);
}

test('each unit manager reports for their own unit, and the coordinator reads them together', async () => {
  const falt = await newPage(browser, server.base);
  await signIn(falt, 'chef.sodermalm@demo.example');
  await reportForOwnUnit(falt, 'Fältassistenterna', 'Genomförd', 'Alla nya i fältgruppen har gått den.', 'per-unit-manager');
  await falt.context().close();

  const phone = await newPage(browser, server.base, PHONE);
  await signIn(phone, 'chef.forskola.sodermalm@demo.example');
  await reportForOwnUnit(phone, 'Förskoleenhet Katarina-Sofia', 'Pågår', 'Hälften av förskolornas nya är klara.', 'per-unit-manager-phone');
  await phone.context().close();

  const coordinator = await newPage(browser, server.base);
  await signIn(coordinator, 'samordnare.sodermalm@demo.example');
  await currentPlanFollowUp(coordinator);
  const row = coordinator.locator('tr', { hasText: 'Alla nya medarbetare går stadens webbutbildning' }).first();
  const text = await row.innerText();
  assert.match(text, /sammanräknat, svar från 2 enheter/);
  assert.match(text, /Fältassistenterna: Genomförd – Alla nya i fältgruppen har gått den\./);
  assert.match(text, /Hälften av förskolornas nya är klara\./);
  await coordinator.getByText('Aktiviteter som respektive enhetschef ansvarar för rapporteras per enhet').waitFor();
  await checkA11y(coordinator, 'per-unit-coordinator');
  await coordinator.context().close();
});

test('the audit log reads in Swedish, and the auditor reads it without summaries', async () => {
  const coordinator = await newPage(browser, server.base);
  await signIn(coordinator, 'samordnare.sodermalm@demo.example');
  await coordinator.goto('/logg');
  await checkA11y(coordinator, 'audit-coordinator');
  const table = await coordinator.locator('main table').innerText();
  assert.match(table, /Tid \(svensk tid\)/);
  for (const code of ['assessed_vbe', 'not_started', 'docx', 'employee', '(UTC)']) {
    assert.ok(!table.includes(code), `${code} in the log`);
  }
  await coordinator.context().close();

  for (const [viewport, name] of [[undefined, 'audit-reader'], [PHONE, 'audit-reader-phone']]) {
    const reader = await newPage(browser, server.base, viewport);
    await signIn(reader, 'revisor@demo.example');
    await reader.goto('/start');
    await reader.getByRole('link', { name: 'Logg', exact: true }).first().click();
    await reader.waitForURL(/\/logg/);
    await reader.getByText('Beskrivningarna visas inte').waitFor();
    const headers = await reader.locator('main table th[scope=col]').allInnerTexts();
    assert.ok(headers.length > 0 && !headers.includes('Beskrivning'), `columns: ${headers}`);
    await checkA11y(reader, name);
    await reader.context().close();
  }
});

test('the inbox is searched in its fields and sorted', async () => {
  for (const [viewport, name] of [[undefined, 'inbox'], [PHONE, 'inbox-phone']]) {
    const page = await newPage(browser, server.base, viewport);
    await signIn(page, 'samordnare.sodermalm@demo.example');
    await page.goto('/inkorg');
    await page.getByLabel('Sortera').selectOption({ label: 'Först inkomna först' });
    await page.getByRole('button', { name: 'Filtrera' }).click();
    await page.waitForURL(/sort=received_asc/);
    const received = await page.locator('main table tbody tr td:nth-child(2)').allInnerTexts();
    assert.ok(received.length > 1, 'forms listed');
    assert.deepEqual([...received].sort(), received, 'first received first');
    await checkA11y(page, `${name}-sorted`);
    await page.getByLabel('Sök').fill('inget-sådant-ord');
    await page.getByRole('button', { name: 'Filtrera' }).click();
    await page.getByText('Inga blanketter matchar filtret.').waitFor();
    await checkA11y(page, `${name}-searched`);
    await page.context().close();
  }
});

/** Södermalm's page of the situational picture, as the coordinator reaches it. */
async function sodermalmPicture(page) {
  await page.goto('/lagesbild');
  await page.getByRole('link', { name: 'Södermalms stadsdelsförvaltning' }).click();
  await page.waitForURL(/\/lagesbild\/forvaltningar\/\d+$/);
  return page.url();
}

/** Every cell of `selector` (a CSS selector or a locator) holding a date or time that Värn
 * writes stays on one line (point 7). */
async function datesDoNotWrap(page, selector) {
  const cells = typeof selector === 'string' ? page.locator(selector) : selector;
  const wraps = await cells.evaluateAll((cells) => cells
    .filter((c) => /\b\d{4}-\d\d-\d\d\b|kl\. \d/.test(c.textContent) && getComputedStyle(c).whiteSpace !== 'nowrap' && !c.querySelector('.nowrap, time'))
    .map((c) => c.textContent));
  assert.deepEqual(wraps, [], `dates that may break across lines on ${page.url()}`);
}

test('the IA triage names the row of its problem (point 13)', async () => {
  const page = await newPage(browser, server.base);
  await signIn(page, 'samordnare.sodermalm@demo.example');
  await sodermalmPicture(page);
  await page.getByRole('link', { name: /^Källor: IA-rapporter/ }).click();
  await page.getByRole('link', { name: /^Bedöm IA-rapporter/ }).click();
  const row = page.locator('main table tbody tr').first();
  const key = (await row.locator('th').innerText()).trim();
  await row.getByLabel('VBE', { exact: true }).check();
  await row.getByRole('button', { name: 'Spara bedömningen' }).click();
  await page.getByText(`Fältet ”Miljö (rapport ${key})”`).waitFor();
  await checkA11y(page, 'triage-row-problem');
  await page.context().close();
});

test('the picture page has contents and folded figures, names people and tells no data from 0 (points 7, 11, 12)', async () => {
  const page = await newPage(browser, server.base);
  await signIn(page, 'samordnare.sodermalm@demo.example');
  const admin = await sodermalmPicture(page);
  // Save the current year's text once, so that the history has a step by a person.
  await page.goto(`${admin}/ar/2026`);
  await page.getByRole('textbox', { name: 'Analys', exact: true }).fill('Vi ser mer klotter än förra året.');
  await page.getByRole('button', { name: 'Spara texterna' }).click();
  await page.getByText('Vi ser mer klotter än förra året.').first().waitFor();

  // Point 12: a table of contents leads to every part, the figures are folded, and the
  // writing form is no longer thousands of pixels down.
  const toc = page.getByRole('navigation', { name: 'Innehåll' });
  await toc.getByRole('link', { name: 'Statistik' }).waitFor();
  await toc.getByRole('link', { name: 'Skriv lägesbilden' }).click();
  await page.waitForURL(/#write$/);
  const top = await page.locator('#write').evaluate((h) => h.getBoundingClientRect().top + window.scrollY);
  assert.ok(top < 4000, `the writing form is ${Math.round(top)} px down`);
  const folds = page.locator('details.figure-fold');
  assert.ok(await folds.count() > 2, 'figures folded');
  assert.equal(await page.locator('details.figure-fold[open]').count(), 0, 'folded at first');
  await folds.first().locator('summary').click();
  await folds.first().locator('svg').waitFor();
  await checkA11y(page, 'picture-contents');

  // Point 7: the history names the person and gives Swedish local time, on one line.
  const history = await page.locator('table', { hasText: 'Historik' }).innerText();
  assert.ok(!history.includes('@'), `e-mail in the history: ${history}`);
  assert.doesNotMatch(history, /\d{4}-\d\d-\d\dT|\d\dZ/);
  assert.match(history, /\d{1,2} [a-z]{3,4} 2026 kl\. \d\d\.\d\d/);
  await datesDoNotWrap(page, 'main td');
  const sources = await page.locator('table', { hasText: 'Varifrån siffrorna kommer' }).innerText();
  assert.ok(!sources.includes('@'), `e-mail among the sources: ${sources}`);

  // Point 11: a year without data reads "ingen uppgift", never 0.
  const trend = page.locator('details.figure-fold', { has: page.locator('summary', { hasText: 'Källorna per år' }) });
  if (await trend.count() > 0) {
    await trend.locator('summary').click();
    assert.match(await trend.locator('table').innerText(), /ingen uppgift/);
  }
  await page.context().close();
});

test('the sources page compares only years with data (point 11)', async () => {
  const page = await newPage(browser, server.base);
  await signIn(page, 'samordnare.sodermalm@demo.example');
  await sodermalmPicture(page);
  await page.getByRole('link', { name: /^Källor: IA-rapporter/ }).click();
  const trend = await page.locator('table', { hasText: 'Källa' }).first().innerText();
  assert.match(trend, /ingen uppgift/, 'a year without data is said to be one');
  const compare = page.locator('table', { has: page.locator('caption', { hasText: /\d{4} jämfört med \d{4}/ }) });
  const rows = await compare.locator('tbody tr').allInnerTexts();
  for (const r of rows) {
    if (/ingen uppgift/.test(r)) assert.match(r, /–\s*$/, `a change from or to no data: ${r}`);
  }
  assert.ok(rows.some((r) => /ingen uppgift/.test(r)), `no source without data in ${rows}`);
  // Point 7: the police mapping and the imports name people, not their addresses.
  const main = await page.locator('main').innerText();
  assert.ok(!/@demo\.example/.test(main), 'an e-mail address on the sources page');
  await datesDoNotWrap(page, 'main td');
  await checkA11y(page, 'sources-no-data');
  await page.context().close();
});

test('the demo reads like a real year, and the plan names people in local time (points 24, 7)', async () => {
  const page = await newPage(browser, server.base);
  await signIn(page, 'samordnare.sodermalm@demo.example');
  // Forms arrive over the year, not all today; none is about Högdalen, which lies elsewhere.
  await page.goto('/inkorg');
  const received = await page.locator('main table tbody tr td:nth-child(2)').allInnerTexts();
  assert.ok(new Set(received).size > 3, `forms received on ${[...new Set(received)]}`);
  assert.ok(!(await page.locator('main').innerText()).includes('Högdalen'));
  await datesDoNotWrap(page, 'main td');
  // The plan in force for 2026 has its activities in 2026.
  const href = await currentPlanFollowUp(page);
  await page.goto(href);
  const activities = await page.locator('table', { hasText: 'Aktivitet' }).first().innerText();
  assert.ok(!/2025/.test(activities), `the 2026 plan's activities name 2025: ${activities}`);
  // Its history names people and gives Swedish local time, on one line.
  const history = await page.locator('table', { hasText: 'Händelser' }).innerText();
  assert.ok(!history.includes('@'), `e-mail in the plan's history: ${history}`);
  assert.doesNotMatch(history, /\d\d:\d\d:\d\d|\d{4}-\d\d-\d\dT/);
  assert.match(history, /kl\. \d\d\.\d\d/);
  // (The activities' times are the coordinator's own words, which may wrap.)
  await datesDoNotWrap(page, page.locator('table', { hasText: 'Händelser' }).locator('td'));
  await checkA11y(page, 'plan-history');
  await page.context().close();
});

/** What people read names no one by address, gives no raw UTC time, and (when `time`)
 * gives a Swedish local time (point 7). */
function namedInLocalTime(text, what, time = true) {
  assert.ok(!/@demo\.example/.test(text), `an e-mail address in ${what}: ${text}`);
  assert.doesNotMatch(text, /\d{4}-\d\d-\d\dT\d\d|\d\d:\d\d:\d\dZ/, `a raw UTC time in ${what}`);
  if (time) assert.match(text, /\d{1,2} [a-zåäö]{3,4} \d{4} kl\. \d\d\.\d\d/, `no local time in ${what}`);
}

test('training, knowledge pages, grants, alarms and the routine name people in local time (point 7)', async () => {
  // The coordinator marks a completion by hand; the list names them, in local time.
  const coordinator = await newPage(browser, server.base);
  await signIn(coordinator, 'samordnare.sodermalm@demo.example');
  await coordinator.goto('/utbildning');
  await coordinator.locator('main a[href^="/utbildning/forvaltningar/"]', { hasText: 'Södermalm' }).first().click();
  await coordinator.getByRole('link', { name: 'Kurser, inläsning och markeringar' }).click();
  await coordinator.locator('#k-key').fill('E-7001');
  await coordinator.locator('#k-date').fill('2026-11-02');
  await coordinator.locator('#k-reason').fill('Gick kursen på papper under nätverksträffen.');
  await coordinator.getByRole('button', { name: 'Markera som slutförd' }).click();
  const marks = coordinator.locator('table', { has: coordinator.locator('caption', { hasText: 'Markerade för hand' }) });
  await marks.waitFor();
  namedInLocalTime(await marks.innerText(), 'the marked completions');
  await datesDoNotWrap(coordinator, 'main td, main th');
  await checkA11y(coordinator, 'training-marks-named');
  await coordinator.context().close();

  // The knowledge page's versions and an alarm chain's versions.
  const central = await newPage(browser, server.base);
  await signIn(central, 'central@demo.example');
  await central.goto('/kunskap');
  await central.locator('main a[href^="/kunskap/sidor/"]').first().click();
  const versions = central.locator('section', { has: central.getByRole('heading', { name: 'Versioner' }) });
  namedInLocalTime(await versions.innerText(), 'the knowledge page');
  namedInLocalTime(await central.locator('main p', { hasText: / · / }).first().innerText(), 'the version line');
  await checkA11y(central, 'knowledge-versions-named');
  await central.goto('/larm');
  const chain = await central.locator('main a[href^="/larm/kedjor/"]:not([href$="/ny"])').first().getAttribute('href');
  await central.goto(chain);
  namedInLocalTime(await central.locator('section', { has: central.getByRole('heading', { name: 'Versioner' }) }).innerText(), 'the chain');
  await checkA11y(central, 'alarm-chain-named');
  // The routine's versions name who published.
  await central.goto('/rutin/versioner');
  namedInLocalTime(await central.locator('main table').first().innerText(), 'the routine versions', false);
  await datesDoNotWrap(central, 'main td');
  await central.context().close();

  // The grant officer's association: who controlled, by name; dates on one line.
  const officer = await newPage(browser, server.base);
  await signIn(officer, 'bidrag.sodermalm@demo.example');
  await officer.goto('/bidrag');
  await officer.locator('main a[href^="/bidrag/forvaltningar/"]', { hasText: 'Södermalm' }).first().click();
  await officer.locator('main a[href*="/foreningar/"]', { hasText: 'Södermalms Bollklubb' }).first().click();
  const controls = officer.locator('table', { has: officer.locator('caption#controls-caption') });
  namedInLocalTime(await controls.innerText(), 'the controls', false);
  await datesDoNotWrap(officer, 'main td, main th');
  await checkA11y(officer, 'grants-association-named');
  await officer.context().close();
});

test('dates stay on one line in every table a coordinator and a grant officer read, and the log names people (point 7)', async () => {
  const coordinator = await newPage(browser, server.base);
  await signIn(coordinator, 'samordnare.sodermalm@demo.example');
  const visited = [];
  /** Goes to `path`, or to the first link matching `link` on the page at `path`. */
  async function visit(page, path, link) {
    await page.goto(path);
    if (link) {
      const a = page.locator(`main a[href^="${link}"]`).first();
      if ((await a.count()) === 0) return;
      await page.goto(await a.getAttribute('href'));
    }
    visited.push(page.url());
    await datesDoNotWrap(page, 'main td, main th');
  }
  await visit(coordinator, '/natverk');
  await visit(coordinator, '/natverk', '/natverk/');
  await visit(coordinator, '/konsultationer');
  await visit(coordinator, '/enkat');
  await visit(coordinator, '/riskbild');
  await visit(coordinator, '/riskbild', '/riskbild/');
  await visit(coordinator, '/utbildning', '/utbildning/forvaltningar/');
  // The log names the coordinator, with their account's address beside the name.
  await coordinator.goto('/logg');
  const actors = await coordinator.locator('main table tbody tr td:nth-child(2)').allInnerTexts();
  assert.ok(actors.length > 0, 'entries in the log');
  assert.ok(actors.some((a) => !a.startsWith('samordnare.') && a.includes('samordnare.sodermalm@demo.example')),
    `a name before the address: ${actors.slice(0, 3)}`);
  // The times Värn writes (the summaries are the capabilities' words and may hold dates).
  await datesDoNotWrap(coordinator, 'main table tbody tr td:first-child');
  await coordinator.context().close();

  const officer = await newPage(browser, server.base);
  await signIn(officer, 'bidrag.sodermalm@demo.example');
  await visit(officer, '/bidrag', '/bidrag/forvaltningar/');
  const application = officer.locator('main a[href^="/bidrag/ansokningar/"]').first();
  assert.ok((await application.count()) > 0, 'an application listed');
  await visit(officer, officer.url(), '/bidrag/ansokningar/');
  await officer.context().close();
  assert.ok(visited.length >= 8, `pages visited: ${visited}`);
});
