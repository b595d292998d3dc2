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

describe('comments quick check', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('comment, reply three deep, refuse a fourth, delete keeps a placeholder, vote', async () => {
    const world = await createWorld(t);
    const debateId = await createOpenDebate(t, world);
    const a = await registerAccount(t);
    const b = await registerAccount(t);
    const proposalId = await createProposal(t, a, debateId);
    const c1 = await t.http().post(`/api/proposals/${proposalId}/comments`).set(bearer(b)).send({ body: 'oui', stance: 'for' }).expect(201);
    const c2 = await t.http().post(`/api/proposals/${proposalId}/comments`).set(bearer(a)).send({ body: 'merci', parentId: c1.body.id }).expect(201);
    const c3 = await t.http().post(`/api/proposals/${proposalId}/comments`).set(bearer(b)).send({ body: 'de rien', parentId: c2.body.id }).expect(201);
    const c4 = await t.http().post(`/api/proposals/${proposalId}/comments`).set(bearer(a)).send({ body: 'trop loin', parentId: c3.body.id });
    expect(c4.status).toBe(400);
    expect(c4.body.code).toBe('COMMENT_TOO_DEEP');
    await t.http().put(`/api/comments/${c1.body.id}/vote`).set(bearer(a)).send({ value: 'up' }).expect(200);
    await t.http().delete(`/api/comments/${c2.body.id}`).set(bearer(a)).expect(204);
    const thread = await t.http().get(`/api/proposals/${proposalId}/comments`).expect(200);
    expect(thread.body.items).toHaveLength(1);
    expect(thread.body.items[0]).toMatchObject({ body: 'oui', upVotes: 1, stance: 'for' });
    expect(thread.body.items[0].replies[0]).toMatchObject({ status: 'deleted', body: null, author: null });
    expect(thread.body.items[0].replies[0].replies[0]).toMatchObject({ body: 'de rien' });
    const proposal = await t.http().get(`/api/proposals/${proposalId}`).expect(200);
    expect(proposal.body.commentCount).toBe(2);
  });
});

describe('my contributions quick check', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lists my proposals and comments in every state, and my appeals', async () => {
    const world = await createWorld(t);
    const debateId = await createOpenDebate(t, world, { moderation: 'before' });
    const me = await registerAccount(t);
    const proposalId = await createProposal(t, me, debateId);
    const proposals = await t.http().get('/api/me/proposals').set(bearer(me)).expect(200);
    expect(proposals.body.items).toEqual([expect.objectContaining({ id: proposalId, status: 'pending', notice: expect.objectContaining({ code: 'PENDING_REVIEW' }) })]);
    const comments = await t.http().get('/api/me/comments').set(bearer(me)).expect(200);
    expect(comments.body.items).toEqual([]);
    await t.http().get('/api/me/appeals').set(bearer(me)).expect(200, []);
    await t.http().get('/api/me/proposals').expect(401);
  });
});
