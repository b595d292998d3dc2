import type { AnswerStatus, Channel, DebateStatus } from '@participons/shared';

/**
 * What the summary computation reads, loaded by SummariesRepository in one read-only snapshot
 * and handed to the worker thread as plain data (no class, no Date: it is copied between
 * threads). Only public content is here: published or withdrawn proposals, published comments,
 * votes on those proposals.
 */
export interface DatasetDebate {
  id: string;
  title: string;
  question: string;
  territoryId: string;
  status: DebateStatus;
  opensAt: string;
  closesAt: string;
  votesHiddenUntilClose: boolean;
}

export interface DatasetTerritory {
  id: string;
  name: string;
  kind: string;
}

export interface DatasetProposal {
  id: string;
  debateId: string;
  authorId: string;
  territoryId: string | null;
  title: string;
  body: string;
  status: 'published' | 'withdrawn';
  channel: Channel;
  answerStatus: AnswerStatus | null;
  answerText: string | null;
  answeredAt: string | null;
  createdAt: string;
}

export interface DatasetComment {
  id: string;
  debateId: string;
  proposalId: string | null;
  authorId: string;
  body: string;
  channel: Channel;
  createdAt: string;
}

/**
 * One voter's votes, packed by PostgreSQL (10,000 rows rather than 600,000): entries separated by
 * commas, each `<proposal index><f|a|n><hour>` where the proposal index points into
 * `Dataset.proposals` and the hour counts whole hours since `Dataset.hourBase` (epoch hours).
 */
export interface DatasetVoter {
  userId: string;
  votes: string;
}

export interface Dataset {
  debates: DatasetDebate[];
  territories: DatasetTerritory[];
  proposals: DatasetProposal[];
  comments: DatasetComment[];
  voters: DatasetVoter[];
  hourBase: number;
  /** Key and debate of the voters' opaque numbers (participant-numbers.ts); null: numbered 1, 2, 3… */
  participantKey: { key: Uint8Array; debateId: string } | null;
  /** Compute opinion groups (one debate) or not (a territory across its debates). */
  opinionGroups: boolean;
}
