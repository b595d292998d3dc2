import { createTestApp, TestApp } from '../support/test-app';
import { bearer, grantRole, registerAccount, TestAccount } from '../support/accounts';
import { expectError } from '../support/http';

/** Closed-by-default guard, and role grants by admins (global or territory-scoped) with their audit trail. */
describe('roles', () => {
  let t: TestApp;
  let admin: TestAccount;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await registerAccount(t, { displayName: 'Admin global' });
    await grantRole(t, admin.id, 'admin');
  });
  afterAll(() => t.close());

  const grant = (actor: TestAccount, userId: string, body: Record<string, unknown>) => t.http().post(`/api/users/${userId}/roles`).set(bearer(actor)).send(body);
  const revoke = (actor: TestAccount, userId: string, assignmentId: string) => t.http().delete(`/api/users/${userId}/roles/${assignmentId}`).set(bearer(actor));
  const meOf = async (account: TestAccount) => (await t.http().get('/api/me').set(bearer(account)).expect(200)).body;
  const territory = async (kind: 'commune' | 'quartier', name: string, parentId: string | null = null): Promise<string> =>
    (await t.db.query(`INSERT INTO territories (kind, name, parent_id) VALUES ($1, $2, $3) RETURNING id`, [kind, name, parentId])).rows[0].id;

  it('is closed by default: /api/me needs an account, health is public', async () => {
    expectError(await t.http().get('/api/me'), 401, 'AUTH_REQUIRED');
    await t.http().get('/api/health').expect(200, { status: 'ok' });
    expectError(await t.http().get(`/api/users/${admin.id}/roles`), 401, 'AUTH_REQUIRED');
  });

  it('an admin grants a role; the grantee sees it at once in /api/me', async () => {
    const person = await registerAccount(t);
    const res = await grant(admin, person.id, { role: 'moderator' }).expect(201);
    expect(res.body).toMatchObject({ id: expect.any(String), role: 'moderator', territoryId: null });
    expect((await meOf(person)).roles).toEqual([{ role: 'moderator', territoryId: null }]);
  });

  it('granting the same role twice answers the same grant, not a duplicate', async () => {
    const person = await registerAccount(t);
    const first = await grant(admin, person.id, { role: 'facilitator' }).expect(201);
    const second = await grant(admin, person.id, { role: 'facilitator' }).expect(201);
    expect(second.body).toEqual(first.body);
    expect((await meOf(person)).roles).toEqual([{ role: 'facilitator', territoryId: null }]);
    const { rows } = await t.db.query(`SELECT count(*) FROM role_changes WHERE user_id = $1`, [person.id]);
    expect(rows[0].count).toBe('1');
  });

  it('revokes a role (204); the history lists the grant then the revoke, with who did it', async () => {
    const person = await registerAccount(t);
    const granted = await grant(admin, person.id, { role: 'official' }).expect(201);
    await revoke(admin, person.id, granted.body.id).expect(204);
    expect((await meOf(person)).roles).toEqual([]);
    const history = await t.http().get(`/api/users/${person.id}/role-changes`).set(bearer(admin)).expect(200);
    expect(history.body).toEqual([
      expect.objectContaining({ action: 'grant', role: 'official', territoryId: null, actorId: admin.id }),
      expect.objectContaining({ action: 'revoke', role: 'official', territoryId: null, actorId: admin.id }),
    ]);
    expectError(await revoke(admin, person.id, granted.body.id), 404, 'ROLE_NOT_FOUND');
  });

  it('a revoked admin loses its rights at once', async () => {
    const formerAdmin = await registerAccount(t);
    const person = await registerAccount(t);
    const granted = await grant(admin, formerAdmin.id, { role: 'admin' }).expect(201);
    await grant(formerAdmin, person.id, { role: 'moderator' }).expect(201);
    await revoke(admin, formerAdmin.id, granted.body.id).expect(204);
    expectError(await grant(formerAdmin, person.id, { role: 'official' }), 403, 'FORBIDDEN');
  });

  it('citizens and moderators may not manage roles (403 FORBIDDEN)', async () => {
    const citizen = await registerAccount(t);
    const moderator = await registerAccount(t);
    await grantRole(t, moderator.id, 'moderator');
    const target = await registerAccount(t);
    const assignment = (await grant(admin, target.id, { role: 'facilitator' }).expect(201)).body.id;
    for (const actor of [citizen, moderator]) {
      expectError(await grant(actor, target.id, { role: 'admin' }), 403, 'FORBIDDEN');
      expectError(await grant(actor, actor.id, { role: 'admin' }), 403, 'FORBIDDEN');
      expectError(await revoke(actor, target.id, assignment), 403, 'FORBIDDEN');
      expectError(await t.http().get(`/api/users/${target.id}/role-changes`).set(bearer(actor)), 403, 'FORBIDDEN');
      expectError(await t.http().get(`/api/users/${target.id}/roles`).set(bearer(actor)), 403, 'FORBIDDEN');
    }
    expect((await meOf(citizen)).roles).toEqual([]);
    expect((await meOf(target)).roles).toEqual([{ role: 'facilitator', territoryId: null }]);
  });

  it('a territory-scoped admin grants within its commune, not in another one nor everywhere', async () => {
    const lyon = await territory('commune', 'Lyon');
    const croixRousse = await territory('quartier', 'Croix-Rousse', lyon);
    const villeurbanne = await territory('commune', 'Villeurbanne');
    const grandclement = await territory('quartier', 'Grandclément', villeurbanne);
    const localAdmin = await registerAccount(t);
    await grantRole(t, localAdmin.id, 'admin', lyon);
    const person = await registerAccount(t);

    const inside = await grant(localAdmin, person.id, { role: 'moderator', territoryId: croixRousse }).expect(201);
    expect(inside.body).toMatchObject({ role: 'moderator', territoryId: croixRousse });
    await grant(localAdmin, person.id, { role: 'facilitator', territoryId: lyon }).expect(201);
    expectError(await grant(localAdmin, person.id, { role: 'moderator', territoryId: grandclement }), 403, 'FORBIDDEN');
    expectError(await grant(localAdmin, person.id, { role: 'moderator', territoryId: villeurbanne }), 403, 'FORBIDDEN');
    expectError(await grant(localAdmin, person.id, { role: 'moderator' }), 403, 'FORBIDDEN');

    const elsewhere = await grant(admin, person.id, { role: 'moderator', territoryId: grandclement }).expect(201);
    expectError(await revoke(localAdmin, person.id, elsewhere.body.id), 403, 'FORBIDDEN');
    await revoke(localAdmin, person.id, inside.body.id).expect(204);
    expect((await meOf(person)).roles).toEqual([
      { role: 'facilitator', territoryId: lyon },
      { role: 'moderator', territoryId: grandclement },
    ]);
  });

  it('answers 404 for an unknown user, territory or assignment, and 400 for an invalid id', async () => {
    const person = await registerAccount(t);
    const unknown = '11111111-1111-4111-8111-111111111111';
    expectError(await grant(admin, unknown, { role: 'moderator' }), 404, 'USER_NOT_FOUND');
    expectError(await grant(admin, person.id, { role: 'moderator', territoryId: unknown }), 404, 'TERRITORY_NOT_FOUND');
    expectError(await revoke(admin, person.id, unknown), 404, 'ROLE_NOT_FOUND');
    expectError(await t.http().get(`/api/users/${unknown}/role-changes`).set(bearer(admin)), 404, 'USER_NOT_FOUND');
    expect((await grant(admin, 'not-a-uuid', { role: 'moderator' })).status).toBe(400);
    expect((await revoke(admin, person.id, 'not-a-uuid')).status).toBe(400);
    expect((await t.http().get('/api/users/42/role-changes').set(bearer(admin))).status).toBe(400);
    expect((await meOf(person)).roles).toEqual([]);
  });

  it('refuses a role that cannot be granted and a malformed territory id', async () => {
    const person = await registerAccount(t);
    const res = await grant(admin, person.id, { role: 'citizen' });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'role' })]);
    const bad = await grant(admin, person.id, { role: 'moderator', territoryId: 'Lyon' });
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'territoryId' })]);
    expectError(await grant(admin, person.id, {}), 400, 'VALIDATION_FAILED');
  });

  it('keeps role_changes append-only at the database level', async () => {
    const person = await registerAccount(t);
    await grant(admin, person.id, { role: 'moderator' }).expect(201);
    await expect(t.db.query(`UPDATE role_changes SET actor_id = NULL WHERE user_id = $1`, [person.id])).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM role_changes WHERE user_id = $1`, [person.id])).rejects.toThrow(/append-only/);
    await expect(t.db.query(`TRUNCATE role_changes`)).rejects.toThrow();
    const { rows } = await t.db.query(`SELECT actor_id FROM role_changes WHERE user_id = $1`, [person.id]);
    expect(rows).toEqual([{ actor_id: admin.id }]);
  });
});
