import { createTestApp, TestApp } from '../support/test-app';
import { bearer, TestAccount } from '../support/accounts';
import { expectError } from '../support/http';
import { createCommune, createDraftDebate, createPerson, createWorld, World } from '../support/participation';

/** A draft is seen by the staff who may manage it, and by nobody else: not in a page, a list or a search. */
describe('debates: drafts', () => {
  let t: TestApp;
  let world: World;
  let draftId: string;
  let citizen: TestAccount;
  const ids = async (path: string, who?: TestAccount): Promise<string[]> => {
    const req = t.http().get(path);
    const res = await (who ? req.set(bearer(who)) : req).expect(200);
    return res.body.items.map((d: { id: string }) => d.id);
  };
  const role = (name: string, territoryId: string | null = null) => createPerson(t, name, territoryId);

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    citizen = await createPerson(t);
    draftId = (await createDraftDebate(t, world.admin, world, { title: 'Projet secret du marché', territoryId: world.quartierIds[0] })).id;
  });
  afterAll(() => t.close());

  it('does not exist for anonymous visitors, citizens and moderators (404 DEBATE_NOT_FOUND)', async () => {
    for (const who of [undefined, citizen, await role('moderator')]) {
      const req = t.http().get(`/api/debates/${draftId}`);
      expectError(await (who ? req.set(bearer(who)) : req), 404, 'DEBATE_NOT_FOUND');
      expect(await ids(`/api/debates?territoryId=${world.communeId}`, who)).not.toContain(draftId);
      expect(await ids('/api/debates?q=marche', who)).not.toContain(draftId);
      expect(await ids('/api/debates?status=draft', who)).toEqual([]);
      expectError(await (who ? t.http().get(`/api/debates/${draftId}/proposals`).set(bearer(who)) : t.http().get(`/api/debates/${draftId}/proposals`)), 404, 'DEBATE_NOT_FOUND');
    }
  });

  it('is the same 404 as a debate that never existed', async () => {
    const res = await t.http().get('/api/debates/11111111-1111-4111-8111-111111111111');
    expectError(res, 404, 'DEBATE_NOT_FOUND');
    const draft = await t.http().get(`/api/debates/${draftId}`);
    expect(draft.body).toEqual(res.body);
  });

  it('is seen, listed and found by debate staff in scope', async () => {
    for (const who of [world.admin, await role('official', world.communeId), await role('facilitator', world.quartierIds[0])]) {
      const res = await t.http().get(`/api/debates/${draftId}`).set(bearer(who)).expect(200);
      expect(res.body).toMatchObject({ status: 'draft', canManage: true });
      expect(await ids(`/api/debates?territoryId=${world.communeId}`, who)).toContain(draftId);
      expect(await ids('/api/debates?status=draft', who)).toContain(draftId);
    }
  });

  it('is not seen by staff of another territory', async () => {
    const elsewhere = await createCommune(t, 'Ailleurs');
    for (const who of [await role('official', elsewhere.communeId), await role('facilitator', world.quartierIds[1])]) {
      expectError(await t.http().get(`/api/debates/${draftId}`).set(bearer(who)), 404, 'DEBATE_NOT_FOUND');
      expect(await ids('/api/debates?status=draft', who)).not.toContain(draftId);
    }
  });

  it('becomes visible to everyone once published', async () => {
    const debate = await createDraftDebate(t, world.admin, world);
    expectError(await t.http().get(`/api/debates/${debate.id}`), 404, 'DEBATE_NOT_FOUND');
    await t.http().post(`/api/debates/${debate.id}/publish`).set(bearer(world.admin)).expect(200);
    const res = await t.http().get(`/api/debates/${debate.id}`).set(bearer(citizen)).expect(200);
    expect(res.body).toMatchObject({ status: 'open', canManage: false });
    expect(await ids(`/api/debates?territoryId=${world.communeId}`)).toContain(debate.id);
  });
});
