import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { LIMITS, PAGE_SIZE_DEFAULT } from '@participons/shared';

/** Cursor pagination: `limit` items after `cursor` (the `nextCursor` of the previous page). */
export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: LIMITS.pageSizeMax, default: PAGE_SIZE_DEFAULT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSizeMax, { context: { code: 'PAGE_SIZE_TOO_LARGE', params: { max: LIMITS.pageSizeMax } } })
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500, { context: { code: 'INVALID_CURSOR' } })
  cursor?: string;
}
