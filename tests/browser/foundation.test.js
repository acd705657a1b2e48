// The foundation in a real browser: every demo role signs in and sees its own start page
// and navigation; scopes hold; the organisation is edited as a person would; bad input is
// named in Swedish. Every page visited passes the axe-core WCAG 2.1 AA check.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
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

const ROLES = [
  ['admin@demo.example', 'admin', ['Start', 'Organisation', 'Användare', 'Logg']],
  ['central@demo.example', 'central', ['Start', 'Organisation', 'Inkorg', 'Begrepp', 'Logg']],
  ['samordnare.sodermalm@demo.example', 'coordinator', ['Start', 'Organisation', 'Inkorg', 'Logg']],
  ['chef.sodermalm@demo.example', 'manager', ['Start', 'Organisation']],
  ['medarbetare.sodermalm@demo.example', 'employee', ['Start', 'Blankett', 'Följ en blankett', 'Samordnare']],
  ['partner@demo.example', 'partner', ['Start', 'Följ en blankett', 'Samordnare']],
  // A reader reads: no form to send in the navigation.
  ['revisor@demo.example', 'reader', ['Start', 'Organisation'], ['Blankett']],
  ['ledning@demo.example', 'management', ['Start', 'Organisation']],
];

test('the sign-in page is accessible and a wrong password says nothing about the account', async () => {
  const page = await newPage(browser, server.base);
  await page.goto('/logga-in');
  await checkA11y(page, 'sign-in');
  for (const email of ['admin@demo.example', 'finns.inte@demo.example']) {
    await page.getByLabel('E-postadress').fill(email);
    await page.getByLabel('Lösenord').fill('fel-lösenord-1');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByText('Fel e-postadress eller lösenord.').waitFor();
  }
  await checkA11y(page, 'sign-in-failed');
  await page.context().close();
});

for (const [email, name, nav, absent = []] of ROLES) {
  test(`${name} signs in, lands on a start page of their own and visits their navigation`, async () => {
    const page = await newPage(browser, server.base);
    await signIn(page, email);
    await assert.doesNotReject(page.getByRole('heading', { level: 1, name: /Välkommen/ }).waitFor());
    await checkA11y(page, `${name}-start`);
    const links = await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link').allInnerTexts();
    for (const label of nav) {
      assert.ok(links.includes(label), `${name} lacks ${label} in ${links}`);
    }
    for (const label of absent) {
      assert.ok(!links.includes(label), `${name} should not have ${label} in ${links}`);
    }
    for (const label of links.filter((l) => l !== 'Start')) {
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: label, exact: true }).click();
      await page.waitForLoadState('domcontentloaded');
      await checkA11y(page, `${name}-${label.toLowerCase().replace(/[^a-z]/g, '')}`);
    }
    await signOut(page);
    await page.context().close();
  });
}

test('scopes hold in the browser', async () => {
  const page = await newPage(browser, server.base);
  await signIn(page, 'medarbetare.sodermalm@demo.example');
  await page.goto('/organisation');
  await page.getByRole('heading', { name: 'Ingen behörighet' }).waitFor();
  await checkA11y(page, 'forbidden');
  await signOut(page);

  await signIn(page, 'revisor@demo.example');
  await page.goto('/organisation');
  const names = await page.locator('table th[scope=row] a').allInnerTexts();
  assert.deepEqual(names.sort(), ['Södermalms stadsdelsförvaltning', 'Älvsjö stadsdelsförvaltning'].sort());
  await signOut(page);

  await signIn(page, 'samordnare.sodermalm@demo.example');
  await page.goto('/organisation');
  await page.getByRole('link', { name: 'Södermalms stadsdelsförvaltning' }).click();
  await page.getByRole('heading', { level: 1, name: 'Södermalms stadsdelsförvaltning' }).waitFor();
  await checkA11y(page, 'coordinator-administration');
  await page.context().close();
});

