import { VoteTallyService } from '../../apps/api/src/votes/vote-tally.service';
import { createTestApp, TestApp } from '../support/test-app';
import { bearer, TestAccount } from '../support/accounts';
import { detailCodes, expectError } from '../support/http';
import { createOpenDebate, createPerson, createProposal, createWorld, moveDebateTo, World } from '../support/participation';

/** The author may change a proposal while nobody has voted on it or commented it; earlier versions are kept. */
describe('proposals: editing', () => {
  let t: TestApp;
  let world: World;
  let debateId: string;
  let author: TestAccount;
  const edit = (id: string, body: Record<string, unknown>, who: TestAccount = author) => t.http().patch(`/api/proposals/${id}`).set(bearer(who)).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    debateId = await createOpenDebate(t, world);
    author = await createPerson(t);
  });
  afterAll(() => t.close());

  it('changes the text, marks it as edited, and keeps every earlier version, oldest first', async () => {
    const id = await createProposal(t, author, debateId, { title: 'des bancs', body: 'pour se reposer' });
    const before = await t.http().get(`/api/proposals/${id}`).set(bearer(author)).expect(200);
    expect(before.body).toMatchObject({ editedAt: null, canEdit: true });
    const first = await edit(id, { title: 'des bancs au parc' }).expect(200);
    expect(first.body).toMatchObject({ title: 'des bancs au parc', body: 'pour se reposer', editedAt: expect.any(String), canEdit: true });
    await edit(id, { body: 'pour se reposer à l’ombre' }).expect(200);
    const now = await t.http().get(`/api/proposals/${id}`).expect(200);
    expect(now.body).toMatchObject({ title: 'des bancs au parc', body: 'pour se reposer à l’ombre', editedAt: expect.any(String), canEdit: false });
    const revisions = await t.http().get(`/api/proposals/${id}/revisions`).expect(200);
    expect(revisions.body).toEqual([
      { title: 'des bancs', body: 'pour se reposer', replacedAt: expect.any(String) },
      { title: 'des bancs au parc', body: 'pour se reposer', replacedAt: expect.any(String) },
    ]);
  });

  it('is locked once someone has voted (409 PROPOSAL_LOCKED), even after the tally ran', async () => {
    const id = await createProposal(t, author, debateId);
    await t.http().put(`/api/proposals/${id}/vote`).set(bearer(await createPerson(t))).send({ value: 'for' }).expect(200);
    expectError(await edit(id, { title: 'autre chose' }), 409, 'PROPOSAL_LOCKED');
    await t.app.get(VoteTallyService).flush();
    expectError(await edit(id, { title: 'autre chose' }), 409, 'PROPOSAL_LOCKED');
    const res = await t.http().get(`/api/proposals/${id}`).set(bearer(author)).expect(200);
    expect(res.body).toMatchObject({ title: 'des bancs dans le parc', canEdit: false, editedAt: null });
    expect((await t.http().get(`/api/proposals/${id}/revisions`).expect(200)).body).toEqual([]);
  });

  it('is locked once someone has commented', async () => {
    const id = await createProposal(t, author, debateId);
    const commenter = await createPerson(t);
    await t.db.query(`INSERT INTO comments (debate_id, proposal_id, depth, author_id, body, status) VALUES ($1, $2, 1, $3, 'bonne idée', 'published')`, [debateId, id, commenter.id]);
    expectError(await edit(id, { body: 'autre texte' }), 409, 'PROPOSAL_LOCKED');
  });

  it('only the author may edit (403 for anyone else, staff included)', async () => {
    const id = await createProposal(t, author, debateId);
    for (const who of [await createPerson(t), await createPerson(t, 'moderator'), world.admin]) {
      expectError(await edit(id, { title: 'repris par un autre' }, who), 403, 'FORBIDDEN');
    }
    expect((await t.http().get(`/api/proposals/${id}`).expect(200)).body.title).toBe('des bancs dans le parc');
  });

  it('applies the same rules as posting, and refuses edits once the debate closed', async () => {
    const id = await createProposal(t, author, debateId);
    expect(detailCodes(await edit(id, { title: 'ab' }))).toEqual({ title: 'TITLE_TOO_SHORT' });
    expect(detailCodes(await edit(id, { body: 'x'.repeat(5001) }))).toEqual({ body: 'TEXT_TOO_LONG' });
    const closing = await createOpenDebate(t, world);
    const late = await createProposal(t, author, closing);
    await moveDebateTo(t, closing, 'closed');
    expectError(await edit(late, { title: 'trop tard' }), 409, 'DEBATE_CLOSED');
  });
});
