import { createTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/accounts';
import { expectExactError } from '../support/http';
import { createWorld, moveDebateTo, World } from '../support/participation';
import { createScene, postComment, sendComment, threadItems } from './comments-helpers';

describe('comments: only in an open debate that allows them, on a published proposal', () => {
  let t: TestApp;
  let world: World;
  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
  });
  afterAll(() => t.close());

  it('a closed debate refuses new comments and votes with 409 DEBATE_CLOSED; its threads stay readable', async () => {
    const s = await createScene(t, {}, world);
    const c = await postComment(t, s.alice, { proposalId: s.proposalId }, { body: 'avant la fin' });
    await moveDebateTo(t, s.debateId, 'closed');
    for (const target of [{ proposalId: s.proposalId }, { debateId: s.debateId }]) {
      expectExactError(await sendComment(t, s.bob, target, { body: 'après la fin' }), 409, 'DEBATE_CLOSED');
    }
    expectExactError(await sendComment(t, s.bob, { proposalId: s.proposalId }, { body: 'réponse', parentId: c.id }), 409, 'DEBATE_CLOSED');
    expectExactError(await t.http().put(`/api/comments/${c.id}/vote`).set(bearer(s.bob)).send({ value: 'up' }), 409, 'DEBATE_CLOSED');
    expectExactError(await t.http().delete(`/api/comments/${c.id}/vote`).set(bearer(s.bob)), 409, 'DEBATE_CLOSED');
    expect((await threadItems(t, { proposalId: s.proposalId }, s.bob)).map((x) => x.body)).toEqual(['avant la fin']);
  });

  it('a debate not yet open refuses comments with 409 DEBATE_NOT_OPEN', async () => {
    const s = await createScene(t, {}, world);
    await moveDebateTo(t, s.debateId, 'upcoming');
    expectExactError(await sendComment(t, s.alice, { debateId: s.debateId }, { body: 'trop tôt' }), 409, 'DEBATE_NOT_OPEN');
  });

  it('a debate without comments answers 409 COMMENTS_NOT_ALLOWED, on itself and on its proposals', async () => {
    const s = await createScene(t, { commentsAllowed: false }, world);
    for (const target of [{ proposalId: s.proposalId }, { debateId: s.debateId }]) {
      expectExactError(await sendComment(t, s.alice, target, { body: 'je commente' }), 409, 'COMMENTS_NOT_ALLOWED');
      expect(await threadItems(t, target)).toEqual([]);
    }
  });

  it('a withdrawn proposal takes no new comments or replies (409 PROPOSAL_NOT_PUBLISHED); its thread stays', async () => {
    const s = await createScene(t, {}, world);
    const c = await postComment(t, s.alice, { proposalId: s.proposalId }, { body: 'dommage' });
    await t.http().post(`/api/proposals/${s.proposalId}/withdraw`).set(bearer(s.proposer)).expect(200);
    expectExactError(await sendComment(t, s.bob, { proposalId: s.proposalId }, { body: 'nouveau' }), 409, 'PROPOSAL_NOT_PUBLISHED');
    expectExactError(await sendComment(t, s.proposer, { proposalId: s.proposalId }, { body: 'merci', parentId: c.id }), 409, 'PROPOSAL_NOT_PUBLISHED');
    expect((await threadItems(t, { proposalId: s.proposalId })).map((x) => x.id)).toEqual([c.id]);
  });
});
