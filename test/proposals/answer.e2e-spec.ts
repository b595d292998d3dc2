import { createTestApp, TestApp } from '../support/test-app';
import { bearer, TestAccount } from '../support/accounts';
import { detailCodes, expectError } from '../support/http';
import { createCommune, createOpenDebate, createPerson, createProposal, createWorld, World } from '../support/participation';

/** Officials (and admins) answer a proposal: evaluating, accepted, rejected or implemented, with a text everyone reads. */
describe('proposals: official answer', () => {
  let t: TestApp;
  let world: World;
  let debateId: string;
  let author: TestAccount;
  const answer = (id: string, who: TestAccount, body: Record<string, unknown>) => t.http().put(`/api/proposals/${id}/answer`).set(bearer(who)).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    debateId = await createOpenDebate(t, world);
    author = await createPerson(t);
  });
  afterAll(() => t.close());

  it('shows the answer on the proposal and in the list, to everyone', async () => {
    const id = await createProposal(t, author, debateId);
    const official = await createPerson(t, 'official', world.communeId, 'Élue');
    const res = await answer(id, official, { status: 'accepted', text: 'La mairie installera 4 bancs au printemps.' }).expect(200);
    expect(res.body.answer).toEqual({ status: 'accepted', text: 'La mairie installera 4 bancs au printemps.', answeredAt: expect.any(String) });
    expect((await t.http().get(`/api/proposals/${id}`).expect(200)).body.answer).toMatchObject({ status: 'accepted', text: 'La mairie installera 4 bancs au printemps.' });
    const listed = (await t.http().get(`/api/debates/${debateId}/proposals`).expect(200)).body.items.find((p: { id: string }) => p.id === id);
    expect(listed.answer).toMatchObject({ status: 'accepted' });
  });

  it('a new answer replaces the previous one', async () => {
    const id = await createProposal(t, author, debateId);
    await answer(id, world.admin, { status: 'evaluating', text: 'Nous étudions la question.' }).expect(200);
    await answer(id, world.admin, { status: 'implemented', text: 'Les bancs sont installés.' }).expect(200);
    expect((await t.http().get(`/api/proposals/${id}`).expect(200)).body.answer).toMatchObject({ status: 'implemented', text: 'Les bancs sont installés.' });
  });

  it('citizens, moderators and facilitators may not answer (403)', async () => {
    const id = await createProposal(t, author, debateId);
    for (const who of [author, await createPerson(t), await createPerson(t, 'moderator'), await createPerson(t, 'facilitator')]) {
      expectError(await answer(id, who, { status: 'rejected', text: 'non' }), 403, 'FORBIDDEN');
    }
    expect((await t.http().get(`/api/proposals/${id}`).expect(200)).body.answer).toBeNull();
  });

  it('an official of another commune may not answer (403)', async () => {
    const id = await createProposal(t, author, debateId);
    const elsewhere = await createCommune(t, 'Voisine');
    expectError(await answer(id, await createPerson(t, 'official', elsewhere.communeId), { status: 'rejected', text: 'non' }), 403, 'FORBIDDEN');
    expect((await t.http().get(`/api/proposals/${id}`).expect(200)).body.answer).toBeNull();
  });

  it('needs a known status and a text', async () => {
    const id = await createProposal(t, author, debateId);
    expect(detailCodes(await answer(id, world.admin, { status: 'peut-être', text: 'on verra' }))).toEqual({ status: 'INVALID_VALUE' });
    expect(detailCodes(await answer(id, world.admin, { status: 'accepted', text: '  ' }))).toEqual({ text: 'TEXT_REQUIRED' });
  });
});
