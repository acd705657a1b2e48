// The situational picture in a real browser: a coordinator reads the ten-year series as a
// chart and a table, adds a figure, and opens the city view. Every page passes axe.
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

test('a coordinator reads and adds to the picture; the city view hides small counts', async () => {
  const page = await newPage(browser, server.base);
  await signIn(page, 'samordnare.sodermalm@demo.example');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Lägesbild' }).click();
  await checkA11y(page, 'situation');
  await page.getByRole('link', { name: 'Södermalms stadsdelsförvaltning' }).click();
  await page.getByRole('img', { name: /Hatbrott och hets mot folkgrupp över tid/ }).waitFor();
  await checkA11y(page, 'situation-administration');
  const table = await page.locator('table', { hasText: 'Polisanmälda hatbrott' }).innerText();
  assert.match(table, /2018\s+40/);
  await page.getByLabel('År', { exact: true }).fill('2024');
  await page.getByLabel('Antal', { exact: true }).fill('19');
  await page.getByRole('button', { name: 'Spara uppgiften' }).click();
  await page.getByText('Ändringarna är sparade.').waitFor();
  assert.match(await page.locator('table', { hasText: 'Polisanmälda hatbrott' }).innerText(), /2024\s+19/);
  await page.getByRole('link', { name: 'Lägesbild', exact: true }).first().click();
  await page.getByRole('link', { name: 'Hela staden' }).click();
  await page.getByRole('heading', { name: 'Lägesbild för hela staden' }).waitFor();
  await checkA11y(page, 'situation-city');
  await page.context().close();
});
