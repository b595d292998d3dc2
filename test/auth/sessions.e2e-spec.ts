import { JwtService } from '@nestjs/jwt';
import { createTestApp, TestApp } from '../support/test-app';
import { bearer, cookiesOf, cookieValue, CSRF, loginCookies, loginTokens, registerAccount } from '../support/accounts';
import { expectError, setCookie } from '../support/http';

const TEST_SECRET = 'test-secret-test-secret-test-secret-42';
const ACCESS = 'participons_access';
const REFRESH = 'participons_refresh';

/** Refresh-token rotation, reuse detection, sign-out, and tokens that must not work. */
describe('sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const me = (cookies: string[]) => t.http().get('/api/me').set('Cookie', cookies);
  const meBearer = (token: string) => t.http().get('/api/me').set('Authorization', `Bearer ${token}`);
  const refreshWithCookie = (refreshToken: string) => t.http().post('/api/auth/refresh').set(CSRF).set('Cookie', [`${REFRESH}=${refreshToken}`]);
  const refreshWithBody = (refreshToken: string) => t.http().post('/api/auth/refresh').set(CSRF).send({ refreshToken });
  /** Moves every used refresh token of the account out of the 10-second grace for concurrent tabs. */
  const ageUsedTokens = (userId: string) =>
    t.db.query(
      `UPDATE refresh_tokens SET used_at = used_at - interval '1 minute' WHERE used_at IS NOT NULL AND session_id IN (SELECT id FROM auth_sessions WHERE user_id = $1)`,
      [userId],
    );

  describe('refresh', () => {
    it('rotates both cookies; the new access cookie works', async () => {
      const account = await registerAccount(t);
      const first = await loginCookies(t, account);
      const res = await refreshWithCookie(cookieValue(first, REFRESH)!).expect(200);
      const second = cookiesOf(res);
      expect(cookieValue(second, ACCESS)).toBeDefined();
      expect(cookieValue(second, REFRESH)).toBeDefined();
      expect(cookieValue(second, REFRESH)).not.toBe(cookieValue(first, REFRESH));
      expect(setCookie(res, REFRESH)?.attributes).toMatchObject({ path: '/api/auth', httponly: true, samesite: 'Lax' });
      expect(res.body.accessTokenExpiresAt).toEqual(expect.any(String));
      const who = await me(second).expect(200);
      expect(who.body.id).toBe(account.id);
    });

    it('keeps a persistent session persistent after a refresh, and a browser session a session cookie', async () => {
      const account = await registerAccount(t);
      const persistent = await refreshWithCookie(cookieValue(await loginCookies(t, account, true), REFRESH)!).expect(200);
      expect(setCookie(persistent, REFRESH)?.attributes.expires).toEqual(expect.any(String));
      const browser = await refreshWithCookie(cookieValue(await loginCookies(t, account, false), REFRESH)!).expect(200);
      expect(setCookie(browser, REFRESH)?.attributes).not.toHaveProperty('expires');
    });

    it('without rememberMe, refreshing does not push the session past 12 hours after sign-in (README: shared phones)', async () => {
      const account = await registerAccount(t);
      const cookies = await loginCookies(t, account);
      // As if signed in 11 hours ago: one hour left.
      const { rows } = await t.db.query(
        `UPDATE auth_sessions SET created_at = now() - interval '11 hours', expires_at = now() + interval '1 hour' WHERE user_id = $1 AND NOT persistent RETURNING expires_at`,
        [account.id],
      );
      const end = (rows[0].expires_at as Date).getTime();
      const res = await refreshWithCookie(cookieValue(cookies, REFRESH)!).expect(200);
      expect(Date.parse(res.body.sessionExpiresAt)).toBeLessThanOrEqual(end + 1000);
    });

    it('with rememberMe, each refresh gives 30 more days (ends after 30 days without use)', async () => {
      const account = await registerAccount(t);
      const cookies = await loginCookies(t, account, true);
      await t.db.query(`UPDATE auth_sessions SET expires_at = now() + interval '1 day' WHERE user_id = $1 AND persistent`, [account.id]);
      const res = await refreshWithCookie(cookieValue(cookies, REFRESH)!).expect(200);
      expect((Date.parse(res.body.sessionExpiresAt) - Date.now()) / 86_400_000).toBeGreaterThan(29);
    });

    it('treats a second use of a refresh token as theft: REFRESH_TOKEN_REUSED and the whole session is closed', async () => {
      const account = await registerAccount(t);
      const first = await loginCookies(t, account);
      const rotated = cookiesOf(await refreshWithCookie(cookieValue(first, REFRESH)!).expect(200));
      await me(rotated).expect(200);
      await ageUsedTokens(account.id);

      const replay = await refreshWithCookie(cookieValue(first, REFRESH)!);
      expectError(replay, 401, 'REFRESH_TOKEN_REUSED');
      expect(setCookie(replay, ACCESS)?.value).toBe('');

      expectError(await me(rotated), 401, 'SESSION_EXPIRED');
      expect((await refreshWithCookie(cookieValue(rotated, REFRESH)!)).status).toBe(401);
      // Other sessions of the same account are not touched.
      await t.http().get('/api/me').set(bearer(account)).expect(200);
    });

    it('lets two tabs refresh with the same token at the same moment (10-second grace), keeping the session', async () => {
      const account = await registerAccount(t);
      const first = await loginCookies(t, account);
      const [a, b] = await Promise.all([refreshWithCookie(cookieValue(first, REFRESH)!), refreshWithCookie(cookieValue(first, REFRESH)!)]);
      expect([a.status, b.status]).toEqual([200, 200]);
      await me(cookiesOf(a)).expect(200);
      await me(cookiesOf(b)).expect(200);
    });

    it('API clients refresh with the token in the body and get new tokens in the body', async () => {
      const account = await registerAccount(t);
      const tokens = await loginTokens(t, account);
      const res = await refreshWithBody(tokens.refreshToken).expect(200);
      expect(res.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
      expect(res.body.refreshToken).not.toBe(tokens.refreshToken);
      expect(res.headers['set-cookie']).toBeUndefined();
      await meBearer(res.body.accessToken).expect(200);
      await ageUsedTokens(account.id);

      expectError(await refreshWithBody(tokens.refreshToken), 401, 'REFRESH_TOKEN_REUSED');
      expectError(await meBearer(res.body.accessToken), 401, 'SESSION_EXPIRED');
      expect((await refreshWithBody(res.body.refreshToken)).status).toBe(401);
    });

    it('refuses an unknown refresh token and a refresh without any', async () => {
      expectError(await refreshWithCookie('made-up-token'), 401, 'REFRESH_TOKEN_INVALID');
      expectError(await refreshWithBody('made-up-token'), 401, 'REFRESH_TOKEN_INVALID');
      expectError(await t.http().post('/api/auth/refresh').set(CSRF), 401, 'REFRESH_TOKEN_INVALID');
    });

    it('refuses to refresh a session past its end', async () => {
      const account = await registerAccount(t);
      const cookies = await loginCookies(t, account);
      await t.db.query(`UPDATE auth_sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [account.id]);
      expect((await refreshWithCookie(cookieValue(cookies, REFRESH)!)).status).toBe(401);
      expectError(await me(cookies), 401, 'SESSION_EXPIRED');
    });
  });

  describe('logout', () => {
    it('with the cookies: clears them and the old access and refresh cookies stop working', async () => {
      const account = await registerAccount(t);
      const cookies = await loginCookies(t, account);
      const res = await t.http().post('/api/auth/logout').set(CSRF).set('Cookie', cookies).expect(204);
      expect(setCookie(res, ACCESS)?.value).toBe('');
      expect(setCookie(res, REFRESH)?.value).toBe('');
      expectError(await me(cookies), 401, 'SESSION_EXPIRED');
      expectError(await refreshWithCookie(cookieValue(cookies, REFRESH)!), 401, 'REFRESH_TOKEN_INVALID');
    });

    it('with the refresh cookie only (access expired): the session still ends', async () => {
      const account = await registerAccount(t);
      const cookies = await loginCookies(t, account);
      await t.http().post('/api/auth/logout').set(CSRF).set('Cookie', [`${REFRESH}=${cookieValue(cookies, REFRESH)}`]).expect(204);
      expectError(await me(cookies), 401, 'SESSION_EXPIRED');
    });

    it('with a Bearer token: that token stops working', async () => {
      const account = await registerAccount(t);
      const tokens = await loginTokens(t, account);
      await t.http().post('/api/auth/logout').set('Authorization', `Bearer ${tokens.accessToken}`).expect(204);
      expectError(await meBearer(tokens.accessToken), 401, 'SESSION_EXPIRED');
      expect((await refreshWithBody(tokens.refreshToken)).status).toBe(401);
    });

    it('logout-all ends every session of the account, and no other account’s', async () => {
      const account = await registerAccount(t);
      const other = await registerAccount(t);
      const phone = await loginCookies(t, account);
      const laptop = await loginCookies(t, account, true);
      const client = await loginTokens(t, account);
      const otherCookies = await loginCookies(t, other);

      await t.http().post('/api/auth/logout-all').set(CSRF).set('Cookie', phone).expect(204);

      expectError(await me(phone), 401, 'SESSION_EXPIRED');
      expectError(await me(laptop), 401, 'SESSION_EXPIRED');
      expectError(await meBearer(client.accessToken), 401, 'SESSION_EXPIRED');
      expectError(await t.http().get('/api/me').set(bearer(account)), 401, 'SESSION_EXPIRED');
      expect((await refreshWithCookie(cookieValue(laptop, REFRESH)!)).status).toBe(401);
      expect((await refreshWithBody(client.refreshToken)).status).toBe(401);

      await me(otherCookies).expect(200);
      await t.http().get('/api/me').set(bearer(other)).expect(200);
      // Signing in again works.
      await me(await loginCookies(t, account)).expect(200);
    });

    it('logout-all needs a signed-in account', async () => {
      expectError(await t.http().post('/api/auth/logout-all').set(CSRF), 401, 'AUTH_REQUIRED');
    });
  });

  describe('access tokens that must not work', () => {
    const jwt = new JwtService({ secret: TEST_SECRET });
    const sessionOf = async (userId: string) => (await t.db.query(`SELECT id FROM auth_sessions WHERE user_id = $1 LIMIT 1`, [userId])).rows[0].id as string;

    it('an expired token is refused with SESSION_EXPIRED', async () => {
      const account = await registerAccount(t);
      const past = Math.floor(Date.now() / 1000) - 60;
      const token = jwt.sign({ sub: account.id, sid: await sessionOf(account.id), iat: past - 900, exp: past }, { algorithm: 'HS256' });
      expectError(await meBearer(token), 401, 'SESSION_EXPIRED');
      expectError(await me([`${ACCESS}=${token}`]), 401, 'SESSION_EXPIRED');
    });

    it('a token whose claims were changed is refused', async () => {
      const account = await registerAccount(t);
      const victim = await registerAccount(t);
      const [header, payload, signature] = account.accessToken.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const forged = Buffer.from(JSON.stringify({ ...claims, sub: victim.id })).toString('base64url');
      expectError(await meBearer(`${header}.${forged}.${signature}`), 401, 'AUTH_REQUIRED');
      expectError(await me([`${ACCESS}=${header}.${forged}.${signature}`]), 401, 'AUTH_REQUIRED');
    });

    it('a token signed with another secret or with alg "none" is refused', async () => {
      const account = await registerAccount(t);
      const claims = { sub: account.id, sid: await sessionOf(account.id) };
      const otherSecret = new JwtService({ secret: 'another-secret-another-secret-another-1' }).sign(claims, { algorithm: 'HS256', expiresIn: 900 });
      expectError(await meBearer(otherSecret), 401, 'AUTH_REQUIRED');
      const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ ...claims, exp: Math.floor(Date.now() / 1000) + 900 })).toString('base64url')}.`;
      expectError(await meBearer(none), 401, 'AUTH_REQUIRED');
      // The same claims, correctly signed, do work: the refusals above are about the signature.
      await meBearer(jwt.sign(claims, { algorithm: 'HS256', expiresIn: 900 })).expect(200);
    });

    it('a well-signed token for a session that does not exist is refused', async () => {
      const account = await registerAccount(t);
      const token = jwt.sign({ sub: account.id, sid: '00000000-0000-4000-8000-000000000000' }, { algorithm: 'HS256', expiresIn: 900 });
      expectError(await meBearer(token), 401, 'SESSION_EXPIRED');
    });

    it('a token of one account carrying another account’s session is refused', async () => {
      const account = await registerAccount(t);
      const victim = await registerAccount(t);
      const token = jwt.sign({ sub: victim.id, sid: await sessionOf(account.id) }, { algorithm: 'HS256', expiresIn: 900 });
      expectError(await meBearer(token), 401, 'SESSION_EXPIRED');
    });
  });
});
