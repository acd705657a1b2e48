// The elevated risk picture in a real browser: the central coordinator declares it for
// Södermalm and the education administration (first without an area: refused, naming the
// field), the coordinators concerned are e-mailed at once (an SMTP server of the test's
// own); Södermalm's coordinator finds it on the start page and reports a measure (first
// with a name as "who": refused); the central coordinator sees who has reported nothing,
// the column on the city's desk, lifts the state (first dated before the declaration:
// refused) and downloads the whole episode as Word and PDF. The district changes its measure
// while the state is in force, and the central coordinator downloads every measure as CSV. Every page passes the axe-core
// check, at desktop width and at 390 px.
'use strict';

const net = require('node:net');
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer, launch, newPage, signIn, checkA11y } = require('./harness');

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

/** The Swedish date `days` days from today, as a date field takes it. */
function swedishDate(days) {
  const t = new Date(Date.now() + days * 24 * 3600 * 1000);
  const parts = Object.fromEntries(new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit',
  }).formatToParts(t).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
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

test('an elevated risk picture is declared, a district reports a measure, the state is lifted', async () => {
  const central = await newPage(browser, server.base);
  await signIn(central, 'central@demo.example');
  await central.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Förhöjd riskbild' }).click();
  await central.waitForURL(/\/riskbild$/);
  await checkA11y(central, 'riskpicture-index');

  // Declared with no area: refused, naming the field, and what was typed is kept.
  const yesterday = swedishDate(-1);
  await central.locator('#d-date').fill(yesterday);
  await central.locator('#d-reason').fill('Polisen rapporterar rekrytering av unga till en våldsbejakande miljö vid skolor i området.');
  await central.getByRole('button', { name: 'Besluta om förhöjd riskbild' }).click();
  await central.getByText(/Fältet ”Område”: välj minst en förvaltning eller hela staden/).waitFor();
  assert.match(await central.locator('#d-reason').inputValue(), /rekrytering/);
  await checkA11y(central, 'riskpicture-declare-refused');

  await central.getByLabel('Södermalms stadsdelsförvaltning', { exact: true }).check();
  await central.getByLabel('Utbildningsförvaltningen', { exact: true }).check();
  await central.getByRole('button', { name: 'Besluta om förhöjd riskbild' }).click();
  await central.waitForURL(/\/riskbild\/\d+/);
  const episodeUrl = central.url().replace(/\?.*$/, '');
  assert.match(await central.locator('#status').innerText(), new RegExp(`gäller sedan ${yesterday}`));
  await checkA11y(central, 'riskpicture-episode-declared');

  // The coordinators concerned were e-mailed at once.
  const to = received.filter((m) => m.data.includes('/riskbild/')).flatMap((m) => m.to);
  assert.ok(to.includes('samordnare.sodermalm@demo.example'), JSON.stringify(received));

  // Södermalm's coordinator finds it on the start page and reports a measure.
  const district = await newPage(browser, server.base);
  await signIn(district, 'samordnare.sodermalm@demo.example');
  await district.goto('/start');
  await district.getByRole('link', { name: /Förhöjd riskbild sedan/ }).first().click();
  await district.waitForURL(/\/riskbild\/\d+/);
  await checkA11y(district, 'riskpicture-episode-district');
  await district.locator('#m-kind').selectOption('local_presence');
  await district.locator('#m-who').fill('Anna Lindqvist');
  await district.locator('#m-text').fill('Förstärkt kvällsnärvaro vid centrum och fritidsgårdarna.');
  await district.getByRole('button', { name: 'Spara åtgärden' }).click();
  await district.getByText(/Fältet ”Vem \(roll eller enhet\)”: texten innehåller något som kan identifiera en person/).waitFor();
  assert.doesNotMatch(await district.locator('#problems').innerText(), /Lindqvist/);
  await checkA11y(district, 'riskpicture-measure-refused');
  assert.equal(await district.locator('#m-kind').inputValue(), 'local_presence');
  await district.locator('#m-who').fill('Fältassistenterna');
  await district.getByRole('button', { name: 'Spara åtgärden' }).click();
  await district.getByText('Ändringarna är sparade.').waitFor();
  assert.match(await district.locator('section[aria-labelledby="measures"] table').innerText(), /Fältassistenterna/);
  await checkA11y(district, 'riskpicture-measure-saved');

  // The district changes its own measure while the state is in force.
  await district.getByRole('link', { name: /Ändra eller ta bort/ }).first().click();
  await district.waitForURL(/\/riskbild\/\d+\/atgarder\/\d+/);
  await checkA11y(district, 'riskpicture-measure-edit');
  assert.equal(await district.locator('#m-who').inputValue(), 'Fältassistenterna');
  await district.locator('#m-who').fill('Fältassistenterna och fritidsgårdarna');
  await district.getByRole('button', { name: 'Spara ändringarna' }).click();
  await district.getByText('Ändringarna är sparade.').waitFor();
  assert.match(await district.locator('section[aria-labelledby="measures"] table').innerText(), /Fältassistenterna och fritidsgårdarna/);

  // The central coordinator follows who has reported nothing, on the page and the desk.
  await central.goto(episodeUrl);
  const [csv] = await Promise.all([
    central.waitForEvent('download'),
    central.getByRole('link', { name: 'Alla åtgärder som CSV' }).click(),
  ]);
  assert.match(csv.suggestedFilename(), new RegExp(`^atgarder-forhojd-riskbild-${yesterday}\\.csv$`));
  const text = require('node:fs').readFileSync(await csv.path(), 'utf8');
  assert.match(text, /Södermalms stadsdelsförvaltning,.*Fältassistenterna och fritidsgårdarna/);
  assert.match(await central.locator('#not-reported').innerText(), /Utbildningsförvaltningen/);
  assert.doesNotMatch(await central.locator('#not-reported').innerText(), /Södermalm/);
  await central.goto('/stad');
  const sod = central.locator('tr', { hasText: 'Södermalms stadsdelsförvaltning' }).first();
  assert.match(await sod.innerText(), /Gäller sedan .*1 åtgärder/);
  await checkA11y(central, 'riskpicture-desk');

  // Lifted: not before the declaration, then for real.
  await central.goto(episodeUrl);
  await central.locator('#l-date').fill(swedishDate(-3));
  await central.locator('#l-reason').fill('Polisens bedömning är att läget är tillbaka på normal nivå.');
  await central.getByRole('button', { name: 'Häv den förhöjda riskbilden' }).click();
  await central.getByText(/Fältet ”Hävd den”: riskbilden kan inte hävas före beslutet/).waitFor();
  await checkA11y(central, 'riskpicture-lift-refused');
  await central.locator('#l-date').fill(swedishDate(0));
  await central.getByRole('button', { name: 'Häv den förhöjda riskbilden' }).click();
  await central.getByText('Ändringarna är sparade.').waitFor();
  assert.match(await central.locator('#status').innerText(), /Hävd/);
  assert.equal(await central.locator('#l-date').count(), 0);
  await checkA11y(central, 'riskpicture-episode-lifted');

  // The district can no longer report; the whole episode as Word and PDF.
  await district.reload();
  assert.equal(await district.locator('#m-kind').count(), 0);
  for (const [name, ext] of [['Hela förloppet som Word', 'docx'], ['Hela förloppet som PDF', 'pdf']]) {
    const [download] = await Promise.all([
      central.waitForEvent('download'),
      central.getByRole('link', { name, exact: true }).click(),
    ]);
    assert.match(download.suggestedFilename(), new RegExp(`^forhojd-riskbild-${yesterday}\\.${ext}$`));
  }
});

test('the pages pass at 390 px, with the demo episode of last year', async () => {
  const phone = await newPage(browser, server.base, { width: 390, height: 844 });
  await signIn(phone, 'central@demo.example');
  await phone.goto('/riskbild');
  await checkA11y(phone, 'riskpicture-index-390');
  await phone.locator('#episodes-caption').waitFor();
  await phone.locator('table a').last().click();
  await phone.waitForURL(/\/riskbild\/\d+/);
  assert.match(await phone.locator('section[aria-labelledby="measures"]').innerText(), /Fältassistenterna/);
  await checkA11y(phone, 'riskpicture-episode-390');

  const district = await newPage(browser, server.base, { width: 390, height: 844 });
  await signIn(district, 'samordnare.rinkeby-kista@demo.example');
  await district.goto('/riskbild');
  await checkA11y(district, 'riskpicture-index-district-390');
  await district.locator('table a').first().click();
  await district.waitForURL(/\/riskbild\/\d+/);
  await checkA11y(district, 'riskpicture-episode-district-390');
});
