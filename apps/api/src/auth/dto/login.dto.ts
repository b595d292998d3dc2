import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { LIMITS } from '@participons/shared';

export class LoginDto {
  @ApiProperty({ example: 'amina@exemple.fr' })
  @IsString()
  @MaxLength(LIMITS.emailMaxLength)
  email: string;

  @ApiProperty({ example: 'le vélo du marché bleu' })
  @IsString()
  @MaxLength(1024)
  password: string;

  @ApiPropertyOptional({ default: false, description: '"Rester connecté": unchecked by default, for shared phones.' })
  @IsOptional()
  @IsBoolean()
  rememberMe?: boolean;
}

export class RefreshDto {
  @ApiPropertyOptional({ description: 'API clients send the refresh token here; the web sends it as a cookie.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}
