import { createTestApp, TestApp } from '../support/test-app';
import { bearer, CSRF } from '../support/accounts';
import { detailCodes, expectExactError } from '../support/http';
import { createScene, postComment, readThread, Scene, sendComment, threadItems } from './comments-helpers';

describe('comments: posting on proposals and on debates', () => {
  let t: TestApp;
  let s: Scene;
  beforeAll(async () => {
    t = await createTestApp();
    s = await createScene(t);
  });
  afterAll(() => t.close());

  it('a comment on a proposal comes back whole and shows in the public thread', async () => {
    const res = await sendComment(t, s.alice, { proposalId: s.proposalId }, { body: 'oui il faut des bancs', stance: 'for' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      parentId: null,
      depth: 1,
      status: 'published',
      body: 'oui il faut des bancs',
      author: { id: s.alice.id, displayName: s.alice.displayName },
      stance: 'for',
      upVotes: 0,
      downVotes: 0,
      editedAt: null,
      replies: [],
    });
    expect(Math.abs(Date.parse(res.body.createdAt) - Date.now())).toBeLessThan(60_000);
    const items = await threadItems(t, { proposalId: s.proposalId });
    expect(items.map((c) => c.id)).toContain(res.body.id);
  });

  it('the stance defaults to neutral; for, against and neutral are kept; anything else is refused', async () => {
    const target = { proposalId: s.proposalId };
    expect((await postComment(t, s.bob, target, { body: 'une question' })).stance).toBe('neutral');
    for (const stance of ['for', 'against', 'neutral']) expect((await postComment(t, s.bob, target, { stance })).stance).toBe(stance);
    const bad = await sendComment(t, s.bob, target, { body: 'bof', stance: 'pour' });
    expect(detailCodes(bad)).toEqual({ stance: 'INVALID_VALUE' });
  });

  it('comments on a debate live in the debate thread, apart from proposal comments', async () => {
    const onDebate = await postComment(t, s.alice, { debateId: s.debateId }, { body: 'et les pistes cyclables ?', stance: 'neutral' });
    const onProposal = await postComment(t, s.alice, { proposalId: s.proposalId }, { body: 'sur la proposition' });
    expect(onDebate).toMatchObject({ depth: 1, status: 'published', author: { id: s.alice.id } });
    const debateThread = await threadItems(t, { debateId: s.debateId });
    expect(debateThread.map((c) => c.id)).toEqual([onDebate.id]);
    const proposalThread = await threadItems(t, { proposalId: s.proposalId });
    expect(proposalThread.map((c) => c.id)).toContain(onProposal.id);
    expect(proposalThread.map((c) => c.id)).not.toContain(onDebate.id);
  });

  it('anonymous people read threads but cannot post: 401 AUTH_REQUIRED', async () => {
    for (const path of [`/api/proposals/${s.proposalId}/comments`, `/api/debates/${s.debateId}/comments`]) {
      expect((await t.http().get(path)).status).toBe(200);
      expectExactError(await t.http().post(path).set(CSRF).send({ body: 'anonyme' }), 401, 'AUTH_REQUIRED');
    }
  });

  it('ids that are not UUIDs answer 400 INVALID_ID; unknown ids answer 404', async () => {
    const c = await postComment(t, s.alice, { proposalId: s.proposalId });
    const who = bearer(s.bob);
    const invalid = [
      t.http().get('/api/proposals/abc/comments'),
      t.http().get('/api/debates/12/comments'),
      t.http().post('/api/proposals/abc/comments').set(who).send({ body: 'x' }),
      t.http().post('/api/debates/abc/comments').set(who).send({ body: 'x' }),
      t.http().patch('/api/comments/abc').set(who).send({ body: 'x' }),
      t.http().delete('/api/comments/abc').set(who),
      t.http().put('/api/comments/abc/vote').set(who).send({ value: 'up' }),
      t.http().delete('/api/comments/abc/vote').set(who),
      t.http().get('/api/comments/abc/revisions'),
    ];
    for (const res of await Promise.all(invalid)) expectExactError(res, 400, 'INVALID_ID');
    const badParent = await sendComment(t, s.bob, { proposalId: s.proposalId }, { body: 'x', parentId: 'pas-un-id' });
    expect(detailCodes(badParent)).toEqual({ parentId: 'INVALID_ID' });

    const unknown = '00000000-0000-4000-8000-000000000000';
    expectExactError(await t.http().get(`/api/proposals/${unknown}/comments`), 404, 'PROPOSAL_NOT_FOUND');
    expectExactError(await t.http().get(`/api/debates/${unknown}/comments`), 404, 'DEBATE_NOT_FOUND');
    expectExactError(await sendComment(t, s.bob, { proposalId: unknown }, { body: 'x' }), 404, 'PROPOSAL_NOT_FOUND');
    expectExactError(await t.http().put(`/api/comments/${unknown}/vote`).set(who).send({ value: 'up' }), 404, 'COMMENT_NOT_FOUND');
    expectExactError(await t.http().get(`/api/comments/${unknown}/revisions`), 404, 'COMMENT_NOT_FOUND');
    // An upper-case id is the same id.
    expect((await t.http().get(`/api/comments/${c.id.toUpperCase()}/revisions`)).status).toBe(200);
  });

  it('unknown fields are refused, and nothing is stored', async () => {
    const res = await sendComment(t, s.bob, { proposalId: s.proposalId }, { body: 'x', authorId: s.alice.id });
    expect(detailCodes(res)).toEqual({ authorId: 'FIELD_NOT_ALLOWED' });
    const { rows } = await t.db.query(`SELECT 1 FROM comments WHERE body = 'x'`);
    expect(rows).toHaveLength(0);
    expect((await readThread(t, { proposalId: s.proposalId })).status).toBe(200);
  });
});
