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

test('a coordinator brings in an IA export, triages a row and reads the sources', async () => {
  const page = await newPage(browser, server.base);
  await signIn(page, 'samordnare.sodermalm@demo.example');
  await page.goto('/lagesbild');
  await page.getByRole('link', { name: 'Södermalms stadsdelsförvaltning' }).click();
  await page.getByRole('link', { name: /^Källor: IA-rapporter/ }).click();
  await page.getByRole('heading', { level: 1, name: /Källor till lägesbilden/ }).waitFor();
  await checkA11y(page, 'situation-sources');

  // This export names its columns its own way: the coordinator says which is which.
  await page.getByLabel('nummer i IA', { exact: true }).fill('Ärende');
  await page.getByLabel('händelsedatum', { exact: true }).fill('Datum');
  await page.getByLabel('VBE-markering', { exact: true }).fill('VBE-ruta');
  await page.getByLabel('händelsetyp', { exact: true }).fill('Typ');
  await page.getByLabel('platstyp', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Spara kolumnerna' }).click();
  await page.getByText('Ändringarna är sparade.').waitFor();
  assert.equal(await page.getByLabel('nummer i IA', { exact: true }).inputValue(), 'Ärende');

  const csv = 'Ärende;Datum;Typ;Område;VBE-ruta\nB-1;2031-02-10;Propaganda;Högdalen;ja\nB-2;2031-02-11;Hot;Hornstull;nej\n';
  await page.locator('#ia-file').setInputFiles({ name: 'ia-webb.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Läs in IA-fil' }).click();
  await page.getByText('Inläsningen är klar.').waitFor();
  await checkA11y(page, 'situation-import-progress');
  await page.getByRole('link', { name: 'Tillbaka till källorna' }).click();
  await page.locator('table', { hasText: 'ia-webb.csv' }).waitFor();

  await page.getByRole('link', { name: /Bedöm IA-rapporter/ }).click();
  await page.getByRole('heading', { level: 1, name: /Bedöm IA-rapporter/ }).waitFor();
  await checkA11y(page, 'situation-triage');
  const row = page.locator('tr', { hasText: 'B-1' });
  await row.getByLabel('VBE', { exact: true }).check();
  await row.getByLabel('miljö').selectOption({ label: 'Våldsbejakande högerextremism' });
  await row.getByRole('button', { name: 'Spara bedömningen' }).click();
  await page.getByText('Ändringarna är sparade.').waitFor();
  assert.equal(await page.locator('tr', { hasText: 'B-1' }).count(), 0, 'the assessed row has left the list');

  await page.goto(page.url().replace(/\/ia\/bedomning.*$/, ''));
  const trend = await page.locator('table', { hasText: 'Antal per källa och år' }).innerText();
  assert.match(trend, /IA-rapporter bedömda som VBE[^\n]*\b1\s*$/m, trend);
  await checkA11y(page, 'situation-sources-after');

  // The other sources, as the coordinator brings them in: a graffiti file (and a bad one,
  // refused whole), concern reports typed in, and the police mapping.
  const graffiti = 'datum;kategori;område;källa\n2031-03-01;Nazistisk;Högdalen;Skolfastigheter\n2031-03-02;Rasistisk;Hornstull;Trafikkontorets app\n';
  await page.locator('#g-file').setInputFiles({ name: 'klotter-webb.csv', mimeType: 'text/csv', buffer: Buffer.from(graffiti) });
  await page.getByRole('button', { name: 'Läs in klotterfil' }).click();
  await page.locator('table', { hasText: 'klotter-webb.csv' }).waitFor();
  await page.locator('#g-file').setInputFiles({ name: 'fel.csv', mimeType: 'text/csv', buffer: Buffer.from('datum;kategori\n2031-13-01;blå\n') });
  await page.getByRole('button', { name: 'Läs in klotterfil' }).click();
  await page.getByText(/Rad 2.*kategori/).first().waitFor();
  await checkA11y(page, 'situation-sources-refused');
  await page.locator('#c-year').fill('2031');
  await page.getByLabel('13-17 år').fill('3');
  await page.getByRole('button', { name: 'Spara antal' }).click();
  await page.getByText('Ändringarna är sparade.').waitFor();
  await page.locator('#p-year').fill('2031');
  await page.getByLabel('polisens beskrivning').fill('Fler klistermärken vid skolorna under våren.');
  await page.getByLabel('demonstrationer med tillstånd').fill('5');
  await page.getByRole('button', { name: 'Spara kartläggningen' }).click();
  await page.getByText('Fler klistermärken vid skolorna under våren.').waitFor();
  const after = await page.locator('table', { hasText: 'Antal per källa och år' }).innerText();
  assert.match(after, /Klotter[^\n]*\b2\s*$/m, after);
  assert.match(after, /Orosanmälningar[^\n]*\b3\s*$/m, after);
  assert.match(after, /Demonstrationer[^\n]*\b5\s*$/m, after);
  await page.context().close();
});
