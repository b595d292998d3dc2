import { createTestApp, TestApp } from '../support/test-app';
import { bearer, CSRF } from '../support/accounts';
import { expectExactError } from '../support/http';
import { moveDebateTo } from '../support/participation';
import { createScene, createStaff, findComment, postComment, Scene, threadItems } from './comments-helpers';

describe('comments: the author edits, the thread shows "modifié" and the history is kept', () => {
  let t: TestApp;
  let s: Scene;
  const target = () => ({ proposalId: s.proposalId });
  beforeAll(async () => {
    t = await createTestApp();
    s = await createScene(t);
  });
  afterAll(() => t.close());

  it('a new comment is not edited and has no history', async () => {
    const c = await postComment(t, s.alice, target());
    expect(c.editedAt).toBeNull();
    expect((await t.http().get(`/api/comments/${c.id}/revisions`).expect(200)).body).toEqual([]);
  });

  it('each edit sets editedAt and keeps the replaced text and stance, oldest first', async () => {
    const c = await postComment(t, s.alice, target(), { body: 'premier jet', stance: 'neutral' });
    const first = await t.http().patch(`/api/comments/${c.id}`).set(bearer(s.alice)).send({ body: 'deuxième version' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ id: c.id, body: 'deuxième version', stance: 'neutral', editedAt: expect.any(String) });
    const second = await t.http().patch(`/api/comments/${c.id}`).set(bearer(s.alice)).send({ stance: 'against' });
    expect(second.body).toMatchObject({ body: 'deuxième version', stance: 'against' });
    expect(Date.parse(second.body.editedAt)).toBeGreaterThanOrEqual(Date.parse(first.body.editedAt));

    const inThread = findComment(await threadItems(t, target()), c.id)!;
    expect(inThread).toMatchObject({ body: 'deuxième version', stance: 'against', editedAt: second.body.editedAt });
    const history = (await t.http().get(`/api/comments/${c.id}/revisions`).expect(200)).body;
    expect(history.map((r: { body: string; stance: string }) => [r.body, r.stance])).toEqual([
      ['premier jet', 'neutral'],
      ['deuxième version', 'neutral'],
    ]);
    expect(history.every((r: { replacedAt: string }) => !Number.isNaN(Date.parse(r.replacedAt)))).toBe(true);
  });

  it('someone else, even a moderator, gets 403 FORBIDDEN and the text stays', async () => {
    const c = await postComment(t, s.alice, target(), { body: 'mon avis' });
    const moderator = await createStaff(t, 'moderator');
    for (const who of [s.bob, moderator]) {
      expectExactError(await t.http().patch(`/api/comments/${c.id}`).set(bearer(who)).send({ body: 'pas le mien' }), 403, 'FORBIDDEN');
    }
    expectExactError(await t.http().patch(`/api/comments/${c.id}`).set(CSRF).send({ body: 'anonyme' }), 401, 'AUTH_REQUIRED');
    expect(findComment(await threadItems(t, target()), c.id)).toMatchObject({ body: 'mon avis', editedAt: null });
  });

  it('a deleted comment cannot be edited: 409 COMMENT_DELETED', async () => {
    const c = await postComment(t, s.alice, target());
    await t.http().delete(`/api/comments/${c.id}`).set(bearer(s.alice)).expect(204);
    expectExactError(await t.http().patch(`/api/comments/${c.id}`).set(bearer(s.alice)).send({ body: 'retour' }), 409, 'COMMENT_DELETED');
  });

  it('once the debate is closed, edits answer 409 DEBATE_CLOSED', async () => {
    const s2 = await createScene(t, {}, s.world);
    const c = await postComment(t, s2.alice, { proposalId: s2.proposalId });
    await moveDebateTo(t, s2.debateId, 'closed');
    expectExactError(await t.http().patch(`/api/comments/${c.id}`).set(bearer(s2.alice)).send({ body: 'après coup' }), 409, 'DEBATE_CLOSED');
  });
});
