import { VoteTallyService } from '../../apps/api/src/votes/vote-tally.service';
import { createTestApp, TestApp } from '../support/test-app';
import { bearer, TestAccount } from '../support/accounts';
import { expectError } from '../support/http';
import { createOpenDebate, createPeople, createPerson, createProposal, createWorld, World } from '../support/participation';

/** "Votes hidden until close": nobody but staff sees counts, or a ranking by them, before the debate closes. */
describe('proposals: votes hidden until close', () => {
  let t: TestApp;
  let world: World;
  let debateId: string;
  let proposalId: string;
  let citizen: TestAccount;
  const votesSeenBy = async (who?: TestAccount) => {
    const one = t.http().get(`/api/proposals/${proposalId}`);
    const list = t.http().get(`/api/debates/${debateId}/proposals`);
    const [a, b] = await Promise.all([(who ? one.set(bearer(who)) : one).expect(200), (who ? list.set(bearer(who)) : list).expect(200)]);
    return { one: a.body.votes, listed: b.body.items.find((p: { id: string }) => p.id === proposalId).votes };
  };

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    debateId = await createOpenDebate(t, world, { votesHiddenUntilClose: true });
    citizen = await createPerson(t);
    proposalId = await createProposal(t, citizen, debateId);
    const voters = await createPeople(t, 3);
    for (const [i, value] of (['for', 'for', 'against'] as const).entries()) {
      const res = await t.http().put(`/api/proposals/${proposalId}/vote`).set(bearer(voters[i])).send({ value }).expect(200);
      expect(res.body).toMatchObject({ value, changed: true, votes: null });
    }
    await t.app.get(VoteTallyService).flush();
  });
  afterAll(() => t.close());

  it('citizens, the author and anonymous visitors see no counts while the debate is open', async () => {
    for (const who of [undefined, citizen, await createPerson(t)]) expect(await votesSeenBy(who)).toEqual({ one: null, listed: null });
  });

  it('refuses to rank by votes for them (409 VOTES_HIDDEN)', async () => {
    for (const sort of ['supported', 'controversial']) {
      expectError(await t.http().get(`/api/debates/${debateId}/proposals`).query({ sort }), 409, 'VOTES_HIDDEN');
      expectError(await t.http().get(`/api/debates/${debateId}/proposals`).query({ sort }).set(bearer(citizen)), 409, 'VOTES_HIDDEN');
    }
  });

  it('staff (admin, moderator, official) see the counts and may rank by them', async () => {
    const expected = { for: 2, against: 1, neutral: 0, total: 3 };
    for (const who of [world.admin, await createPerson(t, 'moderator'), await createPerson(t, 'official', world.communeId)]) {
      expect(await votesSeenBy(who)).toEqual({ one: expected, listed: expected });
      await t.http().get(`/api/debates/${debateId}/proposals`).query({ sort: 'supported' }).set(bearer(who)).expect(200);
    }
  });

  it("a staff member's own vote answers with the counts; a citizen's does not", async () => {
    const moderator = await createPerson(t, 'moderator');
    const staffVote = await t.http().put(`/api/proposals/${proposalId}/vote`).set(bearer(moderator)).send({ value: 'neutral' }).expect(200);
    expect(staffVote.body.votes).toEqual({ for: 2, against: 1, neutral: 1, total: 4 });
    const again = await t.http().delete(`/api/proposals/${proposalId}/vote`).set(bearer(moderator)).expect(200);
    expect(again.body).toMatchObject({ value: null, changed: true, votes: { for: 2, against: 1, neutral: 0, total: 3 } });
    await t.app.get(VoteTallyService).flush(); // listed counts are folded every half second: leave them current
  });

  it('everyone sees the counts once the debate is closed', async () => {
    await t.http().post(`/api/debates/${debateId}/close`).set(bearer(world.admin)).expect(200);
    const expected = { for: 2, against: 1, neutral: 0, total: 3 };
    for (const who of [undefined, citizen]) expect(await votesSeenBy(who)).toEqual({ one: expected, listed: expected });
    const ranked = await t.http().get(`/api/debates/${debateId}/proposals`).query({ sort: 'supported' }).expect(200);
    expect(ranked.body.items[0].id).toBe(proposalId);
  });
});
