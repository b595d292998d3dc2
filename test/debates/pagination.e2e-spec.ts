import type { Response } from 'supertest';
import { createTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/accounts';
import { expectError } from '../support/http';
import { createCommune, createDraftDebate, createWorld, World } from '../support/participation';

/** Cursor pages: following nextCursor gives every debate exactly once, newest opening first. */
describe('debates: pagination', () => {
  let t: TestApp;
  let world: World;
  let area: string;
  let expected: string[];
  const walk = async (limit: number): Promise<{ ids: string[]; pages: number }> => {
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: Response = await t.http().get('/api/debates').query({ territoryId: area, limit, ...(cursor ? { cursor } : {}) }).expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(limit);
      ids.push(...res.body.items.map((d: { id: string }) => d.id));
      cursor = res.body.nextCursor;
      pages += 1;
    } while (cursor && pages < 50);
    return { ids, pages };
  };

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    area = (await createCommune(t, 'Pages')).communeId;
    // Four open on the same day at the same minute (ties), three on distinct days.
    const sameMoment = new Date(Date.now() - 2 * 86400_000).toISOString();
    const created: { id: string; opensAt: string }[] = [];
    for (let i = 0; i < 7; i++) {
      const opensAt = i < 4 ? sameMoment : new Date(Date.now() - (i + 3) * 86400_000).toISOString();
      const debate = await createDraftDebate(t, world.admin, world, { territoryId: area, title: `Débat numéro ${i}`, opensAt });
      await t.http().post(`/api/debates/${debate.id}/publish`).set(bearer(world.admin)).expect(200);
      created.push({ id: debate.id, opensAt });
    }
    expected = created.sort((a, b) => b.opensAt.localeCompare(a.opensAt) || b.id.localeCompare(a.id)).map((d) => d.id);
  });
  afterAll(() => t.close());

  it('limit=1 walks every debate exactly once, newest opening first, and the last page says there is no more', async () => {
    const { ids, pages } = await walk(1);
    expect(ids).toEqual(expected);
    expect(pages).toBe(7);
  });

  it('limit=3 gives the same order in 3 pages; a page of everything has no next cursor', async () => {
    expect(await walk(3)).toEqual({ ids: expected, pages: 3 });
    const all = await t.http().get('/api/debates').query({ territoryId: area, limit: 7 }).expect(200);
    expect(all.body.nextCursor).toBeNull();
    expect(all.body.items).toHaveLength(7);
  });

  it('refuses a cursor that is not one (400 INVALID_CURSOR)', async () => {
    for (const cursor of ['n-importe-quoi', 'eyJhIjoxfQ', Buffer.from('[1,2,3]').toString('base64url')]) {
      expectError(await t.http().get('/api/debates').query({ cursor }), 400, 'INVALID_CURSOR');
    }
  });

  it('refuses a well-formed cursor holding wrong values with 400 INVALID_CURSOR, not a server error', async () => {
    const cursor = Buffer.from(JSON.stringify(['pas une date', 'pas un identifiant'])).toString('base64url');
    expectError(await t.http().get('/api/debates').query({ cursor }), 400, 'INVALID_CURSOR');
  });

  it('refuses pages over 100 and unknown parameters', async () => {
    expectError(await t.http().get('/api/debates?limit=101'), 400, 'PAGE_SIZE_TOO_LARGE');
    expectError(await t.http().get('/api/debates?foo=1'), 400, 'UNKNOWN_QUERY_PARAMETER');
    expectError(await t.http().get('/api/debates?territoryId=quartier'), 400, 'INVALID_ID');
  });
});
