// The central coordinator's desk in a real browser: from the start page's work to the desk,
// where a district without a plan stands out in red with the rules of the colours written
// out, and another year is one click away. Every page passes the axe-core WCAG 2.1 AA
// check, at desktop width and at 390 px.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer, launch, newPage, signIn, checkA11y } = require('./harness');

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

test('the central coordinator reads where every administration stands', async () => {
  const page = await newPage(browser, server.base);
  await signIn(page, 'central@demo.example');
  await page.goto('/start');
  const work = page.locator('ul.work');
  assert.match(await work.innerText(), /lyser rött i stadens läge/);
  await checkA11y(page, 'start-central');

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Staden' }).click();
  await page.waitForURL(/\/stad$/);
  await checkA11y(page, 'city-desk');
  const farsta = page.locator('tr', { hasText: 'Farsta stadsdelsförvaltning' }).first();
  const text = await farsta.innerText();
  assert.match(text, /Röd/);
  assert.match(text, /Ingen handlingsplan/);
  assert.match(await page.locator('main').innerText(), /Så sätts färgerna/);

  // Each administration's activities at the year-end report fold open under its name.
  const details = page.getByRole('region', { name: 'Per förvaltning' });
  await details.locator('summary', { hasText: 'Södermalms stadsdelsförvaltning' }).click();
  const table = details.getByRole('table').first();
  await table.waitFor();
  assert.match(await table.innerText(), /Status vid VB/);
  await checkA11y(page, 'city-desk-details');

  // The year's follow-up for the executive board, as Word and as PDF.
  for (const [name, ext] of [['Word', 'docx'], ['PDF', 'pdf']]) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name, exact: true }).click(),
    ]);
    assert.match(download.suggestedFilename(), new RegExp(`^stadens-uppfoljning-\\d{4}\\.${ext}$`));
  }

  // A plan waiting for the executive board is sent back with its comments.
  const waiting = page.getByRole('region', { name: 'Väntar på kommunstyrelsen' });
  await waiting.getByRole('link').first().click();
  await page.waitForURL(/\/planer\/\d+$/);
  await checkA11y(page, 'plan-waiting');
  await page.getByLabel('Kommunstyrelsens synpunkter').fill('Analysen av lägesbilden behöver kompletteras.');
  await page.getByRole('button', { name: 'Skicka tillbaka till förvaltningen' }).click();
  await page.getByText('Skickad tillbaka av kommunstyrelsen').first().waitFor();
  await page.goto('/stad');

  const year = new Date().getFullYear();
  await page.getByRole('link', { name: `Visa ${year - 1}` }).click();
  await page.waitForURL(new RegExp(`/stad\\?ar=${year - 1}$`));
  await page.getByRole('heading', { level: 1, name: `Stadens läge ${year - 1}` }).waitFor();
  // Last year's closed survey round gives the knowledge level per administration.
  await page.getByRole('heading', { name: `Kunskapsnivå i enkäten ${year - 1}: svar per nivå` }).waitFor();
  await checkA11y(page, 'city-desk-last-year');
  await page.context().close();
});
