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
  const list = Array.isArray(raw) ? (raw as string[]) : raw ? [String(raw)] : [];
  return list.map((c) => c.split(';')[0]).filter((c) => !c.endsWith('='));
}

export function bearer(account: TestAccount): { Authorization: string } {
  return { Authorization: `Bearer ${account.accessToken}` };
}
