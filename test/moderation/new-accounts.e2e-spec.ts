import { createTestApp, TestApp } from '../support/test-app';
import { bearer, TestAccount } from '../support/accounts';
import { createOpenDebate, createProposal, createWorld } from '../support/participation';
import { expectError } from '../support/http';
import { established, fresh, postComment, queueItems, staff } from './moderation-helpers';

/** Accounts younger than 24 hours: at most 3 proposals and 10 comments a day; posts with links wait for review. */
describe('limits for new accounts', () => {
  let t: TestApp;
  let debateId: string;
  let proposalId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const world = await createWorld(t);
    debateId = await createOpenDebate(t, world);
    const [author] = await established(t, 1);
    proposalId = await createProposal(t, author, debateId, { title: 'une proposition à commenter' });
  });
  afterAll(() => t.close());

  const propose = (who: TestAccount, fields: Record<string, unknown> = {}) =>
    t.http().post(`/api/debates/${debateId}/proposals`).set(bearer(who)).send({ title: 'des arbres rue Haute', body: 'pour l ombre en été', ...fields });

  it('allows a new account 3 proposals a day, then answers 429 with a plain message', async () => {
    const [newcomer] = await fresh(t, 1);
    for (let i = 0; i < 3; i++) expect((await propose(newcomer)).status).toBe(201);
    const res = await propose(newcomer);
    expectError(res, 429, 'NEW_ACCOUNT_LIMIT');
    expect(res.body.message).toMatch(/nouveau/);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('allows a new account 10 comments a day, then answers 429', async () => {
    const [newcomer] = await fresh(t, 1);
    for (let i = 0; i < 10; i++) expect((await postComment(t, newcomer, proposalId, `commentaire ${i}`)).status).toBe(201);
    expectError(await postComment(t, newcomer, proposalId, 'un de trop'), 429, 'NEW_ACCOUNT_LIMIT');
  });

  it('does not hold established accounts to these limits', async () => {
    const [old] = await established(t, 1);
    for (let i = 0; i < 4; i++) expect((await propose(old)).status).toBe(201);
    for (let i = 0; i < 11; i++) expect((await postComment(t, old, proposalId, `avis ${i}`)).status).toBe(201);
  });

  it.each([
    ['an address', 'voir https://exemple.com/promo'],
    ['a www link', 'voir www.exemple.fr'],
    ['a bare domain', 'tout est sur monsite.fr maintenant'],
  ])('holds for review a new account’s proposal and comment containing %s', async (_, text) => {
    const [newcomer] = await fresh(t, 1);
    const proposal = await propose(newcomer, { body: text });
    expect(proposal.status).toBe(201);
    expect(proposal.body.status).toBe('pending');
    const comment = await postComment(t, newcomer, proposalId, text);
    expect(comment.status).toBe(201);
    expect(comment.body.status).toBe('pending');
    const queued = (await queueItems(t, await staff(t), 'state=pending&limit=100')).map((i) => i.targetId);
    expect(queued).toEqual(expect.arrayContaining([proposal.body.id, comment.body.id]));
  });

  it('publishes links from established accounts at once', async () => {
    const [old] = await established(t, 1);
    expect((await propose(old, { body: 'voir https://exemple.com' })).body.status).toBe('published');
    expect((await postComment(t, old, proposalId, 'voir https://exemple.com')).body.status).toBe('published');
  });

  it('holds a link added by editing, as when posting', async () => {
    const [newcomer] = await fresh(t, 1);
    const proposal = await propose(newcomer, { title: 'un jardin partagé', body: 'sans lien' });
    expect(proposal.body.status).toBe('published');
    await t.http().patch(`/api/proposals/${proposal.body.id}`).set(bearer(newcomer)).send({ body: 'achetez sur https://exemple.com/promo' });
    const seen = await t.http().get(`/api/proposals/${proposal.body.id}`);
    expect(seen.status === 404 || !JSON.stringify(seen.body).includes('exemple.com/promo')).toBe(true);
    const comment = await postComment(t, newcomer, proposalId, 'sans lien');
    await t.http().patch(`/api/comments/${comment.body.id}`).set(bearer(newcomer)).send({ body: 'achetez sur https://exemple.com/promo' });
    const thread = await t.http().get(`/api/proposals/${proposalId}/comments?limit=100`).expect(200);
    expect(JSON.stringify(thread.body)).not.toContain('exemple.com/promo');
  });
});
