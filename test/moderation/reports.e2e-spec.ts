import { createTestApp, TestApp } from '../support/test-app';
import { bearer, TestAccount } from '../support/accounts';
import { detailCodes, expectError } from '../support/http';
import { commentOn, established, report, stage, Stage } from './moderation-helpers';

/** Any signed-in person reports a proposal, a comment or a profile once, with a reason and optional details. */
describe('reports', () => {
  let t: TestApp;
  let s: Stage;
  let reporter: TestAccount;
  let commentId: string;
  beforeAll(async () => {
    t = await createTestApp({ REPORT_HIDE_THRESHOLD: '100' }); // automatic hiding is tested on its own
    s = await stage(t);
    [reporter] = await established(t, 1);
    commentId = await commentOn(t, s.author, s.proposalId);
  });
  afterAll(() => t.close());

  it.each(['spam', 'abusive', 'off_topic', 'personal_data', 'other'])('accepts the reason %s', async (reason) => {
    const [someone] = await established(t, 1);
    const res = await report(t, someone, 'proposal', s.proposalId, reason);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), createdAt: expect.any(String) });
  });

  it('reports a proposal, a comment and a profile, each once: twice answers 409', async () => {
    for (const [type, id] of [['proposal', s.proposalId], ['comment', commentId], ['user', s.author.id]] as const) {
      expect((await report(t, reporter, type, id, 'spam', 'Le même message partout.')).status).toBe(201);
      expectError(await report(t, reporter, type, id, 'abusive'), 409, 'ALREADY_REPORTED');
    }
    const { rows } = await t.db.query(`SELECT target_type, reason, details FROM reports WHERE reporter_id = $1 ORDER BY target_type`, [reporter.id]);
    expect(rows).toEqual([
      { target_type: 'comment', reason: 'spam', details: 'Le même message partout.' },
      { target_type: 'proposal', reason: 'spam', details: 'Le même message partout.' },
      { target_type: 'user', reason: 'spam', details: 'Le même message partout.' },
    ]);
  });

  it('accepts details of 1,000 characters and refuses 1,001', async () => {
    const [a, b] = await established(t, 2);
    expect((await report(t, a, 'proposal', s.proposalId, 'other', 'x'.repeat(1000))).status).toBe(201);
    expect(detailCodes(await report(t, b, 'proposal', s.proposalId, 'other', 'x'.repeat(1001)))).toEqual({ details: 'TEXT_TOO_LONG' });
  });

  it('refuses an unknown reason, an unknown kind and a missing reason', async () => {
    const [someone] = await established(t, 1);
    expect(detailCodes(await report(t, someone, 'proposal', s.proposalId, 'ugly'))).toHaveProperty('reason');
    const kind = await t.http().post('/api/reports').set(bearer(someone)).send({ targetType: 'debate', targetId: s.debateId, reason: 'spam' });
    expect(detailCodes(kind)).toHaveProperty('targetType');
    const missing = await t.http().post('/api/reports').set(bearer(someone)).send({ targetType: 'proposal', targetId: s.proposalId });
    expect(detailCodes(missing)).toHaveProperty('reason');
  });

  it('asks to sign in first', async () => {
    const res = await t.http().post('/api/reports').set({ 'X-CSRF-Protection': '1' }).send({ targetType: 'proposal', targetId: s.proposalId, reason: 'spam' });
    expectError(res, 401, 'AUTH_REQUIRED');
  });

  it('answers 404 for an item that does not exist, and 400 for reporting oneself or one’s own content', async () => {
    const [someone] = await established(t, 1);
    expectError(await report(t, someone, 'proposal', '00000000-0000-4000-8000-000000000000'), 404, 'PROPOSAL_NOT_FOUND');
    expectError(await report(t, someone, 'user', '00000000-0000-4000-8000-000000000000'), 404, 'USER_NOT_FOUND');
    expectError(await report(t, someone, 'user', someone.id), 400, 'REPORT_TARGET_INVALID');
    expectError(await report(t, s.author, 'proposal', s.proposalId), 400, 'REPORT_TARGET_INVALID');
  });

  it('never shows reports to anyone but moderators: no listing, no counts on the content', async () => {
    const [someone] = await established(t, 1);
    expectError(await t.http().get('/api/reports').set(bearer(someone)), 404, 'ROUTE_NOT_FOUND');
    expectError(await t.http().get('/api/moderation/queue').set(bearer(reporter)), 403, 'FORBIDDEN');
    for (const viewer of [someone, s.author, reporter]) {
      const proposal = await t.http().get(`/api/proposals/${s.proposalId}`).set(bearer(viewer)).expect(200);
      const thread = await t.http().get(`/api/proposals/${s.proposalId}/comments`).set(bearer(viewer)).expect(200);
      expect(JSON.stringify([proposal.body, thread.body])).not.toMatch(/report|signal/i);
    }
  });
});
