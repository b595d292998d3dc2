import { ApiProperty } from '@nestjs/swagger';
import { MeResponse } from '../../users/user.mapper';

export class SessionResponse {
  @ApiProperty({ type: MeResponse })
  user: MeResponse;

  @ApiProperty({ format: 'date-time', description: 'When the access cookie must be refreshed (POST /api/auth/refresh).' })
  accessTokenExpiresAt: string;

  @ApiProperty({ format: 'date-time', description: 'When the session ends without activity.' })
  sessionExpiresAt: string;

  @ApiProperty({ description: 'Whether "Rester connecté" was chosen.' })
  persistent: boolean;
}

export class RefreshedResponse {
  @ApiProperty({ format: 'date-time' })
  accessTokenExpiresAt: string;

  @ApiProperty({ format: 'date-time' })
  sessionExpiresAt: string;
}

export class TokenResponse {
  @ApiProperty({ example: 'Bearer' })
  tokenType: 'Bearer';

  @ApiProperty({ description: 'JWT, valid 15 minutes. Send as `Authorization: Bearer …`.' })
  accessToken: string;

  @ApiProperty({ description: 'Opaque; single use. Exchange it at POST /api/auth/refresh.' })
  refreshToken: string;

  @ApiProperty({ example: 900 })
  expiresIn: number;

  @ApiProperty({ format: 'date-time' })
  sessionExpiresAt: string;
}
