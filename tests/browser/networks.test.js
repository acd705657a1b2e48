// Networks, the newsletter and the knowledge pages in a real browser: the central
// coordinator makes a network and a meeting, marks two coordinators present, has minutes
// with a name refused and then saves them clean; writes a newsletter, previews it and sends
// it to an SMTP server of the test's own; an employee finds the glossary's entry for
// "klotter" from the start page. Every page visited passes the axe-core WCAG 2.1 AA check,
// at desktop width and at 390 px.
'use strict';

const net = require('node:net');
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer, launch, newPage, signIn, signOut, checkA11y } = require('./harness');

let server;
let browser;
let smtp;
const received = [];

/** A minimal SMTP server on a free port, keeping the recipients and text of each message. */
function smtpServer() {
  return new Promise((resolve) => {
    const srv = net.createServer((socket) => {
      let buffer = '';
      let inData = false;
      let message = { to: [], data: '' };
      socket.write('220 test ESMTP\r\n');
      socket.on('data', (chunk) => {
        buffer += chunk.toString('utf8');
        let i;
        while ((i = buffer.indexOf('\r\n')) >= 0) {
          const line = buffer.slice(0, i);
          buffer = buffer.slice(i + 2);
          if (inData) {
            if (line === '.') {
              inData = false;
              received.push(message);
              message = { to: [], data: '' };
              socket.write('250 OK\r\n');
            } else {
              message.data += `${line}\n`;
            }
            continue;
          }
          const upper = line.toUpperCase();
          if (upper.startsWith('EHLO') || upper.startsWith('HELO')) socket.write('250 test\r\n');
          else if (upper.startsWith('RCPT TO:')) { message.to.push(line.slice(8).trim().replace(/[<>]/g, '')); socket.write('250 OK\r\n'); }
          else if (upper.startsWith('DATA')) { inData = true; socket.write('354 go on\r\n'); }
          else if (upper.startsWith('QUIT')) { socket.write('221 bye\r\n'); socket.end(); }
          else socket.write('250 OK\r\n');
        }
      });
      socket.on('error', () => {});
    });
    srv.listen(0, '127.0.0.1', () => resolve(srv));
  });
}

before(async () => {
  smtp = await smtpServer();
  server = await startServer({ VARN_SMTP_URL: `smtp://127.0.0.1:${smtp.address().port}` });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  smtp?.close();
});

const NETWORK = 'Nätverket i webbläsartestet';

test('the central coordinator records a meeting, its attendance and its minutes', async () => {
  const page = await newPage(browser, server.base);
  await signIn(page, 'central@demo.example');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Nätverk och möten' }).click();
  await page.waitForURL(/\/natverk$/);
  await checkA11y(page, 'networks-index');

  await page.locator('#n-name').fill(NETWORK);
  await page.locator('#n-kind').selectOption('city');
  await page.locator('#n-admin').selectOption({ label: 'Stadsledningskontoret' });
  await page.locator('#n-purpose').fill('Samordnarna möts varje månad.');
  await page.getByRole('button', { name: 'Spara nätverket' }).click();
  await page.waitForURL(/\/natverk\/\d+/);
  await checkA11y(page, 'networks-network');

  for (const name of ['Dragan Lindqvist', 'Kristoffer Bergkvist']) {
    await page.locator('#mb-user').selectOption({ label: name });
    await page.getByRole('button', { name: 'Lägg till medlemmen' }).click();
    await page.getByText('Ändringarna är sparade.').waitFor();
  }
  await page.locator('#mb-org').fill('Polisen');
  await page.getByRole('button', { name: 'Lägg till medlemmen' }).click();
  await page.getByText('Ändringarna är sparade.').waitFor();
  const members = await page.locator('section[aria-labelledby="members"]').innerText();
  assert.match(members, /Dragan Lindqvist/);
  assert.match(members, /Polisen \(organisation\)/);

  // A meeting without a date is refused, naming the field.
  await page.locator('#m-date').fill('');
  await page.getByRole('button', { name: 'Spara mötet' }).click();
  await page.getByText('Fältet ”Datum”: värdet saknas.').waitFor();
  await checkA11y(page, 'networks-meeting-refused');
  await page.locator('#m-date').fill('2026-02-10');
  await page.locator('#m-agenda').fill('Lägesbild och utbildning');
  await page.getByRole('button', { name: 'Spara mötet' }).click();
  await page.waitForURL(/\/natverk\/moten\/\d+/);
  await checkA11y(page, 'networks-meeting');

  // Two coordinators present, and two from the police.
  await page.getByLabel('Dragan Lindqvist').check();
  await page.getByLabel('Kristoffer Bergkvist').check();
  await page.locator('#at-orgs').fill('Polisen: 2');
  await page.getByRole('button', { name: 'Spara närvaron' }).click();
  await page.getByText('Ändringarna är sparade.').waitFor();
  const present = await page.locator('#present-list').innerText();
  assert.match(present, /Dragan Lindqvist/);
  assert.match(present, /Kristoffer Bergkvist/);
  assert.doesNotMatch(present, /gäst/);

  // Minutes with a name are refused; saved clean.
  await page.locator('#e-vbe').check();
  await page.locator('#e-minutes').fill('Sara Lindberg berättade om läget i skolan.');
  await page.getByRole('button', { name: 'Spara mötet' }).click();
  await page.getByText(/Fältet ”Protokoll för punkten om VBE”: texten innehåller något som kan identifiera en person/).waitFor();
  await checkA11y(page, 'networks-minutes-refused');
  await page.locator('#e-minutes').fill('Skolan rapporterade klotter med symboler; polisen följer upp.');
  await page.getByRole('button', { name: 'Spara mötet' }).click();
  await page.getByText('Ändringarna är sparade.').waitFor();
  assert.match(await page.locator('#minutes').innerText(), /Skolan rapporterade klotter/);
  assert.equal(await page.locator('#vbe-item').innerText(), 'Togs upp');
  await checkA11y(page, 'networks-meeting-saved');

  // The forum of Södermalm shows a meeting where VBE was not raised.
  await page.goto('/natverk');
  await page.getByRole('link', { name: 'Brottsförebyggande rådet Södermalm' }).click();
  await page.waitForURL(/\/natverk\/\d+/);
  assert.match(await page.locator('#standing-summary').innerText(), /VBE togs upp på 1 av 2 möten/);
  await checkA11y(page, 'networks-forum');
});

