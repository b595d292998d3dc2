import { createTestApp, TestApp } from '../support/test-app';
import { CSRF, registerAccount } from '../support/accounts';

/** Start-up, migrations and a login: the short check CI runs on the second PostgreSQL version. */
describe('smoke: start-up, migrations, login', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers health and readiness with the database reachable', async () => {
    await t.http().get('/api/health').expect(200, { status: 'ok' });
    const ready = await t.http().get('/api/health/ready').expect(200);
    expect(ready.body.status).toBe('ok');
  });

  it('has applied every migration', async () => {
    const { rows } = await t.db.query(`SELECT name FROM migrations`);
    expect(rows.length).toBeGreaterThan(0);
    const version = await t.db.query(`SHOW server_version`);
    process.stdout.write(`smoke test ran on PostgreSQL ${version.rows[0].server_version}\n`);
  });

  it('registers, logs in and reads /api/me with the session cookie', async () => {
    const account = await registerAccount(t);
    const login = await t.http().post('/api/auth/login').set(CSRF).send({ email: account.email, password: account.password }).expect(200);
    const cookie = (login.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]);
    const me = await t.http().get('/api/me').set('Cookie', cookie).expect(200);
    expect(me.body).toMatchObject({ email: account.email, displayName: account.displayName, roles: [] });
  });
});
