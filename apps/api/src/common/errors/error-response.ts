import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ErrorDetailResponse {
  @ApiProperty({ example: 'password' })
  field: string;

  @ApiProperty({ example: 'PASSWORD_TOO_SHORT' })
  code: string;

  @ApiProperty({ example: 'Votre mot de passe doit avoir au moins 8 caractères.' })
  message: string;
}

/** The one error shape of the API. */
export class ErrorResponse {
  @ApiProperty({ example: 400 })
  statusCode: number;

  @ApiProperty({ example: 'VALIDATION_FAILED', description: 'Stable, machine-readable code.' })
  code: string;

  @ApiProperty({ example: 'Certaines informations ne sont pas correctes. Vérifiez les champs signalés.' })
  message: string;

  @ApiPropertyOptional({ type: [ErrorDetailResponse] })
  details?: ErrorDetailResponse[];
}
