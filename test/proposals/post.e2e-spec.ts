import { createTestApp, TestApp } from '../support/test-app';
import { bearer, CSRF, TestAccount } from '../support/accounts';
import { detailCodes, expectError } from '../support/http';
import { createOpenDebate, createPerson, createWorld, World } from '../support/participation';

/** Anyone signed in posts a proposal in an open debate, written the way they write. */
describe('proposals: posting', () => {
  let t: TestApp;
  let world: World;
  let debateId: string;
  let citizen: TestAccount;
  const post = (body: Record<string, unknown>, who: TestAccount = citizen) => t.http().post(`/api/debates/${debateId}/proposals`).set(bearer(who)).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    debateId = await createOpenDebate(t, world);
    citizen = await createPerson(t, undefined, null, 'Fatou');
  });
  afterAll(() => t.close());

  it('publishes a beginner-style proposal at once: lowercase, no punctuation, short', async () => {
    const res = await post({ title: 'des bancs', body: 'pour les mamies qui vont au marché' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      debateId, title: 'des bancs', body: 'pour les mamies qui vont au marché', status: 'published', channel: 'online',
      author: { id: citizen.id, displayName: 'Fatou 1' }, votes: { for: 0, against: 0, neutral: 0, total: 0 },
      commentCount: 0, answer: null, notice: null, canEdit: true, editedAt: null,
    });
    const list = await t.http().get(`/api/debates/${debateId}/proposals`).expect(200);
    expect(list.body.items.map((p: { id: string }) => p.id)).toContain(res.body.id);
    expect((await t.http().get(`/api/proposals/${res.body.id}`).expect(200)).body.title).toBe('des bancs');
  });

  it('accepts a 3-character title, a one-word text, and the longest allowed title and text', async () => {
    expect((await post({ title: 'bus', body: 'oui' })).status).toBe(201);
    expect((await post({ title: 'é'.repeat(150), body: 'x'.repeat(5000) })).status).toBe(201);
    expect((await post({ title: '   wifi   ', body: '  au parc  ' })).body).toMatchObject({ title: 'wifi', body: 'au parc' });
  });

  it('anyone signed in may post, staff included', async () => {
    for (const who of [await createPerson(t, 'moderator'), await createPerson(t, 'official'), world.admin]) {
      expect((await post({ title: 'plus de lumière', body: 'la rue est sombre' }, who)).status).toBe(201);
    }
  });

  it('names the problem: title too short or too long, text missing or too long', async () => {
    expect(detailCodes(await post({ title: 'ab', body: 'texte' }))).toEqual({ title: 'TITLE_TOO_SHORT' });
    expect(detailCodes(await post({ title: '  ab  ', body: 'texte' }))).toEqual({ title: 'TITLE_TOO_SHORT' });
    expect(detailCodes(await post({ title: 'x'.repeat(151), body: 'texte' }))).toEqual({ title: 'TITLE_TOO_LONG' });
    expect(detailCodes(await post({ title: 'des bancs', body: 'x'.repeat(5001) }))).toEqual({ body: 'TEXT_TOO_LONG' });
    expect(detailCodes(await post({ title: 'des bancs', body: '' }))).toEqual({ body: 'TEXT_REQUIRED' });
    expect(detailCodes(await post({ title: 'des bancs', body: '    ' }))).toEqual({ body: 'TEXT_REQUIRED' });
    const res = await post({ title: 'x'.repeat(151), body: 'x'.repeat(5001) });
    expect(res.body.details.find((d: { field: string }) => d.field === 'title').message).toMatch(/150/);
  });

  it('asks anonymous visitors to sign in (401)', async () => {
    const res = await t.http().post(`/api/debates/${debateId}/proposals`).set(CSRF).send({ title: 'des bancs', body: 'texte' });
    expectError(res, 401, 'AUTH_REQUIRED');
  });
});
