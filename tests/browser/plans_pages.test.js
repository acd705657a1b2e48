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
    await page.locator('#act-unit-id').selectOption({ label: 'Fältassistenterna (SOD-SOC-01)' });
    await page.getByLabel('Tidplan', { exact: true }).fill(schedule);
    await page.getByLabel('T1').check();
    await page.getByLabel('VB').check();
    if (text.includes('webbutbildningen')) {
      // Its indicator is a figure Värn counts itself.
      await page.getByLabel('Värdet räknas av Värn').selectOption({
        label: 'Webbutbildning om våldsbejakande extremism (WEBB-BAS): medarbetare som har genomfört utbildningen',
      });
    }
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
  await page.getByLabel('Kommunstyrelsens beslutsreferens (paragraf eller Dnr)').fill('KS 2090/44');
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
  // The training activity's value is counted by Värn and offered in its report form.
  const counted = page.locator('tr', { hasText: 'Nya medarbetare går webbutbildningen.' }).first();
  assert.match(await counted.innerText(), /Räknat av Värn: \d+/);
  await page.context().close();
});

test('the demo plans show their revision, difference, structure and overview', async () => {
  const page = await newPage(browser, server.base);
  await signIn(page, 'central@demo.example');
  await page.goto('/planer');
  await page.getByRole('link', { name: 'Södermalms handlingsplan mot våldsbejakande extremism' }).first().click();
  await page.waitForURL(/\/planer\/\d+/);
  await checkA11y(page, 'demo-plan');
  // The plan with the local situational picture as its appendix.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Hämta som Word med lägesbilden som bilaga' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^handlingsplan-.*\.docx$/);
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

test('schedules as the city writes them, Word and PDF, revision and a manager\'s report', async () => {
  const page = await newPage(browser, server.base);
  await signIn(page, 'samordnare.sodermalm@demo.example');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Handlingsplaner' }).click();
  await page.waitForURL(/\/planer$/);
  await checkA11y(page, 'plans');

  await page.getByLabel('Planens namn').fill('Webbtestplan 2031');
  await page.getByLabel('Diarienummer (Dnr)').fill('Dnr SÖD 2030/101');
  await page.getByLabel('Perioden börjar').fill('2031-01-01');
  await page.getByLabel('Perioden slutar').fill('2031-12-31');
  await page.getByRole('button', { name: 'Skapa utkast' }).click();
  await page.getByRole('heading', { level: 1, name: 'Webbtestplan 2031' }).waitFor();
  await checkA11y(page, 'plan-draft');

  const schedules = ['2031-01-01 2031-12-31', '4 ggr/år', 'Löpande vid behov', 'Våren 2031', 'När tillfälle ges'];
  for (const [i, schedule] of schedules.entries()) {
    await page.getByLabel('Aktivitet', { exact: true }).fill(`Aktivitet ${i + 1}: samtal med personalgrupper om rutinen`);
    await page.getByLabel('Ansvarig (roll som den skrivs)').fill('Enhetschef');
    // The last activity is another unit's: the field assistants' manager may not report on it.
    const unit = i === schedules.length - 1 ? 'Mottagningsenheten barn och unga (SOD-SOC-02)' : 'Fältassistenterna (SOD-SOC-01)';
    await page.locator('#act-unit-id').selectOption({ label: unit });
    await page.getByLabel('Tidplan').fill(schedule);
    await page.locator('#act-point-T1').check();
    await page.locator('#act-point-VB').check();
    await page.getByRole('button', { name: 'Lägg till aktivitet' }).click();
    await page.getByText(`Aktivitet ${i + 1}: samtal`).first().waitFor();
  }
  const body = await page.locator('main').innerText();
  for (const schedule of schedules) {
    assert.ok(body.includes(schedule), `the schedule text "${schedule}" is kept`);
  }
  await checkA11y(page, 'plan-activities');

  await page.getByLabel('Beslutsdatum').fill('2030-12-10');
  await page.getByLabel('Beslutets referens (paragraf eller Dnr)').fill('§ 12');
  await page.getByRole('button', { name: 'Registrera nämndens beslut' }).click();
  await page.getByText('Beslutad av nämnden').first().waitFor();
  await page.getByLabel('Datum för godkännandet').fill('2031-01-20');
  await page.getByLabel('Kommunstyrelsens beslutsreferens (paragraf eller Dnr)').fill('KS 2031/7');
  await page.getByRole('button', { name: 'Registrera kommunstyrelsens godkännande' }).click();
  await page.getByText('Godkänd av kommunstyrelsen').first().waitFor();
  await checkA11y(page, 'plan-approved');

  const planUrl = new URL(page.url()).pathname;
  const docx = await page.request.get(`${planUrl}/handlingsplan.docx`);
  assert.equal(docx.status(), 200);
  assert.ok((await docx.body()).subarray(0, 2).toString() === 'PK', 'a Word file is a zip');
  const pdf = await page.request.get(`${planUrl}/handlingsplan.pdf`);
  assert.equal(pdf.status(), 200);
  assert.ok((await pdf.body()).subarray(0, 5).toString() === '%PDF-');

  await page.getByRole('button', { name: 'Ny plan från denna' }).click();
  await page.waitForURL((url) => url.pathname !== planUrl);
  await page.getByText('Aktivitet 1: samtal').first().waitFor();
  await checkA11y(page, 'plan-revised');
  await page.context().close();

  const manager = await newPage(browser, server.base);
  await signIn(manager, 'chef.sodermalm@demo.example');
  await manager.goto(`${planUrl}/uppfoljning`);
  await checkA11y(manager, 'plan-followup');
  assert.equal(
    await manager.locator('form[action*="/aktiviteter/"]').count(),
    schedules.length - 1,
    'a report form for each of the own unit\'s activities, none for the other unit\'s',
  );
  const first = manager.locator('form[action*="/aktiviteter/"]').first();
  await first.getByLabel('Status').selectOption({ index: 2 });
  await first.getByLabel('Kommentar').fill('Två av tre grupper har haft samtalet.');
  await first.getByRole('button', { name: 'Rapportera' }).click();
  await manager.getByText('Två av tre grupper har haft samtalet.').first().waitFor();
  await checkA11y(manager, 'plan-followup-reported');
  await manager.context().close();
});
