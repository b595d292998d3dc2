import { createTestApp, TestApp } from '../support/test-app';
import { bearer, CSRF, TestAccount } from '../support/accounts';
import { detailCodes, expectError } from '../support/http';
import { createOpenDebate, createPeople, createPerson, createProposal, createWorld } from '../support/participation';

/** One vote per person and proposal: cast it, change it, send it twice harmlessly, take it back. */
describe('votes: casting, changing, retracting', () => {
  let t: TestApp;
  let debateId: string;
  let author: TestAccount;
  const put = (id: string, who: TestAccount, body: unknown) => t.http().put(`/api/proposals/${id}/vote`).set(bearer(who)).send(body as object);
  const retract = (id: string, who: TestAccount) => t.http().delete(`/api/proposals/${id}/vote`).set(bearer(who));
  const myVotes = async (who: TestAccount) => (await t.http().get(`/api/debates/${debateId}/my-votes`).set(bearer(who)).expect(200)).body.votes;

  beforeAll(async () => {
    t = await createTestApp();
    debateId = await createOpenDebate(t, await createWorld(t));
    author = await createPerson(t);
  });
  afterAll(() => t.close());

  it('casts a vote and answers with the exact counts right away', async () => {
    const id = await createProposal(t, author, debateId);
    const [a, b] = await createPeople(t, 2);
    expect((await put(id, a, { value: 'for' }).expect(200)).body).toEqual({ proposalId: id, value: 'for', changed: true, votes: { for: 1, against: 0, neutral: 0, total: 1 } });
    expect((await put(id, b, { value: 'neutral' }).expect(200)).body.votes).toEqual({ for: 1, against: 0, neutral: 1, total: 2 });
    expect((await t.http().get(`/api/proposals/${id}`).expect(200)).body.votes).toEqual({ for: 1, against: 0, neutral: 1, total: 2 });
  });

  it('the same vote twice changes nothing and answers the same', async () => {
    const id = await createProposal(t, author, debateId);
    const [voter] = await createPeople(t, 1);
    const first = await put(id, voter, { value: 'against' }).expect(200);
    const second = await put(id, voter, { value: 'against' }).expect(200);
    expect(second.body).toEqual({ ...first.body, changed: false });
    expect(second.body.votes).toEqual({ for: 0, against: 1, neutral: 0, total: 1 });
  });

  it('a vote may be changed while the debate is open; the count moves, the total does not', async () => {
    const id = await createProposal(t, author, debateId);
    const [voter] = await createPeople(t, 1);
    await put(id, voter, { value: 'for' }).expect(200);
    const changed = await put(id, voter, { value: 'against' }).expect(200);
    expect(changed.body).toMatchObject({ value: 'against', changed: true, votes: { for: 0, against: 1, neutral: 0, total: 1 } });
  });

  it('DELETE takes the vote back; doing it again is harmless', async () => {
    const id = await createProposal(t, author, debateId);
    const [voter] = await createPeople(t, 1);
    await put(id, voter, { value: 'for' }).expect(200);
    expect((await retract(id, voter).expect(200)).body).toEqual({ proposalId: id, value: null, changed: true, votes: { for: 0, against: 0, neutral: 0, total: 0 } });
    expect((await retract(id, voter).expect(200)).body).toMatchObject({ value: null, changed: false });
    expect((await retract(id, await createPerson(t)).expect(200)).body).toMatchObject({ value: null, changed: false });
  });

  it('GET my-votes lists my current vote on each proposal of the debate, and only mine', async () => {
    const [p1, p2, p3] = [await createProposal(t, author, debateId), await createProposal(t, author, debateId), await createProposal(t, author, debateId)];
    const [me, someoneElse] = await createPeople(t, 2);
    await put(p1, me, { value: 'for' }).expect(200);
    await put(p2, me, { value: 'neutral' }).expect(200);
    await put(p3, me, { value: 'against' }).expect(200);
    await retract(p3, me).expect(200);
    await put(p1, someoneElse, { value: 'against' }).expect(200);
    expect(await myVotes(me)).toEqual({ [p1]: 'for', [p2]: 'neutral' });
    expect(await myVotes(someoneElse)).toEqual({ [p1]: 'against' });
    expect(await myVotes(await createPerson(t))).toEqual({});
    expectError(await t.http().get(`/api/debates/${debateId}/my-votes`), 401, 'AUTH_REQUIRED');
  });

  it('refuses a value that is not for, against or neutral (400), and anonymous voters (401)', async () => {
    const id = await createProposal(t, author, debateId);
    const [voter] = await createPeople(t, 1);
    for (const value of ['pour', 'FOR', 1, true, '']) expect(detailCodes(await put(id, voter, { value }))).toEqual({ value: 'INVALID_VALUE' });
    expect(detailCodes(await put(id, voter, {}))).toEqual({ value: 'FIELD_REQUIRED' });
    expect(detailCodes(await put(id, voter, { value: 'for', weight: 10 }))).toEqual({ weight: 'FIELD_NOT_ALLOWED' });
    expectError(await t.http().put(`/api/proposals/${id}/vote`).set(CSRF).send({ value: 'for' }), 401, 'AUTH_REQUIRED');
    expect(await myVotes(voter)).toEqual({});
  });
});
