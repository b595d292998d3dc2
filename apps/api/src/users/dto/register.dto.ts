import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength, Validate } from 'class-validator';
import { LIMITS } from '@participons/shared';
import { SINGLE_LINE, Trim } from '../../common/validation/text';
import { PasswordPolicy } from '../password-policy.constraint';

export class RegisterDto {
  @ApiProperty({ example: 'amina@exemple.fr', maxLength: LIMITS.emailMaxLength })
  @Trim()
  @IsString({ context: { code: 'EMAIL_INVALID' } })
  @MaxLength(LIMITS.emailMaxLength, { context: { code: 'EMAIL_TOO_LONG' } })
  @IsEmail({ allow_utf8_local_part: true }, { context: { code: 'EMAIL_INVALID' } })
  email: string;

  @ApiProperty({ example: 'le vélo du marché bleu', minLength: LIMITS.passwordMinLength, maxLength: LIMITS.passwordMaxLength })
  @IsString({ context: { code: 'PASSWORD_TOO_SHORT', params: { min: LIMITS.passwordMinLength } } })
  @Validate(PasswordPolicy)
  password: string;

  @ApiProperty({ example: 'Amina du quartier', description: 'Public pseudonym; a real name is never required.', minLength: LIMITS.displayNameMinLength, maxLength: LIMITS.displayNameMaxLength })
  @Trim()
  @IsString({ context: { code: 'DISPLAY_NAME_TOO_SHORT', params: { min: LIMITS.displayNameMinLength } } })
  @MinLength(LIMITS.displayNameMinLength, { context: { code: 'DISPLAY_NAME_TOO_SHORT', params: { min: LIMITS.displayNameMinLength } } })
  @MaxLength(LIMITS.displayNameMaxLength, { context: { code: 'DISPLAY_NAME_TOO_LONG', params: { max: LIMITS.displayNameMaxLength } } })
  @Matches(SINGLE_LINE)
  displayName: string;

  @ApiPropertyOptional({ default: false, description: '"Rester connecté": keep the session after the browser closes.' })
  @IsOptional()
  @IsBoolean()
  rememberMe?: boolean;
}
