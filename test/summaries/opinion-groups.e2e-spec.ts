import { bearer } from '../support/accounts';
import { createWorld, World } from '../support/participation';
import { createTestApp, TestApp } from '../support/test-app';
import { castVotes, insertDebate, insertProposal, insertUsers, Vote } from './summaries-helpers';

/** Opinion groups through the API, on votes with planted groups and a planted consensus proposal. */
describe('opinion groups in the brief', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
  });
  afterAll(() => t.close());

  it('finds the planted groups and the consensus proposal; the map is anonymous', async () => {
    const debate = await insertDebate(t, { territoryId: world.communeId, createdBy: world.admin.id });
    const [author] = await insertUsers(t, 1, 'Auteur');
    // Blocks of 4 proposals per group (12), then one that everybody supports.
    const proposals: string[] = [];
    for (let j = 0; j < 13; j++) proposals.push(await insertProposal(t, debate, author, { title: `proposition ${j}`, createdAt: new Date(Date.UTC(2026, 2, 1, 8, j)).toISOString() }));
    const sizes = [40, 30, 20];
    const groups: string[][] = [];
    for (const size of sizes) groups.push(await insertUsers(t, size, 'Votant'));
    // A fixed pattern with some noise: person i of group g votes its block "for", the others "against",
    // except every 7th vote, which is neutral; each person skips one proposal of each block.
    const votes: Vote[] = [];
    groups.forEach((people, g) =>
      people.forEach((person, i) => {
        proposals.forEach((p, j) => {
          if (j < 12 && j % 4 === i % 4) return;
          const value = j === 12 ? 'for' : (i + j) % 7 === 0 ? 'neutral' : Math.floor(j / 4) === g ? 'for' : 'against';
          votes.push([p, person, value]);
        });
      }),
    );
    await castVotes(t, votes);

    const res = await t.http().get(`/api/debates/${debate}/summary`).set(bearer(world.admin)).expect(200);
    const og = res.body.opinionGroups;
    expect(og.status).toBe('computed');
    expect(og.participantsInAnalysis).toBe(90);
    expect(og.groups.map((g: { size: number; label: string }) => [g.label, g.size])).toEqual([['A', 40], ['B', 30], ['C', 20]]);
    expect(og.consensus[0].proposalId).toBe(proposals[12]);
    expect(og.consensus[0].perGroup).toHaveLength(3);
    // Each group's representative proposals come from its own block.
    og.groups.forEach((g: { representative: { proposalId: string }[] }, index: number) => {
      expect(g.representative.length).toBeGreaterThan(0);
      for (const r of g.representative) expect(proposals.slice(index * 4, index * 4 + 4)).toContain(r.proposalId);
    });
    // Points: one per person, opaque numbers shared with the vote matrix, no account id anywhere.
    expect(og.points).toHaveLength(90);
    const json = JSON.stringify(res.body);
    for (const person of groups.flat()) expect(json).not.toContain(person);
    const matrix = await t.http().get(`/api/debates/${debate}/summary/vote-matrix.csv`).set(bearer(world.admin)).expect(200);
    const numbers = new Set(matrix.text.trimEnd().split('\r\n').slice(1).map((l) => Number(l.split(',')[0])));
    for (const point of og.points) expect(numbers.has(point.participant)).toBe(true);
    // People of a planted group share a group on the map (here all of them).
    const groupOfNumber = new Map<number, number>(og.points.map((p: { participant: number; group: number }) => [p.participant, p.group]));
    expect(new Set(groupOfNumber.values()).size).toBe(3);
    // Deterministic: computed again from scratch, the same groups and points.
    await t.db.query(`UPDATE debates SET updated_at = now() WHERE id = $1`, [debate]);
    const again = await t.http().get(`/api/debates/${debate}/summary`).set(bearer(world.admin)).expect(200);
    expect(again.body.generatedAt).not.toBe(res.body.generatedAt);
    expect(again.body.opinionGroups).toEqual(og);
  });
});