test('the central coordinator edits the organisation as a person would', async () => {
  const page = await newPage(browser, server.base);
  await signIn(page, 'central@demo.example');
  const code = `W${Date.now() % 100000}`;
  await page.goto('/organisation');
  await checkA11y(page, 'organisation');
  await page.getByLabel('Kod', { exact: true }).fill(code);
  await page.getByLabel('Namn', { exact: true }).fill('Webbtestförvaltningen');
  await page.getByLabel('Typ').selectOption('specialist');
  await page.getByRole('button', { name: 'Skapa förvaltningen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Webbtestförvaltningen' }).waitFor();
  await checkA11y(page, 'new-administration');

  await page.getByLabel('Avdelningskod').fill(`${code}-A`);
  await page.getByLabel('Avdelningens namn').fill('Avdelning för test');
  await page.getByRole('button', { name: 'Skapa avdelningen' }).click();
  await page.getByText('Posten är skapad.').waitFor();

  // Bad input first: named in Swedish, the page still usable.
  await page.getByLabel('Enhetskod').fill('ogiltig kod');
  await page.getByLabel('Enhetens namn').fill('Fältgruppen');
  await page.getByLabel('Antal medarbetare').fill('abc');
  await page.getByRole('button', { name: 'Skapa enheten' }).click();
  await page.getByText('Fältet ”antal medarbetare”: ange ett heltal').waitFor();
  await checkA11y(page, 'new-unit-problems');

  for (const [unitCode, unitName] of [[`${code}-1`, 'Fältgruppen'], [`${code}-2`, 'Nya fältgruppen']]) {
    await page.getByLabel('Enhetskod').fill(unitCode);
    await page.getByLabel('Enhetens namn').fill(unitName);
    await page.getByLabel('Chef').fill('Testa Chefsdotter');
    await page.getByLabel('Antal medarbetare').fill('8');
    await page.getByLabel('Förebyggande').check();
    await page.getByLabel('Upptäckande').check();
    await page.getByRole('button', { name: 'Skapa enheten' }).click();
    await page.getByText('Posten är skapad.').waitFor();
  }
  await page.getByRole('link', { name: 'Fältgruppen', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Fältgruppen' }).waitFor();
  await checkA11y(page, 'unit');
  await page.getByLabel('Antal medarbetare').fill('11');
  await page.getByRole('button', { name: 'Spara' }).click();
  await page.getByText('Ändringarna är sparade.').waitFor();
  await page.getByLabel('Enhet som tar över').selectOption({ label: `Nya fältgruppen (${code}-2)` });
  await page.getByRole('button', { name: 'Avsluta enheten' }).click();
  await page.getByText('Enheten är avslutad.', { exact: true }).waitFor();
  await page.getByText(/Enheten är avslutad\. Tidigare uppgifter/).waitFor();
  await checkA11y(page, 'unit-ended');

  await page.getByRole('link', { name: 'Webbtestförvaltningen' }).click();
  await page.getByLabel('Namn', { exact: true }).first().fill('Sam Testsson');
  await page.getByLabel('Titel').fill('Samordnare');
  await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
  await page.getByText('Posten är skapad.').waitFor();

  await page.goto('/logg');
  await checkA11y(page, 'audit');
  await page.locator('tbody').getByText('Webbtestförvaltningen').first().waitFor();
  await page.getByLabel('Händelse', { exact: true }).selectOption('end');
  await page.getByRole('button', { name: 'Filtrera' }).click();
  await page.waitForURL(/action=end/);
  const rows = await page.locator('tbody tr').allInnerTexts();
  assert.ok(rows.length >= 1 && rows.every((r) => r.includes('Avslutad')), rows.join('\n'));
  await checkA11y(page, 'audit-filtered');
  await page.context().close();
});

test('an organisation import with a bad row is refused whole; a good one is read', async () => {
  const page = await newPage(browser, server.base);
  await signIn(page, 'admin@demo.example');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'varn-import-'));
  const bad = path.join(dir, 'bad.csv');
  fs.writeFileSync(bad, 'förvaltning;avdelningskod;avdelning;enhetskod;enhet;antal medarbetare\nSOD;SOD-IMP;Import;SOD-IMP-1;Importerad enhet;4\nZZZ;ZZZ-A;A;ZZZ-1;B;2\n');
  await page.goto('/organisation/import');
  await checkA11y(page, 'import');
  await page.getByLabel('Fil (CSV eller XLSX)').setInputFiles(bad);
  await page.getByRole('button', { name: 'Läs in filen' }).click();
  await page.getByText('Rad 3, fältet ”förvaltning”: det finns ingen förvaltning med koden ZZZ.').waitFor();
  await checkA11y(page, 'import-refused');
  const check = await page.request.get('/api/v1/administrations');
  assert.equal(check.status(), 200);
  await page.goto('/organisation/enheter.csv').catch(() => {});
  const csv = await (await page.request.get('/organisation/enheter.csv')).text();
  assert.ok(!csv.includes('SOD-IMP-1'), 'nothing of the refused file was kept');

  const good = path.join(dir, 'good.csv');
  fs.writeFileSync(good, 'förvaltning;avdelningskod;avdelning;enhetskod;enhet;antal medarbetare\nSOD;SOD-IMP;Import;SOD-IMP-1;Importerad enhet;4\n');
  await page.goto('/organisation/import');
  await page.getByLabel('Fil (CSV eller XLSX)').setInputFiles(good);
  await page.getByRole('button', { name: 'Läs in filen' }).click();
  await page.getByRole('heading', { name: 'Inläsningen är klar' }).waitFor();
  await checkA11y(page, 'import-done');
  await page.context().close();
});

test('the administrator finds an example file, units by administration, and a 403 meant for them', async () => {
  const page = await newPage(browser, server.base);
  await signIn(page, 'admin@demo.example');
  await page.goto('/organisation/import');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Hämta en exempelfil/ }).click(),
  ]);
  const file = await download.path();
  assert.match(fs.readFileSync(file, 'utf8'), /förvaltning;förvaltningens namn;förvaltningstyp/);

  await page.goto('/personer');
  await page.getByRole('link', { name: /Hämta en exempelfil/ }).waitFor();
  await page.locator('table a[href^="/personer/"]').first().click();
  await page.waitForURL(/\/personer\/\d+/);
  const units = page.getByLabel('Enhet (för enhetschefer)');
  const groups = async () => units.locator('optgroup:not([hidden])').evaluateAll((gs) => gs.map((g) => g.label));
  assert.ok((await groups()).length >= 2, 'the units of every administration are offered before one is chosen');
  await page.getByLabel('Behörighet för').selectOption({ label: 'Älvsjö stadsdelsförvaltning' });
  assert.deepEqual(await groups(), ['Älvsjö stadsdelsförvaltning']);
  await checkA11y(page, 'person-units-narrowed');

  await page.goto('/planer');
  await page.getByRole('heading', { name: 'Ingen behörighet' }).waitFor();
  await page.getByText('Din roll som systemförvaltare räcker inte för det här.').waitFor();
  await checkA11y(page, 'forbidden-admin');
  await page.context().close();
});

test('the employee start page and the contacts work on a phone', async () => {
  const page = await newPage(browser, server.base, { width: 390, height: 844 });
  await signIn(page, 'medarbetare.sodermalm@demo.example');
  await checkA11y(page, 'phone-employee-start');
  await page.goto('/kontakter');
  await page.getByRole('heading', { name: 'Din förvaltning' }).waitFor();
  await checkA11y(page, 'phone-contacts');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  assert.equal(overflow, false, 'no sideways scrolling on a phone');
  await page.context().close();
});
