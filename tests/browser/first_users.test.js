// What the first users found (issue 20), in a real browser: an activity of each unit
// manager ("Respektive enhetschef") reported by two managers for their own units, one of
// them on a phone, and the coordinator reading the units' answers together (point 18);
// the audit log in Swedish, read by the auditor without summaries (point 20); the inbox
// searched in its fields and sorted (point 8). Every page passes the axe-core check, at
// desktop size and at 390 px without sideways scroll.
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
