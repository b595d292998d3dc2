import { createTestApp, TestApp } from '../support/test-app';
import { createProposal } from '../support/participation';
import { established, fresh, reportBy, stage, Stage } from './moderation-helpers';

/** The number of established reports that hides an item comes from REPORT_HIDE_THRESHOLD. */
describe('automatic hiding with a configured threshold', () => {
  let t: TestApp;
  let s: Stage;
  beforeAll(async () => {
    t = await createTestApp({ REPORT_HIDE_THRESHOLD: '2' });
    s = await stage(t);
  });
  afterAll(() => t.close());

  it('hides at the second established report when the threshold is 2', async () => {
    const [a, b] = await established(t, 2);
    await reportBy(t, [a], 'proposal', s.proposalId, 'spam');
    await t.http().get(`/api/proposals/${s.proposalId}`).expect(200);
    await reportBy(t, [b], 'proposal', s.proposalId, 'spam');
    await t.http().get(`/api/proposals/${s.proposalId}`).expect(404);
  });

  it('still ignores new accounts for the count', async () => {
    const id = await createProposal(t, s.author, s.debateId, { title: 'signalée par des nouveaux' });
    await reportBy(t, [...(await fresh(t, 3)), ...(await established(t, 1))], 'proposal', id, 'spam');
    await t.http().get(`/api/proposals/${id}`).expect(200);
  });
});
