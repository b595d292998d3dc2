import { createTestApp, TestApp } from '../support/test-app';
import { bearer, CSRF, loginCookies, loginTokens, registerAccount } from '../support/accounts';
import { createOpenDebate, createProposal } from '../support/participation';
import { detailCodes, expectError } from '../support/http';
import { block, commentOn, established, logOf, queueItems, stage, Stage, unblock } from './moderation-helpers';

/** Blocking needs a justification (15+ characters), lasts until a date or until lifted, may hide all content, and ends sessions at once. */
describe('blocking a person', () => {
  let t: TestApp;
  let s: Stage;
  beforeAll(async () => {
    t = await createTestApp();
    s = await stage(t);
  });
  afterAll(() => t.close());

  const me = (headers: Record<string, string>) => t.http().get('/api/me').set(headers);

  it('needs a justification of at least 15 characters', async () => {
    const [person] = await established(t, 1);
    expect(detailCodes(await block(t, s.moderator, person.id, { justification: 'trop court !!' }))).toEqual({ justification: 'JUSTIFICATION_TOO_SHORT' });
    expect(detailCodes(await block(t, s.moderator, person.id, { justification: '              x              ' }))).toEqual({ justification: 'JUSTIFICATION_TOO_SHORT' });
    const missing = await t.http().post(`/api/moderation/users/${person.id}/block`).set(bearer(s.moderator)).send({});
    expect(detailCodes(missing)).toEqual({ justification: 'FIELD_REQUIRED' });
    expect((await block(t, s.moderator, person.id, { justification: '15 caractères !' })).status).toBe(200);
  });

  it('rejects every token of the blocked person at once: bearer, cookies, refresh, and a new login', async () => {
    const person = await registerAccount(t);
    const cookies = await loginCookies(t, person);
    const { refreshToken } = await loginTokens(t, person);
    await me(bearer(person)).expect(200);
    await block(t, s.moderator, person.id).expect(200);
    expectError(await me(bearer(person)), 401, 'SESSION_EXPIRED');
    expectError(await me({ Cookie: cookies.join('; ') }), 401, 'SESSION_EXPIRED');
    const refreshed = await t.http().post('/api/auth/refresh').set(CSRF).send({ refreshToken });
    expect(refreshed.status).toBe(401);
    expect(['SESSION_EXPIRED', 'REFRESH_TOKEN_INVALID']).toContain(refreshed.body.code);
    expectError(await t.http().post('/api/auth/token').set(CSRF).send({ email: person.email, password: person.password }), 403, 'ACCOUNT_BLOCKED');
    expectError(await t.http().post('/api/reports').set(bearer(person)).send({ targetType: 'proposal', targetId: s.proposalId, reason: 'spam' }), 401, 'SESSION_EXPIRED');
  });

  it('writes one log entry: who, whom, why, until when, state before and after', async () => {
    const [person] = await established(t, 1);
    const until = new Date(Date.now() + 7 * 86400_000);
    const res = await block(t, s.moderator, person.id, { until: until.toISOString(), justification: 'Messages publicitaires répétés.' });
    expect(res.body).toEqual({ action: 'block', stateBefore: 'active', stateAfter: 'blocked' });
    const log = await logOf(t, s.moderator, `targetId=${person.id}`);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ actorId: s.moderator.id, action: 'block', targetType: 'user', targetId: person.id, explanation: 'Messages publicitaires répétés.', stateBefore: 'active', stateAfter: 'blocked' });
    expect(log[0].reason).toContain(until.toISOString());
  });

  it('blocks for a set time: refused before the date, possible again after it', async () => {
    const person = await registerAccount(t);
    expectError(await block(t, s.moderator, person.id, { until: new Date(Date.now() - 60_000).toISOString() }), 400, 'DATES_INVALID');
    await block(t, s.moderator, person.id, { until: new Date(Date.now() + 86400_000).toISOString() }).expect(200);
    expectError(await t.http().post('/api/auth/token').set(CSRF).send({ email: person.email, password: person.password }), 403, 'ACCOUNT_BLOCKED');
    await t.db.query(`UPDATE users SET blocked_until = now() - interval '1 minute' WHERE id = $1`, [person.id]);
    await loginTokens(t, person);
  });

  it('may hide all their published content, one log entry each, counted publicly', async () => {
    const [person] = await established(t, 1);
    const proposalId = await createProposal(t, person, s.debateId, { title: 'à masquer avec le blocage' });
    const commentId = await commentOn(t, person, s.proposalId, 'commentaire à masquer');
    const before = (await t.http().get(`/api/debates/${s.debateId}`)).body.hidden;
    await block(t, s.moderator, person.id, { hideContent: true }).expect(200);
    await t.http().get(`/api/proposals/${proposalId}`).expect(404);
    const thread = await t.http().get(`/api/proposals/${s.proposalId}/comments`).expect(200);
    expect(thread.body.items.find((c: { id: string }) => c.id === commentId)).toMatchObject({ status: 'hidden', body: null });
    for (const id of [proposalId, commentId]) {
      expect(await logOf(t, s.moderator, `targetId=${id}`)).toEqual([expect.objectContaining({ action: 'block_hide', actorId: s.moderator.id, stateBefore: 'published', stateAfter: 'hidden' })]);
    }
    expect((await t.http().get(`/api/debates/${s.debateId}`)).body.hidden).toEqual({ proposals: before.proposals + 1, comments: before.comments + 1 });
  });

  it('hides their pending content too, leaving no case in the queue that can no longer be approved', async () => {
    const [person] = await established(t, 1);
    const premoderated = await createOpenDebate(t, s.world, { moderation: 'before' });
    const pendingId = await createProposal(t, person, premoderated, { title: 'en attente puis bloquée' });
    await block(t, s.moderator, person.id, { hideContent: true }).expect(200);
    const { rows } = await t.db.query(`SELECT status FROM proposals WHERE id = $1`, [pendingId]);
    expect(rows[0].status).toBe('hidden');
    const stale = (await queueItems(t, s.moderator, `debateId=${premoderated}`)).filter((i) => i.targetId === pendingId && i.pendingReview);
    expect(stale).toEqual([]);
  });

  it('leaves their content alone unless asked', async () => {
    const [person] = await established(t, 1);
    const proposalId = await createProposal(t, person, s.debateId, { title: 'reste visible' });
    await block(t, s.moderator, person.id).expect(200);
    await t.http().get(`/api/proposals/${proposalId}`).expect(200);
  });

  it('unblocks with a justification: the person may sign in again, and it is logged', async () => {
    const person = await registerAccount(t);
    await block(t, s.moderator, person.id).expect(200);
    expect(detailCodes(await unblock(t, s.moderator, person.id, 'erreur'))).toEqual({ justification: 'JUSTIFICATION_TOO_SHORT' });
    const res = await unblock(t, s.moderator, person.id);
    expect(res.body).toEqual({ action: 'unblock', stateBefore: 'blocked', stateAfter: 'active' });
    const tokens = await loginTokens(t, person);
    await me({ Authorization: `Bearer ${tokens.accessToken}` }).expect(200);
    expectError(await unblock(t, s.moderator, person.id), 409, 'ACTION_NOT_POSSIBLE');
    expect((await logOf(t, s.moderator, `targetId=${person.id}`)).map((e) => e.action)).toEqual(['unblock', 'block']);
  });

  it('ends sessions for good: lifting the block does not revive the old ones', async () => {
    const person = await registerAccount(t);
    await block(t, s.moderator, person.id).expect(200);
    await unblock(t, s.moderator, person.id).expect(200);
    expectError(await me(bearer(person)), 401, 'SESSION_EXPIRED');
  });

  it('answers 404 for an unknown person and refuses to block oneself', async () => {
    expectError(await block(t, s.moderator, '00000000-0000-4000-8000-000000000000'), 404, 'USER_NOT_FOUND');
    expectError(await block(t, s.moderator, s.moderator.id), 409, 'ACTION_NOT_POSSIBLE');
    expect(await logOf(t, s.moderator, 'targetId=00000000-0000-4000-8000-000000000000')).toEqual([]);
  });
});
