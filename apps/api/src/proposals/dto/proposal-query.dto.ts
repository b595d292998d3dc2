import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { LIMITS, PROPOSAL_SORTS, type ProposalSort } from '@participons/shared';
import { PageQueryDto } from '../../common/validation/page-query.dto';
import { Trim } from '../../common/validation/text';

export class ProposalQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: PROPOSAL_SORTS, default: 'recent', description: '"random" is stable for one visitor: pass the same `seed` (or follow nextCursor).' })
  @IsOptional()
  @IsIn(PROPOSAL_SORTS, { context: { code: 'INVALID_SORT' } })
  sort?: ProposalSort;

  @ApiPropertyOptional({ example: 'k3j9x2', description: 'For sort=random: any short text the visitor keeps (letters and digits).' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,32}$/)
  seed?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Proposals about this quartier (or below).' })
  @IsOptional()
  @IsUUID('all', { context: { code: 'INVALID_ID' } })
  territoryId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { context: { code: 'INVALID_ID' } })
  themeId?: string;

  @ApiPropertyOptional({ example: 'velo', description: 'French full-text search; accents ignored.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class SimilarQueryDto {
  @ApiPropertyOptional({ example: 'des bancs au parc', description: 'The title being written.' })
  @Trim()
  @IsString({ context: { code: 'TITLE_TOO_SHORT', params: { min: LIMITS.titleMinLength } } })
  @MinLength(LIMITS.titleMinLength, { context: { code: 'TITLE_TOO_SHORT', params: { min: LIMITS.titleMinLength } } })
  @MaxLength(LIMITS.titleMaxLength, { context: { code: 'TITLE_TOO_LONG', params: { max: LIMITS.titleMaxLength } } })
  title: string;
}
