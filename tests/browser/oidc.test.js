// Sign-in through the municipality's identity provider, against a real OpenID Connect
// provider on loopback (the certified `oidc-provider` package, started here): a person Värn
// knows signs in and out (the provider's logout followed), a person it does not know is
// refused with nothing created, and a bad state, a replayed code, an expired id token and
// an unreachable provider each get their Swedish page. Every Värn page passes the axe check.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const net = require('node:net');
const { startServer, launch, newPage, signIn, checkA11y } = require('./harness');

const CLIENT_ID = 'varn';
const CLIENT_SECRET = 'ett-hemligt-klientlosenord-for-test';
const PROVIDER = 'Stadens inloggning';
const CALLBACK = '/logga-in/oidc/svar';

let server;
let browser;
let idp;
// Set by a test: the provider's clock runs two hours behind while it issues tokens, so the
// id token it signs has expired when Värn reads it.
let issueExpired = false;
// Set by a test: the provider keeps its next return to Värn (the redirect with the code and
// state) instead of sending the browser there, and hands it to the test. (A browser-side
// route cannot stop it: the return is the end of a chain of redirects.)
let holdReturn = null;
// E-mail addresses the provider gives subjects (by default a subject is its own address).
const emailOf = new Map();

/** A free port on loopback, for a server whose address must be known before it starts. */
async function freePort() {
  const probe = net.createServer();
  await new Promise((r) => probe.listen(0, '127.0.0.1', r));
  const { port } = probe.address();
  await new Promise((r) => probe.close(r));
  return port;
}

/** Starts oidc-provider for Värn's client (Värn at each of `bases`); resolves to
 * { issuer, close }. */
