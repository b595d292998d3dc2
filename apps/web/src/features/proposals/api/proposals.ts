import { api } from '../../../api/client';
import type {
  AnswerBody,
  CreateProposalBody,
  Proposal,
  ProposalPage,
  ProposalQuery,
  SimilarProposal,
  UpdateProposalBody,
} from '../../../api/types';

const id = (value: string) => encodeURIComponent(value);

export function listProposals(debateId: string, query: ProposalQuery, signal?: AbortSignal): Promise<ProposalPage> {
  return api.get<ProposalPage>(`/api/debates/${id(debateId)}/proposals`, query, signal);
}

export function similarProposals(debateId: string, title: string, signal?: AbortSignal): Promise<SimilarProposal[]> {
  return api.get<SimilarProposal[]>(`/api/debates/${id(debateId)}/proposals/similar`, { title }, signal);
}

export function getProposal(proposalId: string, signal?: AbortSignal): Promise<Proposal> {
  return api.get<Proposal>(`/api/proposals/${id(proposalId)}`, undefined, signal);
}

export function createProposal(debateId: string, body: CreateProposalBody): Promise<Proposal> {
  return api.post<Proposal>(`/api/debates/${id(debateId)}/proposals`, body);
}

export function updateProposal(proposalId: string, body: UpdateProposalBody): Promise<Proposal> {
  return api.patch<Proposal>(`/api/proposals/${id(proposalId)}`, body);
}

export function withdrawProposal(proposalId: string): Promise<Proposal> {
  return api.post<Proposal>(`/api/proposals/${id(proposalId)}/withdraw`);
}

export function answerProposal(proposalId: string, body: AnswerBody): Promise<Proposal> {
  return api.put<Proposal>(`/api/proposals/${id(proposalId)}/answer`, body);
}
