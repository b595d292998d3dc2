import { VoteCountersService } from '../../apps/api/src/votes/vote-counters.service';
import { VoteTallyService } from '../../apps/api/src/votes/vote-tally.service';
import { createTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/accounts';
import { createOpenDebate, createPerson, createProposal, createWorld } from '../support/participation';

/** Every change of a vote is appended to the vote log, which nobody may rewrite. */
describe('votes: the vote log', () => {
  let t: TestApp;
  let proposalId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const debateId = await createOpenDebate(t, await createWorld(t));
    proposalId = await createProposal(t, await createPerson(t), debateId);
  });
  afterAll(() => t.close());

  it('records each change with the old and the new value, and nothing for a repeated vote', async () => {
    const voter = await createPerson(t);
    for (const value of ['for', 'for', 'against', 'neutral', null, null, 'for']) {
      const req = value === null ? t.http().delete(`/api/proposals/${proposalId}/vote`) : t.http().put(`/api/proposals/${proposalId}/vote`).send({ value });
      await req.set(bearer(voter)).expect(200);
    }
    const { rows } = await t.db.query(`SELECT old_value, new_value FROM vote_log WHERE proposal_id = $1 AND user_id = $2 ORDER BY id`, [proposalId, voter.id]);
    expect(rows).toEqual([
      { old_value: null, new_value: 'for' },
      { old_value: 'for', new_value: 'against' },
      { old_value: 'against', new_value: 'neutral' },
      { old_value: 'neutral', new_value: null },
      { old_value: null, new_value: 'for' },
    ]);
    const drift = await t.app.get(VoteCountersService).check();
    expect(drift).toMatchObject({ counters: [], log: [] });
  });

  it('refuses UPDATE, DELETE and TRUNCATE at the database level', async () => {
    const before = (await t.db.query(`SELECT count(*)::int AS n FROM vote_log`)).rows[0].n;
    expect(before).toBeGreaterThan(0);
    await expect(t.db.query(`UPDATE vote_log SET new_value = 'against'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM vote_log`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`TRUNCATE vote_log`)).rejects.toThrow(/append-only/);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM vote_log`)).rows[0].n).toBe(before);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM vote_log WHERE new_value = 'against'`)).rows[0].n).toBe(1);
  });

  it('the fold neither waits for a vote being written nor loses it: it moves that change next time', async () => {
    const voter = await createPerson(t);
    const tally = t.app.get(VoteTallyService);
    await tally.flush();
    const stored = async () => (await t.db.query(`SELECT votes_for FROM proposals WHERE id = $1`, [proposalId])).rows[0].votes_for as number;
    const before = await stored();
    const writer = await t.db.connect();
    try {
      await writer.query('BEGIN');
      await writer.query(`SELECT cast_vote($1, $2, 'for')`, [proposalId, voter.id]);
      await writer.query('COMMIT');
      await tally.flush();
      await writer.query('BEGIN');
      await writer.query(`SELECT cast_vote($1, $2, 'against')`, [proposalId, voter.id]);
      await tally.flush();
      expect(await stored()).toBe(before + 1);
      await writer.query('COMMIT');
    } finally {
      writer.release();
    }
    await tally.flush();
    expect(await stored()).toBe(before);
    const exact = await t.http().get(`/api/proposals/${proposalId}`).expect(200);
    expect(exact.body.votes.for).toBe(before);
    expect(await t.app.get(VoteCountersService).check()).toMatchObject({ counters: [], log: [] });
  });
});
