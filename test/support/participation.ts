import type { TestApp } from './test-app';
import { bearer, grantRole, registerAccount, TestAccount } from './accounts';

export interface World {
  admin: TestAccount;
  communeId: string;
  quartierIds: [string, string];
}

/** A commune with two quartiers and a global admin, made through SQL (territory routes are tested on their own). */
export async function createWorld(t: TestApp): Promise<World> {
  const admin = await registerAccount(t);
  await grantRole(t, admin.id, 'admin');
  const admin2 = { ...admin, accessToken: (await t.http().post('/api/auth/token').set({ 'X-CSRF-Protection': '1' }).send({ email: admin.email, password: admin.password })).body.accessToken as string };
  const { rows: [commune] } = await t.db.query<{ id: string }>(`INSERT INTO territories (kind, name) VALUES ('commune', 'Villeneuve') RETURNING id`);
  const { rows: quartiers } = await t.db.query<{ id: string }>(
    `INSERT INTO territories (parent_id, kind, name) VALUES ($1, 'quartier', 'Les Tours'), ($1, 'quartier', 'Centre') RETURNING id`,
    [commune.id],
  );
  return { admin: admin2, communeId: commune.id, quartierIds: [quartiers[0].id, quartiers[1].id] };
}

/** An open debate (opened an hour ago, closing in a week), published, with these settings. */
export async function createOpenDebate(t: TestApp, world: World, settings: Record<string, unknown> = {}): Promise<string> {
  const res = await t.http().post('/api/debates').set(bearer(world.admin)).send({
    title: 'Le vélo dans le quartier',
    question: 'Comment rendre les trajets à vélo plus sûrs ?',
    territoryId: world.communeId,
    opensAt: new Date(Date.now() - 3600_000).toISOString(),
    closesAt: new Date(Date.now() + 7 * 86400_000).toISOString(),
    ...settings,
  });
  if (res.status !== 201) throw new Error(`createOpenDebate: ${res.status} ${JSON.stringify(res.body)}`);
  const id = (res.body as { id: string }).id;
  await t.http().post(`/api/debates/${id}/publish`).set(bearer(world.admin)).expect(200);
  return id;
}

export async function createProposal(t: TestApp, author: TestAccount, debateId: string, fields: Record<string, unknown> = {}): Promise<string> {
  const res = await t.http().post(`/api/debates/${debateId}/proposals`).set(bearer(author)).send({ title: 'des bancs dans le parc', body: 'pour se reposer', ...fields });
  if (res.status !== 201) throw new Error(`createProposal: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { id: string }).id;
}
