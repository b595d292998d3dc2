import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, ValidateIf } from 'class-validator';
import { INSEE_CODE_PATTERN, TERRITORY_KINDS, TERRITORY_NAME_MAX_LENGTH, type TerritoryKind } from '@participons/shared';
import { MaxChars, SINGLE_LINE, Trim } from '../../common/validation/text';

/** Trimmed and upper-cased ("2a004" → "2A004"); an empty string means "no code". */
const OfficialCode = () =>
  Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const code = value.trim().toUpperCase();
    return code === '' ? null : code;
  });

const NAME_DOC = { example: 'Villeneuve-sur-Lot', minLength: 1, maxLength: TERRITORY_NAME_MAX_LENGTH, description: 'Trimmed.' };
const CODE_DOC = {
  type: String,
  nullable: true,
  example: '47323',
  pattern: INSEE_CODE_PATTERN.source,
  description: 'INSEE code, communes only: 5 digits, or 2A/2B and 3 digits. Unique (OFFICIAL_CODE_TAKEN). Empty or null: no code.',
};

export class CreateTerritoryDto {
  @ApiProperty({ enum: TERRITORY_KINDS, example: 'commune' })
  @IsIn(TERRITORY_KINDS)
  kind: TerritoryKind;

  @ApiProperty(NAME_DOC)
  @Trim()
  @IsString()
  @IsNotEmpty({ context: { code: 'FIELD_REQUIRED' } })
  @MaxChars(TERRITORY_NAME_MAX_LENGTH, { context: { code: 'NAME_TOO_LONG', params: { max: TERRITORY_NAME_MAX_LENGTH } } })
  @Matches(SINGLE_LINE)
  name: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'Required for a quartier: an active commune. Forbidden for a commune. Otherwise TERRITORY_PARENT_INVALID.',
  })
  @IsOptional()
  @IsUUID('all', { context: { code: 'INVALID_ID' } })
  parentId?: string | null;

  @ApiPropertyOptional(CODE_DOC)
  @OfficialCode()
  @IsOptional()
  @IsString({ context: { code: 'OFFICIAL_CODE_INVALID' } })
  @Matches(INSEE_CODE_PATTERN, { context: { code: 'OFFICIAL_CODE_INVALID' } })
  officialCode?: string | null;
}

/** Rename, or set or clear the official code. The kind and the parent never change. */
export class UpdateTerritoryDto {
  @ApiPropertyOptional(NAME_DOC)
  @ValidateIf((dto: UpdateTerritoryDto) => dto.name !== undefined)
  @Trim()
  @IsString()
  @IsNotEmpty({ context: { code: 'FIELD_REQUIRED' } })
  @MaxChars(TERRITORY_NAME_MAX_LENGTH, { context: { code: 'NAME_TOO_LONG', params: { max: TERRITORY_NAME_MAX_LENGTH } } })
  @Matches(SINGLE_LINE)
  name?: string;

  @ApiPropertyOptional(CODE_DOC)
  @OfficialCode()
  @IsOptional()
  @IsString({ context: { code: 'OFFICIAL_CODE_INVALID' } })
  @Matches(INSEE_CODE_PATTERN, { context: { code: 'OFFICIAL_CODE_INVALID' } })
  officialCode?: string | null;
}

export class TerritoryListQueryDto {
  @ApiPropertyOptional({
    type: Boolean,
    default: false,
    description: 'Also list retired territories. Admins only: 401 AUTH_REQUIRED when signed out, 403 FORBIDDEN for other roles.',
  })
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsOptional()
  @IsBoolean()
  includeRetired?: boolean;
}
