import { createTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/accounts';
import { expectError } from '../support/http';
import { createOpenDebate, createPerson, createProposal, createWorld } from '../support/participation';

/** A wrong address gets a 400 that names the mistake, never a server error. */
describe('proposals: wrong addresses', () => {
  let t: TestApp;
  let debateId: string;
  const list = (query: Record<string, string>) => t.http().get(`/api/debates/${debateId}/proposals`).query(query);
  const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  beforeAll(async () => {
    t = await createTestApp();
    debateId = await createOpenDebate(t, await createWorld(t));
    const author = await createPerson(t);
    for (let i = 0; i < 3; i++) await createProposal(t, author, debateId, { title: `idée ${i + 1}` });
  });
  afterAll(() => t.close());

  it('unknown sort → INVALID_SORT', async () => {
    expectError(await list({ sort: 'best' }), 400, 'INVALID_SORT');
  });

  it('more than 100 per page → PAGE_SIZE_TOO_LARGE; 100 is fine', async () => {
    expectError(await list({ limit: '101' }), 400, 'PAGE_SIZE_TOO_LARGE');
    expect((await list({ limit: '100' })).status).toBe(200);
  });

  it('unknown parameter → UNKNOWN_QUERY_PARAMETER', async () => {
    expectError(await list({ foo: '1' }), 400, 'UNKNOWN_QUERY_PARAMETER');
  });

  it('an id that is not one → INVALID_ID', async () => {
    expectError(await t.http().get('/api/proposals/not-a-uuid'), 400, 'INVALID_ID');
    expectError(await t.http().get('/api/debates/not-a-uuid/proposals'), 400, 'INVALID_ID');
    expectError(await t.http().put('/api/proposals/not-a-uuid/vote').set(bearer(await createPerson(t))).send({ value: 'for' }), 400, 'INVALID_ID');
    expectError(await list({ themeId: 'mobilité' }), 400, 'INVALID_ID');
  });

  it('a garbage cursor → INVALID_CURSOR', async () => {
    for (const cursor of ['n-importe-quoi', cursorOf({ a: 1 }), cursorOf(['2025-01-01T00:00:00.000Z'])]) {
      expectError(await list({ cursor }), 400, 'INVALID_CURSOR');
    }
    const first = await list({ limit: '1' }).expect(200);
    expectError(await list({ sort: 'random', cursor: first.body.nextCursor }), 400, 'INVALID_CURSOR');
  });

  it('a well-formed cursor with values of the wrong kind → INVALID_CURSOR, not a server error', async () => {
    const bad: [string, unknown[]][] = [
      ['recent', ['hier', 'pas-un-id']],
      ['recent', ['2025-01-01T00:00:00.000Z', 'pas-un-id']],
      ['supported', ['beaucoup', '11111111-1111-4111-8111-111111111111']],
      ['random', ['abc', 'pas-un-id', 'graine']],
    ];
    for (const [sort, position] of bad) expectError(await list({ sort, cursor: cursorOf(position) }), 400, 'INVALID_CURSOR');
  });
});
