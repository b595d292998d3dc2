import { AuthService } from '../../apps/api/src/auth/auth.service';
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

/** The body of a debate creation on the world's commune, opened an hour ago and closing in a week. */
export function debateBody(world: World, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Le vélo dans le quartier',
    question: 'Comment rendre les trajets à vélo plus sûrs ?',
    territoryId: world.communeId,
    opensAt: new Date(Date.now() - 3600_000).toISOString(),
    closesAt: new Date(Date.now() + 7 * 86400_000).toISOString(),
    ...fields,
  };
}

/** Creates a draft debate as `actor`; fails the test unless the API answers 201. */
export async function createDraftDebate(t: TestApp, actor: TestAccount, world: World, fields: Record<string, unknown> = {}): Promise<{ id: string } & Record<string, unknown>> {
  const res = await t.http().post('/api/debates').set(bearer(actor)).send(debateBody(world, fields));
  if (res.status !== 201) throw new Error(`createDraftDebate: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string } & Record<string, unknown>;
}

/** Moves a debate's dates as time would: 'upcoming' (opens tomorrow), 'open' (opened yesterday) or 'closed' (closed yesterday). */
export async function moveDebateTo(t: TestApp, debateId: string, phase: 'upcoming' | 'open' | 'closed'): Promise<void> {
  const dates = {
    upcoming: [`now() + interval '1 day'`, `now() + interval '8 days'`],
    open: [`now() - interval '1 day'`, `now() + interval '6 days'`],
    closed: [`now() - interval '8 days'`, `now() - interval '1 day'`],
  }[phase];
  await t.db.query(`UPDATE debates SET opens_at = ${dates[0]}, closes_at = ${dates[1]} WHERE id = $1`, [debateId]);
}

/** A further commune with two quartiers, so a test can list debates of its own territory only. */
export async function createCommune(t: TestApp, name = 'Bourg'): Promise<{ communeId: string; quartierIds: [string, string] }> {
  const { rows: [commune] } = await t.db.query<{ id: string }>(`INSERT INTO territories (kind, name) VALUES ('commune', $1) RETURNING id`, [name]);
  const { rows: quartiers } = await t.db.query<{ id: string }>(
    `INSERT INTO territories (parent_id, kind, name) VALUES ($1, 'quartier', 'Nord'), ($1, 'quartier', 'Sud') RETURNING id`,
    [commune.id],
  );
  return { communeId: commune.id, quartierIds: [quartiers[0].id, quartiers[1].id] };
}

let peopleBatch = 0;

/**
 * Many signed-in people at once (hundreds in a second): accounts inserted by SQL, sessions opened by
 * the app's own AuthService, so no password hashing. They act over HTTP with bearer() like any account.
 * Their accounts are two days old (established), so the tighter limits of new accounts do not apply.
 */
export async function createPeople(t: TestApp, count: number, namePrefix = 'Voisin'): Promise<TestAccount[]> {
  peopleBatch += 1;
  const tag = `${peopleBatch}.${Date.now()}`;
  const { rows } = await t.db.query<{ id: string; email: string; display_name: string }>(
    `INSERT INTO users (email, display_name, created_at)
     SELECT 'voisin' || i || '.' || $2 || '@exemple.fr', $3 || ' ' || i, now() - interval '2 days' FROM generate_series(1, $1::int) AS i
     RETURNING id, email, display_name`,
    [count, tag, namePrefix],
  );
  const auth = t.app.get(AuthService);
  const people: TestAccount[] = [];
  for (let i = 0; i < rows.length; i += 25) {
    const chunk = rows.slice(i, i + 25);
    const tokens = await Promise.all(chunk.map((r) => auth.openSession(r.id, false)));
    chunk.forEach((r, j) => people.push({ id: r.id, email: r.email, password: '', displayName: r.display_name, cookies: [], accessToken: tokens[j].accessToken }));
  }
  return people;
}

/** Proposals inserted by SQL in one statement (same instant), published unless told; returns their ids in the given order. */
export async function insertProposals(t: TestApp, debateId: string, authorId: string, titles: string[], status = 'published'): Promise<string[]> {
  const { rows } = await t.db.query<{ id: string; title: string }>(
    `INSERT INTO proposals (debate_id, author_id, title, body, status) SELECT $1, $2, title, 'texte de ' || title, $4 FROM unnest($3::text[]) AS title RETURNING id, title`,
    [debateId, authorId, titles, status],
  );
  return titles.map((title) => rows.find((r) => r.title === title)!.id);
}

/** One signed-in person made quickly (see createPeople), holding a staff role when given one. */
export async function createPerson(t: TestApp, role?: string, territoryId: string | null = null, displayName = 'Habitante'): Promise<TestAccount> {
  const [person] = await createPeople(t, 1, displayName);
  if (role) await grantRole(t, person.id, role, territoryId);
  return person;
}
