import { createTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/accounts';
import { detailCodes } from '../support/http';
import { createScene, postComment, Scene, sendComment } from './comments-helpers';

describe('comments: the text has 1 to 1,000 characters, written however people write', () => {
  let t: TestApp;
  let s: Scene;
  const target = () => ({ proposalId: s.proposalId });
  beforeAll(async () => {
    t = await createTestApp();
    s = await createScene(t);
  });
  afterAll(() => t.close());

  it('empty, blank or non-text bodies answer TEXT_REQUIRED; a missing body FIELD_REQUIRED', async () => {
    for (const body of ['', '   ', ' \n\t ', 42, ['oui']]) {
      expect(detailCodes(await sendComment(t, s.alice, target(), { body }))).toEqual({ body: 'TEXT_REQUIRED' });
    }
    expect(detailCodes(await sendComment(t, s.alice, target(), { stance: 'for' }))).toEqual({ body: 'FIELD_REQUIRED' });
  });

  it('exactly 1,000 characters are accepted (after trimming, accents composed); 1,001 answer TEXT_TOO_LONG', async () => {
    expect((await postComment(t, s.alice, target(), { body: 'a'.repeat(1000) })).body).toHaveLength(1000);
    expect((await postComment(t, s.alice, target(), { body: `  ${'b'.repeat(1000)}\n ` })).body).toBe('b'.repeat(1000));
    // "é" typed as e + combining accent is one character once composed (NFC).
    expect((await postComment(t, s.alice, target(), { body: 'e\u0301'.repeat(1000) })).body).toBe('é'.repeat(1000));
    const tooLong = await sendComment(t, s.alice, target(), { body: 'c'.repeat(1001) });
    expect(detailCodes(tooLong)).toEqual({ body: 'TEXT_TOO_LONG' });
    expect(tooLong.body.details[0].message).toMatch(/1000/);
  });

  it('beginner writing is accepted as written: lowercase, very short, no punctuation, emoji', async () => {
    for (const body of ['ok', 'a', 'oui moi aussi jveux des bancs pour ma mere', 'MERCI', 'trop bien 👍👍']) {
      expect((await postComment(t, s.bob, target(), { body })).body).toBe(body);
    }
  });

  it('an edit follows the same rule', async () => {
    const c = await postComment(t, s.alice, target());
    const edit = (body: unknown) => t.http().patch(`/api/comments/${c.id}`).set(bearer(s.alice)).send({ body });
    expect(detailCodes(await edit('  '))).toEqual({ body: 'TEXT_REQUIRED' });
    expect(detailCodes(await edit('d'.repeat(1001)))).toEqual({ body: 'TEXT_TOO_LONG' });
    expect((await edit('e'.repeat(1000))).status).toBe(200);
  });

  // BUG: PostgreSQL text cannot hold U+0000: the INSERT fails (22021) and the API answers 500 INTERNAL_ERROR.
  it('a text holding a NUL character is a 400, never a 500', async () => {
    const res = await sendComment(t, s.alice, target(), { body: 'bonjour\u0000 tout le monde' });
    expect(res.status).toBe(400);
    const c = await postComment(t, s.alice, target());
    const edit = await t.http().patch(`/api/comments/${c.id}`).set(bearer(s.alice)).send({ body: 'au revoir\u0000' });
    expect(edit.status).toBe(400);
  });
});
