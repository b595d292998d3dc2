import type { Response } from 'supertest';
import { VoteTallyService } from '../../apps/api/src/votes/vote-tally.service';
import { createTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/accounts';
import { createOpenDebate, createPerson, createProposal, createWorld, insertProposals, World } from '../support/participation';

/** The proposal list: counts from stored counters, and pages that give every proposal exactly once. */
describe('proposals: listing', () => {
  let t: TestApp;
  let world: World;
  const walk = async (debateId: string, limit: number, sort = 'recent'): Promise<string[]> => {
    const ids: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 40; page++) {
      const res: Response = await t.http().get(`/api/debates/${debateId}/proposals`).query({ sort, limit, ...(cursor ? { cursor } : {}) }).expect(200);
      ids.push(...res.body.items.map((p: { id: string }) => p.id));
      cursor = res.body.nextCursor;
      if (!cursor) break;
    }
    return ids;
  };

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
  });
  afterAll(() => t.close());

  it('shows the stored counters, folded in from the votes by the tally', async () => {
    const debateId = await createOpenDebate(t, world);
    const id = await createProposal(t, await createPerson(t), debateId);
    await t.db.query(`UPDATE proposals SET votes_for = 7, votes_against = 2, votes_neutral = 1, comment_count = 4 WHERE id = $1`, [id]);
    const listed = async () => (await t.http().get(`/api/debates/${debateId}/proposals`).expect(200)).body.items[0];
    expect(await listed()).toMatchObject({ id, votes: { for: 7, against: 2, neutral: 1, total: 10 }, commentCount: 4 });
    await t.http().put(`/api/proposals/${id}/vote`).set(bearer(await createPerson(t))).send({ value: 'for' }).expect(200);
    await t.app.get(VoteTallyService).flush();
    expect((await listed()).votes).toEqual({ for: 8, against: 2, neutral: 1, total: 11 });
  });

  it('limit=1 walks every proposal exactly once in each order; the last page has no next cursor', async () => {
    const debateId = await createOpenDebate(t, world);
    const author = await createPerson(t);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await createProposal(t, author, debateId, { title: `idée ${i}` }));
    await t.db.query(`UPDATE proposals SET votes_for = 3, votes_against = 3 WHERE id = ANY($1)`, [ids.slice(0, 3)]);
    for (const sort of ['recent', 'supported', 'commented', 'controversial', 'random']) {
      const walked = await walk(debateId, 1, sort);
      expect([...walked].sort()).toEqual([...ids].sort());
    }
    expect(await walk(debateId, 1)).toEqual([...ids].reverse());
  });

  it('recent order walks every proposal exactly once even when several arrived in the same instant', async () => {
    const debateId = await createOpenDebate(t, world);
    const author = await createPerson(t);
    // As a workshop import would (one transaction, one now()): created_at has microseconds, all equal.
    const ids = await insertProposals(t, debateId, author.id, ['atelier 1', 'atelier 2', 'atelier 3', 'atelier 4', 'atelier 5']);
    const walked = await walk(debateId, 2);
    expect([...walked].sort()).toEqual([...ids].sort());
  });
});
