import { createTestApp, TestApp } from '../support/test-app';
import { CSRF, GOOD_PASSWORD } from '../support/accounts';
import { detailCodes, expectError } from '../support/http';

/** Creating an account: every rule, every refusal with its code, and what is stored. */
describe('POST /api/auth/register', () => {
  let t: TestApp;
  let n = 0;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const uniqueEmail = () => `inscrit${++n}.${Date.now()}@exemple.fr`;
  const register = (body: Record<string, unknown>, language?: string) => {
    const req = t.http().post('/api/auth/register').set(CSRF);
    if (language) req.set('Accept-Language', language);
    return req.send(body);
  };
  const valid = (overrides: Record<string, unknown> = {}) => ({ email: uniqueEmail(), password: GOOD_PASSWORD, displayName: 'Habitant du quartier', ...overrides });
  const userCount = async () => Number((await t.db.query(`SELECT count(*) FROM users`)).rows[0].count);

  it('creates the account, signs it in and stores the password as argon2id', async () => {
    const body = valid();
    const res = await register(body).expect(201);
    expect(res.body.user).toMatchObject({ email: body.email, displayName: 'Habitant du quartier', roles: [] });
    expect(res.body.persistent).toBe(false);
    const me = await t.http().get('/api/me').set('Cookie', (res.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0])).expect(200);
    expect(me.body.id).toBe(res.body.user.id);
    const { rows } = await t.db.query(`SELECT password_hash FROM users WHERE id = $1`, [res.body.user.id]);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0].password_hash).not.toContain(GOOD_PASSWORD);
  });

  it('never returns the password or its hash, in any response', async () => {
    const body = valid({ password: 'secret-unique-phrase-42' });
    const responses = [await register(body).expect(201)];
    responses.push(await t.http().post('/api/auth/login').set(CSRF).send({ email: body.email, password: body.password }).expect(200));
    const token = await t.http().post('/api/auth/token').set(CSRF).send({ email: body.email, password: body.password }).expect(200);
    responses.push(token, await t.http().get('/api/me').set('Authorization', `Bearer ${token.body.accessToken}`).expect(200));
    responses.push(await register(body).expect(409));
    for (const res of responses) {
      expect(res.text).not.toContain('secret-unique-phrase-42');
      expect(res.text).not.toContain('argon2');
      expect(res.text).not.toMatch(/"password(hash)?"\s*:/i);
    }
  });

  it('normalises the email (trim, lower case) and refuses it again in any case as EMAIL_TAKEN', async () => {
    const res = await register(valid({ email: ' Amina@Exemple.FR ' })).expect(201);
    expect(res.body.user.email).toBe('amina@exemple.fr');
    const { rows } = await t.db.query(`SELECT email FROM users WHERE id = $1`, [res.body.user.id]);
    expect(rows[0].email).toBe('amina@exemple.fr');
    expectError(await register(valid({ email: 'amina@exemple.fr' })), 409, 'EMAIL_TAKEN');
    expectError(await register(valid({ email: 'AMINA@exemple.fr' })), 409, 'EMAIL_TAKEN');
    // And the person signs in with the address as they typed it.
    await t.http().post('/api/auth/login').set(CSRF).send({ email: ' Amina@Exemple.FR ', password: GOOD_PASSWORD }).expect(200);
  });

  it('trims the display name', async () => {
    const res = await register(valid({ displayName: '  Amina du quartier  ' })).expect(201);
    expect(res.body.user.displayName).toBe('Amina du quartier');
  });

  it('accepts a beginner-style display name, the length limits and unicode passwords', async () => {
    await register(valid({ displayName: 'jean du 93' })).expect(201);
    await register(valid({ displayName: 'ab' })).expect(201);
    await register(valid({ displayName: 'x'.repeat(40) })).expect(201);
    await register(valid({ password: 'kqzv7wpx' })).expect(201);
    await register(valid({ password: 'é'.repeat(128) })).expect(201);
    await register(valid({ password: '🚲🚲🚲🚲🚲🚲🚲🚲' })).expect(201);
    await register(valid({ password: 'mot de passe très long' })).expect(201);
  });

  it('lets a unicode password sign in whatever its Unicode normalisation form', async () => {
    const composed = 'crème brûlée à Noël'.normalize('NFC');
    const body = valid({ password: composed });
    await register(body).expect(201);
    await t.http().post('/api/auth/login').set(CSRF).send({ email: body.email, password: composed }).expect(200);
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    await t.http().post('/api/auth/login').set(CSRF).send({ email: body.email, password: decomposed }).expect(200);
  });

  const longButWellFormedEmail = `${'a'.repeat(60)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(10)}.fr`;

  it.each<[string, Record<string, unknown>, string, string]>([
    ['an email without @', { email: 'pas-une-adresse' }, 'email', 'EMAIL_INVALID'],
    ['an email without domain', { email: 'amina@' }, 'email', 'EMAIL_INVALID'],
    ['an empty email', { email: '   ' }, 'email', 'EMAIL_INVALID'],
    ['a well-formed email over 254 characters', { email: longButWellFormedEmail }, 'email', 'EMAIL_TOO_LONG'],
    ['an email over 254 characters', { email: `${'a'.repeat(250)}@exemple.fr` }, 'email', 'EMAIL_TOO_LONG'],
    ['a display name of 1 character', { displayName: 'A' }, 'displayName', 'DISPLAY_NAME_TOO_SHORT'],
    ['a display name of 1 character once trimmed', { displayName: '  A  ' }, 'displayName', 'DISPLAY_NAME_TOO_SHORT'],
    ['a display name of 41 characters', { displayName: 'x'.repeat(41) }, 'displayName', 'DISPLAY_NAME_TOO_LONG'],
    ['a display name with a line break', { displayName: 'Amina\nAdmin' }, 'displayName', 'INVALID_VALUE'],
    ['a password of 7 characters', { password: 'kqzv7wp' }, 'password', 'PASSWORD_TOO_SHORT'],
    ['a password of 7 emoji (characters, not bytes)', { password: '🚲🚲🚲🚲🚲🚲🚲' }, 'password', 'PASSWORD_TOO_SHORT'],
    ['a password of 129 characters', { password: 'é'.repeat(129) }, 'password', 'PASSWORD_TOO_LONG'],
    ['a common password', { password: 'password123' }, 'password', 'PASSWORD_TOO_COMMON'],
    ['a common password in capitals', { password: 'AZERTYUIOP' }, 'password', 'PASSWORD_TOO_COMMON'],
    ['a common French password', { password: 'motdepasse' }, 'password', 'PASSWORD_TOO_COMMON'],
    ['a password containing the email', { email: 'amina.k@exemple.fr', password: 'xx-amina.k@exemple.fr' }, 'password', 'PASSWORD_CONTAINS_PERSONAL_INFO'],
    ['a password containing the email local part', { email: 'Amina.K@exemple.fr', password: 'AMINA.K-2026!' }, 'password', 'PASSWORD_CONTAINS_PERSONAL_INFO'],
    ['a password containing the display name', { displayName: 'Amina du quartier', password: 'aminaduquartier9' }, 'password', 'PASSWORD_CONTAINS_PERSONAL_INFO'],
    ['a missing email', { email: undefined }, 'email', 'FIELD_REQUIRED'],
    ['a missing password', { password: undefined }, 'password', 'FIELD_REQUIRED'],
    ['a missing display name', { displayName: undefined }, 'displayName', 'FIELD_REQUIRED'],
    ['a null email', { email: null }, 'email', 'FIELD_REQUIRED'],
    ['an unknown field', { role: 'admin' }, 'role', 'FIELD_NOT_ALLOWED'],
    ['an email as a number', { email: 42 }, 'email', 'EMAIL_INVALID'],
    ['rememberMe as a string', { rememberMe: 'yes' }, 'rememberMe', 'INVALID_VALUE'],
  ])('refuses %s', async (_label, overrides, field, code) => {
    const before = await userCount();
    const res = await register(valid(overrides));
    expect(detailCodes(res)).toEqual({ [field]: code });
    expect(res.body.details[0].message.length).toBeGreaterThan(0);
    expect(await userCount()).toBe(before);
  });

  it.each<[string, unknown]>([
    ['a number', 12345678],
    ['an array', ['le vélo', 'du marché']],
    ['an object', { value: GOOD_PASSWORD }],
  ])('refuses a password given as %s', async (_label, password) => {
    const res = await register(valid({ password }));
    expect(Object.keys(detailCodes(res))).toEqual(['password']);
  });

  it.each<[string, unknown]>([
    ['a number', 42],
    ['an array', ['Amina']],
    ['a boolean', true],
  ])('refuses a display name given as %s', async (_label, displayName) => {
    const res = await register(valid({ displayName }));
    expect(Object.keys(detailCodes(res))).toEqual(['displayName']);
  });

  it('reports every bad field at once, each with its own code', async () => {
    const res = await register({ email: 'nope', password: 'court', displayName: 'A', extra: 1 });
    expect(detailCodes(res)).toEqual({
      email: 'EMAIL_INVALID',
      password: 'PASSWORD_TOO_SHORT',
      displayName: 'DISPLAY_NAME_TOO_SHORT',
      extra: 'FIELD_NOT_ALLOWED',
    });
  });

  it('answers in French by default and in English with Accept-Language: en', async () => {
    const bad = { email: 'nope', password: GOOD_PASSWORD, displayName: 'Amina' };
    const fr = await register(bad);
    expect(fr.body.message).toBe('Certaines informations ne sont pas correctes. Vérifiez les champs signalés.');
    expect(fr.body.details[0].message).toBe("Cette adresse e-mail n'est pas correcte. Exemple : nom@exemple.fr");
    const en = await register(bad, 'en');
    expect(en.body.message).toBe('Some information is not correct. Check the fields shown.');
    expect(en.body.details[0].message).toBe('This email address is not correct. Example: name@example.org');
    const enRegional = await register(bad, 'en-GB,en;q=0.9,fr;q=0.5');
    expect(enRegional.body.message).toBe(en.body.message);
    const unsupported = await register(bad, 'de-DE');
    expect(unsupported.body.message).toBe(fr.body.message);
    const short = await register({ ...bad, email: uniqueEmail(), displayName: 'A' }, 'en');
    expect(short.body.details[0].message).toBe('Your nickname needs at least 2 characters.');
  });

  it('gives exactly one 201 for concurrent identical registrations, the others 409 EMAIL_TAKEN', async () => {
    const body = valid();
    const results = await Promise.all(Array.from({ length: 6 }, () => register(body)));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
    for (const r of results.filter((r) => r.status === 409)) expectError(r, 409, 'EMAIL_TAKEN');
    const { rows } = await t.db.query(`SELECT count(*) FROM users WHERE email = $1`, [body.email]);
    expect(rows[0].count).toBe('1');
  });
});
