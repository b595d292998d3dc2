import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PAGE_SIZE_DEFAULT, SIMILARITY_THRESHOLD, type Language } from '@participons/shared';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { AppException } from '../common/errors/app.exception';
import { ContributionPolicy } from '../common/contribution/contribution-policy.service';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { canSeeContent, contentAccess, ContentAccess } from '../common/visibility/visibility-sql';
import { ContentTransition, TransitionResult, TRANSITIONS } from '../common/moderation/moderation-transition';
import { assertAccepts, DebateContext, voteCountsVisible } from '../debates/debate-context';
import { DebatesService } from '../debates/debates.service';
import { TerritoriesService } from '../territories/territories.service';
import { ThemesService } from '../themes/themes.service';
import type { AnswerProposalDto, CreateProposalDto, UpdateProposalDto } from './dto/proposal.dto';
import type { ProposalQueryDto } from './dto/proposal-query.dto';
import type { PageQueryDto } from '../common/validation/page-query.dto';
import { Proposal } from './proposal.entity';
import { ProposalPageResponse, ProposalResponse, ProposalRevisionResponse, SimilarProposalResponse, toProposalResponse } from './proposal.mapper';
import { PUBLIC_PROPOSAL_STATUSES, ProposalRow } from './proposal-row';
import { PROPOSAL_ORDERS, ProposalsRepository } from './proposals.repository';

/** A visible proposal with its debate, as other modules (votes, comments, moderation) receive it. */
export interface ProposalInContext {
  proposal: ProposalRow;
  debate: DebateContext;
  access: ContentAccess;
}

