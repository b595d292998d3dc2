import { createTestApp, TestApp } from '../support/test-app';
import { bearer, grantRole, registerAccount, TestAccount } from '../support/accounts';
import { createOpenDebate, createProposal, createWorld } from '../support/participation';

async function established(t: TestApp): Promise<TestAccount> {
  const account = await registerAccount(t);
  await t.db.query(`UPDATE users SET created_at = now() - interval '2 days' WHERE id = $1`, [account.id]);
  return account;
}

describe('moderation quick check', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('auto-hides after 3 established reports; new accounts do not count', async () => {
    const world = await createWorld(t);
    const debateId = await createOpenDebate(t, world);
    const author = await established(t);
    const proposalId = await createProposal(t, author, debateId);
    const fresh = await registerAccount(t);
    await t.http().post('/api/reports').set(bearer(fresh)).send({ targetType: 'proposal', targetId: proposalId, reason: 'spam' }).expect(201);
    const again = await t.http().post('/api/reports').set(bearer(fresh)).send({ targetType: 'proposal', targetId: proposalId, reason: 'spam' });
    expect(again.body.code).toBe('ALREADY_REPORTED');
    for (let i = 0; i < 2; i++) {
      const r = await established(t);
      await t.http().post('/api/reports').set(bearer(r)).send({ targetType: 'proposal', targetId: proposalId, reason: 'abusive' }).expect(201);
    }
    await t.http().get(`/api/proposals/${proposalId}`).expect(200);
    const third = await established(t);
    await t.http().post('/api/reports').set(bearer(third)).send({ targetType: 'proposal', targetId: proposalId, reason: 'abusive' }).expect(201);
    await t.http().get(`/api/proposals/${proposalId}`).expect(404);
    const mine = await t.http().get(`/api/proposals/${proposalId}`).set(bearer(author)).expect(200);
    expect(mine.body.moderation).toMatchObject({ reason: 'abusive' });

    const moderator = await established(t);
    await grantRole(t, moderator.id, 'moderator');
    const queue = await t.http().get('/api/moderation/queue').set(bearer(moderator)).expect(200);
    expect(queue.body.items[0]).toMatchObject({ targetId: proposalId, autoHidden: true, reportCount: 4, countedReportCount: 3 });
    expect(queue.body.items[0].reports).toHaveLength(4);

    await t.http().post('/api/appeals').set(bearer(author)).send({ targetType: 'proposal', targetId: proposalId, message: 'je ne voulais blesser personne' }).expect(201);
    const second = await t.http().post('/api/appeals').set(bearer(author)).send({ targetType: 'proposal', targetId: proposalId, message: 'encore' });
    expect(second.body.code).toBe('APPEAL_ALREADY_MADE');
    const caseId = (await t.http().get('/api/moderation/queue?state=appeal').set(bearer(moderator))).body.items[0].caseId;
    await t.http().post(`/api/moderation/cases/${caseId}/appeal-decision`).set(bearer(moderator)).send({ decision: 'restore', explanation: 'le texte ne vise personne' }).expect(200);
    await t.http().get(`/api/proposals/${proposalId}`).expect(200);
    const log = await t.http().get(`/api/moderation/log?targetId=${proposalId}`).set(bearer(moderator)).expect(200);
    expect(log.body.items.map((e: { action: string }) => e.action)).toEqual(['appeal_restore', 'appeal', 'auto_hide']);
    await expect(t.db.query(`DELETE FROM moderation_log`)).rejects.toThrow(/append-only/);
  });
});
