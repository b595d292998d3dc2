import { api } from '../../../api/client';
import type { DebateResults, DebateSummary, TerritorySummary } from '../../../api/types';

const id = (value: string) => encodeURIComponent(value);

/** The brief of a debate: officials and admins whose territory covers it (others get 403). */
export function getDebateSummary(debateId: string, signal?: AbortSignal): Promise<DebateSummary> {
  return api.get<DebateSummary>(`/api/debates/${id(debateId)}/summary`, undefined, signal);
}

/** Public results of a closed or archived debate; 409 RESULTS_NOT_AVAILABLE before it closes. */
export function getDebateResults(debateId: string, signal?: AbortSignal): Promise<DebateResults> {
  return api.get<DebateResults>(`/api/debates/${id(debateId)}/results`, undefined, signal);
}

export function getTerritorySummary(territoryId: string, signal?: AbortSignal): Promise<TerritorySummary> {
  return api.get<TerritorySummary>(`/api/territories/${id(territoryId)}/summary`, undefined, signal);
}

/** CSV downloads: plain links, the session cookie goes with them. */
export const proposalsCsvUrl = (debateId: string) => `/api/debates/${id(debateId)}/summary/proposals.csv`;
export const voteMatrixCsvUrl = (debateId: string) => `/api/debates/${id(debateId)}/summary/vote-matrix.csv`;

/** Where a person reads a contribution in the web app (the API's links point to the API). */
export const proposalHref = (proposalId: string) => `/propositions/${id(proposalId)}`;
export const debateHref = (debateId: string) => `/debats/${id(debateId)}`;
export const debateBriefHref = (debateId: string) => `/elus/debats/${id(debateId)}/bilan`;
export const territoryBriefHref = (territoryId: string) => `/elus/territoires/${id(territoryId)}/bilan`;
export const resultsHref = (debateId: string) => `/debats/${id(debateId)}/resultats`;
