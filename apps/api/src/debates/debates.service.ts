import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PAGE_SIZE_DEFAULT } from '@participons/shared';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { AppException } from '../common/errors/app.exception';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { DEBATE_STAFF, staffScope } from '../common/visibility/viewer';
import { TerritoriesService } from '../territories/territories.service';
import { ThemesService } from '../themes/themes.service';
import { Debate } from './debate.entity';
import type { DebateContext } from './debate-context';
import { DebateResponse, toDebateResponse } from './debate.mapper';
import { DebateRow, DebatesRepository } from './debates.repository';
import type { CreateDebateDto, UpdateDebateDto } from './dto/debate.dto';
import type { DebateQueryDto } from './dto/debate-query.dto';

@Injectable()
export class DebatesService {
  constructor(
    private readonly debates: DebatesRepository,
    private readonly territories: TerritoriesService,
    private readonly themes: ThemesService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async list(viewer: AuthenticatedUser | undefined, query: DebateQueryDto): Promise<Page<DebateResponse>> {
    const limit = query.limit ?? PAGE_SIZE_DEFAULT;
    const after = decodeCursor(query.cursor, ['time', 'uuid']) as [string, string] | null;
    const rows = await this.debates.list(viewer, { ...query, limit, after: after ? { opensUs: after[0], id: after[1] } : undefined });
    return toPage(rows, limit, (r) => [r.opens_us, r.id], toDebateResponse);
  }

  async get(viewer: AuthenticatedUser | undefined, id: string): Promise<DebateResponse> {
    return toDebateResponse(await this.getRow(viewer, id));
  }

  /** The debate as seen by this viewer, for proposals, comments and votes; 404 when not visible. */
  async context(viewer: AuthenticatedUser | undefined, id: string): Promise<DebateContext> {
    const row = await this.getRow(viewer, id);
    return {
      id: row.id,
      territoryId: row.territory_id,
      status: row.status,
      proposalsAllowed: row.proposals_allowed,
      commentsAllowed: row.comments_allowed,
      votesAllowed: row.votes_allowed,
      votesHiddenUntilClose: row.votes_hidden_until_close,
      moderation: row.moderation,
      moderateComments: row.moderate_comments,
      contentStaff: row.content_staff,
      debateStaff: row.debate_staff,
    };
  }

  async create(actor: AuthenticatedUser, dto: CreateDebateDto): Promise<DebateResponse> {
    await this.assertMayManageIn(actor, dto.territoryId);
    assertDates(dto.opensAt, dto.closesAt);
    await this.themes.assertAllActive(dto.themeIds ?? []);
    const id = await this.db.transaction(async (tx) => {
      const debate = await tx.save(
        tx.create(Debate, {
          territoryId: dto.territoryId,
          createdBy: actor.id,
          title: dto.title,
          question: dto.question,
          description: dto.description ?? '',
          opensAt: dto.opensAt,
          closesAt: dto.closesAt,
          proposalsAllowed: dto.proposalsAllowed ?? true,
          commentsAllowed: dto.commentsAllowed ?? true,
          votesAllowed: dto.votesAllowed ?? true,
          votesHiddenUntilClose: dto.votesHiddenUntilClose ?? false,
          moderation: dto.moderation ?? 'after',
          moderateComments: dto.moderateComments ?? false,
        }),
      );
      await this.setThemes(tx, debate.id, dto.themeIds ?? []);
      return debate.id;
    });
    return this.get(actor, id);
  }

  async update(actor: AuthenticatedUser, id: string, dto: UpdateDebateDto): Promise<DebateResponse> {
    const row = await this.getManageable(actor, id);
    if (row.status === 'archived') throw new AppException('DEBATE_STATE_INVALID');
    if (dto.territoryId && dto.territoryId !== row.territory_id) await this.assertMayManageIn(actor, dto.territoryId);
    assertDates(dto.opensAt ?? row.opens_at, dto.closesAt ?? row.closes_at);
    if (dto.themeIds) await this.themes.assertAllActive(dto.themeIds);
    const { themeIds, ...fields } = dto;
    await this.db.transaction(async (tx) => {
      if (Object.keys(fields).length > 0) await tx.update(Debate, { id }, fields);
      if (themeIds) await this.setThemes(tx, id, themeIds);
    });
    return this.get(actor, id);
  }

  /** Draft → upcoming or open, depending on the opening date. */
  async publish(actor: AuthenticatedUser, id: string): Promise<DebateResponse> {
    const row = await this.getManageable(actor, id);
    if (row.status !== 'draft') throw new AppException('DEBATE_STATE_INVALID');
    await this.db.query(`UPDATE debates SET published_at = now(), updated_at = now() WHERE id = $1`, [id]);
    return this.get(actor, id);
  }

  async closeEarly(actor: AuthenticatedUser, id: string): Promise<DebateResponse> {
    const row = await this.getManageable(actor, id);
    if (row.status !== 'open' && row.status !== 'upcoming') throw new AppException('DEBATE_STATE_INVALID');
    await this.db.query(`UPDATE debates SET closed_early_at = now(), updated_at = now() WHERE id = $1`, [id]);
    return this.get(actor, id);
  }

  async archive(actor: AuthenticatedUser, id: string): Promise<DebateResponse> {
    const row = await this.getManageable(actor, id);
    if (row.status !== 'closed') throw new AppException('DEBATE_STATE_INVALID');
    await this.db.query(`UPDATE debates SET archived_at = now(), updated_at = now() WHERE id = $1`, [id]);
    return this.get(actor, id);
  }

  /** Moderation: hidden items per debate are public figures, kept as counters. */
  async addToHiddenCount(debateId: string, kind: 'proposal' | 'comment', delta: number, manager: EntityManager = this.db.manager): Promise<void> {
    const column = kind === 'proposal' ? 'hidden_proposal_count' : 'hidden_comment_count';
    await manager.query(`UPDATE debates SET ${column} = ${column} + $2 WHERE id = $1`, [debateId, delta]);
  }

  private async getRow(viewer: AuthenticatedUser | undefined, id: string): Promise<DebateRow> {
    const row = await this.debates.findVisible(id, viewer);
    if (!row) throw new AppException('DEBATE_NOT_FOUND');
    return row;
  }

  private async getManageable(actor: AuthenticatedUser, id: string): Promise<DebateRow> {
    const row = await this.getRow(actor, id);
    if (!row.debate_staff) throw new AppException('FORBIDDEN');
    return row;
  }

  /** Admins, officials and facilitators, everywhere or within their territory scope. */
  private async assertMayManageIn(actor: AuthenticatedUser, territoryId: string): Promise<void> {
    await this.territories.assertExists(territoryId);
    const scope = staffScope(actor, DEBATE_STAFF);
    if (scope.everywhere) return;
    if (!(await this.territories.isWithinAny(territoryId, scope.territories))) throw new AppException('FORBIDDEN');
  }

  private async setThemes(tx: { query: DataSource['query'] }, debateId: string, themeIds: string[]): Promise<void> {
    await tx.query(`DELETE FROM debate_themes WHERE debate_id = $1`, [debateId]);
    if (themeIds.length > 0) {
      await tx.query(`INSERT INTO debate_themes (debate_id, theme_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [debateId, [...new Set(themeIds)]]);
    }
  }
}

function assertDates(opensAt: Date, closesAt: Date): void {
  if (closesAt.getTime() <= opensAt.getTime()) throw new AppException('DATES_INVALID');
}
