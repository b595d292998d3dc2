import { createTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/accounts';
import { createOpenDebate, createProposal, createWorld } from '../support/participation';
import { expectError } from '../support/http';
import { established, postComment, report } from './moderation-helpers';

/** Per-person hourly limits on proposals, comments and reports (configurable), answered with a clear 429. */
describe('per-person rate limits', () => {
  let t: TestApp;
  let debateId: string;
  let proposalId: string;
  beforeAll(async () => {
    t = await createTestApp({ PROPOSALS_PER_HOUR: '2', COMMENTS_PER_HOUR: '3', REPORTS_PER_HOUR: '2', REPORT_HIDE_THRESHOLD: '100' });
    const world = await createWorld(t);
    debateId = await createOpenDebate(t, world);
    const [author] = await established(t, 1);
    proposalId = await createProposal(t, author, debateId);
  });
  afterAll(() => t.close());

  function expectClear429(res: { status: number; body: { code: string; message: string }; headers: Record<string, string> }): void {
    expectError(res as never, 429, 'RATE_LIMITED');
    const seconds = Number(res.headers['retry-after']);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(3600);
    expect(res.body.message).toContain(`${seconds} secondes`);
    expect(res.body.message).not.toMatch(/[{}]/);
  }

  it('limits proposals per person and per hour', async () => {
    const [a, b] = await established(t, 2);
    const propose = (who: typeof a) => t.http().post(`/api/debates/${debateId}/proposals`).set(bearer(who)).send({ title: 'des pistes cyclables', body: 'partout' });
    for (let i = 0; i < 2; i++) expect((await propose(a)).status).toBe(201);
    expectClear429(await propose(a));
    expect((await propose(b)).status).toBe(201);
  });

  it('limits comments per person and per hour', async () => {
    const [a, b] = await established(t, 2);
    for (let i = 0; i < 3; i++) expect((await postComment(t, a, proposalId, `avis ${i}`)).status).toBe(201);
    expectClear429(await postComment(t, a, proposalId, 'un de trop'));
    expect((await postComment(t, b, proposalId)).status).toBe(201);
  });

  it('limits reports per person and per hour', async () => {
    const [a, b, ...targets] = await established(t, 5);
    for (const target of targets.slice(0, 2)) expect((await report(t, a, 'user', target.id)).status).toBe(201);
    expectClear429(await report(t, a, 'user', targets[2].id));
    expect((await report(t, b, 'user', targets[2].id)).status).toBe(201);
  });

  it('says it in French by default and in English when asked', async () => {
    const [a, ...targets] = await established(t, 3);
    for (const target of targets) expect((await report(t, a, 'user', target.id)).status).toBe(201);
    const en = await t.http().post('/api/reports').set(bearer(a)).set('Accept-Language', 'en').send({ targetType: 'proposal', targetId: proposalId, reason: 'spam' });
    expectError(en, 429, 'RATE_LIMITED');
    expect(en.body.message).toMatch(/seconds/);
  });
});
