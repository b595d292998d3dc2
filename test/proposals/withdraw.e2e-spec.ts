import { VoteTallyService } from '../../apps/api/src/votes/vote-tally.service';
import { createTestApp, TestApp } from '../support/test-app';
import { bearer, TestAccount } from '../support/accounts';
import { expectError } from '../support/http';
import { createOpenDebate, createPeople, createPerson, createProposal, createWorld } from '../support/participation';

/** A withdrawn proposal stays readable, marked withdrawn; nobody can vote on it any more. */
describe('proposals: withdrawing', () => {
  let t: TestApp;
  let debateId: string;
  let author: TestAccount;
  const vote = (id: string, who: TestAccount, value: string | null) =>
    value === null ? t.http().delete(`/api/proposals/${id}/vote`).set(bearer(who)) : t.http().put(`/api/proposals/${id}/vote`).set(bearer(who)).send({ value });

  beforeAll(async () => {
    t = await createTestApp();
    debateId = await createOpenDebate(t, await createWorld(t));
    author = await createPerson(t);
  });
  afterAll(() => t.close());

  it('stays visible to everyone as withdrawn; its author is reminded what that means', async () => {
    const id = await createProposal(t, author, debateId);
    const res = await t.http().post(`/api/proposals/${id}/withdraw`).set(bearer(author)).expect(200);
    expect(res.body).toMatchObject({ status: 'withdrawn', notice: { code: 'WITHDRAWN' } });
    expect((await t.http().get(`/api/proposals/${id}`).expect(200)).body).toMatchObject({ status: 'withdrawn', notice: null, title: 'des bancs dans le parc' });
    const list = await t.http().get(`/api/debates/${debateId}/proposals`).expect(200);
    expect(list.body.items.find((p: { id: string }) => p.id === id)).toMatchObject({ status: 'withdrawn' });
    expect((await t.http().post(`/api/proposals/${id}/withdraw`).set(bearer(author)).expect(200)).body.status).toBe('withdrawn');
  });

  it('refuses new votes, changes and retractions (409 PROPOSAL_WITHDRAWN): its counts are frozen', async () => {
    const id = await createProposal(t, author, debateId);
    const [a, b, c] = await createPeople(t, 3);
    await vote(id, a, 'for').expect(200);
    await vote(id, b, 'against').expect(200);
    await t.http().post(`/api/proposals/${id}/withdraw`).set(bearer(author)).expect(200);
    expectError(await vote(id, c, 'for'), 409, 'PROPOSAL_WITHDRAWN');
    expectError(await vote(id, a, 'against'), 409, 'PROPOSAL_WITHDRAWN');
    expectError(await vote(id, b, null), 409, 'PROPOSAL_WITHDRAWN');
    await t.app.get(VoteTallyService).flush();
    expect((await t.http().get(`/api/proposals/${id}`).expect(200)).body.votes).toEqual({ for: 1, against: 1, neutral: 0, total: 2 });
    const listed = (await t.http().get(`/api/debates/${debateId}/proposals`).expect(200)).body.items.find((p: { id: string }) => p.id === id);
    expect(listed.votes).toEqual({ for: 1, against: 1, neutral: 0, total: 2 });
    expect((await t.http().get(`/api/debates/${debateId}/my-votes`).set(bearer(b)).expect(200)).body.votes[id]).toBe('against');
  });

  it('cannot be edited once withdrawn', async () => {
    const id = await createProposal(t, author, debateId);
    await t.http().post(`/api/proposals/${id}/withdraw`).set(bearer(author)).expect(200);
    expectError(await t.http().patch(`/api/proposals/${id}`).set(bearer(author)).send({ title: 'je reviens' }), 409, 'PROPOSAL_WITHDRAWN');
  });

  it('only its author may withdraw it (403)', async () => {
    const id = await createProposal(t, author, debateId);
    expectError(await t.http().post(`/api/proposals/${id}/withdraw`).set(bearer(await createPerson(t))), 403, 'FORBIDDEN');
    expect((await t.http().get(`/api/proposals/${id}`).expect(200)).body.status).toBe('published');
  });
});
