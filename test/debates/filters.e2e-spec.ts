import { createTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/accounts';
import { createCommune, createDraftDebate, createWorld, moveDebateTo, World } from '../support/participation';

/** Debates listed by territory (with everything below it), theme and status. */
describe('debates: list filters', () => {
  let t: TestApp;
  let world: World;
  let place: { communeId: string; quartierIds: [string, string] };
  const published = async (fields: Record<string, unknown>): Promise<string> => {
    const debate = await createDraftDebate(t, world.admin, world, fields);
    await t.http().post(`/api/debates/${debate.id}/publish`).set(bearer(world.admin)).expect(200);
    return debate.id;
  };
  const list = async (query: string): Promise<string[]> => (await t.http().get(`/api/debates?${query}`).expect(200)).body.items.map((d: { id: string }) => d.id);
  const theme = async (name: string): Promise<string> => (await t.http().post('/api/themes').set(bearer(world.admin)).send({ name }).expect(201)).body.id;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    place = await createCommune(t, 'Saint-Martin');
  });
  afterAll(() => t.close());

  it('a commune lists its own debates and those of its quartiers; a quartier only its own', async () => {
    const onCommune = await published({ territoryId: place.communeId });
    const onNord = await published({ territoryId: place.quartierIds[0] });
    const onSud = await published({ territoryId: place.quartierIds[1] });
    const elsewhere = await published({ territoryId: world.communeId });
    expect((await list(`territoryId=${place.communeId}`)).sort()).toEqual([onCommune, onNord, onSud].sort());
    expect(await list(`territoryId=${place.quartierIds[0]}`)).toEqual([onNord]);
    expect(await list(`territoryId=${place.communeId}`)).not.toContain(elsewhere);
  });

  it('a theme lists only the debates tagged with it', async () => {
    const mobilite = await theme('mobilité');
    const logement = await theme('logement');
    const both = await published({ themeIds: [mobilite, logement] });
    const onlyMobilite = await published({ themeIds: [mobilite] });
    const untagged = await published({});
    expect((await list(`themeId=${mobilite}`)).sort()).toEqual([both, onlyMobilite].sort());
    expect(await list(`themeId=${logement}`)).toEqual([both]);
    expect(await list(`themeId=${mobilite}`)).not.toContain(untagged);
    const fetched = await t.http().get(`/api/debates/${both}`).expect(200);
    expect(fetched.body.themeIds.sort()).toEqual([mobilite, logement].sort());
  });

  it('a status lists only debates in that state right now', async () => {
    const area = await createCommune(t, 'Les Prés');
    const inArea = { territoryId: area.communeId };
    const open = await published(inArea);
    const upcoming = await published(inArea);
    await moveDebateTo(t, upcoming, 'upcoming');
    const closed = await published(inArea);
    await moveDebateTo(t, closed, 'closed');
    const archived = await published(inArea);
    await t.http().post(`/api/debates/${archived}/close`).set(bearer(world.admin)).expect(200);
    await t.http().post(`/api/debates/${archived}/archive`).set(bearer(world.admin)).expect(200);
    const byStatus = async (status: string) => list(`territoryId=${area.communeId}&status=${status}`);
    expect(await byStatus('open')).toEqual([open]);
    expect(await byStatus('upcoming')).toEqual([upcoming]);
    expect(await byStatus('closed')).toEqual([closed]);
    expect(await byStatus('archived')).toEqual([archived]);
  });

  it('filters combine', async () => {
    const area = await createCommune(t, 'Combes');
    const sport = await theme('sport');
    const match = await published({ territoryId: area.quartierIds[0], themeIds: [sport] });
    await published({ territoryId: area.quartierIds[0] });
    const closed = await published({ territoryId: area.quartierIds[1], themeIds: [sport] });
    await moveDebateTo(t, closed, 'closed');
    expect(await list(`territoryId=${area.communeId}&themeId=${sport}&status=open`)).toEqual([match]);
  });
});
