import { createTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/accounts';
import { createProposal } from '../support/participation';
import { detailCodes, expectError } from '../support/http';
import { act, appeal, caseAbout, commentOn, decideAppeal, established, hideThrough, logOf, queueItems, reportBy, staff, stage, Stage } from './moderation-helpers';

/** The author of hidden content appeals once; the appeal returns to the queue and a different moderator decides it. */
describe('appeals', () => {
  let t: TestApp;
  let s: Stage;
  beforeAll(async () => {
    t = await createTestApp();
    s = await stage(t);
  });
  afterAll(() => t.close());

  /** A proposal by the stage's author, reported once and hidden by the stage's moderator. */
  async function hiddenProposal(title: string): Promise<string> {
    const id = await createProposal(t, s.author, s.debateId, { title });
    await reportBy(t, await established(t, 1), 'proposal', id, 'abusive');
    await hideThrough(t, s.moderator, id);
    return id;
  }

  it('returns to the queue with the message and who hid the content', async () => {
    const id = await hiddenProposal('appel en attente');
    const res = await appeal(t, s.author, 'proposal', id, 'Je parlais du bruit, pas d’une personne.');
    expect(res.status).toBe(201);
    const [item] = await queueItems(t, s.moderator, 'state=appeal');
    expect(item).toMatchObject({ targetId: id, appeal: { id: res.body.id, message: 'Je parlais du bruit, pas d’une personne.', hiddenBy: s.moderator.id } });
    expect((await logOf(t, s.moderator, `targetId=${id}`))[0]).toMatchObject({ action: 'appeal', actorId: s.author.id, stateBefore: 'hidden', stateAfter: 'hidden' });
  });

  it('is refused to the moderator who hid the content (403), and decided by another', async () => {
    const id = await hiddenProposal('décidée par une autre personne');
    await appeal(t, s.author, 'proposal', id).expect(201);
    const { caseId } = await caseAbout(t, s.moderator, id, 'state=appeal');
    expectError(await decideAppeal(t, s.moderator, caseId, 'restore'), 403, 'APPEAL_SAME_MODERATOR');
    await t.http().get(`/api/proposals/${id}`).expect(404);
    const other = await staff(t);
    const res = await decideAppeal(t, other, caseId, 'restore');
    expect(res.body).toEqual({ action: 'appeal_restore', stateBefore: 'hidden', stateAfter: 'published' });
    await t.http().get(`/api/proposals/${id}`).expect(200);
    expect((await logOf(t, other, `targetId=${id}`))[0]).toMatchObject({ action: 'appeal_restore', actorId: other.id, stateBefore: 'hidden', stateAfter: 'published' });
  });

  it('upholding keeps the content hidden and closes the appeal', async () => {
    const id = await hiddenProposal('appel rejeté');
    await appeal(t, s.author, 'proposal', id).expect(201);
    const { caseId } = await caseAbout(t, s.moderator, id, 'state=appeal');
    const res = await decideAppeal(t, await staff(t), caseId, 'uphold', 'Le texte insulte bien une personne.');
    expect(res.body).toEqual({ action: 'appeal_uphold', stateBefore: 'hidden', stateAfter: 'hidden' });
    await t.http().get(`/api/proposals/${id}`).expect(404);
    expect((await queueItems(t, s.moderator, 'state=appeal')).map((i) => i.targetId)).not.toContain(id);
    expectError(await appeal(t, s.author, 'proposal', id), 409, 'APPEAL_ALREADY_MADE');
  });

  it('is allowed once only', async () => {
    const id = await hiddenProposal('deux appels');
    await appeal(t, s.author, 'proposal', id).expect(201);
    expectError(await appeal(t, s.author, 'proposal', id, 'Encore une fois.'), 409, 'APPEAL_ALREADY_MADE');
  });

  it('is for the author of hidden content only', async () => {
    const id = await hiddenProposal('pas la vôtre');
    const [other] = await established(t, 1);
    expectError(await appeal(t, other, 'proposal', id), 404, 'PROPOSAL_NOT_FOUND');
    expectError(await appeal(t, s.author, 'proposal', s.proposalId), 409, 'APPEAL_NOT_POSSIBLE');
    expect(detailCodes(await appeal(t, s.author, 'proposal', id, ''))).toEqual({ message: 'TEXT_REQUIRED' });
    expect(detailCodes(await appeal(t, s.author, 'proposal', id, 'x'.repeat(1001)))).toEqual({ message: 'TEXT_TOO_LONG' });
  });

  it('works for a hidden comment too', async () => {
    const commentId = await commentOn(t, s.author, s.proposalId, 'un commentaire masqué');
    await reportBy(t, await established(t, 1), 'comment', commentId, 'abusive');
    await hideThrough(t, s.moderator, commentId);
    await appeal(t, s.author, 'comment', commentId).expect(201);
    const { caseId } = await caseAbout(t, s.moderator, commentId, 'state=appeal');
    await decideAppeal(t, await staff(t), caseId, 'restore').expect(200);
    const thread = await t.http().get(`/api/proposals/${s.proposalId}/comments`).expect(200);
    expect(thread.body.items.find((c: { id: string }) => c.id === commentId)).toMatchObject({ status: 'published', body: 'un commentaire masqué' });
  });

  it('after automatic hiding, may be decided by any moderator', async () => {
    const id = await createProposal(t, s.author, s.debateId, { title: 'masquée automatiquement' });
    await reportBy(t, await established(t, 3), 'proposal', id, 'spam');
    await appeal(t, s.author, 'proposal', id).expect(201);
    const { caseId, appeal: shown } = await caseAbout(t, s.moderator, id, 'state=appeal');
    expect(shown?.hiddenBy).toBeNull();
    await decideAppeal(t, s.moderator, caseId, 'restore').expect(200);
    await t.http().get(`/api/proposals/${id}`).expect(200);
  });

  it('is not lost when a moderator dismisses the reports of the same case', async () => {
    const id = await createProposal(t, s.author, s.debateId, { title: 'appel et signalements' });
    await reportBy(t, await established(t, 3), 'proposal', id, 'spam');
    await appeal(t, s.author, 'proposal', id).expect(201);
    const { caseId } = await caseAbout(t, s.moderator, id, 'state=appeal');
    await act(t, s.moderator, caseId, { action: 'dismiss' });
    expect((await queueItems(t, s.moderator, 'state=appeal&limit=100')).map((i) => i.targetId)).toContain(id);
  });

  it('lets the author read why, in plain French, on the hidden content', async () => {
    const id = await hiddenProposal('pourquoi');
    const mine = await t.http().get(`/api/proposals/${id}`).set(bearer(s.author)).expect(200);
    expect(mine.body.moderation).toEqual({ reason: 'abusive', reasonLabel: 'Propos insultants ou haineux', explanation: 'Le texte insulte une personne.' });
  });
});
