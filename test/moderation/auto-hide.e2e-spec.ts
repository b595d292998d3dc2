import { createTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/accounts';
import { createOpenDebate, createProposal, createWorld, World } from '../support/participation';
import { block, caseAbout, commentOn, established, fresh, logOf, queueItems, report, reportBy, staff } from './moderation-helpers';

/**
 * Distinct established accounts (older than 24 hours) reporting an item as many times as the
 * threshold (3 by default) hide it pending review; reports from newer accounts are kept, shown,
 * and do not count.
 */
describe('automatic hiding after reports', () => {
  let t: TestApp;
  let world: World;
  let debateId: string;
  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    debateId = await createOpenDebate(t, world);
  });
  afterAll(() => t.close());

  async function newProposal(): Promise<{ id: string; authorId: string }> {
    const [author] = await established(t, 1);
    return { id: await createProposal(t, author, debateId), authorId: author.id };
  }

  it('hides a proposal at the third report from established accounts, not before', async () => {
    const { id } = await newProposal();
    const reporters = await established(t, 3);
    await reportBy(t, reporters.slice(0, 2), 'proposal', id, 'spam');
    await t.http().get(`/api/proposals/${id}`).expect(200);
    await reportBy(t, reporters.slice(2), 'proposal', id, 'spam');
    await t.http().get(`/api/proposals/${id}`).expect(404);
    const { rows } = await t.db.query(`SELECT status, moderation_reason FROM proposals WHERE id = $1`, [id]);
    expect(rows[0]).toEqual({ status: 'hidden', moderation_reason: 'spam' });
  });

  it('never hides on reports from new accounts alone, however many', async () => {
    const { id } = await newProposal();
    await reportBy(t, await fresh(t, 6), 'proposal', id, 'abusive');
    await t.http().get(`/api/proposals/${id}`).expect(200);
    const moderator = await staff(t);
    const item = await caseAbout(t, moderator, id);
    expect(item).toMatchObject({ autoHidden: false, reportCount: 6, countedReportCount: 0 });
    expect(item.reports.map((r) => r.counts)).toEqual([false, false, false, false, false, false]);
  });

  it('counts only established reports: 2 established + 5 new do not hide, the third established does', async () => {
    const { id } = await newProposal();
    const [a, b, c] = await established(t, 3);
    await reportBy(t, [a, ...(await fresh(t, 5)), b], 'proposal', id, 'abusive');
    await t.http().get(`/api/proposals/${id}`).expect(200);
    await reportBy(t, [c], 'proposal', id, 'abusive');
    await t.http().get(`/api/proposals/${id}`).expect(404);
  });

  it('hides a comment the same way, leaving a placeholder in the thread', async () => {
    const { id: proposalId } = await newProposal();
    const [commenter] = await established(t, 1);
    const commentId = await commentOn(t, commenter, proposalId, 'un commentaire signalé');
    await reportBy(t, await established(t, 3), 'comment', commentId, 'off_topic');
    const thread = await t.http().get(`/api/proposals/${proposalId}/comments`).expect(200);
    expect(thread.body.items[0]).toMatchObject({ id: commentId, status: 'hidden', body: null, placeholder: 'Contribution masquée par la modération : Hors sujet' });
  });

  it('never hides a profile: the person stays reachable, the case waits for a moderator', async () => {
    const [person] = await established(t, 1);
    await reportBy(t, await established(t, 3), 'user', person.id, 'abusive');
    const { rows } = await t.db.query(`SELECT status FROM users WHERE id = $1`, [person.id]);
    expect(rows[0].status).toBe('active');
    await t.http().get('/api/me').set(bearer(person)).expect(200);
    expect(await caseAbout(t, await staff(t), person.id)).toMatchObject({ autoHidden: false, countedReportCount: 3 });
  });

  it('puts the hidden item at the top of the queue, above items with more reports, and logs an automatic entry (no actor)', async () => {
    const otherDebate = await createOpenDebate(t, world);
    const [author] = await established(t, 1);
    const older = await createProposal(t, author, otherDebate, { title: 'plus ancien et plus signalé' });
    await reportBy(t, await fresh(t, 5), 'proposal', older, 'spam');
    const id = await createProposal(t, author, otherDebate, { title: 'masqué automatiquement' });
    await reportBy(t, await established(t, 3), 'proposal', id, 'personal_data');
    const moderator = await staff(t);
    const items = await queueItems(t, moderator, `debateId=${otherDebate}`);
    expect(items.map((i) => [i.targetId, i.autoHidden, i.reportCount])).toEqual([[id, true, 3], [older, false, 5]]);
    const [entry] = await logOf(t, moderator, `targetId=${id}`);
    expect(entry).toMatchObject({ action: 'auto_hide', actorId: null, reason: 'personal_data', stateBefore: 'published', stateAfter: 'hidden' });
  });

  it('hides once when many established reports arrive at the same time', async () => {
    const { id } = await newProposal();
    const reporters = await established(t, 8);
    const answers = await Promise.all(reporters.map((r) => report(t, r, 'proposal', id, 'spam')));
    // A report that arrives once the item is hidden finds it gone for that person (404), as any read would.
    const accepted = answers.filter((a) => a.status === 201).length;
    expect(answers.every((a) => a.status === 201 || (a.status === 404 && (a.body as { code: string }).code === 'PROPOSAL_NOT_FOUND'))).toBe(true);
    expect(accepted).toBeGreaterThanOrEqual(3);
    const entries = await logOf(t, await staff(t), `targetId=${id}`);
    expect(entries.map((e) => e.action)).toEqual(['auto_hide']);
    const { rows } = await t.db.query(`SELECT report_count, counted_report_count FROM moderation_cases WHERE target_id = $1 AND status = 'open'`, [id]);
    expect(rows).toEqual([{ report_count: accepted, counted_report_count: accepted }]);
  });

  // Rule: "distinct established accounts (older than 24 hours, not blocked)".
  it('does not count the report of an account blocked since it reported', async () => {
    const { id } = await newProposal();
    const [a, b, c] = await established(t, 3);
    await reportBy(t, [a, b], 'proposal', id, 'abusive');
    expect((await block(t, await staff(t), a.id)).status).toBe(200);
    await reportBy(t, [c], 'proposal', id, 'abusive');
    await t.http().get(`/api/proposals/${id}`).expect(200);
  });
});
