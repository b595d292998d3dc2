import { createTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/accounts';
import { createCommune, createDraftDebate, createWorld, World } from '../support/participation';

/** French full-text search over debates: accents and capitals do not matter. */
describe('debates: search', () => {
  let t: TestApp;
  let world: World;
  let velo: string;
  let marche: string;
  let area: string;
  const search = async (q: string): Promise<string[]> =>
    (await t.http().get('/api/debates').query({ q, territoryId: area }).expect(200)).body.items.map((d: { id: string }) => d.id);

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    area = (await createCommune(t, 'Recherche')).communeId;
    const publish = async (fields: Record<string, unknown>) => {
      const debate = await createDraftDebate(t, world.admin, world, { territoryId: area, ...fields });
      await t.http().post(`/api/debates/${debate.id}/publish`).set(bearer(world.admin)).expect(200);
      return debate.id;
    };
    velo = await publish({ title: 'Le vélo dans le quartier', question: 'Où mettre des arceaux ?' });
    marche = await publish({ title: 'Le marché du dimanche', question: 'Quels horaires ?', description: 'Les étals près de la crèche' });
  });
  afterAll(() => t.close());

  it('"velo", "Velo" and "VÉLO" all find the debate about le vélo', async () => {
    for (const q of ['velo', 'Velo', 'VÉLO', 'vélo']) expect(await search(q)).toEqual([velo]);
  });

  it('searches the question and the description too', async () => {
    expect(await search('arceaux')).toEqual([velo]);
    expect(await search('creche')).toEqual([marche]);
    expect(await search('marche dimanches')).toEqual([marche]);
  });

  it('finds nothing for a word no debate uses, and survives odd input', async () => {
    expect(await search('piscine')).toEqual([]);
    for (const q of ['"vélo', 'vélo -', '&|!:*()', "l'été", 'OR']) {
      const res = await t.http().get('/api/debates').query({ q });
      expect(res.status).toBe(200);
    }
  });
});
