import { createTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/accounts';
import { expectExactError } from '../support/http';
import { createDraftDebate, createPeople, createWorld, insertProposals, World } from '../support/participation';
import { readThread, sendComment, threadItems } from './comments-helpers';

describe('comments: a draft debate and its comments do not exist for citizens', () => {
  let t: TestApp;
  let world: World;
  let debateId: string;
  let proposalId: string;
  let commentId: string;
  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    debateId = (await createDraftDebate(t, world.admin, world)).id;
    [proposalId] = await insertProposals(t, debateId, world.admin.id, ['une idée en préparation']);
    const { rows } = await t.db.query<{ id: string }>(
      `INSERT INTO comments (id, debate_id, root_id, depth, author_id, body, status) VALUES (gen_random_uuid(), $1, NULL, 1, $2, 'brouillon', 'published') RETURNING id`,
      [debateId, world.admin.id],
    );
    commentId = rows[0].id;
    await t.db.query(`UPDATE comments SET root_id = id WHERE id = $1`, [commentId]);
  });
  afterAll(() => t.close());

  it('threads answer 404, and so do posting, voting and the history', async () => {
    const [citizen] = await createPeople(t, 1);
    for (const viewer of [undefined, citizen]) {
      expectExactError(await readThread(t, { debateId }, viewer), 404, 'DEBATE_NOT_FOUND');
      expectExactError(await readThread(t, { proposalId }, viewer), 404, 'PROPOSAL_NOT_FOUND');
      const history = t.http().get(`/api/comments/${commentId}/revisions`);
      expectExactError(viewer ? await history.set(bearer(viewer)) : await history, 404, 'COMMENT_NOT_FOUND');
    }
    expectExactError(await sendComment(t, citizen, { debateId }, { body: 'coucou' }), 404, 'DEBATE_NOT_FOUND');
    expectExactError(await sendComment(t, citizen, { proposalId }, { body: 'coucou' }), 404, 'PROPOSAL_NOT_FOUND');
    expectExactError(await t.http().put(`/api/comments/${commentId}/vote`).set(bearer(citizen)).send({ value: 'up' }), 404, 'COMMENT_NOT_FOUND');
  });

  it('the staff preparing it reads the thread', async () => {
    expect((await threadItems(t, { debateId }, world.admin)).map((c) => [c.id, c.body])).toEqual([[commentId, 'brouillon']]);
  });
});
