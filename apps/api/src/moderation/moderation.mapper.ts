import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REPORT_REASONS } from '@participons/shared';
import { TARGET_TYPES, type TargetType } from './dto/moderation.dto';
import type { AppealRow, CaseRow, LogRow, ReportRow } from './moderation.repository';

export class QueueReportResponse {
  @ApiProperty({ enum: REPORT_REASONS }) reason: string;
  @ApiProperty({ type: String, nullable: true }) details: string | null;
  @ApiProperty({ description: 'False for reports from accounts younger than 24 hours: shown, but they do not count toward hiding.' }) counts: boolean;
  @ApiProperty({ format: 'uuid' }) reporterId: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class LogEntryResponse {
  @ApiProperty({ example: '42' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null for automatic actions.' }) actorId: string | null;
  @ApiProperty({ example: 'hide' }) action: string;
  @ApiProperty({ enum: TARGET_TYPES }) targetType: string;
  @ApiProperty({ format: 'uuid' }) targetId: string;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: String, nullable: true }) explanation: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'published' }) stateBefore: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'hidden' }) stateAfter: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class QueueContentResponse {
  @ApiPropertyOptional({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The text, or for a person their display name.' }) text: string | null;
  @ApiProperty({ example: 'published' }) status: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) proposalId: string | null;
}

export class QueueAuthorResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
}

export class QueueAppealResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() message: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Who hid it: they may not decide the appeal.' }) hiddenBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class QueueItemResponse {
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ enum: TARGET_TYPES }) kind: TargetType;
  @ApiProperty({ format: 'uuid' }) targetId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) debateId: string | null;
  @ApiProperty() pendingReview: boolean;
  @ApiProperty() autoHidden: boolean;
  @ApiProperty() reportCount: number;
  @ApiProperty({ description: 'Reports from established accounts.' }) countedReportCount: number;
  @ApiProperty({ type: [String], enum: REPORT_REASONS }) reasons: string[];
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiProperty({ type: QueueContentResponse, nullable: true }) content: QueueContentResponse | null;
  @ApiProperty({ type: QueueAuthorResponse, nullable: true }) author: QueueAuthorResponse | null;
  @ApiProperty({ type: [QueueReportResponse] }) reports: QueueReportResponse[];
  @ApiProperty({ type: [LogEntryResponse], description: 'What moderation did to this item before, oldest first.' }) history: LogEntryResponse[];
  @ApiProperty({ type: QueueAppealResponse, nullable: true }) appeal: QueueAppealResponse | null;
}

export class QueuePageResponse {
  @ApiProperty({ type: [QueueItemResponse] }) items: QueueItemResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class LogPageResponse {
  @ApiProperty({ type: [LogEntryResponse] }) items: LogEntryResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class ReportCreatedResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ActionResultResponse {
  @ApiProperty({ example: 'hide' }) action: string;
  @ApiProperty({ type: String, nullable: true, example: 'published' }) stateBefore: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'hidden' }) stateAfter: string | null;
}

export function toLogEntry(row: LogRow): LogEntryResponse {
  return {
    id: row.id,
    actorId: row.actor_id,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    reason: row.reason,
    explanation: row.explanation,
    stateBefore: row.state_before,
    stateAfter: row.state_after,
    createdAt: row.created_at.toISOString(),
  };
}

export function toQueueReport(row: ReportRow): QueueReportResponse {
  return { reason: row.reason, details: row.details, counts: row.counts, reporterId: row.reporter_id, createdAt: row.created_at.toISOString() };
}

export function toQueueAppeal(row: AppealRow): QueueAppealResponse {
  return { id: row.id, message: row.message, hiddenBy: row.hidden_by, createdAt: row.created_at.toISOString() };
}

export function caseBase(row: CaseRow): Omit<QueueItemResponse, 'content' | 'author' | 'reports' | 'history' | 'appeal'> {
  return {
    caseId: row.id,
    kind: row.target_type,
    targetId: row.target_id,
    debateId: row.debate_id,
    pendingReview: row.pending_review,
    autoHidden: row.auto_hidden,
    reportCount: row.report_count,
    countedReportCount: row.counted_report_count,
    reasons: row.reasons,
    openedAt: row.opened_at.toISOString(),
  };
}

export class MyAppealResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['proposal', 'comment'] }) targetType: string;
  @ApiProperty({ format: 'uuid' }) targetId: string;
  @ApiProperty() message: string;
  @ApiProperty({ type: String, nullable: true, enum: ['restored', 'upheld'], description: 'Null while a moderator has not decided.' }) decision: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export function toMyAppeal(row: AppealRow): MyAppealResponse {
  return { id: row.id, targetType: row.target_type, targetId: row.target_id, message: row.message, decision: row.decision, createdAt: row.created_at.toISOString() };
}
