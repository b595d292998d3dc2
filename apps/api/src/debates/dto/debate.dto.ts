import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { LIMITS, MODERATION_MODES, type ModerationMode } from '@participons/shared';
import { Trim } from '../../common/validation/text';

export const QUESTION_MAX_LENGTH = 300;
export const DESCRIPTION_MAX_LENGTH = 20000;

export class CreateDebateDto {
  @ApiProperty({ example: 'Le vélo dans le quartier des Tours', minLength: LIMITS.titleMinLength, maxLength: LIMITS.titleMaxLength })
  @Trim()
  @IsString({ context: { code: 'TITLE_TOO_SHORT', params: { min: LIMITS.titleMinLength } } })
  @MinLength(LIMITS.titleMinLength, { context: { code: 'TITLE_TOO_SHORT', params: { min: LIMITS.titleMinLength } } })
  @MaxLength(LIMITS.titleMaxLength, { context: { code: 'TITLE_TOO_LONG', params: { max: LIMITS.titleMaxLength } } })
  title: string;

  @ApiProperty({ example: 'Comment rendre les trajets à vélo plus sûrs dans le quartier ?', maxLength: QUESTION_MAX_LENGTH })
  @Trim()
  @IsString({ context: { code: 'TEXT_REQUIRED' } })
  @MinLength(3, { context: { code: 'TEXT_REQUIRED' } })
  @MaxLength(QUESTION_MAX_LENGTH, { context: { code: 'TEXT_TOO_LONG', params: { max: QUESTION_MAX_LENGTH } } })
  question: string;

  @ApiPropertyOptional({ example: 'La ville veut **vos idées** avant de refaire la rue principale.', description: 'Markdown. Raw HTML is not rendered.', maxLength: DESCRIPTION_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(DESCRIPTION_MAX_LENGTH, { context: { code: 'TEXT_TOO_LONG', params: { max: DESCRIPTION_MAX_LENGTH } } })
  description?: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { context: { code: 'INVALID_ID' } })
  territoryId: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, context: { code: 'INVALID_ID' } })
  themeIds?: string[];

  @ApiProperty({ format: 'date-time', example: '2026-12-01T08:00:00.000Z' })
  @Type(() => Date)
  @IsDate()
  opensAt: Date;

  @ApiProperty({ format: 'date-time', example: '2027-01-31T18:00:00.000Z' })
  @Type(() => Date)
  @IsDate()
  closesAt: Date;

  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() proposalsAllowed?: boolean;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() commentsAllowed?: boolean;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() votesAllowed?: boolean;
  @ApiPropertyOptional({ default: false, description: 'Counts shown to staff only until the debate closes.' }) @IsOptional() @IsBoolean() votesHiddenUntilClose?: boolean;

  @ApiPropertyOptional({ enum: MODERATION_MODES, default: 'after', description: 'before: new proposals wait for a moderator.' })
  @IsOptional()
  @IsIn(MODERATION_MODES)
  moderation?: ModerationMode;

  @ApiPropertyOptional({ default: false, description: 'With moderation before publication, comments wait too.' })
  @IsOptional()
  @IsBoolean()
  moderateComments?: boolean;
}

export class UpdateDebateDto extends PartialType(CreateDebateDto) {}
