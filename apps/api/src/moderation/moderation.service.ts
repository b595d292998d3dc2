import { Injectable } from '@nestjs/common';
import { PAGE_SIZE_DEFAULT } from '@participons/shared';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { AppException } from '../common/errors/app.exception';
import { decodeCursor, encodeCursor } from '../common/pagination';
import { CONTENT_STAFF, staffScope } from '../common/visibility/viewer';
import { TerritoriesService } from '../territories/territories.service';
import { CommentsService } from '../comments/comments.service';
import { ProposalsService } from '../proposals/proposals.service';
import { UsersService } from '../users/users.service';
import type { AppealDecisionDto, AppealDto, BlockDto, CaseActionDto, LogQueryDto, QueueQueryDto, UnblockDto } from './dto/moderation.dto';
import { ActionResultResponse, caseBase, MyAppealResponse, toMyAppeal, LogPageResponse, QueuePageResponse, toLogEntry, toQueueAppeal, toQueueReport } from './moderation.mapper';
import { CaseRow, ModerationRepository } from './moderation.repository';
import { ModerationTargets } from './moderation-targets';

@Injectable()
export class ModerationService {
  constructor(
    private readonly repository: ModerationRepository,
    private readonly targets: ModerationTargets,
    private readonly territories: TerritoriesService,
    private readonly users: UsersService,
    private readonly proposals: ProposalsService,
    private readonly comments: CommentsService,
  ) {}

