import { bearer, grantRole, registerAccount, TestAccount } from '../support/accounts';
import { expectError } from '../support/http';
import { createWorld, World } from '../support/participation';
import { createTestApp, TestApp } from '../support/test-app';
import { castVotes, insertDebate, insertProposal, insertUsers } from './summaries-helpers';

/** Who reads briefs: officials and admins whose scope covers the debate or territory. Nobody else. */
describe('summary access', () => {
  let t: TestApp;
  let world: World;
  let communeDebate: string;
  let toursDebate: string;
  let otherDebate: string;
  let otherDraft: string;
  let otherCommune: string;
  const people: Record<string, TestAccount> = {};

  const staff = async (role: string | null, territoryId: string | null = null) => {
    const account = await registerAccount(t);
    if (role) await grantRole(t, account.id, role, territoryId);
    return account;
  };

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    const [tours] = world.quartierIds;
    const { rows } = await t.db.query<{ id: string }>(`INSERT INTO territories (kind, name) VALUES ('commune', 'Bourg') RETURNING id`);
    otherCommune = rows[0].id;
    const [author, voter] = await insertUsers(t, 2);
    communeDebate = await insertDebate(t, { territoryId: world.communeId, createdBy: world.admin.id });
    toursDebate = await insertDebate(t, { territoryId: tours, createdBy: world.admin.id });
    otherDebate = await insertDebate(t, { territoryId: otherCommune, createdBy: world.admin.id });
    otherDraft = await insertDebate(t, { territoryId: otherCommune, createdBy: world.admin.id, phase: 'draft' });
    const p = await insertProposal(t, communeDebate, author, { title: 'des bancs' });
    await castVotes(t, [[p, voter, 'for']]);
    people.citizen = await staff(null);
    people.moderator = await staff('moderator');
    people.facilitator = await staff('facilitator', world.communeId);
    people.communeOfficial = await staff('official', world.communeId);
    people.toursOfficial = await staff('official', tours);
    people.otherOfficial = await staff('official', otherCommune);
    people.communeAdmin = await staff('admin', world.communeId);
  });
  afterAll(() => t.close());

  const get = (path: string, who?: TestAccount) => (who ? t.http().get(path).set(bearer(who)) : t.http().get(path));

  describe.each([
    ['summary', (id: string) => `/api/debates/${id}/summary`],
    ['proposals.csv', (id: string) => `/api/debates/${id}/summary/proposals.csv`],
    ['vote-matrix.csv', (id: string) => `/api/debates/${id}/summary/vote-matrix.csv`],
  ])('debate %s', (_name, path) => {
    it('signed out: 401; citizen, moderator, facilitator: 403', async () => {
      expectError(await get(path(communeDebate)), 401, 'AUTH_REQUIRED');
      expectError(await get(path(communeDebate), people.citizen), 403, 'FORBIDDEN');
      expectError(await get(path(communeDebate), people.moderator), 403, 'FORBIDDEN');
      expectError(await get(path(communeDebate), people.facilitator), 403, 'FORBIDDEN');
    });

    it('officials and admins in scope: 200; a scoped official outside the scope: 403', async () => {
      expect((await get(path(communeDebate), world.admin)).status).toBe(200);
      expect((await get(path(communeDebate), people.communeAdmin)).status).toBe(200);
      expect((await get(path(communeDebate), people.communeOfficial)).status).toBe(200);
      expect((await get(path(toursDebate), people.communeOfficial)).status).toBe(200);
      expect((await get(path(toursDebate), people.toursOfficial)).status).toBe(200);
      // A quartier's official does not read the whole commune's debate, nor another commune's.
      expectError(await get(path(communeDebate), people.toursOfficial), 403, 'FORBIDDEN');
      expectError(await get(path(communeDebate), people.otherOfficial), 403, 'FORBIDDEN');
      expectError(await get(path(otherDebate), people.communeOfficial), 403, 'FORBIDDEN');
      expectError(await get(path(otherDebate), people.communeAdmin), 403, 'FORBIDDEN');
    });

    it('a draft outside the scope does not exist; a bad id is 400', async () => {
      expectError(await get(path(otherDraft), people.communeOfficial), 404, 'DEBATE_NOT_FOUND');
      expect((await get(path(otherDraft), people.otherOfficial)).status).toBe(200);
      expectError(await get(path('7a1d6c52-92a4-4e55-a3e5-0a8b8b0d1c11'), world.admin), 404, 'DEBATE_NOT_FOUND');
      expectError(await get(path('not-an-id'), world.admin), 400, 'INVALID_ID');
    });
  });

  it('territory summary: officials and admins whose scope covers the territory', async () => {
    const [tours] = world.quartierIds;
    const path = (id: string) => `/api/territories/${id}/summary`;
    expectError(await get(path(world.communeId)), 401, 'AUTH_REQUIRED');
    expectError(await get(path(world.communeId), people.citizen), 403, 'FORBIDDEN');
    expectError(await get(path(world.communeId), people.moderator), 403, 'FORBIDDEN');
    expectError(await get(path(world.communeId), people.facilitator), 403, 'FORBIDDEN');
    expect((await get(path(world.communeId), world.admin)).status).toBe(200);
    expect((await get(path(world.communeId), people.communeOfficial)).status).toBe(200);
    expect((await get(path(tours), people.communeOfficial)).status).toBe(200);
    expect((await get(path(tours), people.toursOfficial)).status).toBe(200);
    expectError(await get(path(world.communeId), people.toursOfficial), 403, 'FORBIDDEN');
    expectError(await get(path(otherCommune), people.communeOfficial), 403, 'FORBIDDEN');
    expectError(await get(path('7a1d6c52-92a4-4e55-a3e5-0a8b8b0d1c11'), world.admin), 404, 'TERRITORY_NOT_FOUND');
  });

  it('staff briefs are never stored by caches', async () => {
    const res = await get(`/api/debates/${communeDebate}/summary`, world.admin);
    expect(res.headers['cache-control']).toBe('no-store');
    const csv = await get(`/api/debates/${communeDebate}/summary/vote-matrix.csv`, world.admin);
    expect(csv.headers['cache-control']).toBe('no-store');
  });
});
