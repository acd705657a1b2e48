// Training in a real browser: a coordinator maps the platform's export, imports it, marks
// one completion by hand and reads the per-unit rates at a date; a manager sees only their
// own unit; the central coordinator sees the city. Every page visited passes the axe-core
// WCAG 2.1 AA check, at desktop width and at 390 px.
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

const EXPORT = [
  'Anställningsnr;Kurs;Enhet;Resultat;Datum',
  'W-501;WEBB-BAS;SOD-SOC-01;Klar;2024-02-01',
  'W-502;WEBB-BAS;SOD-SOC-01;Klar;2024-02-02',
  'W-503;WEBB-BAS;SOD-SOC-01;Pågår;2024-02-03',
].join('\n');

test('a coordinator maps, imports, marks by hand and reads the rates', async () => {
  const page = await newPage(browser, server.base);
  await signIn(page, 'samordnare.sodermalm@demo.example');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Utbildning' }).click();
  await page.waitForURL(/\/utbildning$/);
  await checkA11y(page, 'training-index');

  await page.getByRole('link', { name: 'Södermalms stadsdelsförvaltning' }).click();
  await page.waitForURL(/\/utbildning\/forvaltningar\/\d+/);
  await checkA11y(page, 'training-administration');
  const adminUrl = page.url().replace(/\?.*$/, '');

  await page.getByRole('link', { name: 'Kurser, inläsning och markeringar' }).click();
  await page.waitForURL(/\/hantera/);
  await checkA11y(page, 'training-manage');

  // The columns of this platform's export, kept for next time.
  await page.locator('#m-key').fill('Anställningsnr');
  await page.locator('#m-course').fill('Kurs');
  await page.locator('#m-unit').fill('Enhet');
  await page.locator('#m-status').fill('Resultat');
  await page.locator('#m-date').fill('Datum');
  await page.locator('#m-done').fill('Klar');
  await page.locator('#m-going').fill('Pågår');
  await page.locator('#m-not').fill('Ej startad');
  await page.getByRole('button', { name: 'Spara kolumnerna' }).click();
  await page.getByText('Ändringarna är sparade.').waitFor();

  await page.locator('#i-file').setInputFiles({ name: 'plattformen.csv', mimeType: 'text/csv', buffer: Buffer.from(EXPORT) });
  await page.getByRole('button', { name: 'Läs in filen' }).click();
  await page.getByText('Filen är inläst: 3 rader, varav 3 nya.').waitFor();
  assert.match(await page.locator('main').innerText(), /plattformen\.csv/);
  await checkA11y(page, 'training-imported');

  // W-503 finished but the platform missed it.
  await page.locator('#k-key').fill('W-503');
  await page.locator('#k-course').selectOption({ label: 'Webbutbildning om våldsbejakande extremism' });
  await page.locator('#k-unit').selectOption({ label: 'Fältassistenterna (SOD-SOC-01)' });
  await page.locator('#k-date').fill('2024-03-01');
  await page.locator('#k-reason').fill('Kursledaren intygar att kursen gicks klart i mars.');
  await page.getByRole('button', { name: 'Markera som slutförd' }).click();
  await page.getByText('Kursledaren intygar').waitFor();
  await checkA11y(page, 'training-marked');

  // The rates per unit at a chosen date, and at last year's end.
  await page.goto(adminUrl);
  await page.getByLabel('Datum', { exact: true }).fill('2024-12-31');
  await page.getByRole('button', { name: 'Visa' }).click();
  await page.waitForURL(/datum=2024-12-31/);
  const row = page.locator('#units-caption').locator('xpath=ancestor::table').getByRole('row', { name: /Fältassistenterna/ });
  const cells = await row.locator('td').allInnerTexts();
  assert.equal(cells[0], '9', 'headcount');
  assert.ok(Number(cells[1]) >= 3, `completed: ${cells}`);
  assert.ok(Number(cells[5]) >= 1, `marked by hand: ${cells}`);
  await checkA11y(page, 'training-figures');
  await page.getByRole('link', { name: 'Vid förra årets slut' }).click();
  await page.waitForURL(/datum=\d{4}-12-31/);
  await checkA11y(page, 'training-last-year-end');
  await signOut(page);

  // The manager of Fältassistenterna sees that unit only.
  await signIn(page, 'chef.sodermalm@demo.example');
  await page.goto(adminUrl);
  const main = await page.locator('main').innerText();
  assert.match(main, /Du ser de enheter du är chef för/);
  assert.match(main, /Fältassistenterna/);
  assert.doesNotMatch(main, /Förskoleenhet Högalid-Tanto/);
  await checkA11y(page, 'training-manager');
  await signOut(page);

  await signIn(page, 'central@demo.example');
  await page.goto('/utbildning/stad');
  assert.match(await page.locator('main').innerText(), /Södermalms stadsdelsförvaltning/);
  await checkA11y(page, 'training-city');
});

/** Nothing but the tables (which scroll in their own frame) is wider than the screen. */
async function nothingTooWide(page) {
  const wide = await page.evaluate(() => [...document.querySelectorAll('main *')]
    .filter((e) => !e.closest('.table-wrap') && e.getBoundingClientRect().right > window.innerWidth + 1)
    .map((e) => `${e.tagName}#${e.id}.${e.className}`));
  assert.deepEqual(wide, [], `too wide on ${page.url()}`);
}

test('the training pages pass the check at 390 px', async () => {
  const page = await newPage(browser, server.base, { width: 390, height: 844 });
  await signIn(page, 'samordnare.sodermalm@demo.example');
  await page.goto('/utbildning');
  await checkA11y(page, 'training-index-390');
  await page.getByRole('link', { name: 'Södermalms stadsdelsförvaltning' }).click();
  await page.waitForURL(/\/utbildning\/forvaltningar\/\d+/);
  await checkA11y(page, 'training-administration-390');
  await nothingTooWide(page);
  await page.getByRole('link', { name: 'Kurser, inläsning och markeringar' }).click();
  await page.waitForURL(/\/hantera/);
  await checkA11y(page, 'training-manage-390');
  await nothingTooWide(page);
});
