import type { Response } from 'supertest';
import { createTestApp, TestApp } from '../support/test-app';
import { createOpenDebate, createProposal, createWorld } from '../support/participation';
import { expectError } from '../support/http';
import { act, caseAbout, commentOn, established, fresh, queueItems, readQueue, report, reportBy, staff } from './moderation-helpers';
import type { TestAccount } from '../support/accounts';

/** Most urgent first (auto-hidden, then number of reports, then age), with content, author, reports and history; filters. */
describe('the moderation queue', () => {
  let t: TestApp;
  let moderator: TestAccount;
  let author: TestAccount;
  let debateId: string;
  let otherDebateId: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    const world = await createWorld(t);
    debateId = await createOpenDebate(t, world);
    otherDebateId = await createOpenDebate(t, world, { moderation: 'before' });
    moderator = await staff(t);
    [author] = await established(t, 1);
    // Opened in this order: oldOne (1 report), twoReports (2), hidden (3 established → auto-hidden), newOne (1 report), comment (1), pending elsewhere.
    ids.oldOne = await createProposal(t, author, debateId, { title: 'la plus ancienne' });
    await reportBy(t, await fresh(t, 1), 'proposal', ids.oldOne, 'off_topic');
    ids.twoReports = await createProposal(t, author, debateId, { title: 'deux signalements' });
    await reportBy(t, await fresh(t, 2), 'proposal', ids.twoReports, 'spam');
    ids.hidden = await createProposal(t, author, debateId, { title: 'masquée' });
    await reportBy(t, await established(t, 3), 'proposal', ids.hidden, 'abusive');
    ids.newOne = await createProposal(t, author, debateId, { title: 'la plus récente' });
    await reportBy(t, await fresh(t, 1), 'proposal', ids.newOne, 'spam');
    ids.comment = await commentOn(t, author, ids.oldOne, 'un commentaire hors sujet');
    const [reporter] = await fresh(t, 1);
    await report(t, reporter, 'comment', ids.comment, 'personal_data', 'Il donne le nom de ma voisine.').expect(201);
    ids.pending = await createProposal(t, author, otherDebateId, { title: 'en attente' });
  });
  afterAll(() => t.close());

  it('orders auto-hidden first, then by number of reports, then oldest first', async () => {
    const order = (await queueItems(t, moderator)).map((i) => i.targetId);
    expect(order).toEqual([ids.hidden, ids.twoReports, ids.oldOne, ids.newOne, ids.comment, ids.pending]);
  });

  it('shows the content, its author, every report (new accounts marked as not counting) and the history', async () => {
    const hidden = await caseAbout(t, moderator, ids.hidden);
    expect(hidden).toMatchObject({
      kind: 'proposal', debateId, autoHidden: true, pendingReview: false, reportCount: 3, countedReportCount: 3, reasons: ['abusive'],
      content: { title: 'masquée', text: 'pour se reposer', status: 'hidden', proposalId: ids.hidden },
      author: { id: author.id, displayName: author.displayName },
      appeal: null,
    });
    expect(hidden.reports.map((r) => [r.reason, r.counts])).toEqual([['abusive', true], ['abusive', true], ['abusive', true]]);
    expect(hidden.history.map((h) => [h.action, h.stateBefore, h.stateAfter])).toEqual([['auto_hide', 'published', 'hidden']]);
    const comment = await caseAbout(t, moderator, ids.comment);
    expect(comment).toMatchObject({ kind: 'comment', content: { text: 'un commentaire hors sujet', proposalId: ids.oldOne }, author: { id: author.id } });
    expect(comment.reports).toEqual([{ reason: 'personal_data', details: 'Il donne le nom de ma voisine.', counts: false, reporterId: expect.any(String), createdAt: expect.any(String) }]);
  });

  it('filters by kind, reason, debate and state', async () => {
    const targets = async (query: string) => (await queueItems(t, moderator, query)).map((i) => i.targetId).sort();
    expect(await targets('kind=comment')).toEqual([ids.comment]);
    expect(await targets('kind=proposal&reason=spam')).toEqual([ids.twoReports, ids.newOne].sort());
    expect(await targets(`debateId=${otherDebateId}`)).toEqual([ids.pending]);
    expect(await targets('state=pending')).toEqual([ids.pending]);
    expect(await targets('state=auto_hidden')).toEqual([ids.hidden]);
    expect(await targets('state=reported')).toEqual([ids.hidden, ids.twoReports, ids.oldOne, ids.newOne, ids.comment].sort());
    expect(await targets('state=appeal')).toEqual([]);
    expect(await targets('kind=user')).toEqual([]);
  });

  it('refuses unknown filter values', async () => {
    expectError(await readQueue(t, moderator, 'state=closed'), 400, 'VALIDATION_FAILED');
    expectError(await readQueue(t, moderator, 'kind=debate'), 400, 'VALIDATION_FAILED');
    expectError(await readQueue(t, moderator, 'debateId=abc'), 400, 'INVALID_ID');
  });

  it('pages through the queue with the cursor, each item once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: Response = await readQueue(t, moderator, `limit=2${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
      seen.push(...res.body.items.map((i: { targetId: string }) => i.targetId));
      cursor = res.body.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toEqual([ids.hidden, ids.twoReports, ids.oldOne, ids.newOne, ids.comment, ids.pending]);
  });

  it('drops an item once decided, and lists it again when it is reported again', async () => {
    const proposalId = await createProposal(t, author, debateId, { title: 'décidée' });
    await reportBy(t, await fresh(t, 1), 'proposal', proposalId, 'spam');
    await act(t, moderator, (await caseAbout(t, moderator, proposalId)).caseId, { action: 'dismiss' }).expect(200);
    expect((await queueItems(t, moderator, 'limit=100')).map((i) => i.targetId)).not.toContain(proposalId);
    await reportBy(t, await fresh(t, 1), 'proposal', proposalId, 'other');
    const again = await caseAbout(t, moderator, proposalId);
    expect(again).toMatchObject({ reportCount: 1, history: [{ action: 'dismiss' }] });
  });
});
