import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { COMMENT_SORTS, LIMITS, STANCES, type CommentSort, type Stance } from '@participons/shared';
import { PageQueryDto } from '../../common/validation/page-query.dto';
import { Trim } from '../../common/validation/text';

const MAX = LIMITS.commentMaxLength;

export class CreateCommentDto {
  @ApiProperty({ example: 'oui il faut des bancs, ma mère ne peut pas marcher longtemps', minLength: 1, maxLength: MAX })
  @Trim()
  @IsString({ context: { code: 'TEXT_REQUIRED' } })
  @MinLength(1, { context: { code: 'TEXT_REQUIRED' } })
  @MaxLength(MAX, { context: { code: 'TEXT_TOO_LONG', params: { max: MAX } } })
  body: string;

  @ApiPropertyOptional({ enum: STANCES, default: 'neutral', description: 'for: you agree; against: you disagree; neutral: a question or an idea.' })
  @IsOptional()
  @IsIn(STANCES)
  stance?: Stance;

  @ApiPropertyOptional({ format: 'uuid', description: 'The comment you answer. Replies go three levels deep.' })
  @IsOptional()
  @IsUUID('all', { context: { code: 'INVALID_ID' } })
  parentId?: string;
}

export class UpdateCommentDto {
  @ApiPropertyOptional({ maxLength: MAX })
  @IsOptional()
  @Trim()
  @IsString({ context: { code: 'TEXT_REQUIRED' } })
  @MinLength(1, { context: { code: 'TEXT_REQUIRED' } })
  @MaxLength(MAX, { context: { code: 'TEXT_TOO_LONG', params: { max: MAX } } })
  body?: string;

  @ApiPropertyOptional({ enum: STANCES })
  @IsOptional()
  @IsIn(STANCES)
  stance?: Stance;
}

export class CommentQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: COMMENT_SORTS, default: 'oldest', description: 'Order of the top-level comments; replies always oldest first.' })
  @IsOptional()
  @IsIn(COMMENT_SORTS, { context: { code: 'INVALID_SORT' } })
  sort?: CommentSort;
}

export class CommentVoteDto {
  @ApiProperty({ enum: ['up', 'down'], description: 'up: useful; down: not useful.' })
  @IsIn(['up', 'down'])
  value: 'up' | 'down';
}
