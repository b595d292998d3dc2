import { createTestApp, TestApp } from '../support/test-app';
import { bearer, CSRF, TestAccount } from '../support/accounts';
import { expectError } from '../support/http';
import { caseAbout, established, reportBy, staff, stage, Stage } from './moderation-helpers';

/** Only moderators and admins reach moderation routes: citizens and other staff get 403, anonymous visitors 401. */
describe('who may use the moderation routes', () => {
  let t: TestApp;
  let s: Stage;
  let caseId: string;
  let victim: TestAccount;
  beforeAll(async () => {
    t = await createTestApp();
    s = await stage(t);
    await reportBy(t, await established(t, 1), 'proposal', s.proposalId, 'spam');
    caseId = (await caseAbout(t, s.moderator, s.proposalId)).caseId;
    [victim] = await established(t, 1);
  });
  afterAll(() => t.close());

  const routes = () => [
    ['get', '/api/moderation/queue', undefined],
    ['get', '/api/moderation/log', undefined],
    ['post', `/api/moderation/cases/${caseId}/actions`, { action: 'dismiss' }],
    ['post', `/api/moderation/cases/${caseId}/actions`, { action: 'hide', reason: 'spam', explanation: 'Publicité pour un magasin.' }],
    ['post', `/api/moderation/cases/${caseId}/appeal-decision`, { decision: 'restore', explanation: 'Le texte ne vise personne.' }],
    ['post', `/api/moderation/users/${victim.id}/block`, { justification: 'Insultes répétées envers des voisins.' }],
    ['post', `/api/moderation/users/${victim.id}/unblock`, { justification: 'Le blocage était une erreur de saisie.' }],
  ] as const;

  async function call(who: TestAccount | null, method: 'get' | 'post', path: string, body: object | undefined) {
    const req = t.http()[method](path).set(CSRF);
    if (who) req.set(bearer(who));
    return body ? req.send(body) : req;
  }

  it.each(['citizen', 'official', 'facilitator'])('refuses every route to the role %s (403) and changes nothing', async (role) => {
    const person = role === 'citizen' ? (await established(t, 1))[0] : await staff(t, role);
    for (const [method, path, body] of routes()) {
      expectError(await call(person, method, path, body), 403, 'FORBIDDEN');
    }
    await t.http().get(`/api/proposals/${s.proposalId}`).expect(200);
    const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM moderation_log`);
    expect(rows[0].n).toBe(0);
    expect((await caseAbout(t, s.moderator, s.proposalId)).caseId).toBe(caseId);
  });

  it('asks an anonymous visitor to sign in on every route (401)', async () => {
    for (const [method, path, body] of routes()) {
      expectError(await call(null, method, path, body), 401, 'AUTH_REQUIRED');
    }
  });

  it('lets a global moderator and an admin read the queue and the log', async () => {
    for (const person of [s.moderator, await staff(t, 'admin')]) {
      await t.http().get('/api/moderation/queue').set(bearer(person)).expect(200);
      await t.http().get('/api/moderation/log').set(bearer(person)).expect(200);
    }
  });
});
