import { createTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/accounts';
import { createOpenDebate, createProposal, createWorld, World } from '../support/participation';
import { act, caseAbout, commentOn, established, logOf, postComment, queueItems, staff } from './moderation-helpers';

/** In debates moderated before publication, new proposals (and comments, when set) wait in the queue; approving publishes them. */
describe('moderation before publication', () => {
  let t: TestApp;
  let world: World;
  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
  });
  afterAll(() => t.close());

  it('holds a new proposal: its author sees it pending, others get 404, the queue lists it', async () => {
    const debateId = await createOpenDebate(t, world, { moderation: 'before' });
    const [author, other] = await established(t, 2);
    const id = await createProposal(t, author, debateId);
    const mine = await t.http().get(`/api/proposals/${id}`).set(bearer(author)).expect(200);
    expect(mine.body).toMatchObject({ status: 'pending', notice: { code: 'PENDING_REVIEW' } });
    await t.http().get(`/api/proposals/${id}`).set(bearer(other)).expect(404);
    await t.http().get(`/api/proposals/${id}`).expect(404);
    const list = await t.http().get(`/api/debates/${debateId}/proposals`).expect(200);
    expect(list.body.items).toEqual([]);
    const moderator = await staff(t);
    const [item] = await queueItems(t, moderator, `state=pending&debateId=${debateId}`);
    expect(item).toMatchObject({ kind: 'proposal', targetId: id, pendingReview: true, reportCount: 0, content: { status: 'pending' }, author: { id: author.id } });
  });

  it('publishes on approval, with one log entry pending → published', async () => {
    const debateId = await createOpenDebate(t, world, { moderation: 'before' });
    const [author] = await established(t, 1);
    const id = await createProposal(t, author, debateId);
    const moderator = await staff(t);
    const res = await act(t, moderator, (await caseAbout(t, moderator, id)).caseId, { action: 'approve' });
    expect(res.body).toEqual({ action: 'approve', stateBefore: 'pending', stateAfter: 'published' });
    await t.http().get(`/api/proposals/${id}`).expect(200);
    expect((await t.http().get(`/api/debates/${debateId}/proposals`).expect(200)).body.items.map((p: { id: string }) => p.id)).toEqual([id]);
    expect((await logOf(t, moderator, `targetId=${id}`)).map((e) => [e.action, e.actorId, e.stateBefore, e.stateAfter])).toEqual([['approve', moderator.id, 'pending', 'published']]);
    expect((await queueItems(t, moderator, `debateId=${debateId}`)).map((i) => i.targetId)).not.toContain(id);
  });

  it('rejecting a pending proposal hides it', async () => {
    const debateId = await createOpenDebate(t, world, { moderation: 'before' });
    const [author] = await established(t, 1);
    const id = await createProposal(t, author, debateId);
    const moderator = await staff(t);
    const res = await act(t, moderator, (await caseAbout(t, moderator, id)).caseId, { action: 'hide', reason: 'off_topic', explanation: 'Cette idée parle d’un autre quartier.' });
    expect(res.body).toEqual({ action: 'hide', stateBefore: 'pending', stateAfter: 'hidden' });
    const mine = await t.http().get(`/api/proposals/${id}`).set(bearer(author)).expect(200);
    expect(mine.body).toMatchObject({ status: 'hidden', moderation: { reason: 'off_topic', explanation: 'Cette idée parle d’un autre quartier.' } });
  });

  it('publishes comments at once unless the debate says comments wait too', async () => {
    const debateId = await createOpenDebate(t, world, { moderation: 'before' });
    const [author, commenter] = await established(t, 2);
    const proposalId = await createProposal(t, author, debateId);
    const moderator = await staff(t);
    await act(t, moderator, (await caseAbout(t, moderator, proposalId)).caseId, { action: 'approve' }).expect(200);
    const res = await postComment(t, commenter, proposalId);
    expect(res.body.status).toBe('published');
  });

  it('holds comments when the debate moderates comments, and approval publishes them', async () => {
    const debateId = await createOpenDebate(t, world, { moderation: 'before', moderateComments: true });
    const [author, commenter] = await established(t, 2);
    const proposalId = await createProposal(t, author, debateId);
    const moderator = await staff(t);
    await act(t, moderator, (await caseAbout(t, moderator, proposalId)).caseId, { action: 'approve' }).expect(200);
    const commentId = await commentOn(t, commenter, proposalId, 'un commentaire à relire');
    const before = await t.http().get(`/api/proposals/${proposalId}/comments`).expect(200);
    expect(JSON.stringify(before.body)).not.toContain('un commentaire à relire');
    const item = await caseAbout(t, moderator, commentId, `state=pending&kind=comment&debateId=${debateId}`);
    expect(item.content).toMatchObject({ text: 'un commentaire à relire', status: 'pending', proposalId });
    await act(t, moderator, item.caseId, { action: 'approve' }).expect(200);
    const after = await t.http().get(`/api/proposals/${proposalId}/comments`).expect(200);
    expect(after.body.items.map((c: { id: string; body: string }) => [c.id, c.body])).toEqual([[commentId, 'un commentaire à relire']]);
    expect((await t.http().get(`/api/proposals/${proposalId}`).expect(200)).body.commentCount).toBe(1);
  });

  it('does not publish a pending proposal when its author withdraws it, nor leave it in the queue', async () => {
    const debateId = await createOpenDebate(t, world, { moderation: 'before' });
    const [author] = await established(t, 1);
    const id = await createProposal(t, author, debateId, { title: 'jamais relue' });
    await t.http().post(`/api/proposals/${id}/withdraw`).set(bearer(author));
    await t.http().get(`/api/proposals/${id}`).expect(404);
    const list = await t.http().get(`/api/debates/${debateId}/proposals`).expect(200);
    expect(JSON.stringify(list.body)).not.toContain('jamais relue');
    expect((await queueItems(t, await staff(t), `debateId=${debateId}`)).map((i) => i.targetId)).not.toContain(id);
  });
});
