import { createTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/accounts';
import { createPeople } from '../support/participation';
import { createScene, findComment, postComment, Scene, threadItems } from './comments-helpers';

describe('comments: votes stay exact under bursts', () => {
  let t: TestApp;
  let s: Scene;
  const target = () => ({ proposalId: s.proposalId });
  const stored = async (id: string) =>
    (await t.db.query(
      `SELECT c.up_votes AS up, c.down_votes AS down,
              (SELECT count(*)::int FROM comment_votes v WHERE v.comment_id = c.id AND v.value = 1) AS up_rows,
              (SELECT count(*)::int FROM comment_votes v WHERE v.comment_id = c.id AND v.value = -1) AS down_rows
       FROM comments c WHERE c.id = $1`,
      [id],
    )).rows[0];
  beforeAll(async () => {
    t = await createTestApp();
    s = await createScene(t);
  });
  afterAll(() => t.close());

  it('30 identical up votes from one person at once count once', async () => {
    const c = await postComment(t, s.alice, target());
    const results = await Promise.all(Array.from({ length: 30 }, () => t.http().put(`/api/comments/${c.id}/vote`).set(bearer(s.bob)).send({ value: 'up' })));
    expect(results.map((r) => r.status)).toEqual(Array(30).fill(200));
    expect(await stored(c.id)).toEqual({ up: 1, down: 0, up_rows: 1, down_rows: 0 });
  });

  it('50 different people voting at once give exact counts, and so do 50 switches at once', async () => {
    const c = await postComment(t, s.alice, target());
    const people = await createPeople(t, 50);
    const value = (i: number, flip = false) => ((i % 5 < 3) !== flip ? 'up' : 'down'); // 30 up, 20 down
    const cast = await Promise.all(people.map((p, i) => t.http().put(`/api/comments/${c.id}/vote`).set(bearer(p)).send({ value: value(i) })));
    expect(cast.every((r) => r.status === 200)).toBe(true);
    expect(await stored(c.id)).toEqual({ up: 30, down: 20, up_rows: 30, down_rows: 20 });
    expect(findComment(await threadItems(t, target()), c.id)).toMatchObject({ upVotes: 30, downVotes: 20 });

    const switched = await Promise.all(
      people.map((p, i) =>
        i < 10
          ? t.http().delete(`/api/comments/${c.id}/vote`).set(bearer(p)) // 6 up and 4 down retracted
          : t.http().put(`/api/comments/${c.id}/vote`).set(bearer(p)).send({ value: value(i, true) }),
      ),
    );
    expect(switched.every((r) => r.status === 200)).toBe(true);
    expect(await stored(c.id)).toEqual({ up: 16, down: 24, up_rows: 16, down_rows: 24 });
  });
});
