import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { AppException } from '../common/errors/app.exception';
import type { ContentTransition, TransitionResult } from '../common/moderation/moderation-transition';
import { CommentsService } from '../comments/comments.service';
import { ProposalsService } from '../proposals/proposals.service';
import { UsersService } from '../users/users.service';
import type { TargetType } from './dto/moderation.dto';
import type { QueueAuthorResponse, QueueContentResponse } from './moderation.mapper';

export interface Target {
  type: TargetType;
  id: string;
  debateId: string | null;
  /** The debate's territory: scoped moderators act within it. Null for people (global moderators only). */
  territoryId: string | null;
  /** The person responsible: author of the content, or the person reported. */
  personId: string;
  status: string;
}

/** Finds reported or moderated items through the modules that own them, and applies transitions there. */
@Injectable()
export class ModerationTargets {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly comments: CommentsService,
    private readonly users: UsersService,
  ) {}

  /** The item as this person may see it (404 otherwise). */
  async resolve(viewer: AuthenticatedUser, type: TargetType, id: string): Promise<Target> {
    if (type === 'proposal') {
      const { proposal, debate } = await this.proposals.inContext(viewer, id);
      return { type, id, debateId: debate.id, territoryId: debate.territoryId, personId: proposal.author_id, status: proposal.status };
    }
    if (type === 'comment') {
      const { comment, debateId, territoryId } = await this.comments.locate(viewer, id);
      return { type, id, debateId, territoryId, personId: comment.author_id, status: comment.status };
    }
    const user = await this.users.findById(id);
    if (!user || user.status === 'deleted') throw new AppException('USER_NOT_FOUND');
    return { type, id, debateId: null, territoryId: null, personId: user.id, status: user.status };
  }

  /** Content and author of each item, whatever its status, for the moderation queue. */
  async describe(items: { type: TargetType; id: string }[]): Promise<Map<string, { content: QueueContentResponse; author: QueueAuthorResponse }>> {
    const ids = (type: TargetType) => items.filter((i) => i.type === type).map((i) => i.id);
    const [proposals, comments] = await Promise.all([this.proposals.findForModeration(ids('proposal')), this.comments.findForModeration(ids('comment'))]);
    const people = [...proposals.map((p) => p.author_id), ...comments.map((c) => c.author_id), ...ids('user')];
    const names = await this.users.displayNames(people);
    const author = (id: string) => ({ id, displayName: names.get(id) ?? '' });
    const described = new Map<string, { content: QueueContentResponse; author: QueueAuthorResponse }>();
    for (const p of proposals) described.set(p.id, { content: { title: p.title, text: p.body, status: p.status, proposalId: p.id }, author: author(p.author_id) });
    for (const c of comments) described.set(c.id, { content: { title: null, text: c.body, status: c.status, proposalId: c.proposal_id }, author: author(c.author_id) });
    for (const id of ids('user')) described.set(id, { content: { title: null, text: names.get(id) ?? null, status: 'profile', proposalId: null }, author: author(id) });
    return described;
  }

  async currentStatus(type: TargetType, id: string): Promise<string | null> {
    if (type === 'proposal') return (await this.proposals.findForModeration([id]))[0]?.status ?? null;
    if (type === 'comment') return (await this.comments.findForModeration([id]))[0]?.status ?? null;
    return (await this.users.findById(id))?.status ?? null;
  }

  transition(type: 'proposal' | 'comment', id: string, change: ContentTransition, tx: EntityManager): Promise<TransitionResult | null> {
    return type === 'proposal' ? this.proposals.moderate(id, change, tx) : this.comments.moderate(id, change, tx);
  }
}
