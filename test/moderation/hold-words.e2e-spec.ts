import { createTestApp, TestApp } from '../support/test-app';
import { bearer, TestAccount } from '../support/accounts';
import { createOpenDebate, createProposal, createWorld } from '../support/participation';
import { act, caseAbout, established, postComment, staff } from './moderation-helpers';

/** A configured list of words holds a post for review: never rejected, never silently dropped. */
describe('words that hold a post for review', () => {
  let t: TestApp;
  let debateId: string;
  let proposalId: string;
  let author: TestAccount;
  beforeAll(async () => {
    t = await createTestApp({ MODERATION_HOLD_WORDS: 'arnaque, casino en ligne, prêt rapide' });
    const world = await createWorld(t);
    debateId = await createOpenDebate(t, world);
    [author] = await established(t, 1);
    proposalId = await createProposal(t, author, debateId, { title: 'une proposition à commenter' });
  });
  afterAll(() => t.close());

  const propose = (fields: Record<string, unknown>) =>
    t.http().post(`/api/debates/${debateId}/proposals`).set(bearer(author)).send({ title: 'des bancs au marché', body: 'pour les anciens', ...fields });

  it.each([
    ['in the body', { body: 'c est une arnaque' }],
    ['in the title, whatever the case and accents', { title: 'PRET RAPIDE sans banque' }],
    ['as a phrase', { body: 'le Casino  en ligne du coin' }],
  ])('holds a proposal with a listed word %s (201, pending)', async (_, fields) => {
    const res = await propose(fields);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'pending', notice: { code: 'PENDING_REVIEW' } });
    await t.http().get(`/api/proposals/${res.body.id}`).expect(404);
  });

  it('holds a comment with a listed word, and a moderator may publish it', async () => {
    const res = await postComment(t, author, proposalId, 'attention arnaque');
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('pending');
    const moderator = await staff(t);
    const item = await caseAbout(t, moderator, res.body.id, 'state=pending&kind=comment');
    expect(item.content?.text).toBe('attention arnaque');
    await act(t, moderator, item.caseId, { action: 'approve' }).expect(200);
    const thread = await t.http().get(`/api/proposals/${proposalId}/comments`).expect(200);
    expect(thread.body.items.map((c: { body: string }) => c.body)).toContain('attention arnaque');
  });

  it('publishes at once posts where the word is only part of another word', async () => {
    expect((await propose({ body: 'les arnaqueurs du quartier' })).body.status).toBe('published');
    expect((await postComment(t, author, proposalId, 'le casino de la ville')).body.status).toBe('published');
  });

  it('holds a listed word added by editing, as when posting', async () => {
    const created = await propose({ title: 'une fontaine', body: 'sans mot interdit' });
    expect(created.body.status).toBe('published');
    await t.http().patch(`/api/proposals/${created.body.id}`).set(bearer(author)).send({ body: 'venez au casino en ligne' });
    const seen = await t.http().get(`/api/proposals/${created.body.id}`);
    expect(seen.status === 404 || !JSON.stringify(seen.body).includes('casino en ligne')).toBe(true);
  });
});
