// The written situational picture in a real browser: the Södermalm coordinator opens this
// year's draft, writes the local picture, saves, marks it final (the form goes away),
// downloads it as Word, and follows the link to the plan. Every page passes axe.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
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

test('a coordinator writes the picture, marks it final and downloads it as Word', async () => {
  const page = await newPage(browser, server.base);
  await signIn(page, 'samordnare.sodermalm@demo.example');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Lägesbild' }).click();
  await page.getByRole('link', { name: 'Södermalms stadsdelsförvaltning' }).click();
  await page.getByRole('img', { name: /Bedömda blanketter per år och miljö/ }).waitFor();
  await page.getByRole('link', { name: 'Lokal lägesbild 2026' }).click();
  await page.getByRole('heading', { name: /Lokal lägesbild 2026/, level: 1 }).waitFor();
  await checkA11y(page, 'picture-draft');

  const text = 'Klottret vid idrottsplatsen har minskat sedan i våras.';
  await page.getByRole('textbox', { name: 'Lokalt', exact: true }).fill(text);
  await page.getByRole('button', { name: 'Spara texterna' }).click();
  await page.getByText('Ändringarna är sparade.').waitFor();
  assert.ok(await page.locator('#section-lokalt').locator('xpath=..').getByText(text).isVisible());

  await page.getByRole('button', { name: 'Fastställ lägesbilden' }).click();
  await page.getByText('Ändringarna är sparade.').waitFor();
  assert.match(await page.locator('.lead').innerText(), /Fastställd/);
  assert.equal(await page.getByRole('textbox', { name: 'Lokalt', exact: true }).count(), 0);
  await page.getByRole('button', { name: 'Öppna som utkast' }).waitFor();
  await checkA11y(page, 'picture-final');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Hämta lägesbilden som Word' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^lagesbild-SOD-2026\.docx$/);
  const file = await download.path();
  const bytes = fs.readFileSync(file);
  assert.equal(bytes.subarray(0, 2).toString(), 'PK');

  await page.getByRole('link', { name: 'Södermalms handlingsplan mot våldsbejakande extremism' }).click();
  await page.locator('#picture-link').getByRole('link', { name: 'Lokal lägesbild 2026' }).waitFor();
  await checkA11y(page, 'picture-plan-link');
  await page.context().close();
});
