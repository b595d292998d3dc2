import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { MODERATION_REASONS, REPORT_REASONS, type ModerationReason, type ReportReason } from '@participons/shared';
import { PageQueryDto } from '../../common/validation/page-query.dto';
import { Trim } from '../../common/validation/text';

export const TARGET_TYPES = ['proposal', 'comment', 'user'] as const;
export type TargetType = (typeof TARGET_TYPES)[number];
export const CASE_ACTIONS = ['approve', 'hide', 'restore', 'dismiss'] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];
export const BLOCK_JUSTIFICATION_MIN = 15;

export class CreateReportDto {
  @ApiProperty({ enum: TARGET_TYPES }) @IsIn(TARGET_TYPES) targetType: TargetType;
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { context: { code: 'INVALID_ID' } }) targetId: string;
  @ApiProperty({ enum: REPORT_REASONS, description: 'spam, abusive (insults, hate), off_topic, personal_data, other' }) @IsIn(REPORT_REASONS) reason: ReportReason;

  @ApiPropertyOptional({ maxLength: 1000, example: 'Ce message donne l’adresse d’une voisine.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000, { context: { code: 'TEXT_TOO_LONG', params: { max: 1000 } } })
  details?: string;
}

export class CaseActionDto {
  @ApiProperty({ enum: CASE_ACTIONS, description: 'approve: publish pending content; hide; restore hidden content; dismiss: close the reports, content unchanged.' })
  @IsIn(CASE_ACTIONS)
  action: CaseAction;

  @ApiPropertyOptional({ enum: MODERATION_REASONS, description: 'Required to hide.' })
  @IsOptional()
  @IsIn(MODERATION_REASONS)
  reason?: ModerationReason;

  @ApiPropertyOptional({ maxLength: 500, example: 'Le texte insulte une personne du quartier.', description: 'Required to hide: shown to the author, in plain words.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(3, { context: { code: 'JUSTIFICATION_TOO_SHORT', params: { min: 3 } } })
  @MaxLength(500, { context: { code: 'TEXT_TOO_LONG', params: { max: 500 } } })
  explanation?: string;
}

export class BlockDto {
  @ApiProperty({ minLength: BLOCK_JUSTIFICATION_MIN, maxLength: 1000, example: 'Insultes répétées envers plusieurs habitants.' })
  @Trim()
  @IsString({ context: { code: 'JUSTIFICATION_TOO_SHORT', params: { min: BLOCK_JUSTIFICATION_MIN } } })
  @MinLength(BLOCK_JUSTIFICATION_MIN, { context: { code: 'JUSTIFICATION_TOO_SHORT', params: { min: BLOCK_JUSTIFICATION_MIN } } })
  @MaxLength(1000, { context: { code: 'TEXT_TOO_LONG', params: { max: 1000 } } })
  justification: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Blocked until this date; omit to block until lifted.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  until?: Date;

  @ApiPropertyOptional({ default: false, description: 'Also hide all their published and pending content.' })
  @IsOptional()
  @IsBoolean()
  hideContent?: boolean;
}

export class UnblockDto {
  @ApiProperty({ minLength: BLOCK_JUSTIFICATION_MIN, maxLength: 1000 })
  @Trim()
  @IsString({ context: { code: 'JUSTIFICATION_TOO_SHORT', params: { min: BLOCK_JUSTIFICATION_MIN } } })
  @MinLength(BLOCK_JUSTIFICATION_MIN, { context: { code: 'JUSTIFICATION_TOO_SHORT', params: { min: BLOCK_JUSTIFICATION_MIN } } })
  @MaxLength(1000, { context: { code: 'TEXT_TOO_LONG', params: { max: 1000 } } })
  justification: string;
}

export class AppealDto {
  @ApiProperty({ enum: ['proposal', 'comment'] }) @IsIn(['proposal', 'comment']) targetType: 'proposal' | 'comment';
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { context: { code: 'INVALID_ID' } }) targetId: string;

  @ApiProperty({ maxLength: 1000, example: 'Je ne voulais blesser personne. Je parlais du bruit la nuit.' })
  @Trim()
  @IsString({ context: { code: 'TEXT_REQUIRED' } })
  @MinLength(1, { context: { code: 'TEXT_REQUIRED' } })
  @MaxLength(1000, { context: { code: 'TEXT_TOO_LONG', params: { max: 1000 } } })
  message: string;
}

export class AppealDecisionDto {
  @ApiProperty({ enum: ['restore', 'uphold'], description: 'restore: publish again; uphold: keep it hidden.' })
  @IsIn(['restore', 'uphold'])
  decision: 'restore' | 'uphold';

  @ApiProperty({ maxLength: 500, example: 'Après relecture, le message ne vise personne.' })
  @Trim()
  @IsString({ context: { code: 'JUSTIFICATION_TOO_SHORT', params: { min: 3 } } })
  @MinLength(3, { context: { code: 'JUSTIFICATION_TOO_SHORT', params: { min: 3 } } })
  @MaxLength(500, { context: { code: 'TEXT_TOO_LONG', params: { max: 500 } } })
  explanation: string;
}

export const QUEUE_STATES = ['pending', 'reported', 'auto_hidden', 'appeal'] as const;

export class QueueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: TARGET_TYPES }) @IsOptional() @IsIn(TARGET_TYPES) kind?: TargetType;
  @ApiPropertyOptional({ enum: REPORT_REASONS }) @IsOptional() @IsIn(REPORT_REASONS) reason?: ReportReason;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { context: { code: 'INVALID_ID' } }) debateId?: string;
  @ApiPropertyOptional({ enum: QUEUE_STATES }) @IsOptional() @IsIn(QUEUE_STATES) state?: (typeof QUEUE_STATES)[number];
}

export class LogQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { context: { code: 'INVALID_ID' } }) targetId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { context: { code: 'INVALID_ID' } }) actorId?: string;
}
