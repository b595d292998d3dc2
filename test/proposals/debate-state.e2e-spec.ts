import { createTestApp, TestApp } from '../support/test-app';
import { bearer, TestAccount } from '../support/accounts';
import { expectError } from '../support/http';
import { createDraftDebate, createOpenDebate, createPerson, createWorld, moveDebateTo, World } from '../support/participation';

/** Proposals are taken only while the debate is open and its settings allow them. */
describe('proposals: when the debate takes them', () => {
  let t: TestApp;
  let world: World;
  let citizen: TestAccount;
  const post = (debateId: string, who: TestAccount = citizen) =>
    t.http().post(`/api/debates/${debateId}/proposals`).set(bearer(who)).send({ title: 'des bancs', body: 'pour se reposer' });
  const count = async (debateId: string) => (await t.db.query(`SELECT count(*)::int AS n FROM proposals WHERE debate_id = $1`, [debateId])).rows[0].n;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    citizen = await createPerson(t);
  });
  afterAll(() => t.close());

  it('refuses proposals where the debate does not take any (409 PROPOSALS_NOT_ALLOWED)', async () => {
    const debateId = await createOpenDebate(t, world, { proposalsAllowed: false });
    expectError(await post(debateId), 409, 'PROPOSALS_NOT_ALLOWED');
    expect(await count(debateId)).toBe(0);
  });

  it('a draft debate does not exist for a citizen (404 DEBATE_NOT_FOUND)', async () => {
    const draft = await createDraftDebate(t, world.admin, world);
    expectError(await post(draft.id), 404, 'DEBATE_NOT_FOUND');
    expect(await count(draft.id)).toBe(0);
  });

  it('an upcoming debate does not take proposals yet (409 DEBATE_NOT_OPEN)', async () => {
    const debateId = await createOpenDebate(t, world);
    await moveDebateTo(t, debateId, 'upcoming');
    expectError(await post(debateId), 409, 'DEBATE_NOT_OPEN');
  });

  it('a closed debate takes no more proposals (409 DEBATE_CLOSED), closed by date, early, or archived', async () => {
    const byDate = await createOpenDebate(t, world);
    await moveDebateTo(t, byDate, 'closed');
    expectError(await post(byDate), 409, 'DEBATE_CLOSED');
    const early = await createOpenDebate(t, world);
    expect((await post(early)).status).toBe(201);
    await t.http().post(`/api/debates/${early}/close`).set(bearer(world.admin)).expect(200);
    expectError(await post(early), 409, 'DEBATE_CLOSED');
    await t.http().post(`/api/debates/${early}/archive`).set(bearer(world.admin)).expect(200);
    expectError(await post(early), 409, 'DEBATE_CLOSED');
    expect(await count(early)).toBe(1);
  });

  it('an unknown debate is 404', async () => {
    expectError(await post('11111111-1111-4111-8111-111111111111'), 404, 'DEBATE_NOT_FOUND');
  });
});
