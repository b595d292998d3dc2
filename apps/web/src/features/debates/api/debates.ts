import { api } from '../../../api/client';
import type { Debate, DebatePage, DebateQuery } from '../../../api/types';

export function listDebates(query: DebateQuery, signal?: AbortSignal): Promise<DebatePage> {
  return api.get<DebatePage>('/api/debates', query, signal);
}

export function getDebate(id: string, signal?: AbortSignal): Promise<Debate> {
  return api.get<Debate>(`/api/debates/${encodeURIComponent(id)}`, undefined, signal);
}
