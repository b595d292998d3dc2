import { VoteTallyService } from '../../apps/api/src/votes/vote-tally.service';
import { createTestApp, TestApp } from '../support/test-app';
import { bearer, TestAccount } from '../support/accounts';
import { createOpenDebate, createPeople, createPerson, createProposal, createWorld, World } from '../support/participation';

/** Sorting proposals: most recent, most supported, most commented, most controversial. */
describe('proposals: sorts', () => {
  let t: TestApp;
  let world: World;
  let voters: TestAccount[];
  const order = async (debateId: string, sort: string): Promise<string[]> =>
    (await t.http().get(`/api/debates/${debateId}/proposals`).query({ sort }).expect(200)).body.items.map((p: { id: string }) => p.id);
  /** Real votes over HTTP: `tally` is [for, against, neutral], cast by distinct voters. */
  const votes = async (proposalId: string, [f, a, n]: [number, number, number]) => {
    const values = [...Array(f).fill('for'), ...Array(a).fill('against'), ...Array(n).fill('neutral')];
    await Promise.all(values.map((value, i) => t.http().put(`/api/proposals/${proposalId}/vote`).set(bearer(voters[i])).send({ value }).expect(200)));
  };

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    voters = await createPeople(t, 12);
  });
  afterAll(() => t.close());

  it('recent (the default): newest first', async () => {
    const debateId = await createOpenDebate(t, world);
    const author = await createPerson(t);
    const ids = [];
    for (const title of ['premier', 'deuxième', 'troisième']) ids.push(await createProposal(t, author, debateId, { title }));
    expect(await order(debateId, 'recent')).toEqual([...ids].reverse());
    expect((await t.http().get(`/api/debates/${debateId}/proposals`).expect(200)).body.items.map((p: { id: string }) => p.id)).toEqual([...ids].reverse());
  });

  it('supported: most votes for first', async () => {
    const debateId = await createOpenDebate(t, world);
    const author = await createPerson(t);
    const [little, much, none] = [await createProposal(t, author, debateId), await createProposal(t, author, debateId), await createProposal(t, author, debateId)];
    await votes(little, [1, 5, 0]);
    await votes(much, [4, 0, 1]);
    await t.app.get(VoteTallyService).flush();
    expect(await order(debateId, 'supported')).toEqual([much, little, none]);
  });

  it('commented: most comments first', async () => {
    const debateId = await createOpenDebate(t, world);
    const author = await createPerson(t);
    const [few, many, some] = [await createProposal(t, author, debateId), await createProposal(t, author, debateId), await createProposal(t, author, debateId)];
    for (const [id, n] of [[few, 1], [many, 9], [some, 4]] as const) await t.db.query(`UPDATE proposals SET comment_count = $2 WHERE id = $1`, [id, n]);
    expect(await order(debateId, 'commented')).toEqual([many, some, few]);
  });

  it('controversial: many votes split between for and against rank above unanimous ones, however many', async () => {
    const debateId = await createOpenDebate(t, world);
    const author = await createPerson(t);
    const [unanimous, split, smallSplit, lopsided] = [
      await createProposal(t, author, debateId, { title: 'tout le monde est pour' }),
      await createProposal(t, author, debateId, { title: 'ça divise beaucoup' }),
      await createProposal(t, author, debateId, { title: 'ça divise un peu' }),
      await createProposal(t, author, debateId, { title: 'presque tous pour' }),
    ];
    await votes(unanimous, [12, 0, 0]);
    await votes(split, [5, 5, 2]);
    await votes(smallSplit, [1, 1, 0]);
    await votes(lopsided, [9, 1, 0]);
    await t.app.get(VoteTallyService).flush();
    const ranked = await order(debateId, 'controversial');
    expect(ranked[0]).toBe(split);
    expect(ranked[ranked.length - 1]).toBe(unanimous);
    expect(ranked.indexOf(smallSplit)).toBeLessThan(ranked.indexOf(unanimous));
  });
});
