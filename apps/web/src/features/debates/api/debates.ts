import { api } from '../../../api/client';
import type { CreateDebateBody, Debate, DebatePage, DebateQuery, UpdateDebateBody } from '../../../api/types';

const id = (value: string) => encodeURIComponent(value);

/** Newest opening first; drafts too for staff in scope. */
export function listDebates(query: DebateQuery, signal?: AbortSignal): Promise<DebatePage> {
  return api.get<DebatePage>('/api/debates', query, signal);
}

export function getDebate(debateId: string, signal?: AbortSignal): Promise<Debate> {
  return api.get<Debate>(`/api/debates/${id(debateId)}`, undefined, signal);
}

/** Created as a draft, visible to staff only until published. */
export function createDebate(body: CreateDebateBody): Promise<Debate> {
  return api.post<Debate>('/api/debates', body);
}

export function updateDebate(debateId: string, body: UpdateDebateBody): Promise<Debate> {
  return api.patch<Debate>(`/api/debates/${id(debateId)}`, body);
}

export type LifecycleAction = 'publish' | 'close' | 'archive';

/** publish: draft → upcoming or open; close: before the closing date; archive: a closed debate. */
export function changeLifecycle(debateId: string, action: LifecycleAction): Promise<Debate> {
  return api.post<Debate>(`/api/debates/${id(debateId)}/${action}`);
}
