import type { Response } from 'supertest';
import type { TestApp } from '../support/test-app';
import { bearer, grantRole, TestAccount } from '../support/accounts';
import { createOpenDebate, createPeople, createProposal, createWorld, World } from '../support/participation';

/** Where a comment goes: a proposal's thread or a debate's own thread. */
export type Target = { proposalId: string } | { debateId: string };

export interface CommentBody {
  id: string;
  parentId: string | null;
  depth: number;
  status: string;
  body: string | null;
  author: { id: string; displayName: string } | null;
  stance: string;
  upVotes: number;
  downVotes: number;
  createdAt: string;
  editedAt: string | null;
  replies: CommentBody[];
}

export function commentsPath(target: Target): string {
  return 'proposalId' in target ? `/api/proposals/${target.proposalId}/comments` : `/api/debates/${target.debateId}/comments`;
}

/** Sends a comment (no status check). */
export function sendComment(t: TestApp, author: TestAccount, target: Target, fields: Record<string, unknown>): Promise<Response> {
  return t.http().post(commentsPath(target)).set(bearer(author)).send(fields);
}

/** Posts a comment; fails the test unless the API answers 201. */
export async function postComment(t: TestApp, author: TestAccount, target: Target, fields: Record<string, unknown> = {}): Promise<CommentBody> {
  const res = await sendComment(t, author, target, { body: 'je suis d accord', ...fields });
  if (res.status !== 201) throw new Error(`postComment: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as CommentBody;
}

/** Reads a thread as `viewer` (anonymous when omitted); `query` like 'sort=best&limit=2'. */
export function readThread(t: TestApp, target: Target, viewer?: TestAccount, query = ''): Promise<Response> {
  const req = t.http().get(`${commentsPath(target)}${query ? `?${query}` : ''}`);
  return viewer ? req.set(bearer(viewer)) : req;
}

/** Reads a thread and fails the test unless it answers 200; returns its top-level items. */
export async function threadItems(t: TestApp, target: Target, viewer?: TestAccount, query = ''): Promise<CommentBody[]> {
  const res = await readThread(t, target, viewer, query);
  if (res.status !== 200) throw new Error(`threadItems: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { items: CommentBody[] }).items;
}

/** Finds a comment anywhere in a tree. */
export function findComment(items: CommentBody[], id: string): CommentBody | undefined {
  for (const item of items) {
    if (item.id === id) return item;
    const inside = findComment(item.replies, id);
    if (inside) return inside;
  }
  return undefined;
}

/** Every id in a tree, depth first. */
export function allIds(items: CommentBody[]): string[] {
  return items.flatMap((c) => [c.id, ...allIds(c.replies)]);
}

export interface Scene {
  world: World;
  debateId: string;
  /** Author of the proposal. */
  proposer: TestAccount;
  proposalId: string;
  /** Two further citizens. */
  alice: TestAccount;
  bob: TestAccount;
}

/** An open debate (with these settings) holding one proposal, and two more citizens. */
export async function createScene(t: TestApp, settings: Record<string, unknown> = {}, world?: World): Promise<Scene> {
  const w = world ?? (await createWorld(t));
  const debateId = await createOpenDebate(t, w, settings);
  const [proposer, alice, bob] = await createPeople(t, 3, 'Habitante');
  await establish(t, [proposer, alice, bob]);
  const proposalId = await createProposal(t, proposer, debateId);
  return { world: w, debateId, proposer, proposalId, alice, bob };
}

/** A signed-in account holding a staff role (everywhere unless a territory is given). */
export async function createStaff(t: TestApp, role: string, territoryId: string | null = null): Promise<TestAccount> {
  const [person] = await createPeople(t, 1, role);
  await establish(t, [person]);
  await grantRole(t, person.id, role, territoryId);
  return person;
}

/**
 * Makes accounts two days old, so the tighter limits of accounts younger than 24 hours (10 comments
 * a day, links held for review) stay out of tests about something else.
 */
export async function establish(t: TestApp, accounts: TestAccount[]): Promise<void> {
  await t.db.query(`UPDATE users SET created_at = now() - interval '2 days' WHERE id = ANY($1::uuid[])`, [accounts.map((a) => a.id)]);
}
