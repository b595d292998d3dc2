import { api } from '../../../api/client';
import type { MyVotes, VoteResult, VoteValue } from '../../../api/types';

const id = (value: string) => encodeURIComponent(value);

export function castVote(proposalId: string, value: VoteValue): Promise<VoteResult> {
  return api.put<VoteResult>(`/api/proposals/${id(proposalId)}/vote`, { value });
}

export function retractVote(proposalId: string): Promise<VoteResult> {
  return api.delete<VoteResult>(`/api/proposals/${id(proposalId)}/vote`);
}

export function myVotes(debateId: string, signal?: AbortSignal): Promise<MyVotes> {
  return api.get<MyVotes>(`/api/debates/${id(debateId)}/my-votes`, undefined, signal);
}
