import { createTestApp, TestApp } from '../support/test-app';
import { bearer, cookiesOf, CSRF, registerAccount, TestAccount } from '../support/accounts';
import { expectError, setCookie } from '../support/http';

/** Signing in: cookies for the web, tokens for API clients, and who may not sign in. */
describe('POST /api/auth/login and /api/auth/token', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, extra: Record<string, unknown> = {}) =>
    t.http().post('/api/auth/login').set(CSRF).send({ email, password, ...extra });
  const setStatus = (account: TestAccount, status: string, blockedUntil: Date | null = null) =>
    t.db.query(`UPDATE users SET status = $2, blocked_until = $3 WHERE id = $1`, [account.id, status, blockedUntil]);

  it('sets httpOnly SameSite=Lax session cookies without an expiry by default', async () => {
    const account = await registerAccount(t);
    const res = await login(account.email, account.password).expect(200);
    expect(res.body).toMatchObject({ user: { id: account.id, email: account.email }, persistent: false });
    const access = setCookie(res, 'participons_access');
    const refresh = setCookie(res, 'participons_refresh');
    expect(access?.attributes).toMatchObject({ path: '/api', httponly: true, samesite: 'Lax' });
    expect(refresh?.attributes).toMatchObject({ path: '/api/auth', httponly: true, samesite: 'Lax' });
    for (const cookie of [access, refresh]) {
      expect(cookie!.value.length).toBeGreaterThan(20);
      expect(cookie!.attributes).not.toHaveProperty('expires');
      expect(cookie!.attributes).not.toHaveProperty('max-age');
    }
    await t.http().get('/api/me').set('Cookie', cookiesOf(res)).expect(200);
  });

  it('with rememberMe, the cookies survive the browser for about 30 days', async () => {
    const account = await registerAccount(t);
    const res = await login(account.email, account.password, { rememberMe: true }).expect(200);
    expect(res.body.persistent).toBe(true);
    for (const name of ['participons_access', 'participons_refresh']) {
      const expires = setCookie(res, name)?.attributes.expires;
      expect(typeof expires).toBe('string');
      const days = (Date.parse(expires as string) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(29);
      expect(days).toBeLessThanOrEqual(30);
    }
  });

  it('answers a wrong password and an unknown email identically (INVALID_CREDENTIALS 401)', async () => {
    const account = await registerAccount(t);
    const wrong = await login(account.email, 'pas le bon mot de passe');
    const unknown = await login('personne.inconnue@exemple.fr', 'pas le bon mot de passe');
    expectError(wrong, 401, 'INVALID_CREDENTIALS');
    expect(unknown.status).toBe(wrong.status);
    expect(unknown.body).toEqual(wrong.body);
    expect(Object.keys(wrong.body).sort()).toEqual(['code', 'message', 'statusCode']);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    expect(unknown.headers['set-cookie']).toBeUndefined();
  });

  it('finds the account whatever the case and spaces of the email typed', async () => {
    const account = await registerAccount(t);
    await login(`  ${account.email.toUpperCase()} `, account.password).expect(200);
  });

  it('POST /api/auth/token returns Bearer tokens in the body and sets no cookie', async () => {
    const account = await registerAccount(t);
    const res = await t.http().post('/api/auth/token').set(CSRF).send({ email: account.email, password: account.password }).expect(200);
    expect(res.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
    expect(res.body.accessToken).toEqual(expect.any(String));
    expect(res.body.refreshToken).toEqual(expect.any(String));
    expect(res.headers['set-cookie']).toBeUndefined();
    const me = await t.http().get('/api/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
    expect(me.body).toMatchObject({ id: account.id, email: account.email, displayName: account.displayName, roles: [] });
    expectError(await t.http().post('/api/auth/token').set(CSRF).send({ email: account.email, password: 'mauvais mot de passe' }), 401, 'INVALID_CREDENTIALS');
  });

  it('a blocked account cannot sign in, and its open sessions stop at once', async () => {
    const account = await registerAccount(t);
    const cookies = cookiesOf(await login(account.email, account.password).expect(200));
    await t.http().get('/api/me').set('Cookie', cookies).expect(200);
    await t.http().get('/api/me').set(bearer(account)).expect(200);

    await setStatus(account, 'blocked');

    expectError(await login(account.email, account.password), 403, 'ACCOUNT_BLOCKED');
    expectError(await login(account.email, 'pas le bon mot de passe'), 401, 'INVALID_CREDENTIALS');
    expectError(await t.http().get('/api/me').set(bearer(account)), 401, 'SESSION_EXPIRED');
    expectError(await t.http().get('/api/me').set('Cookie', cookies), 401, 'SESSION_EXPIRED');
    const refresh = await t.http().post('/api/auth/refresh').set(CSRF).set('Cookie', cookies);
    expect(refresh.status).toBe(401);
  });

  it('a block with an end date in the future refuses, one in the past lets the person back in', async () => {
    const account = await registerAccount(t);
    await setStatus(account, 'blocked', new Date(Date.now() + 3_600_000));
    expectError(await login(account.email, account.password), 403, 'ACCOUNT_BLOCKED');
    await setStatus(account, 'blocked', new Date(Date.now() - 1000));
    const res = await login(account.email, account.password).expect(200);
    await t.http().get('/api/me').set('Cookie', cookiesOf(res)).expect(200);
  });

  it('a deleted account cannot sign in and is told the same as an unknown email', async () => {
    const account = await registerAccount(t);
    await setStatus(account, 'deleted');
    const res = await login(account.email, account.password);
    expectError(res, 401, 'INVALID_CREDENTIALS');
    expect(res.body).toEqual((await login('nobody.here@exemple.fr', account.password)).body);
    expectError(await t.http().get('/api/me').set(bearer(account)), 401, 'SESSION_EXPIRED');
  });
});

describe('sign-in cookies in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ NODE_ENV: 'production', JWT_SECRET: 'production-secret-production-secret-42' });
  });
  afterAll(() => t.close());

  it('are Secure (and HSTS is sent)', async () => {
    const account = await registerAccount(t);
    const res = await t.http().post('/api/auth/login').set(CSRF).send({ email: account.email, password: account.password }).expect(200);
    expect(setCookie(res, 'participons_access')?.attributes).toMatchObject({ secure: true, httponly: true, samesite: 'Lax' });
    expect(setCookie(res, 'participons_refresh')?.attributes).toMatchObject({ secure: true, httponly: true, samesite: 'Lax' });
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });
});
