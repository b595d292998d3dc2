import { createTestApp, TestApp } from '../support/test-app';
import { TestAccount } from '../support/accounts';
import { createCommune, createOpenDebate, createProposal, createWorld } from '../support/participation';
import { expectError } from '../support/http';
import { act, appeal, block, caseAbout, decideAppeal, established, hideThrough, logOf, queueItems, readQueue, reportBy, staff, unblock } from './moderation-helpers';

/** A moderator scoped to a territory sees and acts only there (403 elsewhere); a global one sees everything. */
describe('moderator scope', () => {
  let t: TestApp;
  let global: TestAccount;
  let scoped: TestAccount;
  let author: TestAccount;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    const world = await createWorld(t);
    const elsewhere = await createCommune(t, 'Bourg');
    const inQuartier = await createOpenDebate(t, world, { territoryId: world.quartierIds[0] });
    const outside = await createOpenDebate(t, world, { territoryId: elsewhere.communeId });
    global = await staff(t);
    scoped = await staff(t, 'moderator', world.communeId);
    [author] = await established(t, 1);
    ids.inside = await createProposal(t, author, inQuartier, { title: 'dans la commune' });
    ids.outside = await createProposal(t, author, outside, { title: 'dans une autre commune' });
    ids.outsideAppealed = await createProposal(t, author, outside, { title: 'masquée ailleurs' });
    const reporters = await established(t, 1);
    for (const id of [ids.inside, ids.outside, ids.outsideAppealed]) await reportBy(t, reporters, 'proposal', id, 'spam');
    await reportBy(t, reporters, 'user', author.id, 'abusive');
    await hideThrough(t, global, ids.outsideAppealed);
    await appeal(t, author, 'proposal', ids.outsideAppealed).expect(201);
  });
  afterAll(() => t.close());

  it('shows a scoped moderator the items of their territory and below only', async () => {
    expect((await queueItems(t, scoped)).map((i) => i.targetId)).toEqual([ids.inside]);
    expect((await queueItems(t, global)).map((i) => i.targetId).sort()).toEqual([ids.inside, ids.outside, ids.outsideAppealed, author.id].sort());
  });

  it('answers 403 to a scoped moderator acting on a case outside the scope, and changes nothing', async () => {
    const outside = await caseAbout(t, global, ids.outside);
    expectError(await act(t, scoped, outside.caseId, { action: 'hide', reason: 'spam', explanation: 'Publicité pour un magasin.' }), 403, 'FORBIDDEN');
    expectError(await act(t, scoped, outside.caseId, { action: 'dismiss' }), 403, 'FORBIDDEN');
    const appealed = await caseAbout(t, global, ids.outsideAppealed);
    expectError(await decideAppeal(t, scoped, appealed.caseId, 'restore'), 403, 'FORBIDDEN');
    const profile = await caseAbout(t, global, author.id);
    expectError(await act(t, scoped, profile.caseId, { action: 'dismiss' }), 403, 'FORBIDDEN');
    await t.http().get(`/api/proposals/${ids.outside}`).expect(200);
    expect(await logOf(t, global, `targetId=${ids.outside}`)).toEqual([]);
  });

  it('lets a scoped moderator act inside the scope', async () => {
    const inside = await caseAbout(t, scoped, ids.inside);
    await act(t, scoped, inside.caseId, { action: 'dismiss' }).expect(200);
  });

  it('refuses a scoped moderator blocking or unblocking people (global moderators only)', async () => {
    const [person] = await established(t, 1);
    expectError(await block(t, scoped, person.id), 403, 'FORBIDDEN');
    expect((await block(t, global, person.id)).status).toBe(200);
    expectError(await unblock(t, scoped, person.id), 403, 'FORBIDDEN');
  });

  it('shows a scoped moderator the log of their territory only', async () => {
    const actions = (await logOf(t, scoped, 'limit=100')).map((e) => e.targetId);
    expect(actions).toContain(ids.inside);
    expect(actions).not.toContain(ids.outsideAppealed);
    expect((await readQueue(t, scoped, `debateId=${(await caseAbout(t, global, ids.outside)).debateId}`)).body.items).toEqual([]);
  });
});
