import { createTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/accounts';
import { createProposal } from '../support/participation';
import { detailCodes, expectError } from '../support/http';
import { act, caseAbout, established, logOf, queueItems, reportBy, stage, Stage } from './moderation-helpers';

/** Approve, hide, restore, dismiss: each changes what it should and writes one log entry with the states before and after. */
describe('moderation actions on a case', () => {
  let t: TestApp;
  let s: Stage;
  beforeAll(async () => {
    t = await createTestApp();
    s = await stage(t);
  });
  afterAll(() => t.close());

  async function reported(): Promise<{ proposalId: string; caseId: string }> {
    const proposalId = await createProposal(t, s.author, s.debateId, { title: `signalée ${Math.random()}` });
    await reportBy(t, await established(t, 1), 'proposal', proposalId, 'abusive');
    return { proposalId, caseId: (await caseAbout(t, s.moderator, proposalId)).caseId };
  }

  const hiddenCount = async () => (await t.http().get(`/api/debates/${s.debateId}`).expect(200)).body.hidden.proposals as number;

  it('hides with a reason and an explanation: others get 404, one log entry published → hidden', async () => {
    const { proposalId, caseId } = await reported();
    const res = await act(t, s.moderator, caseId, { action: 'hide', reason: 'abusive', explanation: 'Le texte insulte une voisine.' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ action: 'hide', stateBefore: 'published', stateAfter: 'hidden' });
    await t.http().get(`/api/proposals/${proposalId}`).expect(404);
    const log = await logOf(t, s.moderator, `targetId=${proposalId}`);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      actorId: s.moderator.id, action: 'hide', targetType: 'proposal', targetId: proposalId,
      reason: 'abusive', explanation: 'Le texte insulte une voisine.', stateBefore: 'published', stateAfter: 'hidden',
    });
    expect(Date.now() - Date.parse(log[0].createdAt)).toBeLessThan(60_000);
  });

  it('refuses to hide without a reason from the list and an explanation', async () => {
    const { caseId } = await reported();
    expect(detailCodes(await act(t, s.moderator, caseId, { action: 'hide' }))).toEqual({ reason: 'FIELD_REQUIRED', explanation: 'FIELD_REQUIRED' });
    expect(detailCodes(await act(t, s.moderator, caseId, { action: 'hide', reason: 'ugly', explanation: 'Le texte est laid.' }))).toHaveProperty('reason');
    expect(detailCodes(await act(t, s.moderator, caseId, { action: 'hide', reason: 'spam', explanation: 'x'.repeat(501) }))).toEqual({ explanation: 'TEXT_TOO_LONG' });
    expect(detailCodes(await act(t, s.moderator, caseId, { action: 'delete' }))).toHaveProperty('action');
  });

  it('counts hidden proposals on the debate, publicly', async () => {
    const before = await hiddenCount();
    const { caseId } = await reported();
    await act(t, s.moderator, caseId, { action: 'hide', reason: 'spam', explanation: 'Publicité pour un magasin.' }).expect(200);
    expect(await hiddenCount()).toBe(before + 1);
  });

  it('restores automatically hidden content: visible again, counted back, logged hidden → published', async () => {
    const proposalId = await createProposal(t, s.author, s.debateId, { title: 'masquée par les signalements' });
    await reportBy(t, await established(t, 3), 'proposal', proposalId, 'spam');
    await t.http().get(`/api/proposals/${proposalId}`).expect(404);
    const before = await hiddenCount();
    const res = await act(t, s.moderator, (await caseAbout(t, s.moderator, proposalId)).caseId, { action: 'restore' });
    expect(res.body).toEqual({ action: 'restore', stateBefore: 'hidden', stateAfter: 'published' });
    await t.http().get(`/api/proposals/${proposalId}`).expect(200);
    expect(await hiddenCount()).toBe(before - 1);
    expect((await logOf(t, s.moderator, `targetId=${proposalId}`)).map((e) => [e.action, e.stateBefore, e.stateAfter])).toEqual([
      ['restore', 'hidden', 'published'],
      ['auto_hide', 'published', 'hidden'],
    ]);
  });

  it('dismisses the reports: content unchanged, case closed, logged with the unchanged state', async () => {
    const { proposalId, caseId } = await reported();
    const res = await act(t, s.moderator, caseId, { action: 'dismiss', explanation: 'Le texte respecte les règles.' });
    expect(res.status).toBe(200);
    await t.http().get(`/api/proposals/${proposalId}`).expect(200);
    expect((await queueItems(t, s.moderator, 'limit=100')).map((i) => i.targetId)).not.toContain(proposalId);
    const [entry] = await logOf(t, s.moderator, `targetId=${proposalId}`);
    expect(entry).toMatchObject({ action: 'dismiss', actorId: s.moderator.id, explanation: 'Le texte respecte les règles.', stateBefore: 'published', stateAfter: 'published' });
  });

  it('refuses an action that does not apply (409) and writes nothing', async () => {
    const { proposalId, caseId } = await reported();
    expectError(await act(t, s.moderator, caseId, { action: 'approve' }), 409, 'ACTION_NOT_POSSIBLE');
    expectError(await act(t, s.moderator, caseId, { action: 'restore' }), 409, 'ACTION_NOT_POSSIBLE');
    expect(await logOf(t, s.moderator, `targetId=${proposalId}`)).toEqual([]);
    await t.http().get(`/api/proposals/${proposalId}`).expect(200);
    expect((await caseAbout(t, s.moderator, proposalId)).caseId).toBe(caseId);
  });

  it('answers 404 for a case already decided or unknown', async () => {
    const { caseId } = await reported();
    await act(t, s.moderator, caseId, { action: 'dismiss' }).expect(200);
    expectError(await act(t, s.moderator, caseId, { action: 'dismiss' }), 404, 'CASE_NOT_FOUND');
    expectError(await act(t, s.moderator, '00000000-0000-4000-8000-000000000000', { action: 'dismiss' }), 404, 'CASE_NOT_FOUND');
  });

  it('hides a comment: the proposal’s comment count and the debate’s hidden count follow', async () => {
    const proposalId = await createProposal(t, s.author, s.debateId, { title: 'avec un commentaire' });
    const [commenter, reporter] = await established(t, 2);
    const comment = await t.http().post(`/api/proposals/${proposalId}/comments`).set(bearer(commenter)).send({ body: 'vous êtes tous nuls' }).expect(201);
    const count = async () => (await t.http().get(`/api/proposals/${proposalId}`).expect(200)).body.commentCount as number;
    expect(await count()).toBe(1);
    await reportBy(t, [reporter], 'comment', comment.body.id, 'abusive');
    const hide = await act(t, s.moderator, (await caseAbout(t, s.moderator, comment.body.id)).caseId, { action: 'hide', reason: 'abusive', explanation: 'Insulte envers les habitants.' });
    expect(hide.body).toEqual({ action: 'hide', stateBefore: 'published', stateAfter: 'hidden' });
    expect(await count()).toBe(0);
    const debate = await t.http().get(`/api/debates/${s.debateId}`).expect(200);
    expect(debate.body.hidden.comments).toBe(1);
  });
});
