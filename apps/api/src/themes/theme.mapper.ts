import { ApiProperty } from '@nestjs/swagger';
import type { Theme } from './theme.entity';

export class ThemeResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'mobilité' })
  name: string;
}

export function toThemeResponse(theme: Pick<Theme, 'id' | 'name'>): ThemeResponse {
  return { id: theme.id, name: theme.name };
}
