import { createTestApp, TestApp } from '../support/test-app';
import { bearer, TestAccount } from '../support/accounts';
import { expectError } from '../support/http';
import { createCommune, createOpenDebate, createPerson, createWorld, World } from '../support/participation';

/** With moderation before publication, a proposal waits for review: only its author and moderators see it. */
describe('proposals: pending review', () => {
  let t: TestApp;
  let world: World;
  let debateId: string;
  let author: TestAccount;
  let proposalId: string;
  const as = (req: ReturnType<ReturnType<TestApp['http']>['get']>, who?: TestAccount) => (who ? req.set(bearer(who)) : req);
  const listed = async (who: TestAccount | undefined, query = ''): Promise<string[]> =>
    (await as(t.http().get(`/api/debates/${debateId}/proposals?${query}`), who).expect(200)).body.items.map((p: { id: string }) => p.id);
  const similar = async (who?: TestAccount): Promise<string[]> =>
    (await as(t.http().get(`/api/debates/${debateId}/proposals/similar`).query({ title: 'des jeux pour enfants' }), who).expect(200)).body.map((p: { id: string }) => p.id);

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    debateId = await createOpenDebate(t, world, { moderation: 'before' });
    author = await createPerson(t, undefined, null, 'Autrice');
    const res = await t.http().post(`/api/debates/${debateId}/proposals`).set(bearer(author)).send({ title: 'des jeux pour enfants', body: 'un toboggan au square' }).expect(201);
    proposalId = res.body.id;
  });
  afterAll(() => t.close());

  it('is created pending, and its author is told a moderator will read it', async () => {
    const res = await t.http().get(`/api/proposals/${proposalId}`).set(bearer(author)).expect(200);
    expect(res.body).toMatchObject({ status: 'pending', notice: { code: 'PENDING_REVIEW', message: expect.stringMatching(/modérateur/) } });
    expect(await listed(author)).toContain(proposalId);
    expect(await similar(author)).toContain(proposalId);
    expect(await listed(author, 'q=jeux')).toContain(proposalId);
  });

  it('does not exist for other citizens and anonymous visitors: 404, absent from lists, suggestions and search', async () => {
    for (const who of [undefined, await createPerson(t), await createPerson(t, 'official'), await createPerson(t, 'facilitator')]) {
      expectError(await as(t.http().get(`/api/proposals/${proposalId}`), who), 404, 'PROPOSAL_NOT_FOUND');
      expectError(await as(t.http().get(`/api/proposals/${proposalId}/revisions`), who), 404, 'PROPOSAL_NOT_FOUND');
      expect(await listed(who)).not.toContain(proposalId);
      expect(await listed(who, 'q=toboggan')).not.toContain(proposalId);
      expect(await listed(who, 'sort=random')).not.toContain(proposalId);
      expect(await similar(who)).not.toContain(proposalId);
    }
  });

  it('cannot be voted on by others (404), nor by its author yet (409 PROPOSAL_NOT_PUBLISHED)', async () => {
    const other = await createPerson(t);
    expectError(await t.http().put(`/api/proposals/${proposalId}/vote`).set(bearer(other)).send({ value: 'for' }), 404, 'PROPOSAL_NOT_FOUND');
    expectError(await t.http().put(`/api/proposals/${proposalId}/vote`).set(bearer(author)).send({ value: 'for' }), 409, 'PROPOSAL_NOT_PUBLISHED');
  });

  it('is seen by moderators and admins, who review it (no author notice for them)', async () => {
    for (const who of [await createPerson(t, 'moderator'), await createPerson(t, 'moderator', world.communeId), world.admin]) {
      const res = await t.http().get(`/api/proposals/${proposalId}`).set(bearer(who)).expect(200);
      expect(res.body).toMatchObject({ status: 'pending', notice: null });
      expect(await listed(who)).toContain(proposalId);
      expect(await similar(who)).toContain(proposalId);
    }
  });

  it('is not seen by a moderator of another commune', async () => {
    const elsewhere = await createCommune(t, 'Loin');
    const moderator = await createPerson(t, 'moderator', elsewhere.communeId);
    expectError(await t.http().get(`/api/proposals/${proposalId}`).set(bearer(moderator)), 404, 'PROPOSAL_NOT_FOUND');
    expect(await listed(moderator)).not.toContain(proposalId);
  });

  it('stays out of public view when its author withdraws it before any review', async () => {
    const res = await t.http().post(`/api/debates/${debateId}/proposals`).set(bearer(author)).send({ title: 'texte jamais relu', body: 'contenu jamais relu par un modérateur' }).expect(201);
    await t.http().post(`/api/proposals/${res.body.id}/withdraw`).set(bearer(author)).expect(200);
    expectError(await t.http().get(`/api/proposals/${res.body.id}`), 404, 'PROPOSAL_NOT_FOUND');
    expect(await listed(undefined)).not.toContain(res.body.id);
  });
});
