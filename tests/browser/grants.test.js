// Grants in a real browser: a grant officer registers an association, an application with
// its democracy declaration and a decision with two instalments; pays one, makes a VBE
// control with a finding, stops the payments and sees the second instalment refused; and
// reads the year's figures. Every page visited passes the axe-core WCAG 2.1 AA check, at
// desktop width and at 390 px.
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

const today = new Date().toISOString().slice(0, 10);
const year = today.slice(0, 4);

test('a grant officer takes an association from application to stop', async () => {
  const page = await newPage(browser, server.base);
  await signIn(page, 'bidrag.sodermalm@demo.example');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Föreningsbidrag' }).click();
  await page.waitForURL(/\/bidrag$/);
  await checkA11y(page, 'grants-index');

  await page.getByRole('link', { name: 'Södermalms stadsdelsförvaltning' }).click();
  await page.waitForURL(/\/bidrag\/forvaltningar\/\d+$/);
  await checkA11y(page, 'grants-administration');
  const adminUrl = page.url();

  // A sole trader's number is refused, naming the field.
  await page.locator('#a-org').fill('811228-9874');
  await page.locator('#a-name').fill('Enskilda firman');
  await page.getByRole('button', { name: 'Spara föreningen' }).click();
  assert.match(await page.locator('#problems').innerText(), /Organisationsnummer.*personnummer/);
  await checkA11y(page, 'grants-register-refused');

  await page.locator('#a-org').fill('802477-8899');
  await page.locator('#a-name').fill('Föreningen Lyktan');
  await page.locator('#a-kind').selectOption('culture');
  await page.locator('#a-role').fill('Ordförande');
  await page.getByRole('button', { name: 'Spara föreningen' }).click();
  await page.waitForURL(/\/foreningar\/\d+/);
  await checkA11y(page, 'grants-association');
  const associationUrl = page.url().replace(/\?.*$/, '');

  // The application with its declaration.
  await page.locator('#p-kind').selectOption('grant');
  await page.locator('#p-from').fill(`${year}-01-01`);
  await page.locator('#p-to').fill(`${year}-12-31`);
  await page.locator('#p-purpose').fill('Läxhjälp och bokcirklar för unga.');
  await page.locator('#p-amount').fill('20000');
  await page.locator('#p-declared').fill(today);
  await page.locator('#p-by').fill('Ordförande');
  await page.getByRole('button', { name: 'Spara ansökan' }).click();
  await page.waitForURL(/\/bidrag\/ansokningar\/\d+/);
  await checkA11y(page, 'grants-application');

  // A decision without a reason is refused; then granted.
  await page.locator('#d-outcome').selectOption('granted');
  await page.locator('#d-amount').fill('20000');
  await page.locator('#d-ref').fill(`SOD ${year}/42`);
  await page.getByRole('button', { name: 'Spara beslutet' }).click();
  assert.match(await page.locator('#problems').innerText(), /Skäl/);
  await page.locator('#d-amount').fill('20000');
  await page.locator('#d-ref').fill(`SOD ${year}/42`);
  await page.locator('#d-reason').fill('Verksamheten uppfyller riktlinjerna.');
  await page.locator('#d-plan').fill('Kontroll under året och VBE-kontroll i uppföljningen.');
  await page.getByRole('button', { name: 'Spara beslutet' }).click();
  await page.locator('#outcome').getByText('Beviljad').waitFor();
  await checkA11y(page, 'grants-decided');

  // Two instalments.
  for (const due of [today, `${year}-12-31`]) {
    await page.locator('#u-amount').fill('10000');
    await page.locator('#u-due').fill(due);
    await page.getByRole('button', { name: 'Spara utbetalningen' }).click();
    await page.getByText('Ändringarna är sparade.').waitFor();
  }
  // The second instalment's address, to try it again after the stop.
  const secondApprove = await page.getByRole('button', { name: `Attestera utbetalningen ${year}-12-31` })
    .locator('xpath=ancestor::form').getAttribute('action');

  await page.getByRole('button', { name: `Attestera utbetalningen ${today}` }).click();
  await page.getByRole('button', { name: `Betala ut utbetalningen ${today}` }).click();
  await page.getByText(/Utbetald/).waitFor();
  await checkA11y(page, 'grants-paid');

  // A VBE control with a finding.
  await page.goto(associationUrl);
  await page.locator('#c-kind').selectOption('vbe');
  await page.locator('#c-app').selectOption({ index: 1 });
  await page.locator('#c-checked').fill('Webbplats, sociala medier och stadgar.');
  await page.locator('#c-finding').fill('Föreningen delar material från en våldsbejakande grupp.');
  await page.locator('#c-on').fill(today);
  await page.getByRole('button', { name: 'Spara kontrollen' }).click();
  await page.getByText('Föreningen delar material').waitFor();
  await checkA11y(page, 'grants-controlled');

  // Stop every further payment.
  await page.locator('#s-reason').fill('VBE-kontrollen visar att villkoren inte uppfylls.');
  await page.getByRole('button', { name: 'Stoppa utbetalningarna' }).click();
  await page.locator('#payment-state').getByText('Stoppade').waitFor();
  await checkA11y(page, 'grants-stopped');

  // The second instalment is stopped, and approving it anyway is refused.
  await page.getByRole('link', { name: today }).first().click();
  await page.waitForURL(/\/bidrag\/ansokningar\/\d+/);
  await page.locator('#stopped-note').waitFor();
  assert.match(await page.locator('#payments-caption').locator('xpath=ancestor::table').innerText(), /Stoppad/);
  assert.equal(await page.getByRole('button', { name: `Attestera utbetalningen ${year}-12-31` }).count(), 0);
  await page.evaluate((action) => {
    const form = document.createElement('form');
    form.method = 'post';
    form.action = action;
    const csrf = document.querySelector('input[name=csrf]').cloneNode();
    form.appendChild(csrf);
    document.body.appendChild(form);
    form.submit();
  }, secondApprove);
  assert.match(await page.locator('#problems').innerText(), /Utbetalning.*utbetalningen är stoppad/);
  await checkA11y(page, 'grants-refused');
  await page.locator('#u-amount').fill('100');
  await page.locator('#u-due').fill(today);
  await page.getByRole('button', { name: 'Spara utbetalningen' }).click();
  await page.locator('#problems', { hasText: /Belopp.*föreningens utbetalningar är stoppade/ }).waitFor();

  // The year's figures.
  await page.goto(`${adminUrl}/arsrapport`);
  const table = page.locator('#year-caption').locator('xpath=ancestor::table');
  const vbe = await table.getByRole('row', { name: /VBE-kontroller/ }).locator('td').innerText();
  assert.ok(Number(vbe) >= 1, `VBE controls: ${vbe}`);
  const stops = await table.getByRole('row', { name: /^Stopp av utbetalningar/ }).locator('td').innerText();
  assert.ok(Number(stops) >= 1, `stops: ${stops}`);
  await checkA11y(page, 'grants-year');
  await signOut(page);

  // The central coordinator reads the city's figures.
  await signIn(page, 'central@demo.example');
  await page.goto('/bidrag');
  await checkA11y(page, 'grants-central-index');
  await page.getByRole('link', { name: 'Hela stadens siffror' }).click();
  await page.waitForURL(/\/bidrag\/stad/);
  assert.match(await page.locator('main').innerText(), /Södermalms stadsdelsförvaltning/);
  await checkA11y(page, 'grants-city');
});

test('the grants pages pass the check at 390 px', async () => {
  const page = await newPage(browser, server.base, { width: 390, height: 844 });
  await signIn(page, 'bidrag.sodermalm@demo.example');
  await page.goto('/bidrag');
  await checkA11y(page, 'grants-index-390');
  await page.getByRole('link', { name: 'Södermalms stadsdelsförvaltning' }).click();
  await page.waitForURL(/\/bidrag\/forvaltningar\/\d+$/);
  await checkA11y(page, 'grants-administration-390');
  const adminUrl = page.url();
  await page.getByRole('link', { name: 'Södermalms Bollklubb' }).click();
  await page.waitForURL(/\/foreningar\/\d+/);
  await checkA11y(page, 'grants-association-390');
  await page.locator('#applications-caption').locator('xpath=ancestor::table').getByRole('link').first().click();
  await page.waitForURL(/\/bidrag\/ansokningar\/\d+/);
  await checkA11y(page, 'grants-application-390');
  await page.goto(`${adminUrl}/arsrapport`);
  await checkA11y(page, 'grants-year-390');
});
