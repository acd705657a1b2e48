// Alarm chains in a real browser: Södermalm's coordinator starts the district's chain for
// an extraordinary event (a name in the description is refused, naming the field), step 1
// gets its e-mail at once; Värn's own scheduled work, run with `varn reminders --now` as
// of after step 1's wait, moves the alarm on to step 2 once; step 2 acknowledges through
// the personal link in its e-mail without an account; the coordinator notes and closes
// the event, and the timeline shows every step. The central coordinator's chain pages and
// a chain refused without steps at 390 px. Every page passes the axe-core check.
'use strict';

const net = require('node:net');
const path = require('node:path');
const { execFile } = require('node:child_process');
const { promisify } = require('node:util');
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer, launch, newPage, signIn, checkA11y } = require('./harness');

const BIN = process.env.VARN_BIN || path.join(__dirname, '..', '..', 'target', 'debug', 'varn');
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

/** A message's text with quoted-printable undone. */
function decoded(data) {
  const joined = data.replace(/=\n/g, '');
  return Buffer.from(joined.replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
}

function mailsTo(address) {
  return received.filter((m) => m.to.includes(address));
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

test('a chain is activated, moves on to step 2, is acknowledged there and closed', async () => {
  const page = await newPage(browser, server.base);
  await signIn(page, 'samordnare.sodermalm@demo.example');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Larm', exact: true }).click();
  await page.waitForURL(/\/larm$/);
  await checkA11y(page, 'alarms-index');

  await page.locator('#a-chain').selectOption({ label: 'Södermalm – allvarlig händelse i stadsdelen (Södermalms stadsdelsförvaltning)' });
  await page.locator('#a-description').fill('Anna Lindqvist hotade personalen vid fritidsgården.');
  await page.getByRole('button', { name: 'Starta larmkedjan' }).click();
  await page.getByText(/Fältet ”Kort beskrivning av händelsen”: texten innehåller något som kan identifiera en person/).waitFor();
  assert.doesNotMatch(await page.locator('#problems').innerText(), /Lindqvist/);
  await checkA11y(page, 'alarms-refused');

  await page.locator('#a-description').fill('Hot mot personalen vid en fritidsgård i stadsdelen; polisen är på plats.');
  await page.getByRole('button', { name: 'Starta larmkedjan' }).click();
  await page.waitForURL(/\/larm\/handelser\/\d+/);
  assert.match(await page.locator('#event-status').innerText(), /väntar på kvittering/);
  assert.match(await page.locator('#timeline').locator('..').innerText(), /Steg 1 larmades/);
  await checkA11y(page, 'alarms-event');
  assert.equal(mailsTo('samordnare.sodermalm@demo.example').filter((m) => decoded(m.data).includes('/larm/kvittera/')).length, 1);

  // Värn's scheduled work as of 16 minutes from now (step 1 waits 15): step 2 once.
  const later = new Date(Date.now() + 16 * 60 * 1000).toISOString().slice(0, 16);
  const env = { ...process.env, VARN_SMTP_URL: `smtp://127.0.0.1:${smtp.address().port}` };
  for (const k of Object.keys(env)) if (k.startsWith('VARN_') && k !== 'VARN_SMTP_URL') delete env[k];
  const run = promisify(execFile);
  await run(BIN, ['--database-url', server.url, 'reminders', '--now', later], { env });
  await run(BIN, ['--database-url', server.url, 'reminders', '--now', later], { env });
  const second = mailsTo('direktor.sodermalm@demo.example');
  assert.equal(second.length, 1, JSON.stringify(received.map((m) => m.to)));
  const token = decoded(second[0].data).match(/\/larm\/kvittera\/([A-Za-z0-9_-]+)/)[1];
  await page.reload();
  assert.match(await page.locator('section[aria-labelledby="timeline"]').innerText(), /Steg 2 larmades/);
  await checkA11y(page, 'alarms-event-escalated');

  // Step 2 acknowledges through its link, without signing in.
  const link = await newPage(browser, server.base, { width: 390, height: 844 });
  await link.goto(`/larm/kvittera/${token}`);
  assert.match(await link.locator('dl.facts').innerText(), /Förvaltningsdirektör/);
  await checkA11y(link, 'alarms-link-390');
  await link.getByLabel('Anteckning till kvitteringen (valfri)').fill('Direktören har tagit emot larmet och aktiverar krisstödet.');
  await link.getByRole('button', { name: 'Kvittera' }).click();
  await link.locator('#acknowledged').waitFor();
  await checkA11y(link, 'alarms-link-done-390');

  // The coordinator's page shows it; a note, then the event is closed with a summary.
  await page.reload();
  const timeline = await page.locator('section[aria-labelledby="timeline"]').innerText();
  assert.match(timeline, /Larmet kvitterades/);
  assert.match(timeline, /steg 2, via länk/);
  assert.match(await page.locator('#event-status').innerText(), /kvitterad/);
  await page.locator('#n-text').fill('Krisstödet är på plats vid fritidsgården.');
  await page.getByRole('button', { name: 'Spara anteckningen' }).click();
  await page.getByText('Ändringarna är sparade.').waitFor();
  await page.locator('#c-text').fill('Händelsen hanterad; uppföljning på nästa samverkansmöte.');
  await page.getByRole('button', { name: 'Avsluta händelsen' }).click();
  await page.waitForURL(/klart=stangt/);
  await page.getByText("Händelsen är avslutad.", { exact: true }).waitFor();
  assert.match(await page.locator('#event-status').innerText(), /Avslutad/);
  assert.match(await page.locator('section[aria-labelledby="timeline"]').innerText(), /Händelsen avslutades/);
  assert.equal(await page.locator('#k-text').count(), 0);
  await checkA11y(page, 'alarms-event-closed');

  // The link of a closed event says so.
  await link.goto(`/larm/kvittera/${token}`);
  await link.getByText('Händelsen är avslutad. Larmet kan inte längre kvitteras.').waitFor();
  await checkA11y(link, 'alarms-link-closed-390');

  await page.goto('/larm');
  assert.match(await page.locator('#closed-caption').locator('..').innerText(), /Avslutad/);
  await checkA11y(page, 'alarms-index-after');
});

test('the central coordinator keeps the city-wide chain; the pages pass at 390 px', async () => {
  const page = await newPage(browser, server.base, { width: 390, height: 844 });
  await signIn(page, 'central@demo.example');
  await page.goto('/larm');
  await checkA11y(page, 'alarms-index-central-390');
  await page.getByRole('link', { name: 'Extraordinär händelse – via Socialjouren' }).click();
  await page.waitForURL(/\/larm\/kedjor\/\d+/);
  assert.match(await page.locator('#current-caption').locator('..').innerText(), /Tjänsteman i beredskap/);
  await checkA11y(page, 'alarms-chain-390');

  await page.goto('/larm/kedjor/ny');
  await page.locator('#ch-name').fill('Kedja utan steg');
  await page.getByRole('button', { name: 'Spara larmkedjan' }).click();
  await page.getByText(/Fältet ”Steg”: en larmkedja behöver minst ett steg/).waitFor();
  await checkA11y(page, 'alarms-chain-refused-390');
  await page.locator('#s1-role').selectOption('official_on_duty');
  await page.locator('#s1-wait').fill('10');
  await page.getByRole('button', { name: 'Spara larmkedjan' }).click();
  await page.getByText(/Fältet ”Steg 1: E-post”: steget saknar kontakt/).waitFor();
  await page.locator('#s1-email').fill('tib@demo.example');
  await page.getByRole('button', { name: 'Spara larmkedjan' }).click();
  await page.waitForURL(/\/larm\/kedjor\/\d+\?klart=skapat/);
  assert.match(await page.locator('body').innerText(), /version 1/);
  await checkA11y(page, 'alarms-chain-created-390');
});
