import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ANSWER_STATUSES, LIMITS, type AnswerStatus } from '@participons/shared';
import { Trim } from '../../common/validation/text';

const TITLE = { min: LIMITS.titleMinLength, max: LIMITS.titleMaxLength };
export const ANSWER_MAX_LENGTH = 5000;

/** Nothing here rejects how beginners write: no capital letter, punctuation or minimum body length is required. */
export class CreateProposalDto {
  @ApiProperty({ example: 'des bancs dans le parc', minLength: TITLE.min, maxLength: TITLE.max })
  @Trim()
  @IsString({ context: { code: 'TITLE_TOO_SHORT', params: { min: TITLE.min } } })
  @MinLength(TITLE.min, { context: { code: 'TITLE_TOO_SHORT', params: { min: TITLE.min } } })
  @MaxLength(TITLE.max, { context: { code: 'TITLE_TOO_LONG', params: { max: TITLE.max } } })
  title: string;

  @ApiProperty({ example: 'les personnes agées ne peuvent pas se reposer quand elles vont au marché', maxLength: LIMITS.proposalBodyMaxLength })
  @Trim()
  @IsString({ context: { code: 'TEXT_REQUIRED' } })
  @MinLength(1, { context: { code: 'TEXT_REQUIRED' } })
  @MaxLength(LIMITS.proposalBodyMaxLength, { context: { code: 'TEXT_TOO_LONG', params: { max: LIMITS.proposalBodyMaxLength } } })
  body: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The quartier it is about, inside the debate territory.' })
  @IsOptional()
  @IsUUID('all', { context: { code: 'INVALID_ID' } })
  territoryId?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsUUID('all', { each: true, context: { code: 'INVALID_ID' } })
  themeIds?: string[];
}

export class UpdateProposalDto {
  @ApiPropertyOptional({ minLength: TITLE.min, maxLength: TITLE.max })
  @IsOptional()
  @Trim()
  @IsString({ context: { code: 'TITLE_TOO_SHORT', params: { min: TITLE.min } } })
  @MinLength(TITLE.min, { context: { code: 'TITLE_TOO_SHORT', params: { min: TITLE.min } } })
  @MaxLength(TITLE.max, { context: { code: 'TITLE_TOO_LONG', params: { max: TITLE.max } } })
  title?: string;

  @ApiPropertyOptional({ maxLength: LIMITS.proposalBodyMaxLength })
  @IsOptional()
  @Trim()
  @IsString({ context: { code: 'TEXT_REQUIRED' } })
  @MinLength(1, { context: { code: 'TEXT_REQUIRED' } })
  @MaxLength(LIMITS.proposalBodyMaxLength, { context: { code: 'TEXT_TOO_LONG', params: { max: LIMITS.proposalBodyMaxLength } } })
  body?: string;
}

export class AnswerProposalDto {
  @ApiProperty({ enum: ANSWER_STATUSES, example: 'accepted' })
  @IsIn(ANSWER_STATUSES)
  status: AnswerStatus;

  @ApiProperty({ example: 'La mairie installera 4 bancs au printemps.', maxLength: ANSWER_MAX_LENGTH })
  @Trim()
  @IsString({ context: { code: 'TEXT_REQUIRED' } })
  @MinLength(1, { context: { code: 'TEXT_REQUIRED' } })
  @MaxLength(ANSWER_MAX_LENGTH, { context: { code: 'TEXT_TOO_LONG', params: { max: ANSWER_MAX_LENGTH } } })
  text: string;
}
