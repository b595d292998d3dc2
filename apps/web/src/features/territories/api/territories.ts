import { api } from '../../../api/client';
import type { CreateTerritoryBody, Territory, UpdateTerritoryBody } from '../../../api/types';

const id = (value: string) => encodeURIComponent(value);

/** Active territories, fresh (not the cached list citizens' pages share). */
export function listTerritories(signal?: AbortSignal): Promise<Territory[]> {
  return api.get<Territory[]>('/api/territories', undefined, signal);
}

export function createTerritory(body: CreateTerritoryBody): Promise<Territory> {
  return api.post<Territory>('/api/territories', body);
}

export function updateTerritory(territoryId: string, body: UpdateTerritoryBody): Promise<Territory> {
  return api.patch<Territory>(`/api/territories/${id(territoryId)}`, body);
}

/** Retired: kept for what points to it, offered nowhere (409 TERRITORY_IN_USE for a commune with quartiers). */
export function retireTerritory(territoryId: string): Promise<void> {
  return api.delete<void>(`/api/territories/${id(territoryId)}`);
}
