import { createTestApp, TestApp } from '../support/test-app';
import { bearer, CSRF, grantRole, loginCookies, registerAccount, TestAccount } from '../support/accounts';
import { detailCodes, expectError } from '../support/http';

const UNKNOWN = '11111111-1111-4111-8111-111111111111';

/** The territory tree (commune → quartier): public reading, admin management, scoped admins, retirement. */
describe('territories', () => {
  let t: TestApp;
  let admin: TestAccount;
  let citizen: TestAccount;
  let moderator: TestAccount;
  let counter = 0;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await registerAccount(t, { displayName: 'Admin global' });
    await grantRole(t, admin.id, 'admin');
    citizen = await registerAccount(t);
    moderator = await registerAccount(t);
    await grantRole(t, moderator.id, 'moderator');
  });
  afterAll(() => t.close());

  const unique = (name: string) => `${name} ${++counter}`;
  const post = (actor: TestAccount, body: Record<string, unknown>) => t.http().post('/api/territories').set(bearer(actor)).send(body);
  const patch = (actor: TestAccount, id: string, body: Record<string, unknown>) => t.http().patch(`/api/territories/${id}`).set(bearer(actor)).send(body);
  const retire = (actor: TestAccount, id: string) => t.http().delete(`/api/territories/${id}`).set(bearer(actor));
  const commune = async (name = unique('Villeneuve-sur-Lot'), officialCode?: string) =>
    (await post(admin, { kind: 'commune', name, ...(officialCode ? { officialCode } : {}) }).expect(201)).body;
  const quartier = async (parentId: string, name = unique('Les Tours'), actor = admin) => (await post(actor, { kind: 'quartier', name, parentId }).expect(201)).body;
  const publicList = async () => (await t.http().get('/api/territories').expect(200)).body as { id: string; kind: string; name: string }[];
  const nameOf = async (id: string) => (await t.db.query(`SELECT name, retired_at FROM territories WHERE id = $1`, [id])).rows[0];

  describe('reading (public)', () => {
    it('lists active territories to anonymous visitors: communes first, then quartiers, each by name in French order', async () => {
      const zola = await commune('Zola-sur-Mer');
      const ecully = await commune('Écully');
      const agen = await commune('Agen', '47001');
      const tours = await quartier(agen.id, 'Les Tours');
      const centre = await quartier(zola.id, 'Centre-ville');
      const eglise = await quartier(ecully.id, 'Église');
      const gone = await quartier(agen.id, 'Ancien quartier');
      await retire(admin, gone.id).expect(204);

      const list = await publicList();
      const mine = list.filter((x) => [zola, ecully, agen, tours, centre, eglise, gone].some((y) => y.id === x.id)).map((x) => x.name);
      expect(mine).toEqual(['Agen', 'Écully', 'Zola-sur-Mer', 'Centre-ville', 'Église', 'Les Tours']);
      expect(list.find((x) => x.id === agen.id)).toEqual({ id: agen.id, kind: 'commune', name: 'Agen', officialCode: '47001', parentId: null, retiredAt: null });
      expect(list.find((x) => x.id === tours.id)).toEqual({ id: tours.id, kind: 'quartier', name: 'Les Tours', officialCode: null, parentId: agen.id, retiredAt: null });
      const kinds = list.map((x) => x.kind);
      expect(kinds).toEqual([...kinds].sort());
    });

    it('shows one territory with its active quartiers by name; a quartier has no children', async () => {
      const town = await commune('Villeneuve-sur-Lot', '47323');
      const tours = await quartier(town.id, 'Les Tours');
      const centre = await quartier(town.id, 'Centre-ville');
      const old = await quartier(town.id, 'Bastide');
      await retire(admin, old.id).expect(204);

      const res = await t.http().get(`/api/territories/${town.id}`).expect(200);
      expect(res.body).toEqual({ ...town, children: [centre, tours] });
      expect(res.body).toMatchObject({ kind: 'commune', name: 'Villeneuve-sur-Lot', officialCode: '47323', parentId: null, retiredAt: null });
      const leaf = await t.http().get(`/api/territories/${tours.id}`).expect(200);
      expect(leaf.body).toEqual({ ...tours, children: [] });
    });

    it('answers 404 TERRITORY_NOT_FOUND for an unknown id and 400 INVALID_ID for a malformed one', async () => {
      expectError(await t.http().get(`/api/territories/${UNKNOWN}`), 404, 'TERRITORY_NOT_FOUND');
      expectError(await t.http().get('/api/territories/not-a-uuid'), 400, 'INVALID_ID');
      expectError(await t.http().get('/api/territories/42'), 400, 'INVALID_ID');
    });

    it('hides a retired territory from everyone but admins, who see when it was retired', async () => {
      const town = await commune();
      await retire(admin, town.id).expect(204);
      expectError(await t.http().get(`/api/territories/${town.id}`), 404, 'TERRITORY_NOT_FOUND');
      expectError(await t.http().get(`/api/territories/${town.id}`).set(bearer(citizen)), 404, 'TERRITORY_NOT_FOUND');
      const seen = await t.http().get(`/api/territories/${town.id}`).set(bearer(admin)).expect(200);
      expect(seen.body.retiredAt).toEqual(expect.any(String));
      expect(new Date(seen.body.retiredAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
      expect((await publicList()).map((x) => x.id)).not.toContain(town.id);
    });

    it('lists retired territories with includeRetired=true for admins only (401 signed out, 403 for other roles)', async () => {
      const active = await commune();
      const retired = await commune();
      await retire(admin, retired.id).expect(204);

      const all = await t.http().get('/api/territories?includeRetired=true').set(bearer(admin)).expect(200);
      expect(all.body.find((x: { id: string }) => x.id === retired.id)).toMatchObject({ id: retired.id, retiredAt: expect.any(String) });
      expect(all.body.find((x: { id: string }) => x.id === active.id)).toMatchObject({ id: active.id, retiredAt: null });

      expectError(await t.http().get('/api/territories?includeRetired=true'), 401, 'AUTH_REQUIRED');
      expectError(await t.http().get('/api/territories?includeRetired=true').set(bearer(citizen)), 403, 'FORBIDDEN');
      expectError(await t.http().get('/api/territories?includeRetired=true').set(bearer(moderator)), 403, 'FORBIDDEN');
      const plain = await t.http().get('/api/territories?includeRetired=false').expect(200);
      expect(plain.body.map((x: { id: string }) => x.id)).not.toContain(retired.id);
    });

    it('refuses an unknown query parameter and an includeRetired that is not true or false', async () => {
      expectError(await t.http().get('/api/territories?kind=commune'), 400, 'UNKNOWN_QUERY_PARAMETER');
      expect(detailCodes(await t.http().get('/api/territories?includeRetired=yes').set(bearer(admin)))).toEqual({ includeRetired: 'INVALID_VALUE' });
    });
  });

  describe('creating', () => {
    it('lets an admin create a commune (name trimmed, INSEE code upper-cased) that everyone then sees', async () => {
      const res = await post(admin, { kind: 'commune', name: '  Ajaccio  ', officialCode: ' 2a004 ' }).expect(201);
      expect(res.body).toEqual({ id: expect.any(String), kind: 'commune', name: 'Ajaccio', officialCode: '2A004', parentId: null, retiredAt: null });
      expect((await publicList()).find((x) => x.id === res.body.id)).toEqual(res.body);
      const bastia = await post(admin, { kind: 'commune', name: 'Bastia', officialCode: '2B033' }).expect(201);
      expect(bastia.body.officialCode).toBe('2B033');
      const noCode = await post(admin, { kind: 'commune', name: 'Sans code', officialCode: '' }).expect(201);
      expect(noCode.body.officialCode).toBeNull();
    });

    it('lets an admin create a quartier inside an active commune', async () => {
      const town = await commune();
      const res = await post(admin, { kind: 'quartier', name: 'Les Tours', parentId: town.id }).expect(201);
      expect(res.body).toEqual({ id: expect.any(String), kind: 'quartier', name: 'Les Tours', officialCode: null, parentId: town.id, retiredAt: null });
    });

    it('refuses bad fields with VALIDATION_FAILED and one code per field, and creates nothing', async () => {
      const before = (await t.db.query(`SELECT count(*)::int AS n FROM territories`)).rows[0].n;
      expect(detailCodes(await post(admin, {}))).toEqual({ kind: 'FIELD_REQUIRED', name: 'FIELD_REQUIRED' });
      expect(detailCodes(await post(admin, { kind: 'region', name: 'Occitanie' }))).toEqual({ kind: 'INVALID_VALUE' });
      expect(detailCodes(await post(admin, { kind: 'commune', name: '   ' }))).toEqual({ name: 'FIELD_REQUIRED' });
      expect(detailCodes(await post(admin, { kind: 'commune', name: null }))).toEqual({ name: 'FIELD_REQUIRED' });
      expect(detailCodes(await post(admin, { kind: 'commune', name: 42 }))).toEqual({ name: 'INVALID_VALUE' });
      expect(detailCodes(await post(admin, { kind: 'commune', name: 'Ligne\nbrisée' }))).toEqual({ name: 'INVALID_VALUE' });
      expect(detailCodes(await post(admin, { kind: 'commune', name: 'x'.repeat(151) }))).toEqual({ name: 'NAME_TOO_LONG' });
      // Characters are counted as the database counts them: variation selectors included.
      expect(detailCodes(await post(admin, { kind: 'commune', name: '\u2764\uFE0F'.repeat(76) }))).toEqual({ name: 'NAME_TOO_LONG' });
      for (const officialCode of ['4732', '473230', 'ABCDE', '2C004', '2A04', 42]) {
        expect(detailCodes(await post(admin, { kind: 'commune', name: 'Code faux', officialCode }))).toEqual({ officialCode: 'OFFICIAL_CODE_INVALID' });
      }
      expect(detailCodes(await post(admin, { kind: 'quartier', name: 'Les Tours', parentId: 'Lyon' }))).toEqual({ parentId: 'INVALID_ID' });
      expect(detailCodes(await post(admin, { kind: 'commune', name: 'Agen', population: 33000 }))).toEqual({ population: 'FIELD_NOT_ALLOWED' });
      expect((await t.db.query(`SELECT count(*)::int AS n FROM territories`)).rows[0].n).toBe(before);
    });

    it('gives the field message with its limit, in French by default and in English on request', async () => {
      const fr = await post(admin, { kind: 'commune', name: 'x'.repeat(151) });
      expect(fr.body.details[0].message).toBe('Le nom doit avoir au plus 150 caractères.');
      const en = await post(admin, { kind: 'commune', name: 'x'.repeat(151) }).set('Accept-Language', 'en');
      expect(en.body.details[0].message).toBe('The name can have at most 150 characters.');
    });

    it('accepts a name of exactly 150 characters', async () => {
      const res = await post(admin, { kind: 'commune', name: 'é'.repeat(150) }).expect(201);
      expect(res.body.name).toBe('é'.repeat(150));
    });

    it('refuses a commune inside a territory and a quartier outside an active commune (TERRITORY_PARENT_INVALID)', async () => {
      const town = await commune();
      const tours = await quartier(town.id);
      const retired = await commune();
      await retire(admin, retired.id).expect(204);
      const cases: Record<string, unknown>[] = [
        { kind: 'commune', name: unique('Commune dans commune'), parentId: town.id },
        { kind: 'quartier', name: unique('Quartier orphelin') },
        { kind: 'quartier', name: unique('Quartier orphelin'), parentId: null },
        { kind: 'quartier', name: unique('Sous-quartier'), parentId: tours.id },
        { kind: 'quartier', name: unique('Quartier fantôme'), parentId: retired.id },
        { kind: 'quartier', name: unique('Quartier perdu'), parentId: UNKNOWN },
      ];
      for (const body of cases) expectError(await post(admin, body), 400, 'TERRITORY_PARENT_INVALID');
      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM territories WHERE parent_id = ANY($1)`, [[town.id, tours.id, retired.id]]);
      expect(rows[0].n).toBe(1);
    });

    it('refuses an official code on a quartier (INSEE codes identify communes)', async () => {
      const town = await commune();
      expect(detailCodes(await post(admin, { kind: 'quartier', name: 'Les Tours', parentId: town.id, officialCode: '47323' }))).toEqual({ officialCode: 'FIELD_NOT_ALLOWED' });
    });

    it('refuses an official code already used, even by a retired commune (409 OFFICIAL_CODE_TAKEN)', async () => {
      await commune('Marmande', '47157');
      const res = await post(admin, { kind: 'commune', name: 'Marmande bis', officialCode: '47157' });
      expectError(res, 409, 'OFFICIAL_CODE_TAKEN');
      expect(res.body.message).toBe('Un autre territoire a déjà ce code officiel. Vérifiez le code.');
      const old = await commune('Ancienne commune', '47999');
      await retire(admin, old.id).expect(204);
      expectError(await post(admin, { kind: 'commune', name: 'Commune nouvelle', officialCode: '47999' }), 409, 'OFFICIAL_CODE_TAKEN');
    });

    it('allows two communes with the same name (homonyms exist) but not two active quartiers with the same name in one commune', async () => {
      await commune('Saint-Martin');
      await commune('Saint-Martin');
      const town = await commune();
      const other = await commune();
      const first = await quartier(town.id, 'La Plaine');
      expectError(await post(admin, { kind: 'quartier', name: 'la plaine', parentId: town.id }), 409, 'NAME_TAKEN');
      await quartier(other.id, 'La Plaine');
      await retire(admin, first.id).expect(204);
      await quartier(town.id, 'La Plaine');
    });

    it('keeps quartier names unique when two admins create the same one at once', async () => {
      for (let i = 0; i < 5; i++) {
        const town = await commune();
        const results = await Promise.all(Array.from({ length: 6 }, () => post(admin, { kind: 'quartier', name: 'Les Tours', parentId: town.id })));
        expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
        const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM territories WHERE parent_id = $1`, [town.id]);
        expect(rows[0].n).toBe(1);
      }
    });

    it('works with session cookies when the X-CSRF-Protection header is sent, and only then', async () => {
      const cookies = await loginCookies(t, admin);
      expectError(await t.http().post('/api/territories').set('Cookie', cookies).send({ kind: 'commune', name: 'Sans en-tête' }), 403, 'CSRF_REJECTED');
      await t.http().post('/api/territories').set('Cookie', cookies).set(CSRF).send({ kind: 'commune', name: 'Avec en-tête' }).expect(201);
    });
  });

  describe('renaming and official codes', () => {
    it('renames (trimmed), sets, changes and clears the official code', async () => {
      const town = await commune();
      const renamed = await patch(admin, town.id, { name: '  Villeneuve-sur-Lot  ' }).expect(200);
      expect(renamed.body).toEqual({ ...town, name: 'Villeneuve-sur-Lot' });
      expect((await patch(admin, town.id, { officialCode: '47310' }).expect(200)).body.officialCode).toBe('47310');
      expect((await patch(admin, town.id, { officialCode: '47311' }).expect(200)).body.officialCode).toBe('47311');
      expect((await patch(admin, town.id, { officialCode: null }).expect(200)).body.officialCode).toBeNull();
      // The freed code can be used again.
      await commune(unique('Reprise'), '47311');
      const unchanged = await patch(admin, town.id, {}).expect(200);
      expect(unchanged.body).toEqual({ ...town, name: 'Villeneuve-sur-Lot' });
      expect((await t.http().get(`/api/territories/${town.id}`).expect(200)).body.name).toBe('Villeneuve-sur-Lot');
    });

    it('refuses bad fields, and the kind and the parent never change', async () => {
      const town = await commune();
      const tours = await quartier(town.id);
      const other = await commune();
      expect(detailCodes(await patch(admin, town.id, { name: '' }))).toEqual({ name: 'FIELD_REQUIRED' });
      expect(detailCodes(await patch(admin, town.id, { name: null }))).toEqual({ name: 'FIELD_REQUIRED' });
      expect(detailCodes(await patch(admin, town.id, { name: 'x'.repeat(151) }))).toEqual({ name: 'NAME_TOO_LONG' });
      expect(detailCodes(await patch(admin, town.id, { officialCode: '123' }))).toEqual({ officialCode: 'OFFICIAL_CODE_INVALID' });
      expect(detailCodes(await patch(admin, town.id, { kind: 'quartier' }))).toEqual({ kind: 'FIELD_NOT_ALLOWED' });
      expect(detailCodes(await patch(admin, tours.id, { parentId: other.id }))).toEqual({ parentId: 'FIELD_NOT_ALLOWED' });
      expect(detailCodes(await patch(admin, tours.id, { officialCode: '47323' }))).toEqual({ officialCode: 'FIELD_NOT_ALLOWED' });
      await patch(admin, tours.id, { officialCode: null }).expect(200);
      expect((await t.http().get(`/api/territories/${tours.id}`).expect(200)).body).toEqual({ ...tours, children: [] });
    });

    it('refuses a code used by another territory (OFFICIAL_CODE_TAKEN) and a quartier name taken in its commune (NAME_TAKEN)', async () => {
      const agen = await commune('Agen-bis', '47002');
      const town = await commune(unique('Nérac'), '47195');
      expectError(await patch(admin, town.id, { officialCode: '47002' }), 409, 'OFFICIAL_CODE_TAKEN');
      await patch(admin, agen.id, { officialCode: '47002', name: 'Agen' }).expect(200);
      const tours = await quartier(town.id, 'Les Tours');
      const centre = await quartier(town.id, 'Centre');
      expectError(await patch(admin, centre.id, { name: 'LES TOURS' }), 409, 'NAME_TAKEN');
      expect((await patch(admin, tours.id, { name: 'les tours' }).expect(200)).body.name).toBe('les tours');
      expect((await nameOf(centre.id)).name).toBe('Centre');
    });

    it('answers 404 for an unknown or retired territory and 400 INVALID_ID for a malformed id', async () => {
      const town = await commune();
      await retire(admin, town.id).expect(204);
      expectError(await patch(admin, town.id, { name: 'Renaissance' }), 404, 'TERRITORY_NOT_FOUND');
      expectError(await patch(admin, UNKNOWN, { name: 'Renaissance' }), 404, 'TERRITORY_NOT_FOUND');
      expectError(await patch(admin, 'abc', { name: 'Renaissance' }), 400, 'INVALID_ID');
    });
  });

  describe('retiring', () => {
    it('refuses to retire a commune that still has active quartiers (409 TERRITORY_IN_USE), then retires once they are gone', async () => {
      const town = await commune();
      const tours = await quartier(town.id);
      const res = await retire(admin, town.id);
      expectError(res, 409, 'TERRITORY_IN_USE');
      expect(res.body.message).toBe('Ce territoire a encore des quartiers actifs. Retirez-les d’abord.');
      expect((await nameOf(town.id)).retired_at).toBeNull();
      await retire(admin, tours.id).expect(204);
      await retire(admin, town.id).expect(204);
      const ids = (await publicList()).map((x) => x.id);
      expect(ids).not.toContain(town.id);
      expect(ids).not.toContain(tours.id);
    });

    it('is harmless twice: the first retirement date stays', async () => {
      const town = await commune();
      await retire(admin, town.id).expect(204);
      const first = (await nameOf(town.id)).retired_at;
      await retire(admin, town.id).expect(204);
      expect((await nameOf(town.id)).retired_at).toEqual(first);
    });

    it('answers 404 for an unknown territory and 400 INVALID_ID for a malformed id', async () => {
      expectError(await retire(admin, UNKNOWN), 404, 'TERRITORY_NOT_FOUND');
      expectError(await retire(admin, 'not-a-uuid'), 400, 'INVALID_ID');
    });

    it('makes a retired territory unusable elsewhere: no new role scoped to it', async () => {
      const town = await commune();
      await retire(admin, town.id).expect(204);
      const person = await registerAccount(t);
      expectError(await t.http().post(`/api/users/${person.id}/roles`).set(bearer(admin)).send({ role: 'moderator', territoryId: town.id }), 404, 'TERRITORY_NOT_FOUND');
    });

    it('never leaves an active quartier in a retired commune when both happen at once', async () => {
      for (let i = 0; i < 5; i++) {
        const town = await commune();
        const [created, retired] = await Promise.all([post(admin, { kind: 'quartier', name: 'Les Tours', parentId: town.id }), retire(admin, town.id)]);
        const outcome = [created.status, retired.status];
        expect([[201, 409], [400, 204]]).toContainEqual(outcome);
        const { rows } = await t.db.query(
          `SELECT count(*)::int AS n FROM territories q JOIN territories c ON c.id = q.parent_id WHERE c.id = $1 AND c.retired_at IS NOT NULL AND q.retired_at IS NULL`,
          [town.id],
        );
        expect(rows[0].n).toBe(0);
      }
    });
  });

  describe('who may write', () => {
    it('answers 401 AUTH_REQUIRED to anonymous writes (with the CSRF header)', async () => {
      const town = await commune();
      expectError(await t.http().post('/api/territories').set(CSRF).send({ kind: 'commune', name: 'Anonyme' }), 401, 'AUTH_REQUIRED');
      expectError(await t.http().patch(`/api/territories/${town.id}`).set(CSRF).send({ name: 'Anonyme' }), 401, 'AUTH_REQUIRED');
      expectError(await t.http().delete(`/api/territories/${town.id}`).set(CSRF), 401, 'AUTH_REQUIRED');
      expect(await nameOf(town.id)).toEqual({ name: town.name, retired_at: null });
    });

    it('answers 403 FORBIDDEN to citizens and moderators, and changes nothing', async () => {
      const town = await commune();
      for (const actor of [citizen, moderator]) {
        expectError(await post(actor, { kind: 'commune', name: 'Interdite' }), 403, 'FORBIDDEN');
        expectError(await post(actor, { kind: 'quartier', name: 'Interdit', parentId: town.id }), 403, 'FORBIDDEN');
        expectError(await patch(actor, town.id, { name: 'Interdite' }), 403, 'FORBIDDEN');
        expectError(await retire(actor, town.id), 403, 'FORBIDDEN');
      }
      expect(await nameOf(town.id)).toEqual({ name: town.name, retired_at: null });
      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM territories WHERE name IN ('Interdite', 'Interdit')`);
      expect(rows[0].n).toBe(0);
    });

    it('lets an admin scoped to a commune manage its quartiers, and nothing else', async () => {
      const lyon = await commune('Lyon', '69123');
      const villeurbanne = await commune('Villeurbanne', '69266');
      const grandclement = await quartier(villeurbanne.id, 'Grandclément');
      const localAdmin = await registerAccount(t, { displayName: 'Admin de Lyon' });
      await grantRole(t, localAdmin.id, 'admin', lyon.id);

      // Inside its scope: the quartiers of Lyon.
      const croixRousse = await quartier(lyon.id, 'Croix-Rousse', localAdmin);
      expect((await patch(localAdmin, croixRousse.id, { name: 'La Croix-Rousse' }).expect(200)).body.name).toBe('La Croix-Rousse');
      await retire(localAdmin, croixRousse.id).expect(204);
      await retire(localAdmin, croixRousse.id).expect(204);

      // Outside: communes (its own included) and the quartiers of another commune.
      expectError(await post(localAdmin, { kind: 'commune', name: 'Nouvelle commune' }), 403, 'FORBIDDEN');
      expectError(await post(localAdmin, { kind: 'quartier', name: 'Gratte-Ciel', parentId: villeurbanne.id }), 403, 'FORBIDDEN');
      expectError(await post(localAdmin, { kind: 'quartier', name: 'Sans commune' }), 403, 'FORBIDDEN');
      expectError(await patch(localAdmin, lyon.id, { name: 'Lugdunum' }), 403, 'FORBIDDEN');
      expectError(await patch(localAdmin, villeurbanne.id, { officialCode: null }), 403, 'FORBIDDEN');
      expectError(await patch(localAdmin, grandclement.id, { name: 'Grand Clément' }), 403, 'FORBIDDEN');
      expectError(await retire(localAdmin, grandclement.id), 403, 'FORBIDDEN');
      expectError(await retire(localAdmin, lyon.id), 403, 'FORBIDDEN');
      expect(await nameOf(lyon.id)).toEqual({ name: 'Lyon', retired_at: null });
      expect(await nameOf(grandclement.id)).toEqual({ name: 'Grandclément', retired_at: null });
      expect((await t.http().get(`/api/territories/${villeurbanne.id}`).expect(200)).body.children).toEqual([grandclement]);

      // A scoped admin is an admin: it may list retired territories.
      await t.http().get('/api/territories?includeRetired=true').set(bearer(localAdmin)).expect(200);
    });
  });
});
