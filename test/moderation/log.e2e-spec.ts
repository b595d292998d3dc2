import { createTestApp, TestApp } from '../support/test-app';
import { bearer, CSRF, TestAccount } from '../support/accounts';
import { createProposal } from '../support/participation';
import { act, caseAbout, established, logOf, reportBy, staff, stage, Stage } from './moderation-helpers';

/** The moderation log is append-only: no route changes it, not even for admins, and the database refuses changes. */
describe('the moderation log', () => {
  let t: TestApp;
  let s: Stage;
  let admin: TestAccount;
  let entryId: string;
  beforeAll(async () => {
    t = await createTestApp();
    s = await stage(t);
    admin = await staff(t, 'admin');
    await reportBy(t, await established(t, 1), 'proposal', s.proposalId, 'spam');
    await act(t, s.moderator, (await caseAbout(t, s.moderator, s.proposalId)).caseId, { action: 'dismiss' }).expect(200);
    [{ id: entryId }] = await logOf(t, admin, `targetId=${s.proposalId}`);
  });
  afterAll(() => t.close());

  it('has no route to change or delete an entry, even for an admin', async () => {
    for (const path of ['/api/moderation/log', `/api/moderation/log/${entryId}`]) {
      for (const method of ['put', 'patch', 'delete'] as const) {
        const res = await t.http()[method](path).set(CSRF).set(bearer(admin)).send({ action: 'approve', explanation: 'réécrit' });
        expect([404, 405]).toContain(res.status);
      }
    }
    expect(await logOf(t, admin, `targetId=${s.proposalId}`)).toEqual([expect.objectContaining({ id: entryId, action: 'dismiss' })]);
  });

  it('is refused an UPDATE by the database', async () => {
    await expect(t.db.query(`UPDATE moderation_log SET explanation = 'réécrit' WHERE id = $1`, [entryId])).rejects.toThrow(/append-only/);
    await expect(t.db.query(`UPDATE moderation_log SET actor_id = NULL`)).rejects.toThrow(/append-only/);
  });

  it('is refused a DELETE and a TRUNCATE by the database', async () => {
    await expect(t.db.query(`DELETE FROM moderation_log WHERE id = $1`, [entryId])).rejects.toThrow(/append-only/);
    await expect(t.db.query(`TRUNCATE moderation_log`)).rejects.toThrow(/append-only/);
    const { rows } = await t.db.query(`SELECT action, explanation FROM moderation_log WHERE id = $1`, [entryId]);
    expect(rows).toEqual([{ action: 'dismiss', explanation: null }]);
  });

  it('filters by item and by moderator, newest first, page by page', async () => {
    const other = await staff(t);
    const ids: string[] = [];
    for (const title of ['un', 'deux', 'trois']) {
      const id = await createProposal(t, s.author, s.debateId, { title: `entrée ${title}` });
      await reportBy(t, await established(t, 1), 'proposal', id, 'spam');
      await act(t, other, (await caseAbout(t, other, id)).caseId, { action: 'dismiss' }).expect(200);
      ids.push(id);
    }
    const byOther = await logOf(t, admin, `actorId=${other.id}`);
    expect(byOther.map((e) => e.targetId)).toEqual([...ids].reverse());
    const first = await t.http().get(`/api/moderation/log?actorId=${other.id}&limit=2`).set(bearer(admin)).expect(200);
    const second = await t.http().get(`/api/moderation/log?actorId=${other.id}&limit=2&cursor=${first.body.nextCursor}`).set(bearer(admin)).expect(200);
    expect([...first.body.items, ...second.body.items].map((e: { targetId: string }) => e.targetId)).toEqual([...ids].reverse());
    expect(second.body.nextCursor).toBeNull();
    expect((await logOf(t, admin, `targetId=${ids[1]}`)).map((e) => e.actorId)).toEqual([other.id]);
  });
});