@Injectable()
export class ProposalsService {
  constructor(
    private readonly proposals: ProposalsRepository,
    private readonly debates: DebatesService,
    private readonly territories: TerritoriesService,
    private readonly themes: ThemesService,
    private readonly policy: ContributionPolicy,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async list(viewer: AuthenticatedUser | undefined, debateId: string, query: ProposalQueryDto, language: Language): Promise<ProposalPageResponse & { seed: string | null }> {
    const debate = await this.debates.context(viewer, debateId);
    const sort = query.sort ?? 'recent';
    if ((sort === 'supported' || sort === 'controversial') && !voteCountsVisible(debate)) throw new AppException('VOTES_HIDDEN');
    const access = contentAccess(viewer, debate.contentStaff);
    const cursor = decodeCursor(query.cursor, sort === 'random' ? [...PROPOSAL_ORDERS.random.kinds, 'text'] : PROPOSAL_ORDERS[sort].kinds);
    const cursorSeed = typeof cursor?.[2] === 'string' ? cursor[2] : undefined;
    const seed = sort === 'random' ? (cursorSeed ?? query.seed ?? randomBytes(6).toString('base64url')) : '';
    const limit = query.limit ?? PAGE_SIZE_DEFAULT;
    const rows = await this.proposals.list({
      debateId, access, sort, seed, limit, after: cursor ? cursor.slice(0, 2) : null,
      territoryId: query.territoryId, themeId: query.themeId, q: query.q,
    });
    const view = { access, showVotes: voteCountsVisible(debate), language };
    const page: Page<ProposalResponse> = toPage(rows, limit, (r) => positionOf(r, sort, seed), (r) => toProposalResponse(r, { ...view, editable: r.votes_for + r.votes_against + r.votes_neutral === 0 && r.comment_count === 0 }));
    return { ...page, seed: sort === 'random' ? seed : null };
  }

  async get(viewer: AuthenticatedUser | undefined, id: string, language: Language): Promise<ProposalResponse> {
    const found = await this.inContext(viewer, id);
    const editable = found.proposal.author_id === viewer?.id && !(await this.proposals.hasVotesOrComments(id));
    return this.respond(found, language, editable);
  }

  /** "Mes contributions": every proposal of the viewer with its state and, when hidden, why. */
  async mine(author: AuthenticatedUser, query: PageQueryDto, language: Language): Promise<ProposalPageResponse> {
    const limit = query.limit ?? PAGE_SIZE_DEFAULT;
    const rows = await this.proposals.byAuthor(author.id, decodeCursor(query.cursor, ['time', 'uuid']), limit);
    const view = { access: contentAccess(author, false), showVotes: true, language };
    return toPage(rows, limit, (r) => [r.created_us, r.id], (r) => toProposalResponse(r, view));
  }

  /** For votes and comments: the proposal if the viewer may see it (404 otherwise), with its debate. */
  async inContext(viewer: AuthenticatedUser | undefined, id: string): Promise<ProposalInContext> {
    const proposal = await this.proposals.findById(id);
    if (!proposal) throw new AppException('PROPOSAL_NOT_FOUND');
    const debate = await this.debates.context(viewer, proposal.debate_id).catch((error: unknown) => {
      throw error instanceof AppException && error.code === 'DEBATE_NOT_FOUND' ? new AppException('PROPOSAL_NOT_FOUND') : error;
    });
    const access = contentAccess(viewer, debate.contentStaff);
    if (!canSeeContent({ status: proposal.status, authorId: proposal.author_id }, PUBLIC_PROPOSAL_STATUSES, access)) throw new AppException('PROPOSAL_NOT_FOUND');
    return { proposal, debate, access };
  }

  async create(author: AuthenticatedUser, debateId: string, dto: CreateProposalDto, language: Language): Promise<ProposalResponse> {
    const debate = await this.debates.context(author, debateId);
    assertAccepts(debate, 'proposals');
    if (dto.territoryId && !(await this.territories.isWithinAny(dto.territoryId, [debate.territoryId]))) throw new AppException('TERRITORY_NOT_FOUND');
    await this.themes.assertAllActive(dto.themeIds ?? []);
    const { holdForReview } = await this.policy.admit(author, 'proposal', `${dto.title}\n${dto.body}`);
    const status = debate.moderation === 'before' || holdForReview ? 'pending' : 'published';
    const id = await this.db.transaction(async (tx) => {
      const saved = await tx.save(
        tx.create(Proposal, { debateId, authorId: author.id, territoryId: dto.territoryId ?? null, title: dto.title, body: dto.body, status }),
      );
      await setThemes(tx, saved.id, dto.themeIds ?? []);
      return saved.id;
    });
    return this.get(author, id, language);
  }

  /** The author edits while nobody has voted or commented; the replaced text is kept. */
  async update(author: AuthenticatedUser, id: string, dto: UpdateProposalDto, language: Language): Promise<ProposalResponse> {
    const { proposal, debate } = await this.inContext(author, id);
    if (proposal.author_id !== author.id) throw new AppException('FORBIDDEN');
    if (proposal.status === 'withdrawn') throw new AppException('PROPOSAL_WITHDRAWN');
    if (debate.status !== 'open') throw new AppException(debate.status === 'upcoming' ? 'DEBATE_NOT_OPEN' : 'DEBATE_CLOSED');
    if (await this.proposals.hasVotesOrComments(id)) throw new AppException('PROPOSAL_LOCKED');
    if (dto.title === undefined && dto.body === undefined) return this.get(author, id, language);
    await this.db.transaction(async (tx) => {
      await tx.query(`INSERT INTO proposal_revisions (proposal_id, title, body) SELECT id, title, body FROM proposals WHERE id = $1`, [id]);
      await tx.update(Proposal, { id }, { ...(dto.title !== undefined && { title: dto.title }), ...(dto.body !== undefined && { body: dto.body }), editedAt: new Date(), updatedAt: new Date() });
      if (this.policy.mustHold(author, `${dto.title ?? proposal.title}\n${dto.body ?? proposal.body}`)) await this.moderate(id, { action: 'hold' }, tx);
    });
    return this.get(author, id, language);
  }

  /**
   * Withdrawn proposals stay visible; their votes freeze. One still waiting for review was never
   * public: it is deleted instead (the answer is its last state).
   */
  async withdraw(author: AuthenticatedUser, id: string, language: Language): Promise<ProposalResponse> {
    const found = await this.inContext(author, id);
    if (found.proposal.author_id !== author.id) throw new AppException('FORBIDDEN');
    if (found.proposal.status === 'pending') {
      await this.db.query(`DELETE FROM proposals WHERE id = $1 AND status = 'pending'`, [id]);
      return this.respond({ ...found, proposal: { ...found.proposal, status: 'withdrawn', withdrawn_at: new Date() } }, language, false);
    }
    if (found.proposal.status !== 'withdrawn') {
      await this.db.query(`UPDATE proposals SET status = 'withdrawn', withdrawn_at = now(), updated_at = now() WHERE id = $1 AND status = 'published'`, [id]);
    }
    return this.get(author, id, language);
  }

  /** Officials and admins whose scope covers the debate answer a proposal. */
  async answer(official: AuthenticatedUser, id: string, dto: AnswerProposalDto, language: Language): Promise<ProposalResponse> {
    const { proposal, debate } = await this.inContext(official, id);
    const answering = official.roles.filter((g) => g.role === 'official' || g.role === 'admin');
    const everywhere = answering.some((g) => g.territoryId === null);
    const scopes = answering.flatMap((g) => (g.territoryId ? [g.territoryId] : []));
    if (!everywhere && !(await this.territories.isWithinAny(debate.territoryId, scopes))) throw new AppException('FORBIDDEN');
    if (proposal.status !== 'published' && proposal.status !== 'withdrawn') throw new AppException('PROPOSAL_NOT_PUBLISHED');
    await this.db.query(
      `UPDATE proposals SET answer_status = $2, answer_text = $3, answered_by = $4, answered_at = now(), updated_at = now() WHERE id = $1`,
      [id, dto.status, dto.text, official.id],
    );
    return this.get(official, id, language);
  }

  async similar(viewer: AuthenticatedUser | undefined, debateId: string, title: string): Promise<SimilarProposalResponse[]> {
    const debate = await this.debates.context(viewer, debateId);
    return this.proposals.similar(debateId, title, contentAccess(viewer, debate.contentStaff), SIMILARITY_THRESHOLD);
  }

  async revisions(viewer: AuthenticatedUser | undefined, id: string): Promise<ProposalRevisionResponse[]> {
    await this.inContext(viewer, id);
    return (await this.proposals.revisions(id)).map((r) => ({ title: r.title, body: r.body, replacedAt: r.replaced_at.toISOString() }));
  }

  /**
   * Moderation changes a proposal's status here, where its rules live: returns null when the
   * action does not apply to its current status. Hidden counts per debate follow.
   */
  async moderate(id: string, change: ContentTransition, manager: EntityManager): Promise<TransitionResult | null> {
    const rule = TRANSITIONS[change.action];
    const [rows] = await manager.query<[{ id: string; debate_id: string; author_id: string; before: string }[], number]>(
      `WITH old AS (SELECT id, status FROM proposals WHERE id = $1 AND status = ANY($2::text[]) FOR UPDATE)
       UPDATE proposals p SET status = $3, moderation_reason = $4, moderation_explanation = $5, updated_at = now()
       FROM old WHERE p.id = old.id RETURNING p.id, p.debate_id, p.author_id, old.status AS before`,
      [id, rule.from, rule.to, change.action === 'hide' ? (change.reason ?? 'other') : null, change.action === 'hide' ? (change.explanation ?? null) : null],
    );
    const row = rows[0];
    if (!row) return null;
    const hiddenDelta = (rule.to === 'hidden' ? 1 : 0) - (row.before === 'hidden' ? 1 : 0);
    if (hiddenDelta !== 0) await this.debates.addToHiddenCount(row.debate_id, 'proposal', hiddenDelta, manager);
    return { id: row.id, debateId: row.debate_id, authorId: row.author_id, before: row.before, after: rule.to };
  }

  /** Ids of an author's proposals that moderation may hide (blocking with "hide all their content"). */
  async visibleIdsBy(authorId: string): Promise<string[]> {
    const rows = await this.db.query<{ id: string }[]>(`SELECT id FROM proposals WHERE author_id = $1 AND status IN ('published', 'pending')`, [authorId]);
    return rows.map((r) => r.id);
  }

  /** For the moderation queue: proposals whatever their status, with their debate. */
  findForModeration(ids: string[]): Promise<ProposalRow[]> {
    return this.proposals.findMany(ids);
  }

  /** Comments module: published comments count on their proposal, changed by atomic increments in the caller's transaction. */
  async addToCommentCount(proposalId: string, delta: number, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(`UPDATE proposals SET comment_count = comment_count + $2 WHERE id = $1`, [proposalId, delta]);
  }

  private respond(found: ProposalInContext, language: Language, editable: boolean): ProposalResponse {
    return toProposalResponse(found.proposal, { access: found.access, showVotes: voteCountsVisible(found.debate), language, editable });
  }
}

function positionOf(row: ProposalRow, sort: string, seed: string): unknown[] {
  switch (sort) {
    case 'supported': return [row.votes_for, row.id];
    case 'commented': return [row.comment_count, row.id];
    case 'controversial': return [row.controversy, row.id];
    case 'random': return [row.shuffle_key, row.id, seed];
    default: return [row.created_us, row.id];
  }
}

async function setThemes(tx: { query: DataSource['query'] }, proposalId: string, themeIds: string[]): Promise<void> {
  if (themeIds.length === 0) return;
  await tx.query(`INSERT INTO proposal_themes (proposal_id, theme_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [proposalId, [...new Set(themeIds)]]);
}
