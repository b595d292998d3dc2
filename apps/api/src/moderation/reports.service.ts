import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { ContributionPolicy, isNewAccount } from '../common/contribution/contribution-policy.service';
import { AppException } from '../common/errors/app.exception';
import type { ModerationReason } from '@participons/shared';
import type { CreateReportDto } from './dto/moderation.dto';
import { ModerationRepository } from './moderation.repository';
import { ModerationTargets } from './moderation-targets';

/**
 * One report per person and item. Reports from accounts older than 24 hours count toward the
 * automatic hiding threshold; newer ones are kept and shown to moderators but do not count, so a
 * handful of fresh accounts cannot silence a minority voice.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly repository: ModerationRepository,
    private readonly targets: ModerationTargets,
    private readonly policy: ContributionPolicy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async report(reporter: AuthenticatedUser, dto: CreateReportDto): Promise<{ id: string; createdAt: string }> {
    const target = await this.targets.resolve(reporter, dto.targetType, dto.targetId);
    if (target.personId === reporter.id) throw new AppException('REPORT_TARGET_INVALID');
    await this.policy.admitReport(reporter);
    const counts = !isNewAccount(reporter);
    return this.repository.transaction(async (tx) => {
      const report = await this.repository.insertReport(tx, { reporterId: reporter.id, targetType: target.type, targetId: target.id, reason: dto.reason, details: dto.details ?? null, counts });
      if (!report) throw new AppException('ALREADY_REPORTED');
      const found = await this.repository.addReportToCase(tx, target, dto.reason, counts);
      const threshold = this.config.reportHideThreshold;
      const reachesThreshold = found.counted_report_count >= threshold && !found.auto_hidden && (await this.repository.validCountedReports(tx, target.type, target.id)) >= threshold;
      if (reachesThreshold && target.type !== 'user' && target.status === 'published') {
        const reason = (await this.repository.mainReason(tx, target.type, target.id)) as ModerationReason;
        const hidden = await this.targets.transition(target.type, target.id, { action: 'hide', reason, explanation: null }, tx);
        if (hidden) {
          await this.repository.markAutoHidden(tx, found.id);
          await this.repository.log(tx, { actorId: null, action: 'auto_hide', targetType: target.type, targetId: target.id, territoryId: target.territoryId, reason, before: hidden.before, after: hidden.after });
        }
      }
      return { id: report.id, createdAt: report.created_at.toISOString() };
    });
  }
}
