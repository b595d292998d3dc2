import { createTestApp, TestApp } from '../support/test-app';
import { bearer, CSRF, TestAccount } from '../support/accounts';
import { detailCodes, expectExactError } from '../support/http';
import { createScene, findComment, postComment, Scene, threadItems } from './comments-helpers';

describe('comments: up and down votes, one per person', () => {
  let t: TestApp;
  let s: Scene;
  const target = () => ({ proposalId: s.proposalId });
  const vote = (id: string, who: TestAccount, value: unknown) => t.http().put(`/api/comments/${id}/vote`).set(bearer(who)).send({ value });
  const retract = (id: string, who: TestAccount) => t.http().delete(`/api/comments/${id}/vote`).set(bearer(who));
  const counts = (res: { body: { upVotes: number; downVotes: number } }) => [res.body.upVotes, res.body.downVotes];
  beforeAll(async () => {
    t = await createTestApp();
    s = await createScene(t);
  });
  afterAll(() => t.close());

  it('up, same again (harmless), switch to down, retract, retract again; the thread shows the counts', async () => {
    const c = await postComment(t, s.alice, target());
    const up = await vote(c.id, s.bob, 'up');
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({ id: c.id, body: c.body });
    expect(counts(up)).toEqual([1, 0]);
    expect(counts(await vote(c.id, s.bob, 'up'))).toEqual([1, 0]);
    expect(counts(await vote(c.id, s.proposer, 'up'))).toEqual([2, 0]);
    expect(counts(await vote(c.id, s.bob, 'down'))).toEqual([1, 1]);
    expect(findComment(await threadItems(t, target()), c.id)).toMatchObject({ upVotes: 1, downVotes: 1 });
    const retracted = await retract(c.id, s.bob);
    expect(retracted.status).toBe(200);
    expect(counts(retracted)).toEqual([1, 0]);
    expect(counts(await retract(c.id, s.bob))).toEqual([1, 0]);
    const { rows } = await t.db.query(`SELECT user_id, value FROM comment_votes WHERE comment_id = $1`, [c.id]);
    expect(rows).toEqual([{ user_id: s.proposer.id, value: 1 }]);
  });

  it('no vote on your own comment: 409 OWN_CONTENT in French', async () => {
    const c = await postComment(t, s.alice, target());
    const res = await vote(c.id, s.alice, 'up');
    expectExactError(res, 409, 'OWN_CONTENT');
    expect(res.body.message).toBe('Vous ne pouvez pas voter pour votre propre commentaire.');
    expect(findComment(await threadItems(t, target()), c.id)).toMatchObject({ upVotes: 0, downVotes: 0 });
  });

  it('a deleted comment takes no votes: 409 COMMENT_DELETED', async () => {
    const c = await postComment(t, s.alice, target());
    await t.http().delete(`/api/comments/${c.id}`).set(bearer(s.alice)).expect(204);
    expectExactError(await vote(c.id, s.bob, 'up'), 409, 'COMMENT_DELETED');
  });

  it('bad values are refused; anonymous voters get 401', async () => {
    const c = await postComment(t, s.alice, target());
    expect(detailCodes(await vote(c.id, s.bob, 'plus'))).toEqual({ value: 'INVALID_VALUE' });
    expect(detailCodes(await vote(c.id, s.bob, 1))).toEqual({ value: 'INVALID_VALUE' });
    expect(detailCodes(await t.http().put(`/api/comments/${c.id}/vote`).set(bearer(s.bob)).send({}))).toEqual({ value: 'FIELD_REQUIRED' });
    expectExactError(await t.http().put(`/api/comments/${c.id}/vote`).set(CSRF).send({ value: 'up' }), 401, 'AUTH_REQUIRED');
    expectExactError(await t.http().delete(`/api/comments/${c.id}/vote`).set(CSRF), 401, 'AUTH_REQUIRED');
  });
});
