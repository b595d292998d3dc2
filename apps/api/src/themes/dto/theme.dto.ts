import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches } from 'class-validator';
import { THEME_NAME_MAX_LENGTH } from '@participons/shared';
import { MaxChars, SINGLE_LINE, Trim } from '../../common/validation/text';

/** Creating and renaming take the same body. */
export class ThemeDto {
  @ApiProperty({ example: 'mobilité', minLength: 1, maxLength: THEME_NAME_MAX_LENGTH, description: 'Trimmed. Unique among active themes, whatever the case (NAME_TAKEN).' })
  @Trim()
  @IsString()
  @IsNotEmpty({ context: { code: 'FIELD_REQUIRED' } })
  @MaxChars(THEME_NAME_MAX_LENGTH, { context: { code: 'NAME_TOO_LONG', params: { max: THEME_NAME_MAX_LENGTH } } })
  @Matches(SINGLE_LINE)
  name: string;
}
