import { createTestApp, TestApp } from '../support/test-app';
import { bearer, CSRF } from '../support/accounts';
import { expectExactError } from '../support/http';
import { createPeople } from '../support/participation';
import { createScene, createStaff, findComment, postComment, Scene, threadItems } from './comments-helpers';

describe('comments: the author deletes, the thread keeps a "commentaire supprimé" placeholder', () => {
  let t: TestApp;
  let s: Scene;
  const target = () => ({ proposalId: s.proposalId });
  const remove = (id: string, who = s.alice) => t.http().delete(`/api/comments/${id}`).set(bearer(who));
  const commentCount = async (proposalId = s.proposalId) => (await t.http().get(`/api/proposals/${proposalId}`).expect(200)).body.commentCount as number;
  beforeAll(async () => {
    t = await createTestApp();
    s = await createScene(t);
  });
  afterAll(() => t.close());

  it('204; the placeholder has no text and no author, and its replies are still shown', async () => {
    const top = await postComment(t, s.alice, target(), { body: 'je regrette', stance: 'against' });
    const reply = await postComment(t, s.bob, target(), { body: 'pourquoi ?', parentId: top.id });
    const deep = await postComment(t, s.alice, target(), { body: 'parce que', parentId: reply.id });
    const res = await remove(top.id);
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    for (const viewer of [undefined, s.bob, s.alice, await createStaff(t, 'moderator')]) {
      const placeholder = findComment(await threadItems(t, target(), viewer), top.id)!;
      expect(placeholder).toMatchObject({ status: 'deleted', body: null, author: null, depth: 1 });
      expect(placeholder.replies.map((r) => [r.id, r.body])).toEqual([[reply.id, 'pourquoi ?']]);
      expect(placeholder.replies[0].replies.map((r) => [r.id, r.body])).toEqual([[deep.id, 'parce que']]);
    }
  });

  it('the history of a deleted comment is gone too', async () => {
    const c = await postComment(t, s.alice, target(), { body: 'version 1' });
    await t.http().patch(`/api/comments/${c.id}`).set(bearer(s.alice)).send({ body: 'version 2' }).expect(200);
    await remove(c.id).expect(204);
    expect((await t.http().get(`/api/comments/${c.id}/revisions`).expect(200)).body).toEqual([]);
  });

  it('deleting twice answers 409 COMMENT_DELETED; someone else 403; anonymous 401', async () => {
    const c = await postComment(t, s.alice, target());
    expectExactError(await remove(c.id, s.bob), 403, 'FORBIDDEN');
    expectExactError(await t.http().delete(`/api/comments/${c.id}`).set(CSRF), 401, 'AUTH_REQUIRED');
    await remove(c.id).expect(204);
    expectExactError(await remove(c.id), 409, 'COMMENT_DELETED');
  });

  it('the proposal commentCount follows publishes and deletes (replies count, debate comments do not)', async () => {
    const s2 = await createScene(t, {}, s.world);
    const on = { proposalId: s2.proposalId };
    expect(await commentCount(s2.proposalId)).toBe(0);
    const a = await postComment(t, s2.alice, on);
    const b = await postComment(t, s2.bob, on, { parentId: a.id });
    await postComment(t, s2.alice, { debateId: s2.debateId });
    expect(await commentCount(s2.proposalId)).toBe(2);
    await remove(b.id, s2.bob).expect(204);
    expect(await commentCount(s2.proposalId)).toBe(1);
    await remove(b.id, s2.bob).expect(409);
    expect(await commentCount(s2.proposalId)).toBe(1);
    await Promise.all([remove(a.id, s2.alice), remove(a.id, s2.alice), remove(a.id, s2.alice)]);
    expect(await commentCount(s2.proposalId)).toBe(0);
    const crowd = await createPeople(t, 20);
    await Promise.all(crowd.map((p) => postComment(t, p, on)));
    expect(await commentCount(s2.proposalId)).toBe(20);
  });
});