test('a newsletter is written, previewed and sent', async () => {
  const page = await newPage(browser, server.base);
  await signIn(page, 'central@demo.example');
  await page.goto('/nyhetsbrev');
  await checkA11y(page, 'newsletter-archive');
  await page.locator('#nl-admin').selectOption({ label: 'Stadsledningskontoret' });
  await page.locator('#nl-title').fill('Nyhetsbrev våren 2026');
  await page.locator('#nl-body').fill('## Våren 2026\n\n- Enkäten öppnar i mars.\n- **Samordnarnätverket** träffas i april.');
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  await page.locator('#preview h2', { hasText: 'Våren 2026' }).waitFor();
  await checkA11y(page, 'newsletter-preview');
  await page.getByRole('button', { name: 'Spara utkastet' }).click();
  await page.waitForURL(/\/nyhetsbrev\/\d+/);
  await checkA11y(page, 'newsletter-draft');

  // One bad address: nothing goes out.
  await page.getByLabel('Samordnare', { exact: true }).check();
  await page.locator('#s-addresses').fill('polisen@exempel.se\ninte-en-adress');
  await page.getByRole('button', { name: 'Skicka nyhetsbrevet' }).click();
  await page.getByText(/”inte-en-adress” är ingen e-postadress; ingenting skickades/).waitFor();
  // Only the newsletter's own mail counts: the server's ticks also mail (the demo plan's
  // reminders, from December on).
  const newsletters = () => received.filter((m) => /Samordnarn/.test(m.data));
  assert.equal(newsletters().length, 0, received.map((m) => `${m.to}: ${m.data.split('\n').find((l) => l.startsWith('Subject')) || ''}`).join('; '));
  await checkA11y(page, 'newsletter-refused');

  await page.getByLabel('Samordnare', { exact: true }).check();
  await page.locator('#s-addresses').fill('polisen@exempel.se');
  await page.getByRole('button', { name: 'Skicka nyhetsbrevet' }).click();
  await page.getByText(/Nyhetsbrevet skickades till \d+ adresser/).waitFor();
  const to = newsletters().flatMap((m) => m.to);
  assert.ok(to.includes('polisen@exempel.se'), `${to}`);
  assert.ok(to.includes('samordnare.sodermalm@demo.example'), `${to}`);
  await checkA11y(page, 'newsletter-sent');
  await signOut(page);

  // In the archive for everyone.
  await signIn(page, 'medarbetare.sodermalm@demo.example');
  await page.goto('/nyhetsbrev');
  await page.getByRole('link', { name: 'Nyhetsbrev våren 2026' }).click();
  await page.locator('#issue-body h2', { hasText: 'Våren 2026' }).waitFor();
  await checkA11y(page, 'newsletter-issue');
});

