import type { Response } from 'supertest';
import { createTestApp, TestApp } from '../support/test-app';
import { createOpenDebate, createPerson, createWorld, insertProposals } from '../support/participation';

/** Random order: stable for one visitor (same seed), every proposal once across pages, different for another seed. */
describe('proposals: random order', () => {
  let t: TestApp;
  let debateId: string;
  let all: string[];
  const walk = async (seed: string | undefined, limit: number): Promise<{ ids: string[]; seeds: string[] }> => {
    const ids: string[] = [];
    const seeds: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 30; page++) {
      const res: Response = await t.http().get(`/api/debates/${debateId}/proposals`).query({ sort: 'random', limit, ...(seed ? { seed } : {}), ...(cursor ? { cursor } : {}) }).expect(200);
      ids.push(...res.body.items.map((p: { id: string }) => p.id));
      seeds.push(res.body.seed);
      cursor = res.body.nextCursor;
      if (!cursor) break;
    }
    return { ids, seeds };
  };

  beforeAll(async () => {
    t = await createTestApp();
    debateId = await createOpenDebate(t, await createWorld(t));
    const author = await createPerson(t);
    all = await insertProposals(t, debateId, author.id, Array.from({ length: 21 }, (_, i) => `idée numéro ${i + 1}`));
  });
  afterAll(() => t.close());

  it('covers every proposal exactly once across pages, and gives the same order again for the same seed', async () => {
    const first = await walk('voisin42', 4);
    expect(first.ids).toHaveLength(21);
    expect([...first.ids].sort()).toEqual([...all].sort());
    expect(new Set(first.seeds)).toEqual(new Set(['voisin42']));
    expect((await walk('voisin42', 4)).ids).toEqual(first.ids);
    expect((await walk('voisin42', 7)).ids).toEqual(first.ids);
  });

  it('gives a different order for a different seed', async () => {
    const a = (await walk('aaa', 21)).ids;
    const b = (await walk('bbb', 21)).ids;
    const c = (await walk('ccc', 21)).ids;
    expect([...b].sort()).toEqual([...a].sort());
    expect(b).not.toEqual(a);
    expect(c).not.toEqual(a);
    expect(a).not.toEqual([...all]);
  });

  it('without a seed, picks one, returns it, and keeps it across the pages', async () => {
    const walked = await walk(undefined, 5);
    expect(new Set(walked.ids).size).toBe(21);
    expect(new Set(walked.seeds).size).toBe(1);
    expect(walked.seeds[0]).toMatch(/^[A-Za-z0-9_-]+$/);
    expect((await walk(walked.seeds[0], 21)).ids).toEqual(walked.ids);
  });
});
