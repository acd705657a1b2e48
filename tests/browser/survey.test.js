// The survey in a real browser: the coordinator opens a round for two departments and a
// partner (without a mail server the links are shown once, to pass on); a unit manager
// answers through the link on a phone-sized window, saves halfway and finishes; a partner
// writes a name in the free text, is refused with the place marked, then answers clean; the
// coordinator sees the response rate move and reads the results and the comparison with the
// previous round. Every page visited passes the axe-core WCAG 2.1 AA check, the answering
// page also at 390 px.
'use strict';

const fs = require('node:fs');

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

const PHONE = { width: 390, height: 844 };

test('a round runs from recipients to results', async () => {
  const page = await newPage(browser, server.base);
  await signIn(page, 'samordnare.sodermalm@demo.example');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Enkät' }).click();
  await page.waitForURL(/\/enkat$/);
  await checkA11y(page, 'survey-rounds');

  await page.getByRole('link', { name: 'Stadens frågor' }).click();
  await page.waitForURL(/\/enkat\/mall$/);
  await checkA11y(page, 'survey-template');
  await page.goBack();

  await page.getByRole('link', { name: /Ny omgång för Södermalm/ }).click();
  await page.waitForURL(/\/ny$/);
  await checkA11y(page, 'survey-new');
  await page.getByLabel('Omgångens namn').fill('Enkät om våldsbejakande extremism');
  await page.getByLabel('Period').fill('2031');
  await page.getByLabel('Sociala avdelningen').check();
  await page.getByLabel('Stadsmiljöavdelningen').check();
  await page.getByLabel('Samverkanspartner (e-post)').fill('nattvandrarna@exempel.example');
  await page.getByRole('button', { name: 'Öppna omgången och skicka länkarna' }).click();
  await page.getByRole('heading', { name: 'Länkar att lämna vidare' }).waitFor();
  await checkA11y(page, 'survey-round-opened');
  const resultsHref = await page.getByRole('link', { name: 'Resultat' }).getAttribute('href');
  const roundUrl = resultsHref.replace(/\/resultat$/, '');
  const links = await page.locator('ul.links li').allInnerTexts();
  // Reloading the page sends the form again: the round is not opened twice.
  const roundsBefore = await page.request.get('/api/v1/survey/rounds').then((r) => r.json());
  await page.reload();
  await page.getByText(/Omgången öppnades redan när formuläret skickades/).waitFor();
  assert.match(page.url(), /\/enkat\/omgangar\/\d+\?klart=redan-oppnad$/);
  assert.equal(new URL(page.url()).pathname, roundUrl);
  const roundsAfter = await page.request.get('/api/v1/survey/rounds').then((r) => r.json());
  assert.equal(roundsAfter.length, roundsBefore.length);
  await checkA11y(page, 'survey-round-reloaded');
  const linkOf = (label) => {
    const line = links.find((l) => l.startsWith(label));
    assert.ok(line, `a link for ${label}: ${links.join('\n')}`);
    return line.match(/(\/enkat\/svar\/[A-Za-z0-9_-]+)/)[1];
  };
  const unitLink = linkOf('Fältassistenterna');
  const partnerLink = linkOf('nattvandrarna@exempel.example');
  const before = await page.locator('#rate-overall').innerText();
  assert.match(before, /^0 av \d+ har svarat/);
  const asked = Number(before.match(/av (\d+)/)[1]);
  assert.ok(roundUrl);

  // The unit manager, on a phone, with no account: saves halfway, comes back, finishes.
  const phone = await newPage(browser, server.base, PHONE);
  await phone.goto(unitLink);
  await checkA11y(phone, 'survey-answer-phone');
  const width = await phone.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `no sideways scrolling at 390 px (${width})`);
  await phone.locator('#fraga-5').getByLabel('4').check();
  await phone.getByRole('button', { name: 'Spara och fortsätt senare' }).click();
  await phone.getByText('Dina svar är sparade').waitFor();
  await phone.goto(unitLink);
  await phone.getByText('Dina sparade svar är ifyllda').waitFor();
  assert.ok(await phone.locator('#fraga-5').getByLabel('4').isChecked());
  await phone.locator('#fraga-1').getByLabel('Nej').check();
  await phone.locator('#fraga-6').getByLabel('Handlingsplanen').check();
  await phone.getByRole('button', { name: 'Skicka svaren' }).click();
  await phone.getByRole('heading', { name: 'Tack för dina svar' }).waitFor();
  await checkA11y(phone, 'survey-thanks-phone');
  await phone.goto(unitLink);
  await phone.getByText('Länken gäller inte längre').waitFor();
  await checkA11y(phone, 'survey-link-dead');

  // The partner writes a name: refused with the place marked; then answers clean.
  const partner = await newPage(browser, server.base, PHONE);
  await partner.goto(partnerLink);
  await partner.locator('#fraga-5').getByLabel('3').check();
  await partner.locator('#fraga-1').getByLabel('Ja').check();
  const missing = partner.locator('#fraga-11 textarea');
  await missing.fill('Prata med Ahmed Yilmaz på fritidsgården om läget.');
  await partner.getByRole('button', { name: 'Skicka svaren' }).click();
  await partner.getByRole('heading', { name: 'Texten kan peka ut någon' }).waitFor();
  assert.equal(await partner.locator('#fraga-11 mark').count() > 0, true, 'the place is marked');
  await checkA11y(partner, 'survey-answer-refused');
  await missing.fill('Mer samverkan med fritidsgårdarna.');
  await partner.getByRole('button', { name: 'Skicka svaren' }).click();
  await partner.getByRole('heading', { name: 'Tack för dina svar' }).waitFor();

  // The coordinator sees the rate move, then the results and the comparison.
  await page.goto(roundUrl);
  const after = await page.locator('#rate-overall').innerText();
  assert.match(after, new RegExp(`^2 av ${asked} har svarat`));
  await checkA11y(page, 'survey-round');
  await page.getByRole('link', { name: 'Resultat' }).click();
  await page.waitForURL(/\/resultat$/);
  const results = await page.locator('main').innerText();
  assert.match(results, /medelvärde 3,50, median 3,5/);
  assert.match(results, /Jämförs med Enkät om våldsbejakande extremism/);
  assert.match(results, /förra omgången \d,\d\d/);
  assert.match(results, /Mer samverkan med fritidsgårdarna\./);
  assert.doesNotMatch(results, /Yilmaz/);
  await checkA11y(page, 'survey-results');
  // The results as Word and as PDF.
  for (const [name, ext] of [['Resultatet som Word', 'docx'], ['Resultatet som PDF', 'pdf']]) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name, exact: true }).click(),
    ]);
    assert.match(download.suggestedFilename(), new RegExp(`^enkatresultat-\\d+\\.${ext}$`));
    const head = fs.readFileSync(await download.path()).subarray(0, 4).toString('latin1');
    assert.equal(head, ext === 'pdf' ? '%PDF' : 'PK\u0003\u0004');
  }

  // The central coordinator: the template's edit form, and the results suppressed.
  const central = await newPage(browser, server.base);
  await signIn(central, 'central@demo.example');
  await central.goto('/enkat/mall');
  await central.getByRole('button', { name: 'Publicera en ny version' }).waitFor();
  await checkA11y(central, 'survey-template-edit');
  await central.goto(page.url());
  await central.getByText(/antal från 1 till 3 döljs/).waitFor();
  assert.doesNotMatch(await central.locator('main').innerText(), /Mer samverkan med fritidsgårdarna/);
  await checkA11y(central, 'survey-results-suppressed');

  // Results at phone width too.
  const small = await newPage(browser, server.base, PHONE);
  await signIn(small, 'samordnare.sodermalm@demo.example');
  await small.goto(page.url());
  await checkA11y(small, 'survey-results-phone');
});
