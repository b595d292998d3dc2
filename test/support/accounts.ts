import type { TestApp } from './test-app';

export const CSRF = { 'X-CSRF-Protection': '1' };
export const GOOD_PASSWORD = 'le vélo du marché bleu';

let counter = 0;

export interface TestAccount {
  id: string;
  email: string;
  password: string;
  displayName: string;
  /** Cookie header value holding the session cookies. */
  cookies: string[];
  accessToken: string;
}

/** Registers a new account through the API and signs it in for Bearer use too. */
export async function registerAccount(t: TestApp, overrides: Partial<{ email: string; displayName: string; password: string }> = {}): Promise<TestAccount> {
  counter += 1;
  const email = overrides.email ?? `personne${counter}.${Date.now()}@exemple.fr`;
  const displayName = overrides.displayName ?? `Habitant ${counter}`;
  const password = overrides.password ?? GOOD_PASSWORD;
  const res = await t.http().post('/api/auth/register').set(CSRF).send({ email, password, displayName }).expect(201);
  const token = await t.http().post('/api/auth/token').set(CSRF).send({ email, password }).expect(200);
  return { id: res.body.user.id, email, password, displayName, cookies: cookiesOf(res), accessToken: token.body.accessToken };
}

/** Gives an account a staff role directly in the database (the admin route is tested on its own). */
export async function grantRole(t: TestApp, userId: string, role: string, territoryId: string | null = null): Promise<void> {
  await t.db.query(`INSERT INTO role_assignments (user_id, role, territory_id) VALUES ($1, $2, $3)`, [userId, role, territoryId]);
}

export function cookiesOf(res: { headers: Record<string, unknown> }): string[] {
  const raw = res.headers['set-cookie'];
  const list = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
  return list.map((c) => c.split(';')[0]).filter((c) => !c.endsWith('='));
}

export function bearer(account: TestAccount): { Authorization: string } {
  return { Authorization: `Bearer ${account.accessToken}` };
}

/** Signs in through the web route; returns the session cookies ("name=value"). */
export async function loginCookies(t: TestApp, account: { email: string; password: string }, rememberMe = false): Promise<string[]> {
  const res = await t.http().post('/api/auth/login').set(CSRF).send({ email: account.email, password: account.password, rememberMe }).expect(200);
  return cookiesOf(res);
}

/** Signs in through the API-client route; returns the token response body. */
export async function loginTokens(t: TestApp, account: { email: string; password: string }): Promise<{ accessToken: string; refreshToken: string }> {
  const res = await t.http().post('/api/auth/token').set(CSRF).send({ email: account.email, password: account.password }).expect(200);
  return res.body;
}

/** The value of one "name=value" cookie in a list from cookiesOf(). */
export function cookieValue(cookies: string[], name: string): string | undefined {
  return cookies.find((c) => c.startsWith(`${name}=`))?.slice(name.length + 1);
}
