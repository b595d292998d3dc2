import type { Test } from 'supertest';
import type { TestApp } from '../support/test-app';
import { bearer, grantRole, TestAccount } from '../support/accounts';
import { createOpenDebate, createPeople, createProposal, createWorld, World } from '../support/participation';

export type TargetType = 'proposal' | 'comment' | 'user';

export interface QueueItem {
  caseId: string;
  kind: TargetType;
  targetId: string;
  debateId: string | null;
  pendingReview: boolean;
  autoHidden: boolean;
  reportCount: number;
  countedReportCount: number;
  reasons: string[];
  openedAt: string;
  content: { title: string | null; text: string | null; status: string; proposalId: string | null } | null;
  author: { id: string; displayName: string } | null;
  reports: { reason: string; details: string | null; counts: boolean; reporterId: string; createdAt: string }[];
  history: LogEntry[];
  appeal: { id: string; message: string; hiddenBy: string | null; createdAt: string } | null;
}

export interface LogEntry {
  id: string;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  reason: string | null;
  explanation: string | null;
  stateBefore: string | null;
  stateAfter: string | null;
  createdAt: string;
}

/** Established accounts (two days old), made by SQL: their reports count toward hiding. */
export function established(t: TestApp, count: number): Promise<TestAccount[]> {
  return createPeople(t, count, 'Voisine');
}

/** Accounts created just now (younger than 24 hours): their reports are kept but do not count. */
export async function fresh(t: TestApp, count: number): Promise<TestAccount[]> {
  const people = await createPeople(t, count, 'Nouvelle');
  await t.db.query(`UPDATE users SET created_at = now() WHERE id = ANY($1::uuid[])`, [people.map((p) => p.id)]);
  return people;
}

/** A moderator (or another staff role), established, global unless a territory is given. */
export async function staff(t: TestApp, role = 'moderator', territoryId: string | null = null): Promise<TestAccount> {
  const [person] = await createPeople(t, 1, role);
  await grantRole(t, person.id, role, territoryId);
  return person;
}

export function report(t: TestApp, who: TestAccount, targetType: TargetType, targetId: string, reason = 'spam', details?: string): Test {
  return t.http().post('/api/reports').set(bearer(who)).send({ targetType, targetId, reason, ...(details === undefined ? {} : { details }) });
}

/** Reports by each of `people`; fails unless every report answers 201. */
export async function reportBy(t: TestApp, people: TestAccount[], targetType: TargetType, targetId: string, reason = 'abusive'): Promise<void> {
  for (const person of people) {
    const res = await report(t, person, targetType, targetId, reason);
    if (res.status !== 201) throw new Error(`reportBy: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

export function readQueue(t: TestApp, moderator: TestAccount, query = ''): Test {
  return t.http().get(`/api/moderation/queue${query ? `?${query}` : ''}`).set(bearer(moderator));
}

export async function queueItems(t: TestApp, moderator: TestAccount, query = ''): Promise<QueueItem[]> {
  const res = await readQueue(t, moderator, query);
  if (res.status !== 200) throw new Error(`queueItems: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { items: QueueItem[] }).items;
}

/** The open case about this item, as a (global) moderator sees it in the queue. */
export async function caseAbout(t: TestApp, moderator: TestAccount, targetId: string, query = 'limit=100'): Promise<QueueItem> {
  const item = (await queueItems(t, moderator, query)).find((i) => i.targetId === targetId);
  if (!item) throw new Error(`caseAbout: no open case about ${targetId}`);
  return item;
}

export function act(t: TestApp, moderator: TestAccount, caseId: string, body: Record<string, unknown>): Test {
  return t.http().post(`/api/moderation/cases/${caseId}/actions`).set(bearer(moderator)).send(body);
}

/** Hides an item through its open case; fails unless the API answers 200. */
export async function hideThrough(t: TestApp, moderator: TestAccount, targetId: string, reason = 'abusive', explanation = 'Le texte insulte une personne.'): Promise<void> {
  const found = await caseAbout(t, moderator, targetId);
  const res = await act(t, moderator, found.caseId, { action: 'hide', reason, explanation });
  if (res.status !== 200) throw new Error(`hideThrough: ${res.status} ${JSON.stringify(res.body)}`);
}

export function appeal(t: TestApp, author: TestAccount, targetType: 'proposal' | 'comment', targetId: string, message = 'Je ne voulais blesser personne.'): Test {
  return t.http().post('/api/appeals').set(bearer(author)).send({ targetType, targetId, message });
}

export function decideAppeal(t: TestApp, moderator: TestAccount, caseId: string, decision: 'restore' | 'uphold', explanation = 'Après relecture, le texte ne vise personne.'): Test {
  return t.http().post(`/api/moderation/cases/${caseId}/appeal-decision`).set(bearer(moderator)).send({ decision, explanation });
}

export function block(t: TestApp, moderator: TestAccount, userId: string, body: Record<string, unknown> = {}): Test {
  return t.http().post(`/api/moderation/users/${userId}/block`).set(bearer(moderator)).send({ justification: 'Insultes répétées envers des voisins.', ...body });
}

export function unblock(t: TestApp, moderator: TestAccount, userId: string, justification = 'Le blocage était une erreur de saisie.'): Test {
  return t.http().post(`/api/moderation/users/${userId}/unblock`).set(bearer(moderator)).send({ justification });
}

export async function logOf(t: TestApp, moderator: TestAccount, query: string): Promise<LogEntry[]> {
  const res = await t.http().get(`/api/moderation/log?${query}`).set(bearer(moderator));
  if (res.status !== 200) throw new Error(`logOf: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { items: LogEntry[] }).items;
}

export function postComment(t: TestApp, author: TestAccount, proposalId: string, body = 'je suis d accord'): Test {
  return t.http().post(`/api/proposals/${proposalId}/comments`).set(bearer(author)).send({ body });
}

/** Posts a comment on a proposal; fails unless the API answers 201. Returns its id. */
export async function commentOn(t: TestApp, author: TestAccount, proposalId: string, body = 'je suis d accord'): Promise<string> {
  const res = await postComment(t, author, proposalId, body);
  if (res.status !== 201) throw new Error(`commentOn: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { id: string }).id;
}

export interface Stage {
  world: World;
  debateId: string;
  author: TestAccount;
  proposalId: string;
  moderator: TestAccount;
}

/** An open debate (with these settings) holding one published proposal by an established author, and a global moderator. */
export async function stage(t: TestApp, settings: Record<string, unknown> = {}, world?: World): Promise<Stage> {
  const w = world ?? (await createWorld(t));
  const debateId = await createOpenDebate(t, w, settings);
  const [author] = await established(t, 1);
  const proposalId = await createProposal(t, author, debateId);
  return { world: w, debateId, author, proposalId, moderator: await staff(t) };
}
