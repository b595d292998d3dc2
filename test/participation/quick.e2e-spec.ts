import { createTestApp, TestApp } from '../support/test-app';
import { bearer, registerAccount } from '../support/accounts';
import { createOpenDebate, createProposal, createWorld } from '../support/participation';

describe('participation quick check', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('debate → proposal → vote → listing', async () => {
    const world = await createWorld(t);
    const debateId = await createOpenDebate(t, world);
    const citizen = await registerAccount(t);
    const proposalId = await createProposal(t, citizen, debateId);
    const vote = await t.http().put(`/api/proposals/${proposalId}/vote`).set(bearer(citizen)).send({ value: 'for' });
    expect(vote.status).toBe(200);
    expect(vote.body).toMatchObject({ value: 'for', changed: true, votes: { for: 1, total: 1 } });
    const list = await t.http().get(`/api/debates/${debateId}/proposals?sort=supported`);
    expect(list.status).toBe(200);
    expect(list.body.items[0]).toMatchObject({ id: proposalId, author: { displayName: citizen.displayName } });
    const random = await t.http().get(`/api/debates/${debateId}/proposals?sort=random&limit=1`);
    expect(random.body.seed).toEqual(expect.any(String));
    const similar = await t.http().get(`/api/debates/${debateId}/proposals/similar?title=des%20bancs%20au%20parc`);
    expect(similar.status).toBe(200);
    expect(similar.body[0]?.id).toBe(proposalId);
    const search = await t.http().get(`/api/debates?q=velo`);
    expect(search.body.items.map((d: { id: string }) => d.id)).toContain(debateId);
  });
});
