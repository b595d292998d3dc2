import { createTestApp, TestApp } from '../support/test-app';
import { bearer, GOOD_PASSWORD, loginCookies, registerAccount } from '../support/accounts';
import { expectError } from '../support/http';

/**
 * Cookie-authenticated state changes need `X-CSRF-Protection: 1` and, when the browser sends
 * an Origin, an allowed one. POST /api/auth/logout-all is the probe: when it goes through, the session ends.
 */
describe('CSRF protection', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const stillSignedIn = (cookies: string[]) => t.http().get('/api/me').set('Cookie', cookies).expect(200);
  const signedOut = async (cookies: string[]) => expectError(await t.http().get('/api/me').set('Cookie', cookies), 401, 'SESSION_EXPIRED');
  const logoutAll = (cookies: string[], headers: Record<string, string>) => t.http().post('/api/auth/logout-all').set('Cookie', cookies).set(headers);

  it('refuses a cookie-authenticated POST without the header, and does nothing', async () => {
    const cookies = await loginCookies(t, await registerAccount(t));
    expectError(await logoutAll(cookies, {}), 403, 'CSRF_REJECTED');
    await stillSignedIn(cookies);
  });

  it.each(['0', 'true', ''])('refuses the header with the value %j', async (value) => {
    const cookies = await loginCookies(t, await registerAccount(t));
    expectError(await logoutAll(cookies, { 'X-CSRF-Protection': value }), 403, 'CSRF_REJECTED');
    await stillSignedIn(cookies);
  });

  it('refuses the header when the Origin is another site', async () => {
    const cookies = await loginCookies(t, await registerAccount(t));
    expectError(await logoutAll(cookies, { 'X-CSRF-Protection': '1', Origin: 'https://evil.example' }), 403, 'CSRF_REJECTED');
    expectError(await logoutAll(cookies, { 'X-CSRF-Protection': '1', Origin: 'null' }), 403, 'CSRF_REJECTED');
    await stillSignedIn(cookies);
  });

  it('accepts the header without an Origin', async () => {
    const cookies = await loginCookies(t, await registerAccount(t));
    await logoutAll(cookies, { 'X-CSRF-Protection': '1' }).expect(204);
    await signedOut(cookies);
  });

  it('accepts the header from the same origin', async () => {
    const cookies = await loginCookies(t, await registerAccount(t));
    await logoutAll(cookies, { 'X-CSRF-Protection': '1', Origin: t.url }).expect(204);
    await signedOut(cookies);
  });

  it('accepts the header from the configured public origin', async () => {
    const cookies = await loginCookies(t, await registerAccount(t));
    await logoutAll(cookies, { 'X-CSRF-Protection': '1', Origin: 'http://localhost:3000' }).expect(204);
    await signedOut(cookies);
  });

  it('exempts Bearer requests: no header needed, whatever the Origin', async () => {
    const account = await registerAccount(t);
    await t.http().post('/api/auth/logout-all').set(bearer(account)).set('Origin', 'https://evil.example').expect(204);
    expectError(await t.http().get('/api/me').set(bearer(account)), 401, 'SESSION_EXPIRED');
  });

  it('protects sign-in and registration too (login CSRF)', async () => {
    const account = await registerAccount(t);
    expectError(await t.http().post('/api/auth/login').send({ email: account.email, password: account.password }), 403, 'CSRF_REJECTED');
    expectError(
      await t.http().post('/api/auth/register').set('X-CSRF-Protection', '1').set('Origin', 'https://evil.example').send({ email: 'csrf@exemple.fr', password: GOOD_PASSWORD, displayName: 'Intrus' }),
      403,
      'CSRF_REJECTED',
    );
    const { rows } = await t.db.query(`SELECT 1 FROM users WHERE email = 'csrf@exemple.fr'`);
    expect(rows).toHaveLength(0);
  });

  it('needs no header to read (GET)', async () => {
    const cookies = await loginCookies(t, await registerAccount(t));
    await t.http().get('/api/me').set('Cookie', cookies).set('Origin', 'https://evil.example').expect(200);
  });
});
