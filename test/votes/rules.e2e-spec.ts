import { createTestApp, TestApp } from '../support/test-app';
import { bearer, TestAccount } from '../support/accounts';
import { expectError } from '../support/http';
import { createOpenDebate, createPerson, createProposal, createWorld, moveDebateTo, World } from '../support/participation';

/** Votes count only while the debate is open and allows them. */
describe('votes: when they are taken', () => {
  let t: TestApp;
  let world: World;
  let author: TestAccount;
  let voter: TestAccount;
  const put = (id: string, value = 'for') => t.http().put(`/api/proposals/${id}/vote`).set(bearer(voter)).send({ value });

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    author = await createPerson(t);
    voter = await createPerson(t);
  });
  afterAll(() => t.close());

  it('a closed debate keeps the votes as they were and takes no more (409 DEBATE_CLOSED)', async () => {
    const debateId = await createOpenDebate(t, world);
    const id = await createProposal(t, author, debateId);
    await put(id, 'for').expect(200);
    await t.http().post(`/api/debates/${debateId}/close`).set(bearer(world.admin)).expect(200);
    expectError(await put(id, 'against'), 409, 'DEBATE_CLOSED');
    expectError(await t.http().delete(`/api/proposals/${id}/vote`).set(bearer(voter)), 409, 'DEBATE_CLOSED');
    expect((await t.http().get(`/api/debates/${debateId}/my-votes`).set(bearer(voter)).expect(200)).body.votes).toEqual({ [id]: 'for' });
    expect((await t.http().get(`/api/proposals/${id}`).expect(200)).body.votes).toMatchObject({ for: 1, against: 0 });
  });

  it('a debate closed by its date takes no more votes either', async () => {
    const debateId = await createOpenDebate(t, world);
    const id = await createProposal(t, author, debateId);
    await moveDebateTo(t, debateId, 'closed');
    expectError(await put(id), 409, 'DEBATE_CLOSED');
  });

  it('an upcoming debate takes no votes yet (409 DEBATE_NOT_OPEN)', async () => {
    const debateId = await createOpenDebate(t, world);
    const id = await createProposal(t, author, debateId);
    await moveDebateTo(t, debateId, 'upcoming');
    expectError(await put(id), 409, 'DEBATE_NOT_OPEN');
  });

  it('a debate without votes refuses them (409 VOTES_NOT_ALLOWED)', async () => {
    const debateId = await createOpenDebate(t, world, { votesAllowed: false });
    const id = await createProposal(t, author, debateId);
    expectError(await put(id), 409, 'VOTES_NOT_ALLOWED');
    expect((await t.db.query(`SELECT count(*)::int AS n FROM vote_log WHERE proposal_id = $1`, [id])).rows[0].n).toBe(0);
  });

  it('an unknown proposal is 404', async () => {
    expectError(await put('11111111-1111-4111-8111-111111111111'), 404, 'PROPOSAL_NOT_FOUND');
  });
});
