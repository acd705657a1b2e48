// Case consultations and the 24-hour routine in a real browser: the social services'
// coordinator records a consultation whose advice names a person (refused, naming the field)
// and then saves it clean; Södermalm's coordinator registers a request that came 17 hours
// ago, the clock warns (Värn's own scheduled work run as of now with `varn reminders`, the
// e-mail reaching an SMTP server of the test's own), a first contact before the request is
// refused and the real one stops the clock; the central coordinator reads the suppressed
// figures and the yearly report, and downloads the figures as CSV and the report as PDF. Every page passes the axe-core check, at desktop width and
// at 390 px.
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

/** Swedish local time `hours` hours ago, as a datetime-local field takes it. */
function localAgo(hours) {
  const t = new Date(Date.now() - hours * 3600 * 1000);
  const parts = Object.fromEntries(new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(t).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
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

test('a consultation with a name in the advice is refused, then saved', async () => {
  const page = await newPage(browser, server.base);
  await signIn(page, 'samordnare.social@demo.example');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Konsultationer och 24 h' }).click();
  await page.waitForURL(/\/konsultationer$/);
  await checkA11y(page, 'consultations-index');

  await page.locator('#c-admin').selectOption({ label: 'Södermalms stadsdelsförvaltning' });
  await page.locator('#c-kind').selectOption('radicalisation');
  await page.locator('#c-age').selectOption('15_17');
  await page.locator('#c-advice').fill('Ring Anna Lindqvist och erbjud stöd från VBE-teamet.');
  await page.getByLabel('VBE-teamet').check();
  await page.getByRole('button', { name: 'Spara konsultationen' }).click();
  await page.getByText(/Fältet ”Råd som gavs”: texten innehåller något som kan identifiera en person/).waitFor();
  assert.doesNotMatch(await page.locator('#problems').innerText(), /Lindqvist/);
  await checkA11y(page, 'consultations-refused');

  // What was typed is kept; only the advice is rewritten.
  assert.equal(await page.locator('#c-kind').inputValue(), 'radicalisation');
  await page.locator('#c-advice').fill('Rådet var att erbjuda samtal och kontakt med VBE-teamet.');
  await page.getByRole('button', { name: 'Spara konsultationen' }).click();
  await page.waitForURL(/\/konsultationer\/\d+/);
  const facts = await page.locator('dl.facts').innerText();
  assert.match(facts, /På väg att radikaliseras/);
  assert.match(facts, /VBE-teamet/);
  await checkA11y(page, 'consultations-consultation');
});

test('a 24-hour request warns and is then met', async () => {
  const page = await newPage(browser, server.base);
  await signIn(page, 'samordnare.sodermalm@demo.example');
  await page.goto('/konsultationer');
  const came = localAgo(17);
  await page.locator('#r-at').fill(came);
  await page.locator('#r-channel').selectOption('phone');
  await page.getByRole('button', { name: 'Starta 24-timmarsklockan' }).click();
  await page.waitForURL(/\/konsultationer\/24h\/\d+/);
  assert.match(await page.locator('#clock').innerText(), /kvar till 24 timmar/);
  await checkA11y(page, 'consultations-request');

  // Värn's scheduled work, run as of now: the 16-hour warning goes out once.
  const now = new Date().toISOString().slice(0, 16);
  const env = { ...process.env, VARN_SMTP_URL: `smtp://127.0.0.1:${smtp.address().port}` };
  for (const k of Object.keys(env)) if (k.startsWith('VARN_') && k !== 'VARN_SMTP_URL') delete env[k];
  // Asynchronously: the test's SMTP server answers from this process's event loop.
  const run = promisify(execFile);
  await run(BIN, ['--database-url', server.url, 'reminders', '--now', now], { env });
  await run(BIN, ['--database-url', server.url, 'reminders', '--now', now], { env });
  const warnings = received.filter((m) => m.data.includes('/konsultationer/24h/'));
  assert.equal(warnings.length, 1, JSON.stringify(received));
  assert.deepEqual(warnings[0].to, ['samordnare.sodermalm@demo.example']);
  await page.reload();
  const table = await page.locator('section[aria-labelledby="warnings"]').innerText();
  assert.match(table, /16 timmar har gått/);
  assert.match(table, /Skickad/);
  await checkA11y(page, 'consultations-request-warned');

  // The start page shows the time left.
  await page.goto('/start');
  await page.getByRole('link', { name: /24-timmarsbegäran .*kvar/ }).first().waitFor();
  await checkA11y(page, 'consultations-start');
  await page.goBack();

  // A first contact before the request is refused; the real one stops the clock.
  await page.locator('#k-at').fill(localAgo(18));
  await page.getByRole('button', { name: /Registrera första kontakten/ }).click();
  await page.getByText(/Fältet ”Första kontakt”: den första kontakten kan inte vara före begäran/).waitFor();
  await checkA11y(page, 'consultations-contact-refused');
  await page.locator('#k-at').fill(localAgo(0));
  await page.getByRole('button', { name: /Registrera första kontakten/ }).click();
  await page.getByText('Ändringarna är sparade.').waitFor();
  assert.match(await page.locator('#clock').innerText(), /Första kontakt inom 24 timmar/);
  await checkA11y(page, 'consultations-request-met');

  await page.goto('/konsultationer/24h/rapport');
  assert.match(await page.locator('table').innerText(), /Södermalm/);
  await checkA11y(page, 'consultations-report');
});

test('the central coordinator sees suppressed figures only; the pages pass at 390 px', async () => {
  const page = await newPage(browser, server.base, { width: 390, height: 844 });
  await signIn(page, 'central@demo.example');
  await page.goto('/konsultationer');
  await checkA11y(page, 'consultations-index-central-390');
  await page.getByRole('link', { name: 'Stadens siffror för konsultationer' }).click();
  await page.waitForURL(/\/konsultationer\/stad/);
  assert.match(await page.locator('#kinds-caption').innerText(), /Konsultationer per förvaltning/);
  await checkA11y(page, 'consultations-city-390');
  // The figures as a file, suppressed as on the page.
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Ladda ner som CSV' }).click(),
  ]);
  assert.match(csv.suggestedFilename(), /^konsultationer-stad-\d{4}\.csv$/);
  const text = require('node:fs').readFileSync(await csv.path(), 'utf8');
  assert.match(text, /Frågande förvaltning,År,Indelning,Kategori,Antal/);
  await page.goto('/konsultationer/24h/rapport');
  await checkA11y(page, 'consultations-report-390');
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Ladda ner som PDF' }).click(),
  ]);
  assert.match(pdf.suggestedFilename(), /^24-timmarsrapport-\d{4}\.pdf$/);

  const phone = await newPage(browser, server.base, { width: 390, height: 844 });
  await signIn(phone, 'samordnare.sodermalm@demo.example');
  await phone.goto('/konsultationer');
  await checkA11y(phone, 'consultations-index-390');
  await phone.locator('#requests-caption').waitFor();
  await phone.locator('table a').first().click();
  await phone.waitForURL(/\/konsultationer\/(24h\/)?\d+/);
  await checkA11y(phone, 'consultations-record-390');
});
