import { createTestApp, TestApp } from '../support/test-app';
import { bearer, TestAccount } from '../support/accounts';
import { expectError } from '../support/http';
import { createOpenDebate, createPerson, createProposal, createWorld, World } from '../support/participation';

/** A proposal hidden by moderation disappears for everyone but its author (who is told why) and moderators. */
describe('proposals: hidden by moderation', () => {
  let t: TestApp;
  let world: World;
  let debateId: string;
  let author: TestAccount;
  let proposalId: string;
  const as = (req: ReturnType<ReturnType<TestApp['http']>['get']>, who?: TestAccount) => (who ? req.set(bearer(who)) : req);
  const listed = async (who: TestAccount | undefined, query = ''): Promise<string[]> =>
    (await as(t.http().get(`/api/debates/${debateId}/proposals?${query}`), who).expect(200)).body.items.map((p: { id: string }) => p.id);
  const similar = async (who?: TestAccount): Promise<string[]> =>
    (await as(t.http().get(`/api/debates/${debateId}/proposals/similar`).query({ title: 'interdire les trottinettes' }), who).expect(200)).body.map((p: { id: string }) => p.id);

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    debateId = await createOpenDebate(t, world);
    author = await createPerson(t);
    proposalId = await createProposal(t, author, debateId, { title: 'interdire les trottinettes', body: 'elles roulent sur le trottoir' });
    expect(await listed(undefined)).toContain(proposalId);
    await t.db.query(`UPDATE proposals SET status = 'hidden' WHERE id = $1`, [proposalId]);
  });
  afterAll(() => t.close());

  it('its author still sees it, with a plain notice saying a moderator hid it', async () => {
    const res = await t.http().get(`/api/proposals/${proposalId}`).set(bearer(author)).expect(200);
    expect(res.body).toMatchObject({ status: 'hidden', title: 'interdire les trottinettes', notice: { code: 'HIDDEN_BY_MODERATION', message: expect.stringMatching(/masqué/) } });
    expect(await listed(author)).toContain(proposalId);
  });

  it('others get 404 and find it in no list, suggestion or search', async () => {
    for (const who of [undefined, await createPerson(t), await createPerson(t, 'official')]) {
      expectError(await as(t.http().get(`/api/proposals/${proposalId}`), who), 404, 'PROPOSAL_NOT_FOUND');
      expectError(await as(t.http().get(`/api/proposals/${proposalId}/revisions`), who), 404, 'PROPOSAL_NOT_FOUND');
      expect(await listed(who)).not.toContain(proposalId);
      expect(await listed(who, 'q=trottinettes')).not.toContain(proposalId);
      expect(await listed(who, 'sort=commented')).not.toContain(proposalId);
      expect(await similar(who)).not.toContain(proposalId);
    }
  });

  it('cannot be voted on by others', async () => {
    const other = await createPerson(t);
    expectError(await t.http().put(`/api/proposals/${proposalId}/vote`).set(bearer(other)).send({ value: 'against' }), 404, 'PROPOSAL_NOT_FOUND');
  });

  it('moderators and admins still see it', async () => {
    for (const who of [await createPerson(t, 'moderator'), world.admin]) {
      expect((await t.http().get(`/api/proposals/${proposalId}`).set(bearer(who)).expect(200)).body).toMatchObject({ status: 'hidden', notice: null });
      expect(await listed(who, 'q=trottinettes')).toContain(proposalId);
      expect(await similar(who)).toContain(proposalId);
    }
  });
});
