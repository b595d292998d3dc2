import type { TestApp } from '../support/test-app';

/**
 * Data for summary specs, made by SQL in one statement per kind: summaries only read, so the
 * specs arrange exactly the rows a brief must count (statuses, channels, dates, territories).
 * Votes go through cast_vote(), the function the votes API uses (it writes votes and vote_log).
 */
let batch = 0;

export async function insertUsers(t: TestApp, count: number, prefix = 'Voisin'): Promise<string[]> {
  batch += 1;
  const { rows } = await t.db.query<{ id: string }>(
    `INSERT INTO users (email, display_name)
     SELECT 's' || $2 || '.' || i || '.' || $3 || '@exemple.fr', $4 || ' ' || i FROM generate_series(1, $1::int) AS i
     RETURNING id`,
    [count, batch, Date.now(), prefix],
  );
  return rows.map((r) => r.id);
}

export interface DebateFields {
  territoryId: string;
  createdBy: string;
  /** open: opened yesterday, closes in a week; closed: closed yesterday; draft: never published. */
  phase?: 'open' | 'closed' | 'draft' | 'archived';
  votesHiddenUntilClose?: boolean;
  title?: string;
}

export async function insertDebate(t: TestApp, f: DebateFields): Promise<string> {
  const phase = f.phase ?? 'open';
  const dates = phase === 'open' ? [`now() - interval '1 day'`, `now() + interval '7 days'`] : [`now() - interval '30 days'`, `now() - interval '1 day'`];
  const { rows } = await t.db.query<{ id: string }>(
    `INSERT INTO debates (territory_id, created_by, title, question, opens_at, closes_at, published_at, archived_at, votes_hidden_until_close)
     VALUES ($1, $2, $3, 'Que faire ?', ${dates[0]}, ${dates[1]}, ${phase === 'draft' ? 'NULL' : `now() - interval '30 days'`}, ${phase === 'archived' ? 'now()' : 'NULL'}, $4)
     RETURNING id`,
    [f.territoryId, f.createdBy, f.title ?? 'Le parc du quartier', f.votesHiddenUntilClose ?? false],
  );
  return rows[0].id;
}

export interface ProposalFields {
  title?: string;
  body?: string;
  status?: 'published' | 'pending' | 'hidden' | 'withdrawn';
  channel?: 'online' | 'workshop';
  territoryId?: string | null;
  createdAt?: string;
  answerStatus?: 'evaluating' | 'accepted' | 'rejected' | 'implemented';
}

export async function insertProposal(t: TestApp, debateId: string, authorId: string, f: ProposalFields = {}): Promise<string> {
  const { rows } = await t.db.query<{ id: string }>(
    `INSERT INTO proposals (debate_id, author_id, title, body, status, channel, territory_id, created_at, answer_status, answer_text, answered_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, COALESCE($8::timestamptz, now()), $9, CASE WHEN $9::text IS NULL THEN NULL ELSE 'Réponse de la mairie.' END, CASE WHEN $9::text IS NULL THEN NULL ELSE now() END)
     RETURNING id`,
    [debateId, authorId, f.title ?? 'une proposition', f.body ?? 'son texte', f.status ?? 'published', f.channel ?? 'online', f.territoryId ?? null, f.createdAt ?? null, f.answerStatus ?? null],
  );
  return rows[0].id;
}

export interface CommentFields {
  proposalId?: string | null;
  body?: string;
  status?: 'published' | 'pending' | 'hidden' | 'deleted';
  channel?: 'online' | 'workshop';
  createdAt?: string;
}

export async function insertComment(t: TestApp, debateId: string, authorId: string, f: CommentFields = {}): Promise<string> {
  const { rows } = await t.db.query<{ id: string }>(
    `INSERT INTO comments (debate_id, proposal_id, depth, author_id, body, status, channel, created_at)
     VALUES ($1, $2, 1, $3, $4, $5, $6, COALESCE($7::timestamptz, now())) RETURNING id`,
    [debateId, f.proposalId ?? null, authorId, f.body ?? 'un commentaire', f.status ?? 'published', f.channel ?? 'online', f.createdAt ?? null],
  );
  await t.db.query(`UPDATE comments SET root_id = id WHERE id = $1`, [rows[0].id]);
  return rows[0].id;
}

export type Vote = [proposalId: string, userId: string, value: 'for' | 'against' | 'neutral'];

/** Casts votes with cast_vote() (votes + vote_log, as the API does); `at` backdates them. */
export async function castVotes(t: TestApp, votes: Vote[], at?: string): Promise<void> {
  if (votes.length === 0) return;
  await t.db.query(`SELECT cast_vote(p, u, v) FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS x(p, u, v)`, [votes.map((v) => v[0]), votes.map((v) => v[1]), votes.map((v) => v[2])]);
  if (at) {
    await t.db.query(
      `UPDATE votes SET created_at = $4::timestamptz FROM unnest($1::uuid[], $2::uuid[]) AS x(p, u) WHERE votes.proposal_id = x.p AND votes.user_id = x.u AND $3::int > 0`,
      [votes.map((v) => v[0]), votes.map((v) => v[1]), votes.length, at],
    );
  }
}

/** `count` votes of one value on a proposal by the given people, in order. */
export function votesOf(proposalId: string, people: string[], value: 'for' | 'against' | 'neutral'): Vote[] {
  return people.map((u) => [proposalId, u, value]);
}
