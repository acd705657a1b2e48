// The worried employee's path in a real browser, on a phone-sized window: the routine
// guide, the checklist, the form stopped by the PII guard and then sent clean, the receipt;
// the coordinator of that administration finds it, another does not; assessment and export.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer, launch, newPage, signIn, signOut, checkA11y } = require('./harness');

let server;
let browser;
let receipt;

before(async () => {
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const PHONE = { width: 390, height: 844 };

test('an employee follows the routine on a phone and sends a form the guard first stops', async () => {
  const page = await newPage(browser, server.base, PHONE);
  await signIn(page, 'medarbetare.sodermalm@demo.example');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Rutin vid oro' }).click();
  await page.waitForURL(/\/rutin/);
  await checkA11y(page, 'phone-routine');
  // Answer every question: nobody in danger now, a crime suspected, a person under 18.
  const groups = page.locator('fieldset');
  const count = await groups.count();
  for (let i = 0; i < count; i += 1) {
    const legend = (await groups.nth(i).locator('legend').innerText()).toLowerCase();
    const yes = /brott|18|under 18|arbetet|jobbet/.test(legend) && !/fara/.test(legend);
    await groups.nth(i).getByLabel(yes ? 'Ja' : 'Nej', { exact: true }).check();
  }
  await page.getByRole('button', { name: /Visa vad jag ska göra/ }).click();
  await page.waitForURL(/\/rutin\/checklista/);
  await checkA11y(page, 'phone-checklist');
  const checklist = await page.locator('main').innerText();
  assert.match(checklist, /14 kap\. 1 § SoL/);
  assert.match(checklist, /Södermalm/);
  // The checklist advises; only what the person ticks as done reaches the form.
  const offered = page.locator('fieldset', { hasText: 'Har du redan gjort' });
  assert.equal(await offered.locator('input:checked').count(), 0, 'nothing is ticked in advance');
  await offered.getByLabel('Orosanmälan till socialtjänsten').check();
  await page.getByRole('button', { name: 'Fyll i blanketten' }).click();
  await page.waitForURL(/\/blankett\/ny/);
  await checkA11y(page, 'phone-form');
  assert.ok(await page.getByLabel('Orosanmälan till socialtjänsten').isChecked(), 'what the person ticked is in the form');
  assert.ok(!(await page.getByLabel('Polisanmälan').isChecked()), 'advice not followed is not shown as done');

  await page.getByLabel('Datum (eller första dagen)').fill('2026-11-02');
  await page.getByLabel('Skola', { exact: true }).count();
  await page.getByLabel('Typ av plats').selectOption({ label: 'Skola' });
  await page.getByLabel('Våldsbejakande högerextremism').check();
  await page.getByLabel('Uttryckta våldsbejakande åsikter').check();
  await page.getByRole('radio', { name: 'En enskild person' }).check();
  await page.getByLabel('Åldersgrupp').selectOption('15_17');
  await page.getByLabel('Vad har hänt?').fill('Eleven Ahmed Yilmaz (19990101-0017) sa på lektionen att han vill skada judar.');
  await page.getByRole('button', { name: 'Skicka blanketten' }).click();
  await page.getByText('Blanketten är inte skickad').waitFor();
  const marks = await page.locator('mark').allInnerTexts();
  assert.ok(marks.some((m) => m.includes('Ahmed Yilmaz')), `marks: ${marks}`);
  assert.ok(marks.some((m) => m.includes('19990101-0017')), `marks: ${marks}`);
  const named = await page.locator('#flags li strong').allInnerTexts();
  assert.ok(named.length > 0 && named.every((f) => f === 'Vad har hänt?'), `findings name the field as the form does: ${named}`);
  await checkA11y(page, 'phone-form-flagged');

  await page.getByLabel('Vad har hänt?').fill('En elev i årskurs 9 sa på lektionen att han vill skada judar och visade en symbol på mobilen.');
  await page.getByRole('button', { name: 'Skicka blanketten' }).click();
  await page.getByRole('heading', { name: 'Tack, blanketten är skickad' }).waitFor();
  receipt = (await page.locator('#receipt strong').innerText()).trim();
  assert.match(receipt, /^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await checkA11y(page, 'phone-receipt');
  assert.ok(await page.getByRole('button', { name: 'Kopiera koden' }).isVisible(), 'the receipt offers to copy the code');
  assert.ok(await page.getByRole('button', { name: 'Skriv ut' }).isVisible(), 'the receipt offers to print');
  // The employee's navigation leads back to following the form.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Följ en blankett' }).waitFor();
  await signOut(page);

  // So does the sign-in page, for whoever kept only the code.
  await page.getByRole('link', { name: /Följ den med din kvittokod/ }).click();
  await page.waitForURL(/\/blankett\/status$/);
  await page.getByLabel('Kvittokod').fill(receipt.toLowerCase());
  await page.getByRole('button', { name: 'Visa status' }).click();
  await page.getByText('Ny', { exact: true }).waitFor();
  await checkA11y(page, 'phone-status');
  await page.context().close();
});

test('the coordinator of that administration assesses it; another coordinator does not see it', async () => {
  const other = await newPage(browser, server.base);
  await signIn(other, 'samordnare.alvsjo@demo.example');
  await other.goto('/inkorg');
  assert.ok(!(await other.locator('main').innerText()).includes('2026-11-02'), 'Älvsjö sees nothing of Södermalm');
  await other.context().close();

  const page = await newPage(browser, server.base);
  await signIn(page, 'samordnare.sodermalm@demo.example');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inkorg' }).click();
  await checkA11y(page, 'inbox');
  await page.getByLabel('Status', { exact: true }).selectOption('new');
  await page.getByRole('button', { name: 'Filtrera' }).click();
  const row = page.locator('tbody tr', { hasText: '2026-11-02' });
  await row.getByRole('link').click();
  await page.getByText('visade en symbol på mobilen').waitFor();
  await checkA11y(page, 'inbox-form');
  await page.getByLabel('Status', { exact: true }).selectOption('assessed_vbe');
  await page.locator('fieldset', { hasText: 'Miljö' }).getByLabel('Våldsbejakande högerextremism').check();
  await page.getByRole('button', { name: 'Spara bedömningen' }).click();
  await page.getByText('Ändringarna är sparade.').waitFor();
  await page.getByLabel('Ny anteckning').fill('Rektor och skolans elevhälsa informerade.');
  await page.getByRole('button', { name: 'Spara anteckningen' }).click();
  await page.getByText('Rektor och skolans elevhälsa informerade.').waitFor();
  await checkA11y(page, 'inbox-assessed');

  await page.goto('/inkorg');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Hämta bedömda blanketter' }).click();
  const file = await download;
  assert.match(file.suggestedFilename(), /blanketter\.csv/);
  await page.context().close();

  const status = await newPage(browser, server.base);
  await status.goto('/blankett/status');
  await status.getByLabel('Kvittokod').fill(receipt);
  await status.getByRole('button', { name: 'Visa status' }).click();
  await status.getByText('Bedömd som VBE').waitFor();
  await status.context().close();
});
