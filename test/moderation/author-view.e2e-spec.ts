import { createTestApp, TestApp } from '../support/test-app';
import { bearer, TestAccount } from '../support/accounts';
import { createProposal } from '../support/participation';
import { commentOn, established, hideThrough, reportBy, stage, Stage } from './moderation-helpers';

/**
 * The author of hidden content sees it with the reason in plain French; everyone else sees a
 * placeholder with the reason category in threads (hidden proposals are 404); counts are public.
 */
describe('hidden content as the author and as others see it', () => {
  let t: TestApp;
  let s: Stage;
  let other: TestAccount;
  let commenter: TestAccount;
  let commentId: string;
  let hiddenProposalId: string;
  beforeAll(async () => {
    t = await createTestApp();
    s = await stage(t);
    [other, commenter] = await established(t, 2);
    commentId = await commentOn(t, commenter, s.proposalId, 'tu racontes n importe quoi');
    await reportBy(t, [other], 'comment', commentId, 'abusive');
    await hideThrough(t, s.moderator, commentId, 'abusive', 'Votre message se moque d’une personne.');
    hiddenProposalId = await createProposal(t, s.author, s.debateId, { title: 'achetez mes vélos' });
    await reportBy(t, [other], 'proposal', hiddenProposalId, 'spam');
    await hideThrough(t, s.moderator, hiddenProposalId, 'spam', 'Votre texte fait de la publicité.');
  });
  afterAll(() => t.close());

  it('shows everyone else a placeholder with the reason category, without text or author', async () => {
    for (const viewer of [undefined, other]) {
      const req = t.http().get(`/api/proposals/${s.proposalId}/comments`);
      const res = await (viewer ? req.set(bearer(viewer)) : req).expect(200);
      expect(res.body.items[0]).toMatchObject({
        id: commentId, status: 'hidden', body: null, author: null,
        placeholder: 'Contribution masquée par la modération : Propos insultants ou haineux', moderationReason: 'abusive', moderationExplanation: null,
      });
    }
  });

  it('shows the comment’s author their text and why it was hidden', async () => {
    const res = await t.http().get(`/api/proposals/${s.proposalId}/comments`).set(bearer(commenter)).expect(200);
    expect(res.body.items[0]).toMatchObject({
      id: commentId, status: 'hidden', body: 'tu racontes n importe quoi', moderationReason: 'abusive', moderationExplanation: 'Votre message se moque d’une personne.',
    });
  });

  it('answers 404 to others for a hidden proposal and leaves it out of the list', async () => {
    await t.http().get(`/api/proposals/${hiddenProposalId}`).expect(404);
    await t.http().get(`/api/proposals/${hiddenProposalId}`).set(bearer(other)).expect(404);
    const list = await t.http().get(`/api/debates/${s.debateId}/proposals`).set(bearer(other)).expect(200);
    expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([s.proposalId]);
  });

  it('shows the proposal’s author why, with a plain-French label and notice', async () => {
    const res = await t.http().get(`/api/proposals/${hiddenProposalId}`).set(bearer(s.author)).expect(200);
    expect(res.body).toMatchObject({
      status: 'hidden',
      moderation: { reason: 'spam', reasonLabel: 'Publicité ou message répété', explanation: 'Votre texte fait de la publicité.' },
      notice: { code: 'HIDDEN_BY_MODERATION' },
    });
    // Easy-to-read French: short sentences (at most 15 words each).
    for (const sentence of (res.body.notice.message as string).split(/[.!?]\s*/).filter(Boolean)) {
      expect(sentence.split(/\s+/).length).toBeLessThanOrEqual(15);
    }
  });

  it('publishes the number of hidden items per debate, to everyone', async () => {
    const res = await t.http().get(`/api/debates/${s.debateId}`).expect(200);
    expect(res.body.hidden).toEqual({ proposals: 1, comments: 1 });
    const list = await t.http().get('/api/debates').expect(200);
    expect(list.body.items.find((d: { id: string }) => d.id === s.debateId).hidden).toEqual({ proposals: 1, comments: 1 });
  });
});
