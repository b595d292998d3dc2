import { ApiProperty } from '@nestjs/swagger';
import { TERRITORY_KINDS, type TerritoryKind } from '@participons/shared';
import type { Territory } from './territory.entity';

export class TerritoryResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: TERRITORY_KINDS, example: 'quartier' })
  kind: TerritoryKind;

  @ApiProperty({ example: 'Les Tours' })
  name: string;

  @ApiProperty({ type: String, nullable: true, example: null, description: 'INSEE code of a commune (e.g. "47323" for Villeneuve-sur-Lot); null for quartiers.' })
  officialCode: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The commune of a quartier; null for a commune.' })
  parentId: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'date-time', example: null, description: 'Null while active. Only admins see retired territories.' })
  retiredAt: string | null;
}

export class TerritoryDetailResponse extends TerritoryResponse {
  @ApiProperty({ type: [TerritoryResponse], description: 'Its active quartiers, by name (empty for a quartier).' })
  children: TerritoryResponse[];
}

export function toTerritoryResponse(t: Territory): TerritoryResponse {
  return {
    id: t.id,
    kind: t.kind,
    name: t.name,
    officialCode: t.officialCode,
    parentId: t.parentId,
    retiredAt: t.retiredAt ? t.retiredAt.toISOString() : null,
  };
}

export function toTerritoryDetailResponse(t: Territory, children: Territory[]): TerritoryDetailResponse {
  return { ...toTerritoryResponse(t), children: children.map(toTerritoryResponse) };
}
