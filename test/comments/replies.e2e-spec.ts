import { createTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/accounts';
import { expectExactError } from '../support/http';
import { createProposal } from '../support/participation';
import { createScene, postComment, Scene, sendComment, Target, threadItems } from './comments-helpers';

describe('comments: replies go three levels deep, inside one thread', () => {
  let t: TestApp;
  let s: Scene;
  beforeAll(async () => {
    t = await createTestApp();
    s = await createScene(t);
  });
  afterAll(() => t.close());

  for (const where of ['proposal', 'debate'] as const) {
    it(`on a ${where}: depth 2 and 3 are accepted and nested; a 4th level answers 400 COMMENT_TOO_DEEP in French`, async () => {
      const target = where === 'proposal' ? { proposalId: s.proposalId } : { debateId: s.debateId };
      const top = await postComment(t, s.alice, target, { body: 'niveau 1' });
      const second = await postComment(t, s.bob, target, { body: 'niveau 2', parentId: top.id, stance: 'against' });
      const third = await postComment(t, s.alice, target, { body: 'niveau 3', parentId: second.id });
      expect([second.depth, second.parentId, third.depth, third.parentId]).toEqual([2, top.id, 3, second.id]);
      const fourth = await sendComment(t, s.bob, target, { body: 'niveau 4', parentId: third.id });
      expectExactError(fourth, 400, 'COMMENT_TOO_DEEP');
      expect(fourth.body.message).toBe('Vous ne pouvez pas répondre à cette réponse. Répondez au message plus haut.');

      const items = await threadItems(t, target);
      const tree = items.find((c) => c.id === top.id)!;
      expect(tree.replies.map((r) => [r.id, r.body, r.stance])).toEqual([[second.id, 'niveau 2', 'against']]);
      expect(tree.replies[0].replies.map((r) => [r.id, r.depth, r.replies])).toEqual([[third.id, 3, []]]);
      const { rows } = await t.db.query(`SELECT 1 FROM comments WHERE body = 'niveau 4'`);
      expect(rows).toHaveLength(0);
    });
  }

  it('replies are listed oldest first under their parent, whatever the top-level sort', async () => {
    const target = { proposalId: s.proposalId };
    const top = await postComment(t, s.alice, target, { body: 'sujet' });
    const r1 = await postComment(t, s.bob, target, { parentId: top.id, body: 'première' });
    const r2 = await postComment(t, s.proposer, target, { parentId: top.id, body: 'deuxième' });
    const r3 = await postComment(t, s.bob, target, { parentId: top.id, body: 'troisième' });
    for (const sort of ['oldest', 'newest', 'best']) {
      const tree = (await threadItems(t, target, undefined, `sort=${sort}`)).find((c) => c.id === top.id)!;
      expect(tree.replies.map((r) => r.id)).toEqual([r1.id, r2.id, r3.id]);
    }
  });

  it('a parent from another thread answers 404 COMMENT_NOT_FOUND, and so does an unknown parent', async () => {
    const otherProposal = await createProposal(t, s.proposer, s.debateId, { title: 'un autre sujet' });
    const elsewhere = await postComment(t, s.alice, { proposalId: otherProposal });
    const onDebate = await postComment(t, s.alice, { debateId: s.debateId });
    const onProposal = await postComment(t, s.alice, { proposalId: s.proposalId });
    const cases: [Target, string][] = [
      [{ proposalId: s.proposalId }, elsewhere.id], // another proposal
      [{ proposalId: s.proposalId }, onDebate.id], // the debate's own thread
      [{ debateId: s.debateId }, onProposal.id], // a proposal thread, from the debate route
      [{ proposalId: s.proposalId }, '00000000-0000-4000-8000-000000000000'],
    ];
    for (const [target, parentId] of cases) {
      expectExactError(await sendComment(t, s.bob, target, { body: 'réponse', parentId }), 404, 'COMMENT_NOT_FOUND');
    }
  });

  it('a reply to a deleted comment answers 409 COMMENT_DELETED', async () => {
    const target = { proposalId: s.proposalId };
    const gone = await postComment(t, s.alice, target, { body: 'je retire' });
    await t.http().delete(`/api/comments/${gone.id}`).set(bearer(s.alice)).expect(204);
    expectExactError(await sendComment(t, s.bob, target, { body: 'trop tard', parentId: gone.id }), 409, 'COMMENT_DELETED');
  });
});
