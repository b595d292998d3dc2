import { createTestApp, TestApp } from '../support/test-app';
import { expectError } from '../support/http';
import { createOpenDebate, createPerson, createWorld, insertProposals, World } from '../support/participation';

/** While writing, up to 5 proposals of the same debate with a similar title (trigram similarity ≥ 0.3) are suggested. */
describe('proposals: similar titles', () => {
  let t: TestApp;
  let world: World;
  let debateId: string;
  let otherDebateId: string;
  const TITLES = [
    'des bancs dans le parc', 'des bancs au parc Jean Moulin', 'bancs dans le parc', 'plus de bancs dans le parc',
    'des bancs neufs dans le parc', 'des bancs dans le petit parc', 'des bancs dans le parc du centre', 'réparer les lampadaires',
  ];
  const similar = async (title: string) => (await t.http().get(`/api/debates/${debateId}/proposals/similar`).query({ title }).expect(200)).body as { id: string; title: string; similarity: number }[];

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    debateId = await createOpenDebate(t, world);
    otherDebateId = await createOpenDebate(t, world);
    const author = await createPerson(t);
    await insertProposals(t, debateId, author.id, TITLES);
    await insertProposals(t, otherDebateId, author.id, ['des bancs dans le parc', 'des bancs au parc']);
  });
  afterAll(() => t.close());

  it('suggests at most 5 titles of this debate, the most similar first, each at least 0.3 similar', async () => {
    const found = await similar('des bancs dans le parc');
    const { rows } = await t.db.query<{ id: string; s: number }>(
      `SELECT id, similarity(title, $2) AS s FROM proposals WHERE debate_id = $1 AND similarity(title, $2) >= 0.3 ORDER BY s DESC`,
      [debateId, 'des bancs dans le parc'],
    );
    expect(rows.length).toBeGreaterThan(5);
    expect(found).toHaveLength(5);
    expect(found[0]).toMatchObject({ title: 'des bancs dans le parc', similarity: 1 });
    expect(found.map((f) => f.similarity)).toEqual([...found.map((f) => f.similarity)].sort((a, b) => b - a));
    for (const f of found) expect(f.similarity).toBeGreaterThanOrEqual(0.3);
    expect(found.map((f) => f.id).every((id) => rows.some((r) => r.id === id))).toBe(true);
    expect(found.map((f) => f.title)).not.toContain('réparer les lampadaires');
  });

  it('never suggests a proposal of another debate', async () => {
    const { rows } = await t.db.query<{ id: string }>(`SELECT id FROM proposals WHERE debate_id = $1`, [otherDebateId]);
    const found = await similar('des bancs au parc');
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((f) => rows.some((r) => r.id === f.id))).toBe(false);
  });

  it('suggests nothing below 0.3', async () => {
    const { rows } = await t.db.query<{ s: number }>(`SELECT max(similarity(title, 'une piscine municipale')) AS s FROM proposals WHERE debate_id = $1`, [debateId]);
    expect(rows[0].s).toBeLessThan(0.3);
    expect(await similar('une piscine municipale')).toEqual([]);
  });

  it('needs a title of at least 3 characters', async () => {
    expectError(await t.http().get(`/api/debates/${debateId}/proposals/similar`).query({ title: 'ab' }), 400, 'TITLE_TOO_SHORT');
  });
});
