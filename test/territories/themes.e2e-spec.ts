import { ThemesService } from '../../apps/api/src/themes/themes.service';
import { createTestApp, TestApp } from '../support/test-app';
import { bearer, CSRF, grantRole, registerAccount, TestAccount } from '../support/accounts';
import { detailCodes, expectError } from '../support/http';

const UNKNOWN = '11111111-1111-4111-8111-111111111111';

/** Themes: labels that everyone reads and global admins create, rename and retire. */
describe('themes', () => {
  let t: TestApp;
  let admin: TestAccount;
  let counter = 0;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await registerAccount(t, { displayName: 'Admin global' });
    await grantRole(t, admin.id, 'admin');
  });
  afterAll(() => t.close());

  const unique = (name: string) => `${name} ${++counter}`;
  const create = (actor: TestAccount, body: Record<string, unknown>) => t.http().post('/api/themes').set(bearer(actor)).send(body);
  const rename = (actor: TestAccount, id: string, body: Record<string, unknown>) => t.http().patch(`/api/themes/${id}`).set(bearer(actor)).send(body);
  const retire = (actor: TestAccount, id: string) => t.http().delete(`/api/themes/${id}`).set(bearer(actor));
  const theme = async (name = unique('mobilité')): Promise<{ id: string; name: string }> => (await create(admin, { name }).expect(201)).body;
  const list = async () => (await t.http().get('/api/themes').expect(200)).body as { id: string; name: string }[];
  const row = async (id: string) => (await t.db.query(`SELECT name, retired_at FROM themes WHERE id = $1`, [id])).rows[0];

  it('lists active themes to anonymous visitors, by name in French order', async () => {
    const securite = await theme('sécurité');
    const ecologie = await theme('Écologie');
    const mobilite = await theme('mobilité');
    const culture = await theme('culture');
    const old = await theme('ancien thème');
    await retire(admin, old.id).expect(204);
    const mine = [securite, ecologie, mobilite, culture, old].map((x) => x.id);
    expect((await list()).filter((x) => mine.includes(x.id))).toEqual([culture, ecologie, mobilite, securite]);
    expect(mobilite).toEqual({ id: expect.any(String), name: 'mobilité' });
  });

  it('lets an admin create a theme, name trimmed', async () => {
    const res = await create(admin, { name: '  Espaces verts  ' }).expect(201);
    expect(res.body).toEqual({ id: expect.any(String), name: 'Espaces verts' });
    expect(await list()).toContainEqual(res.body);
  });

  it('refuses a name an active theme already has, whatever the case (409 NAME_TAKEN); a retired name is free again', async () => {
    const first = await theme('Propreté');
    for (const name of ['Propreté', 'PROPRETÉ', '  propreté ']) {
      const res = await create(admin, { name });
      expectError(res, 409, 'NAME_TAKEN');
      expect(res.body.message).toBe('Ce nom existe déjà. Choisissez-en un autre.');
    }
    await retire(admin, first.id).expect(204);
    const again = await theme('propreté');
    expect(again.id).not.toBe(first.id);
  });

  it('refuses bad names with VALIDATION_FAILED and one code per field, and creates nothing', async () => {
    const before = (await t.db.query(`SELECT count(*)::int AS n FROM themes`)).rows[0].n;
    expect(detailCodes(await create(admin, {}))).toEqual({ name: 'FIELD_REQUIRED' });
    expect(detailCodes(await create(admin, { name: '' }))).toEqual({ name: 'FIELD_REQUIRED' });
    expect(detailCodes(await create(admin, { name: '   ' }))).toEqual({ name: 'FIELD_REQUIRED' });
    expect(detailCodes(await create(admin, { name: 12 }))).toEqual({ name: 'INVALID_VALUE' });
    expect(detailCodes(await create(admin, { name: 'vélo\tmarché' }))).toEqual({ name: 'INVALID_VALUE' });
    const tooLong = await create(admin, { name: 'x'.repeat(61) });
    expect(detailCodes(tooLong)).toEqual({ name: 'NAME_TOO_LONG' });
    expect(tooLong.body.details[0].message).toBe('Le nom doit avoir au plus 60 caractères.');
    expect(detailCodes(await create(admin, { name: '\u2764\uFE0F'.repeat(31) }))).toEqual({ name: 'NAME_TOO_LONG' });
    expect(detailCodes(await create(admin, { name: 'mobilité', color: 'vert' }))).toEqual({ color: 'FIELD_NOT_ALLOWED' });
    expect((await t.db.query(`SELECT count(*)::int AS n FROM themes`)).rows[0].n).toBe(before);
    await create(admin, { name: 'é'.repeat(60) }).expect(201);
  });

  it('renames a theme (trimmed); a change of case of its own name is allowed, another active name is not', async () => {
    const velo = await theme('vélo');
    const bus = await theme('bus');
    expect((await rename(admin, velo.id, { name: '  Vélo  ' }).expect(200)).body).toEqual({ id: velo.id, name: 'Vélo' });
    expectError(await rename(admin, bus.id, { name: 'VÉLO' }), 409, 'NAME_TAKEN');
    expect((await row(bus.id)).name).toBe('bus');
    expect(await list()).toEqual(expect.arrayContaining([{ id: velo.id, name: 'Vélo' }, bus]));
  });

  it('refuses bad renames: missing or too long name, unknown field', async () => {
    const parks = await theme();
    expect(detailCodes(await rename(admin, parks.id, {}))).toEqual({ name: 'FIELD_REQUIRED' });
    expect(detailCodes(await rename(admin, parks.id, { name: 'x'.repeat(61) }))).toEqual({ name: 'NAME_TOO_LONG' });
    expect(detailCodes(await rename(admin, parks.id, { name: 'parcs', retiredAt: '2026-01-01T00:00:00Z' }))).toEqual({ retiredAt: 'FIELD_NOT_ALLOWED' });
    expect((await row(parks.id)).name).toBe(parks.name);
  });

  it('answers 404 THEME_NOT_FOUND for an unknown or retired theme, 400 INVALID_ID for a malformed id', async () => {
    const old = await theme();
    await retire(admin, old.id).expect(204);
    expectError(await rename(admin, old.id, { name: 'renouveau' }), 404, 'THEME_NOT_FOUND');
    expectError(await rename(admin, UNKNOWN, { name: 'renouveau' }), 404, 'THEME_NOT_FOUND');
    expectError(await retire(admin, UNKNOWN), 404, 'THEME_NOT_FOUND');
    expectError(await rename(admin, 'mobilite', { name: 'renouveau' }), 400, 'INVALID_ID');
    expectError(await retire(admin, '42'), 400, 'INVALID_ID');
  });

  it('retires a theme: it leaves the list, and retiring twice is harmless', async () => {
    const old = await theme();
    await retire(admin, old.id).expect(204);
    const first = (await row(old.id)).retired_at;
    expect(first).toBeInstanceOf(Date);
    await retire(admin, old.id).expect(204);
    expect((await row(old.id)).retired_at).toEqual(first);
    expect((await list()).map((x) => x.id)).not.toContain(old.id);
  });

  it('answers 401 AUTH_REQUIRED to anonymous writes (with the CSRF header)', async () => {
    const culture = await theme();
    expectError(await t.http().post('/api/themes').set(CSRF).send({ name: 'anonyme' }), 401, 'AUTH_REQUIRED');
    expectError(await t.http().patch(`/api/themes/${culture.id}`).set(CSRF).send({ name: 'anonyme' }), 401, 'AUTH_REQUIRED');
    expectError(await t.http().delete(`/api/themes/${culture.id}`).set(CSRF), 401, 'AUTH_REQUIRED');
    expect(await row(culture.id)).toEqual({ name: culture.name, retired_at: null });
  });

  it('answers 403 FORBIDDEN to citizens, moderators and admins scoped to a territory (themes are shared by all)', async () => {
    const culture = await theme();
    const citizen = await registerAccount(t);
    const moderator = await registerAccount(t);
    await grantRole(t, moderator.id, 'moderator');
    const { rows } = await t.db.query(`INSERT INTO territories (kind, name) VALUES ('commune', 'Villeneuve-sur-Lot') RETURNING id`);
    const localAdmin = await registerAccount(t);
    await grantRole(t, localAdmin.id, 'admin', rows[0].id);
    for (const actor of [citizen, moderator, localAdmin]) {
      expectError(await create(actor, { name: 'interdit' }), 403, 'FORBIDDEN');
      expectError(await rename(actor, culture.id, { name: 'interdit' }), 403, 'FORBIDDEN');
      expectError(await retire(actor, culture.id), 403, 'FORBIDDEN');
    }
    expect(await row(culture.id)).toEqual({ name: culture.name, retired_at: null });
    expect((await t.db.query(`SELECT count(*)::int AS n FROM themes WHERE name = 'interdit'`)).rows[0].n).toBe(0);
  });

  describe('ThemesService.assertAllActive (for debates and proposals)', () => {
    it('accepts active themes, duplicates and an empty list', async () => {
      const service = t.app.get(ThemesService);
      const a = await theme();
      const b = await theme();
      await expect(service.assertAllActive([a.id, b.id, a.id, b.id.toUpperCase()])).resolves.toBeUndefined();
      await expect(service.assertAllActive([])).resolves.toBeUndefined();
    });

    it('throws THEME_NOT_FOUND for a retired, unknown or malformed id', async () => {
      const service = t.app.get(ThemesService);
      const active = await theme();
      const retired = await theme();
      await retire(admin, retired.id).expect(204);
      for (const ids of [[active.id, retired.id], [UNKNOWN], [active.id, 'not-a-uuid']]) {
        await expect(service.assertAllActive(ids)).rejects.toMatchObject({ code: 'THEME_NOT_FOUND' });
      }
    });
  });
});
