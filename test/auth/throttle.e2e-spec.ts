import type { Response } from 'supertest';
import { createTestApp, TestApp } from '../support/test-app';
import { CSRF, GOOD_PASSWORD, registerAccount } from '../support/accounts';
import { expectError, expectExactError } from '../support/http';

function expectThrottled(res: Response): void {
  expectExactError(res, 429, 'TOO_MANY_ATTEMPTS');
  const retryAfter = Number(res.headers['retry-after']);
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(res.body.message).toContain(String(retryAfter));
  expect(res.headers['set-cookie']).toBeUndefined();
}

/** Password guessing: 5 tries a minute per account (default), and a limit per client address. */
describe('login throttling per account', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, route = '/api/auth/login') => t.http().post(route).set(CSRF).send({ email, password });

  it('refuses the 6th attempt in a minute with 429 and Retry-After, even with the right password', async () => {
    const victim = await registerAccount(t); // its /api/auth/token sign-in counts as attempt 1
    for (let i = 2; i <= 5; i++) expectError(await login(victim.email, `mauvais essai ${i}`), 401, 'INVALID_CREDENTIALS');
    expectThrottled(await login(victim.email, victim.password));
    expectThrottled(await login(victim.email, victim.password, '/api/auth/token'));
  });

  it('leaves other accounts unaffected', async () => {
    const victim = await registerAccount(t);
    const neighbour = await registerAccount(t);
    for (let i = 2; i <= 6; i++) await login(victim.email, `mauvais essai ${i}`);
    expectThrottled(await login(victim.email, victim.password));
    await login(neighbour.email, neighbour.password).expect(200);
  });

  it('counts attempts on both sign-in routes and whatever the case of the email', async () => {
    const victim = await registerAccount(t);
    await login(victim.email.toUpperCase(), 'mauvais essai 2');
    await login(` ${victim.email} `, 'mauvais essai 3', '/api/auth/token');
    await login(victim.email.toUpperCase(), 'mauvais essai 4', '/api/auth/token');
    await login(victim.email, 'mauvais essai 5');
    expectThrottled(await login(victim.email, victim.password));
  });

  it('holds the limit under concurrent attempts: exactly 5 of 10 simultaneous tries are checked', async () => {
    const email = `rafale.${Date.now()}@exemple.fr`;
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => login(email, `essai simultané ${i}`)));
    expect(results.filter((r) => r.status === 401)).toHaveLength(5);
    expect(results.filter((r) => r.status === 429)).toHaveLength(5);
  });

  it('throttles unknown emails too, so guessing reveals nothing', async () => {
    const email = `inconnu.${Date.now()}@exemple.fr`;
    for (let i = 1; i <= 5; i++) expectError(await login(email, GOOD_PASSWORD), 401, 'INVALID_CREDENTIALS');
    expectThrottled(await login(email, GOOD_PASSWORD));
  });
});

describe('login throttling per client address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '8' });
  });
  afterAll(() => t.close());

  it('refuses the 9th attempt from the same address, whatever the email', async () => {
    // Registration does not count as a sign-in attempt.
    const email = `habitant.${Date.now()}@exemple.fr`;
    await t.http().post('/api/auth/register').set(CSRF).send({ email, password: GOOD_PASSWORD, displayName: 'Habitant' }).expect(201);
    for (let i = 1; i <= 8; i++) {
      const res = await t.http().post('/api/auth/login').set(CSRF).send({ email: `devine${i}@exemple.fr`, password: GOOD_PASSWORD });
      expectError(res, 401, 'INVALID_CREDENTIALS');
    }
    expectThrottled(await t.http().post('/api/auth/login').set(CSRF).send({ email: 'devine9@exemple.fr', password: GOOD_PASSWORD }));
    expectThrottled(await t.http().post('/api/auth/login').set(CSRF).send({ email, password: GOOD_PASSWORD }));
  });
});

describe('login throttling per client address, behind no proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '8' });
  });
  afterAll(() => t.close());

  it('cannot be dodged with a made-up X-Forwarded-For when TRUST_PROXY is off', async () => {
    for (let i = 1; i <= 8; i++) {
      const res = await t.http().post('/api/auth/login').set(CSRF).set('X-Forwarded-For', `203.0.113.${i}`).send({ email: `devine${i}@exemple.fr`, password: GOOD_PASSWORD });
      expectError(res, 401, 'INVALID_CREDENTIALS');
    }
    expectThrottled(await t.http().post('/api/auth/login').set(CSRF).set('X-Forwarded-For', '203.0.113.99').send({ email: 'devine9@exemple.fr', password: GOOD_PASSWORD }));
  });
});
