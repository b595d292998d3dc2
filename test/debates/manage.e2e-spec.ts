import { createTestApp, TestApp } from '../support/test-app';
import { bearer, CSRF, TestAccount } from '../support/accounts';
import { detailCodes, expectError } from '../support/http';
import { createDraftDebate, createPerson, createWorld, debateBody, World } from '../support/participation';

/** Who creates and edits debates: admins, officials and facilitators, within their territory when scoped. */
describe('debates: who creates and edits them', () => {
  let t: TestApp;
  let world: World;
  const staff = (role: string, territoryId: string | null = null): Promise<TestAccount> => createPerson(t, role, territoryId);
  const create = (actor: TestAccount, fields: Record<string, unknown> = {}) => t.http().post('/api/debates').set(bearer(actor)).send(debateBody(world, fields));

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
  });
  afterAll(() => t.close());

  it('lets an admin, an official and a facilitator create a debate, as a draft they may manage', async () => {
    for (const actor of [world.admin, await staff('official'), await staff('facilitator')]) {
      const res = await create(actor);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ status: 'draft', canManage: true, territoryId: world.communeId, title: 'Le vélo dans le quartier' });
    }
  });

  it('keeps every field and setting given, with sensible defaults otherwise', async () => {
    const settings = { proposalsAllowed: false, commentsAllowed: false, votesAllowed: false, votesHiddenUntilClose: true, moderation: 'before', moderateComments: true };
    const opensAt = '2030-03-01T08:00:00.000Z';
    const closesAt = '2030-04-01T18:00:00.000Z';
    const res = await create(world.admin, { ...settings, description: 'Venez **nombreux**', territoryId: world.quartierIds[0], opensAt, closesAt });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ description: 'Venez **nombreux**', territoryId: world.quartierIds[0], opensAt, closesAt, closedAt: null, themeIds: [], settings });
    const plain = await create(world.admin);
    expect(plain.body.settings).toEqual({ proposalsAllowed: true, commentsAllowed: true, votesAllowed: true, votesHiddenUntilClose: false, moderation: 'after', moderateComments: false });
    const fetched = await t.http().get(`/api/debates/${res.body.id}`).set(bearer(world.admin)).expect(200);
    expect(fetched.body).toEqual(res.body);
  });

  it('lets staff edit a debate: title, settings and dates change', async () => {
    const debate = await createDraftDebate(t, world.admin, world);
    const official = await staff('official');
    const res = await t.http().patch(`/api/debates/${debate.id}`).set(bearer(official)).send({ title: 'Les pistes cyclables', votesHiddenUntilClose: true, moderation: 'before' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ title: 'Les pistes cyclables', question: debate.question, settings: { votesHiddenUntilClose: true, moderation: 'before' } });
    expect((await t.http().get(`/api/debates/${debate.id}`).set(bearer(world.admin))).body.title).toBe('Les pistes cyclables');
  });

  it('refuses citizens and moderators (403), and anonymous visitors (401)', async () => {
    const debate = await createDraftDebate(t, world.admin, world);
    await t.http().post(`/api/debates/${debate.id}/publish`).set(bearer(world.admin)).expect(200);
    for (const actor of [await createPerson(t), await staff('moderator')]) {
      expectError(await create(actor), 403, 'FORBIDDEN');
      expectError(await t.http().patch(`/api/debates/${debate.id}`).set(bearer(actor)).send({ title: 'Autre titre' }), 403, 'FORBIDDEN');
      expectError(await t.http().post(`/api/debates/${debate.id}/close`).set(bearer(actor)), 403, 'FORBIDDEN');
    }
    expectError(await t.http().post('/api/debates').set(CSRF).send(debateBody(world)), 401, 'AUTH_REQUIRED');
    expect((await t.http().get(`/api/debates/${debate.id}`)).body.title).toBe('Le vélo dans le quartier');
  });

  it('keeps scoped staff inside their territory: their commune and its quartiers, not the neighbour commune', async () => {
    const { rows: [other] } = await t.db.query<{ id: string }>(`INSERT INTO territories (kind, name) VALUES ('commune', 'Ailleurs') RETURNING id`);
    const official = await staff('official', world.communeId);
    const facilitator = await staff('facilitator', world.quartierIds[0]);
    expect((await create(official, { territoryId: world.quartierIds[1] })).status).toBe(201);
    expect((await create(facilitator, { territoryId: world.quartierIds[0] })).status).toBe(201);
    expectError(await create(official, { territoryId: other.id }), 403, 'FORBIDDEN');
    expectError(await create(facilitator, { territoryId: world.quartierIds[1] }), 403, 'FORBIDDEN');
    expectError(await create(facilitator, { territoryId: world.communeId }), 403, 'FORBIDDEN');

    const mine = await createDraftDebate(t, official, world);
    expectError(await t.http().patch(`/api/debates/${mine.id}`).set(bearer(official)).send({ territoryId: other.id }), 403, 'FORBIDDEN');
    const elsewhere = await createDraftDebate(t, world.admin, world, { territoryId: other.id });
    await t.http().post(`/api/debates/${elsewhere.id}/publish`).set(bearer(world.admin)).expect(200);
    const seen = await t.http().get(`/api/debates/${elsewhere.id}`).set(bearer(official)).expect(200);
    expect(seen.body.canManage).toBe(false);
    expectError(await t.http().patch(`/api/debates/${elsewhere.id}`).set(bearer(official)).send({ title: 'Pris en main' }), 403, 'FORBIDDEN');
    expectError(await t.http().post(`/api/debates/${elsewhere.id}/close`).set(bearer(official)), 403, 'FORBIDDEN');
  });

  it('refuses a closing date at or before the opening date (DATES_INVALID), on creation and on edit', async () => {
    const at = '2030-05-01T10:00:00.000Z';
    expectError(await create(world.admin, { opensAt: at, closesAt: at }), 400, 'DATES_INVALID');
    expectError(await create(world.admin, { opensAt: at, closesAt: '2030-04-30T10:00:00.000Z' }), 400, 'DATES_INVALID');
    const debate = await createDraftDebate(t, world.admin, world, { opensAt: at, closesAt: '2030-06-01T10:00:00.000Z' });
    expectError(await t.http().patch(`/api/debates/${debate.id}`).set(bearer(world.admin)).send({ closesAt: '2030-04-01T10:00:00.000Z' }), 400, 'DATES_INVALID');
    expectError(await t.http().patch(`/api/debates/${debate.id}`).set(bearer(world.admin)).send({ opensAt: '2030-07-01T10:00:00.000Z' }), 400, 'DATES_INVALID');
    expect((await t.http().get(`/api/debates/${debate.id}`).set(bearer(world.admin))).body.closesAt).toBe('2030-06-01T10:00:00.000Z');
  });

  it('names each wrong field of the form', async () => {
    const res = await create(world.admin, { title: 'ab', question: '', opensAt: 'demain', territoryId: 'ici' });
    expect(detailCodes(res)).toMatchObject({ title: 'TITLE_TOO_SHORT', question: 'TEXT_REQUIRED', territoryId: 'INVALID_ID', opensAt: expect.any(String) });
    expect(detailCodes(await create(world.admin, { title: 'x'.repeat(151) }))).toEqual({ title: 'TITLE_TOO_LONG' });
  });
});