async function startProvider(bases) {
  const { default: Provider } = await import('oidc-provider');
  const listener = http.createServer();
  await new Promise((r) => listener.listen(0, '127.0.0.1', r));
  const issuer = `http://127.0.0.1:${listener.address().port}`;
  const provider = new Provider(issuer, {
    clients: [{
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      redirect_uris: bases.map((b) => `${b}${CALLBACK}`),
      post_logout_redirect_uris: bases.map((b) => `${b}/logga-in`),
      response_types: ['code'],
      grant_types: ['authorization_code'],
    }],
    // The login typed at the provider's development login page is the subject; the
    // e-mail address is the login too, unless a test has given the subject one.
    async findAccount(_ctx, id) {
      return {
        accountId: id,
        async claims() {
          const email = emailOf.get(id) ?? id;
          return { sub: id, email, email_verified: true, name: email };
        },
      };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    scopes: ['openid', 'email', 'profile'],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    cookies: { keys: ['en-nyckel-for-testets-kakor'] },
    // Värn is the municipality's own service: no consent screen.
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId
        || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) {
        return ctx.oidc.provider.Grant.find(grantId);
      }
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  provider.use(async (ctx, next) => {
    if (issueExpired && ctx.path === '/token') {
      const realNow = Date.now;
      Date.now = () => realNow() - 2 * 3600 * 1000;
      try {
        await next();
      } finally {
        Date.now = realNow;
      }
    } else {
      await next();
    }
    const location = ctx.response.get('location');
    if (holdReturn && ctx.status >= 300 && ctx.status < 400 && location.includes(CALLBACK)) {
      holdReturn(location);
      holdReturn = null;
      ctx.remove('location');
      ctx.status = 200;
      ctx.type = 'text/plain';
      ctx.body = 'held';
    }
  });
  listener.on('request', provider.callback());
  return { issuer, close: () => new Promise((r) => listener.close(r)) };
}

function oidcEnv(issuer, base) {
  return {
    VARN_OIDC_ISSUER: issuer,
    VARN_OIDC_CLIENT_ID: CLIENT_ID,
    VARN_OIDC_CLIENT_SECRET: CLIENT_SECRET,
    VARN_OIDC_PROVIDER_NAME: PROVIDER,
    VARN_PUBLIC_URL: base,
  };
}

// A second Värn that names accounts by the provider's subject (`oidc_user_claim = "sub"`).
const bySubject = { port: 0, base: '' };

before(async () => {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  do {
    bySubject.port = await freePort();
  } while (bySubject.port === port);
  bySubject.base = `http://127.0.0.1:${bySubject.port}`;
  idp = await startProvider([base, bySubject.base]);
  server = await startServer(oidcEnv(idp.issuer, base), { listen: `127.0.0.1:${port}` });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await idp?.close();
});

/** From Värn's sign-in page through the provider's login, as a person would. */
async function throughProvider(page, email) {
  await page.goto('/logga-in');
  await page.getByRole('link', { name: `Logga in med ${PROVIDER}` }).click();
  await page.waitForURL((u) => u.href.startsWith(idp.issuer));
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill('vad-som-helst');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

/** Records the provider's returns to Värn (code and state) in this page. */
function recordReturns(page) {
  const returns = [];
  page.on('request', (r) => {
    if (r.url().includes(CALLBACK)) {
      returns.push(r.url());
    }
  });
  return returns;
}

/** Goes through the provider but stops the browser before its return reaches Värn;
 * resolves to the return's address (with its code and state). */
async function stoppedReturn(page, email) {
  const held = new Promise((resolve) => { holdReturn = resolve; });
  await throughProvider(page, email);
  return held;
}

test('the sign-in page offers the provider and the password form', async () => {
  for (const [viewport, name] of [[undefined, 'desktop'], [{ width: 390, height: 844 }, 'phone']]) {
    const page = await newPage(browser, server.base, viewport);
    await page.goto('/logga-in');
    await page.getByRole('link', { name: `Logga in med ${PROVIDER}` }).waitFor();
    await page.getByLabel('Lösenord').waitFor();
    await checkA11y(page, `oidc-sign-in-${name}`);
    await page.context().close();
  }
});

test('a person Värn knows signs in through the provider and out again at both', async () => {
  const page = await newPage(browser, server.base);
  await throughProvider(page, 'samordnare.sodermalm@demo.example');
  await page.waitForURL(/\/start$/);
  await page.getByRole('heading', { level: 1, name: /Välkommen/ }).waitFor();
  await checkA11y(page, 'oidc-signed-in');
  // Signing out ends Värn's session and then the provider's.
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await page.waitForURL((u) => u.href.startsWith(idp.issuer));
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await page.waitForURL(/\/logga-in$/);
  await page.goto('/start');
  await page.waitForURL(/\/logga-in\?next=/);
  // At the provider too: the next sign-in asks for the login again.
  await page.getByRole('link', { name: `Logga in med ${PROVIDER}` }).click();
  await page.waitForURL((u) => u.href.startsWith(idp.issuer));
  await page.locator('input[name="login"]').waitFor();
  await page.context().close();
});

test('a person the provider knows but Värn does not is refused, and nothing is created', async () => {
  const stranger = 'okand.person@demo.example';
  const page = await newPage(browser, server.base);
  await throughProvider(page, stranger);
  await page.getByRole('heading', { name: 'Du har inget konto i Värn' }).waitFor();
  await checkA11y(page, 'oidc-unknown');
  await page.goto('/start');
  await page.waitForURL(/\/logga-in\?next=/);
  await page.context().close();
  // The administrator finds no such account.
  const admin = await newPage(browser, server.base);
  await signIn(admin, 'admin@demo.example');
  await admin.goto('/personer');
  await admin.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await admin.getByText(stranger).count(), 0);
  await admin.context().close();
});

test('a return with a state Värn does not hold, or begun in another browser, is refused', async () => {
  const page = await newPage(browser, server.base);
  await page.goto(`${CALLBACK}?code=en-kod&state=ett-pahittat-tillstand`);
  await page.getByRole('heading', { name: 'Inloggningen kunde inte slutföras' }).waitFor();
  await checkA11y(page, 'oidc-bad-state');
  await page.context().close();
  // A genuine return, taken to another browser (the login CSRF attack), is refused there.
  const victim = await newPage(browser, server.base);
  const attacker = await newPage(browser, server.base);
  const stolen = await stoppedReturn(attacker, 'samordnare.sodermalm@demo.example');
  await victim.goto(stolen);
  await victim.getByRole('heading', { name: 'Inloggningen kunde inte slutföras' }).waitFor();
  await victim.goto('/start');
  await victim.waitForURL(/\/logga-in\?next=/);
  await victim.context().close();
  await attacker.context().close();
});

test('a replayed return and a replayed code are refused', async () => {
  const page = await newPage(browser, server.base);
  const returns = recordReturns(page);
  await throughProvider(page, 'central@demo.example');
  await page.waitForURL(/\/start$/);
  const first = returns[0];
  // The same return again: its state has been taken.
  const again = await newPage(browser, server.base);
  await again.goto(first);
  await again.getByRole('heading', { name: 'Inloggningen kunde inte slutföras' }).waitFor();
  await again.context().close();
  // A fresh sign-in whose return carries the old code: the provider refuses the code.
  const oldCode = new URL(first).searchParams.get('code');
  const replay = await newPage(browser, server.base);
  const fresh = new URL(await stoppedReturn(replay, 'central@demo.example'));
  fresh.searchParams.set('code', oldCode);
  await replay.goto(fresh.href);
  await replay.getByRole('heading', { name: 'Inloggningen godkändes inte' }).waitFor();
  await checkA11y(replay, 'oidc-refused');
  await replay.goto('/start');
  await replay.waitForURL(/\/logga-in\?next=/);
  await replay.context().close();
  await page.context().close();
});

test('an expired id token is refused', async () => {
  issueExpired = true;
  try {
    const page = await newPage(browser, server.base);
    await throughProvider(page, 'chef.sodermalm@demo.example');
    await page.getByRole('heading', { name: 'Inloggningen godkändes inte' }).waitFor();
    await page.goto('/start');
    await page.waitForURL(/\/logga-in\?next=/);
    await page.context().close();
  } finally {
    issueExpired = false;
  }
  assert.match(server.log(), /ID token expired/);
});

test('an unreachable provider gets a clear page, and password sign-in can be turned off', async () => {
  const closed = await freePort();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const other = await startServer({
    ...oidcEnv(`http://127.0.0.1:${closed}`, base),
    VARN_PASSWORD_SIGN_IN: 'false',
  }, { listen: `127.0.0.1:${port}` });
  try {
    const page = await newPage(browser, other.base);
    await page.goto('/logga-in');
    assert.equal(await page.getByLabel('Lösenord').count(), 0);
    await checkA11y(page, 'oidc-only-sign-in');
    const refused = await page.request.post('/logga-in', { form: { email: 'admin@demo.example', password: 'Demo-Varn-2026', csrf: 'x' }, maxRedirects: 0 });
    assert.equal(refused.status(), 403);
    await page.getByRole('link', { name: `Logga in med ${PROVIDER}` }).click();
    await page.getByRole('heading', { name: 'Inloggningen går inte att nå' }).waitFor();
    await page.getByText(`${PROVIDER} svarar inte just nu`).waitFor();
    await checkA11y(page, 'oidc-unreachable');
    assert.match(other.log(), /identity provider could not be reached/);
    await page.context().close();
  } finally {
    await other.stop();
  }
});

test('with the subject as the key, an account is linked once and keeps its subject', async () => {
  const other = await startServer({ ...oidcEnv(idp.issuer, bySubject.base), VARN_OIDC_USER_CLAIM: 'sub' },
    { listen: `127.0.0.1:${bySubject.port}` });
  try {
    // The first sign-in links the subject by the e-mail address.
    emailOf.set('id-4711', 'central@demo.example');
    let page = await newPage(browser, other.base);
    await throughProvider(page, 'id-4711');
    await page.waitForURL(/\/start$/);
    await page.context().close();
    // The address changed at the provider: the subject still names the account.
    emailOf.set('id-4711', 'ny.adress@demo.example');
    page = await newPage(browser, other.base);
    await throughProvider(page, 'id-4711');
    await page.waitForURL(/\/start$/);
    await page.context().close();
    // Another subject with the linked account's address does not take it over.
    emailOf.set('id-9999', 'central@demo.example');
    page = await newPage(browser, other.base);
    await throughProvider(page, 'id-9999');
    await page.getByRole('heading', { name: 'Du har inget konto i Värn' }).waitFor();
    await page.context().close();
  } finally {
    await other.stop();
  }
});