test('an employee finds the glossary entry for klotter from the start page', async () => {
  const page = await newPage(browser, server.base);
  await signIn(page, 'medarbetare.sodermalm@demo.example');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kunskapsbank' }).click();
  await page.waitForURL(/\/kunskap$/);
  await checkA11y(page, 'knowledge-index');
  await page.getByLabel('Sök i kunskapsbanken').fill('klotter');
  await page.getByRole('button', { name: 'Sök' }).click();
  await page.waitForURL(/\/kunskap\/sok\?q=klotter/);
  await checkA11y(page, 'knowledge-search');
  await page.locator('#hit-list').getByRole('link', { name: 'Tyr-runan' }).click();
  await page.waitForURL(/\/kunskap\/symboler/);
  const image = page.locator('img[src*="/kunskap/symboler/"]').first();
  assert.ok((await image.getAttribute('alt')).length > 10, 'the symbol has alt text');
  await checkA11y(page, 'knowledge-symbols');
  await page.goto('/kunskap/kontakter');
  assert.match(await page.locator('main').innerText(), /Södermalms stadsdelsförvaltning/);
  await checkA11y(page, 'knowledge-contacts');
  await page.goto('/kunskap');
  await page.getByRole('link', { name: 'Vägledning för medarbetare' }).click();
  await page.waitForURL(/\/kunskap\/sidor\/\d+/);
  await checkA11y(page, 'knowledge-page');
});

test('the networks and knowledge pages pass the check at 390 px', async () => {
  const page = await newPage(browser, server.base, { width: 390, height: 844 });
  await signIn(page, 'samordnare.sodermalm@demo.example');
  for (const [path, name] of [['/natverk', 'networks-index-390'], ['/nyhetsbrev', 'newsletter-390'], ['/kunskap', 'knowledge-390'], ['/kunskap/symboler', 'symbols-390'], ['/kunskap/kontakter', 'contacts-390']]) {
    await page.goto(path);
    await checkA11y(page, name);
  }
  await page.goto('/natverk');
  await page.getByRole('link', { name: 'Trygghetsmöte Södermalm' }).click();
  await page.waitForURL(/\/natverk\/\d+/);
  await checkA11y(page, 'networks-forum-390');
  await page.locator('section[aria-labelledby="meetings"] tbody a').first().click();
  await page.waitForURL(/\/natverk\/moten\/\d+/);
  await checkA11y(page, 'networks-meeting-390');
});

test('a plan activity linked to a network shows the meetings at T1', async () => {
  const page = await newPage(browser, server.base);
  await signIn(page, 'samordnare.farsta@demo.example');
  await page.goto('/planer');
  await page.getByLabel('Planens namn').fill('Farstas plan med nätverket');
  await page.getByLabel('Perioden börjar').fill('2026-01-01');
  await page.getByLabel('Perioden slutar').fill('2026-12-31');
  await page.getByRole('button', { name: 'Skapa utkast' }).click();
  await page.waitForURL(/\/planer\/\d+/);
  await page.getByLabel('Område').selectOption({ label: 'Samverkan' });
  await page.getByLabel('Aktivitet', { exact: true }).fill('Samordnaren deltar i stadens samordnarnätverk.');
  await page.getByLabel('T1').check();
  await page.getByLabel('Värdet räknas av Värn').selectOption({
    label: 'Möten i Stadens samordnarnätverk mot våldsbejakande extremism',
  });
  await page.getByRole('button', { name: 'Lägg till aktivitet' }).click();
  await page.getByText('Samordnaren deltar i stadens samordnarnätverk.').first().waitFor();
  await page.getByLabel('Beslutsdatum').fill('2026-01-15');
  await page.getByLabel('Beslutets referens (paragraf eller Dnr)').fill('§ 3');
  await page.getByRole('button', { name: 'Registrera nämndens beslut' }).click();
  await page.getByText('Beslutad av nämnden').first().waitFor();
  const planUrl = page.url().replace(/\?.*$/, '');
  await page.goto(`${planUrl}/uppfoljning?punkt=T1`);
  await checkA11y(page, 'plan-follow-up-network');
  const row = page.locator('tr', { hasText: 'Samordnaren deltar i stadens samordnarnätverk.' }).first();
  const text = await row.innerText();
  assert.match(text, /Räknat av Värn: [1-9]\d*/);
  assert.match(text, /Värns mötesregister/);
  await page.context().close();
});
