import type { Response } from 'supertest';
import { VoteCountersService } from '../../apps/api/src/votes/vote-counters.service';
import { VoteTallyService } from '../../apps/api/src/votes/vote-tally.service';
import { createTestApp, TestApp } from '../support/test-app';
import { bearer, TestAccount } from '../support/accounts';
import { createOpenDebate, createPeople, createPerson, createProposal, createWorld } from '../support/participation';

type Value = 'for' | 'against' | 'neutral' | null;
const PEOPLE = 201;

/**
 * Many people voting on one proposal at the same moment, and bursts of requests from one person:
 * every request answers (no 5xx), the counters equal a recount of the votes, and the log replays to the votes.
 */
describe('votes: under concurrency', () => {
  let t: TestApp;
  let proposalId: string;
  let people: TestAccount[];
  const send = (who: TestAccount, value: Value): Promise<Response> =>
    value === null
      ? t.http().delete(`/api/proposals/${proposalId}/vote`).set(bearer(who)).then((r) => r)
      : t.http().put(`/api/proposals/${proposalId}/vote`).set(bearer(who)).send({ value }).then((r) => r);
  const statuses = (responses: Response[]) => [...new Set(responses.map((r) => r.status))];
  const recount = async () => (await t.db.query(
    `SELECT count(*) FILTER (WHERE value = 'for')::int AS "for", count(*) FILTER (WHERE value = 'against')::int AS against,
            count(*) FILTER (WHERE value = 'neutral')::int AS neutral, count(*)::int AS total FROM votes WHERE proposal_id = $1`,
    [proposalId],
  )).rows[0];
  const settleAndCheck = async () => {
    await t.app.get(VoteTallyService).flush();
    expect(await t.app.get(VoteCountersService).check()).toMatchObject({ counters: [], log: [] });
    const stored = (await t.http().get(`/api/debates/${debateId}/proposals`).expect(200)).body.items.find((p: { id: string }) => p.id === proposalId).votes;
    expect(stored).toEqual(await recount());
  };
  /** For each person, every log entry starts from where the previous one ended (no lost or doubled change). */
  const logChainsUnbroken = async () => {
    const { rows } = await t.db.query<{ broken: number }>(
      `SELECT count(*)::int AS broken FROM (
         SELECT old_value, lag(new_value) OVER (PARTITION BY user_id ORDER BY id) AS previous, row_number() OVER (PARTITION BY user_id ORDER BY id) AS n
         FROM vote_log WHERE proposal_id = $1) l
       WHERE (n = 1 AND old_value IS NOT NULL) OR (n > 1 AND old_value IS DISTINCT FROM previous)`,
      [proposalId],
    );
    expect(rows[0].broken).toBe(0);
  };
  let debateId: string;

  beforeAll(async () => {
    t = await createTestApp();
    debateId = await createOpenDebate(t, await createWorld(t));
    proposalId = await createProposal(t, await createPerson(t), debateId);
    people = await createPeople(t, PEOPLE);
  });
  afterAll(() => t.close());

  it(`${PEOPLE} people vote at the same moment, then all change their vote at the same moment`, async () => {
    const first: Value[] = people.map((_, i) => (['for', 'against', 'neutral'] as const)[i % 3]);
    const cast = await Promise.all(people.map((p, i) => send(p, first[i])));
    expect(statuses(cast)).toEqual([200]);
    expect(cast.every((r) => r.body.changed === true)).toBe(true);
    expect(await recount()).toEqual({ for: 67, against: 67, neutral: 67, total: 201 });

    const second: Value[] = people.map((_, i) => (['against', 'neutral', null, 'for'] as const)[i % 4]);
    const changed = await Promise.all(people.map((p, i) => send(p, second[i])));
    expect(statuses(changed)).toEqual([200]);
    const expected = { for: 0, against: 0, neutral: 0, total: 0 };
    for (const v of second) if (v) { expected[v] += 1; expected.total += 1; }
    expect(await recount()).toEqual(expected);
    await settleAndCheck();
    await logChainsUnbroken();
    expect((await t.db.query(`SELECT count(*)::int AS n FROM vote_log WHERE proposal_id = $1`, [proposalId])).rows[0].n).toBe(
      PEOPLE + second.filter((v, i) => v !== first[i]).length,
    );
  });

  it('50 identical votes at once from one person count once and are logged once', async () => {
    const [voter] = await createPeople(t, 1);
    const burst = await Promise.all(Array.from({ length: 50 }, () => send(voter, 'for')));
    expect(statuses(burst)).toEqual([200]);
    expect(burst.filter((r) => r.body.changed).length).toBe(1);
    expect(burst.every((r) => r.body.value === 'for')).toBe(true);
    const { rows } = await t.db.query(`SELECT old_value, new_value FROM vote_log WHERE proposal_id = $1 AND user_id = $2`, [proposalId, voter.id]);
    expect(rows).toEqual([{ old_value: null, new_value: 'for' }]);
    const retracts = await Promise.all(Array.from({ length: 30 }, () => send(voter, null)));
    expect(statuses(retracts)).toEqual([200]);
    expect(retracts.filter((r) => r.body.changed).length).toBe(1);
    await settleAndCheck();
  });

  it('mixed bursts (for, against, neutral, retract) from several people at once leave counters, votes and log in agreement', async () => {
    const voters = people.slice(0, 8);
    const values: Value[] = ['for', 'against', 'neutral', null];
    const requests = voters.flatMap((p, i) => Array.from({ length: 25 }, (_, j) => () => send(p, values[(i + j * 7 + (j % 3)) % 4])));
    const tally = t.app.get(VoteTallyService);
    const [responses] = await Promise.all([Promise.all(requests.map((r) => r())), tally.flush(), tally.flush()]);
    expect(statuses(responses)).toEqual([200]);
    await settleAndCheck();
    await logChainsUnbroken();
  });
});
