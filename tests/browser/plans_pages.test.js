// Action plans in a real browser: the coordinator writes a plan with activities whose
// schedules are written as the plans write them, the board's decision and the executive
// board's approval are recorded, the manager reports follow-up, and the demo plans show
// their revision, difference and the overview per follow-up point. Every page visited
// passes the axe-core WCAG 2.1 AA check.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer, launch, newPage, signIn, signOut, checkA11y } = require('./harness');

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

test('a plan is written, decided, approved and followed up', async () => {
  const page = await newPage(browser, server.base);
  await signIn(page, 'samordnare.sodermalm@demo.example');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Handlingsplaner' }).click();
  await page.waitForURL(/\/planer$/);
  await checkA11y(page, 'plans-list');

  await page.getByLabel('Planens namn').fill('Webbläsarplanen');
  await page.getByLabel('Diarienummer (Dnr)').fill('SOD 2090/1');
  await page.getByLabel('Perioden börjar').fill('2090-05-01');
  await page.getByLabel('Perioden slutar').fill('2091-04-30');
  await page.getByRole('button', { name: 'Skapa utkast' }).click();
  await page.waitForURL(/\/planer\/\d+/);
  await checkA11y(page, 'plan-draft');

  for (const [area, text, schedule] of [
    ['Samverkan', 'Samordnaren träffar lokalpolisen.', '4 ggr/år'],
    ['Kompetenshöjande insatser', 'Nya medarbetare går webbutbildningen.', 'Under hösten 2090'],
    ['Övrigt', 'Något som görs när tid finns.', 'När tid finns'],
  ]) {
    await page.getByLabel('Område').selectOption({ label: area });
    await page.getByLabel('Aktivitet', { exact: true }).fill(text);
    await page.getByLabel('Ansvarig (roll som den skrivs)').fill('Enhetschef Fältgruppen');
    await page.getByLabel('Tidplan', { exact: true }).fill(schedule);
    await page.getByLabel('T1').check();
    await page.getByLabel('VB').check();
    await page.getByRole('button', { name: 'Lägg till aktivitet' }).click();
    await page.getByText(text).first().waitFor();
  }
  const main = await page.locator('main').innerText();
  assert.match(main, /4 gånger per år/);
  assert.match(main, /hösten 2090/);
  assert.match(main, /kunde inte tolkas/);
  await checkA11y(page, 'plan-with-activities');

  await page.getByLabel('Beslutsdatum').fill('2090-05-20');
  await page.getByLabel('Beslutets referens (paragraf eller Dnr)').fill('§ 5');
  await page.getByRole('button', { name: 'Registrera nämndens beslut' }).click();
  await page.getByText('Beslutad av nämnden').first().waitFor();
  await page.getByLabel('Datum för godkännandet').fill('2090-06-10');
  await page.getByRole('button', { name: 'Registrera kommunstyrelsens godkännande' }).click();
  await page.getByText('Godkänd av kommunstyrelsen').first().waitFor();
  await checkA11y(page, 'plan-approved');
  const planUrl = page.url().replace(/\?.*$/, '');
  await signOut(page);

  await signIn(page, 'chef.sodermalm@demo.example');
  await page.goto(`${planUrl}/uppfoljning?punkt=T1`);
  await checkA11y(page, 'plan-follow-up');
  const form = page.locator('form', { has: page.locator('input[name=point]') }).first();
  await form.getByLabel('Status').selectOption({ label: 'Pågår' });
  await form.getByLabel('Kommentar').fill('Ett möte hållet.');
  await form.getByRole('button', { name: 'Rapportera' }).click();
  await page.getByText('Ett möte hållet.').first().waitFor();
  await checkA11y(page, 'plan-follow-up-reported');
  await page.context().close();
});

test('the demo plans show their revision, difference, structure and overview', async () => {
  const page = await newPage(browser, server.base);
  await signIn(page, 'central@demo.example');
  await page.goto('/planer');
  await page.getByRole('link', { name: 'Södermalms handlingsplan mot våldsbejakande extremism' }).first().click();
  await page.waitForURL(/\/planer\/\d+/);
  await checkA11y(page, 'demo-plan');
  const previous = await page.getByRole('link', { name: 'Jämför med föregående version' }).count();
  if (previous > 0) {
    await page.getByRole('link', { name: 'Jämför med föregående version' }).click();
    await page.getByRole('heading', { level: 1, name: 'Skillnader mellan två versioner' }).waitFor();
    await checkA11y(page, 'demo-plan-diff');
  }
  await page.goto('/planer/struktur');
  await checkA11y(page, 'plan-structure');
  await page.goto('/planer/uppfoljning?punkt=VB');
  await checkA11y(page, 'plan-overview');
  const rows = await page.locator('table th[scope=row]').allInnerTexts();
  assert.ok(rows.length >= 2, `overview rows: ${rows}`);
  await page.context().close();
});