  /** Reported, automatically hidden, pending and appealed items of the moderator's scope, most urgent first. */
  async queue(moderator: AuthenticatedUser, query: QueueQueryDto): Promise<QueuePageResponse> {
    const limit = query.limit ?? PAGE_SIZE_DEFAULT;
    const rows = await this.repository.queue(staffScope(moderator, CONTENT_STAFF), query, decodeCursor(query.cursor, ['int', 'int', 'time', 'uuid']), limit);
    const kept = rows.slice(0, limit);
    const keys = kept.map((c) => ({ type: c.target_type, id: c.target_id }));
    const [described, reports, history, appeals] = await Promise.all([
      this.targets.describe(keys),
      this.repository.reportsAbout(keys),
      this.repository.historyOf(keys),
      this.repository.findAppeals(kept.flatMap((c) => (c.appeal_id ? [c.appeal_id] : []))),
    ]);
    const items = kept.map((c) => ({
      ...caseBase(c),
      content: described.get(c.target_id)?.content ?? null,
      author: described.get(c.target_id)?.author ?? null,
      reports: reports.filter((r) => r.target_type === c.target_type && r.target_id === c.target_id).map(toQueueReport),
      history: history.filter((h) => h.target_type === c.target_type && h.target_id === c.target_id).map(toLogEntry),
      appeal: appeals.filter((a) => a.id === c.appeal_id).map(toQueueAppeal)[0] ?? null,
    }));
    const last = kept[kept.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.auto_hidden ? 1 : 0, last.report_count, last.opened_us, last.id]) : null };
  }

  /** Approve, hide, restore or dismiss: one immutable log entry each, with the state before and after. */
  async act(moderator: AuthenticatedUser, caseId: string, dto: CaseActionDto): Promise<ActionResultResponse> {
    if (dto.action === 'hide' && (!dto.reason || !dto.explanation)) {
      throw new AppException('VALIDATION_FAILED', {}, [
        ...(dto.reason ? [] : [{ field: 'reason', code: 'FIELD_REQUIRED' as const }]),
        ...(dto.explanation ? [] : [{ field: 'explanation', code: 'FIELD_REQUIRED' as const }]),
      ]);
    }
    return this.repository.transaction(async (tx) => {
      const found = await this.openCase(moderator, caseId, tx);
      // A case holding an appeal is closed only by deciding the appeal.
      if (found.appeal_id) throw new AppException('ACTION_NOT_POSSIBLE');
      let before: string | null = await this.targets.currentStatus(found.target_type, found.target_id);
      let after: string | null = before;
      if (dto.action !== 'dismiss') {
        if (found.target_type === 'user') throw new AppException('ACTION_NOT_POSSIBLE');
        const result = await this.targets.transition(found.target_type, found.target_id, { action: dto.action, reason: dto.reason, explanation: dto.explanation }, tx);
        if (!result) throw new AppException('ACTION_NOT_POSSIBLE');
        ({ before, after } = result);
      }
      await this.repository.closeCase(tx, found.id);
      await this.repository.log(tx, {
        actorId: moderator.id, action: dto.action, targetType: found.target_type, targetId: found.target_id, territoryId: found.territory_id,
        reason: dto.reason ?? null, explanation: dto.explanation ?? null, before, after,
      });
      return { action: dto.action, stateBefore: before, stateAfter: after };
    });
  }

  /** Global moderators and admins block a person; their tokens stop working at the next request. */
  async block(moderator: AuthenticatedUser, userId: string, dto: BlockDto): Promise<ActionResultResponse> {
    this.assertGlobal(moderator);
    if (userId === moderator.id) throw new AppException('ACTION_NOT_POSSIBLE');
    if (dto.until && dto.until.getTime() <= Date.now()) throw new AppException('DATES_INVALID');
    const [proposalIds, commentIds] = dto.hideContent ? await Promise.all([this.proposals.visibleIdsBy(userId), this.comments.visibleIdsBy(userId)]) : [[], []];
    return this.repository.transaction(async (tx) => {
      const blocked = await this.users.block(userId, dto.until ?? null, tx);
      if (!blocked) throw new AppException('USER_NOT_FOUND');
      await this.repository.log(tx, {
        actorId: moderator.id, action: 'block', targetType: 'user', targetId: userId, territoryId: null,
        explanation: dto.justification, reason: dto.until ? `until ${dto.until.toISOString()}` : 'until lifted', before: blocked.before, after: 'blocked',
      });
      for (const [type, ids] of [['proposal', proposalIds], ['comment', commentIds]] as const) {
        for (const id of ids) {
          const hidden = await this.targets.transition(type, id, { action: 'hide', reason: 'other', explanation: dto.justification }, tx);
          if (!hidden) continue;
          await this.repository.closeCasesAbout(tx, type, id);
          await this.repository.log(tx, { actorId: moderator.id, action: 'block_hide', targetType: type, targetId: id, territoryId: null, reason: 'other', explanation: dto.justification, before: hidden.before, after: hidden.after });
        }
      }
      return { action: 'block', stateBefore: blocked.before, stateAfter: 'blocked' };
    });
  }

  async unblock(moderator: AuthenticatedUser, userId: string, dto: UnblockDto): Promise<ActionResultResponse> {
    this.assertGlobal(moderator);
    return this.repository.transaction(async (tx) => {
      if (!(await this.users.unblock(userId, tx))) throw new AppException('ACTION_NOT_POSSIBLE');
      await this.repository.log(tx, { actorId: moderator.id, action: 'unblock', targetType: 'user', targetId: userId, territoryId: null, explanation: dto.justification, before: 'blocked', after: 'active' });
      return { action: 'unblock', stateBefore: 'blocked', stateAfter: 'active' };
    });
  }

  async log(moderator: AuthenticatedUser, query: LogQueryDto): Promise<LogPageResponse> {
    const limit = query.limit ?? PAGE_SIZE_DEFAULT;
    const cursor = decodeCursor(query.cursor, ['bigint']);
    const rows = await this.repository.readLog(staffScope(moderator, CONTENT_STAFF), query, cursor ? String(cursor[0]) : null, limit);
    const kept = rows.slice(0, limit);
    const last = kept[kept.length - 1];
    return { items: kept.map(toLogEntry), nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null };
  }

  /** The author of hidden content appeals once; the appeal returns to the queue. */
  async appeal(author: AuthenticatedUser, dto: AppealDto): Promise<{ id: string }> {
    const target = await this.targets.resolve(author, dto.targetType, dto.targetId);
    if (target.personId !== author.id || target.status !== 'hidden') throw new AppException('APPEAL_NOT_POSSIBLE');
    return this.repository.transaction(async (tx) => {
      const hiddenBy = await this.repository.lastHiddenBy(tx, target.type, target.id);
      const id = await this.repository.insertAppeal(tx, { authorId: author.id, targetType: target.type, targetId: target.id, message: dto.message, hiddenBy });
      if (!id) throw new AppException('APPEAL_ALREADY_MADE');
      await this.repository.openCaseForAppeal(tx, target, id);
      await this.repository.log(tx, { actorId: author.id, action: 'appeal', targetType: target.type, targetId: target.id, territoryId: target.territoryId, explanation: dto.message, before: 'hidden', after: 'hidden' });
      return { id };
    });
  }

  async myAppeals(author: AuthenticatedUser): Promise<MyAppealResponse[]> {
    return (await this.repository.myAppeals(author.id)).map(toMyAppeal);
  }

  /** A different moderator from the one who hid the content decides the appeal. */
  async decideAppeal(moderator: AuthenticatedUser, caseId: string, dto: AppealDecisionDto): Promise<ActionResultResponse> {
    return this.repository.transaction(async (tx) => {
      const found = await this.openCase(moderator, caseId, tx);
      const [appeal] = found.appeal_id ? await this.repository.findAppeals([found.appeal_id]) : [];
      if (!appeal || appeal.decision) throw new AppException('ACTION_NOT_POSSIBLE');
      if (appeal.hidden_by === moderator.id) throw new AppException('APPEAL_SAME_MODERATOR');
      let after = 'hidden';
      if (dto.decision === 'restore') {
        const result = await this.targets.transition(appeal.target_type, appeal.target_id, { action: 'restore' }, tx);
        if (!result) throw new AppException('ACTION_NOT_POSSIBLE');
        after = result.after;
      }
      await this.repository.decideAppeal(tx, appeal.id, dto.decision === 'restore' ? 'restored' : 'upheld', moderator.id);
      await this.repository.closeCase(tx, found.id);
      await this.repository.log(tx, {
        actorId: moderator.id, action: `appeal_${dto.decision}`, targetType: appeal.target_type, targetId: appeal.target_id, territoryId: found.territory_id,
        explanation: dto.explanation, before: 'hidden', after,
      });
      return { action: `appeal_${dto.decision}`, stateBefore: 'hidden', stateAfter: after };
    });
  }

  /** An open case within the moderator's scope (403 outside it, 404 when closed or unknown). */
  private async openCase(moderator: AuthenticatedUser, caseId: string, tx: Parameters<ModerationRepository['findCase']>[1]): Promise<CaseRow> {
    const found = await this.repository.findCase(caseId, tx);
    if (!found) throw new AppException('CASE_NOT_FOUND');
    const scope = staffScope(moderator, CONTENT_STAFF);
    if (scope.everywhere) return found;
    if (found.territory_id && (await this.territories.isWithinAny(found.territory_id, scope.territories))) return found;
    throw new AppException('FORBIDDEN');
  }

  private assertGlobal(moderator: AuthenticatedUser): void {
    if (!staffScope(moderator, CONTENT_STAFF).everywhere) throw new AppException('FORBIDDEN');
  }
}
