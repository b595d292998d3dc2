import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DEBATE_STATUSES, type DebateStatus } from '@participons/shared';
import { PageQueryDto } from '../../common/validation/page-query.dto';
import { Trim } from '../../common/validation/text';

export class DebateQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'This territory and every territory below it.' })
  @IsOptional()
  @IsUUID('all', { context: { code: 'INVALID_ID' } })
  territoryId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { context: { code: 'INVALID_ID' } })
  themeId?: string;

  @ApiPropertyOptional({ enum: DEBATE_STATUSES })
  @IsOptional()
  @IsIn(DEBATE_STATUSES)
  status?: DebateStatus;

  @ApiPropertyOptional({ example: 'velo', description: 'French full-text search; accents ignored.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  q?: string;
}
