/**
 * Reference data used by many screens (territories, themes): fetched once per visit and
 * shared, to spare requests on poor connections. A failed load is tried again next time.
 */
import { api } from './client';
import type { Territory, Theme } from './types';

let territories: Promise<Territory[]> | null = null;
let themes: Promise<Theme[]> | null = null;

export function loadTerritories(): Promise<Territory[]> {
  territories ??= api.get<Territory[]>('/api/territories').catch((error: unknown) => {
    territories = null;
    throw error;
  });
  return territories;
}

export function loadThemes(): Promise<Theme[]> {
  themes ??= api.get<Theme[]>('/api/themes').catch((error: unknown) => {
    themes = null;
    throw error;
  });
  return themes;
}

/** Forgets the cached lists (tests). */
export function resetReferenceCache(): void {
  territories = null;
  themes = null;
}

/** The communes, each followed by its quartiers, for a <select>: "Villeneuve", "Villeneuve – Les Tours"… */
export function territoryOptions(list: Territory[]): Array<{ value: string; label: string }> {
  const communes = list.filter((item) => item.kind === 'commune');
  return communes.flatMap((commune) => [
    { value: commune.id, label: commune.name },
    ...list
      .filter((item) => item.parentId === commune.id)
      .map((quartier) => ({ value: quartier.id, label: `${commune.name} – ${quartier.name}` })),
  ]);
}

export function territoryName(list: Territory[] | null | undefined, id: string | null | undefined): string | null {
  if (!list || !id) return null;
  const found = list.find((item) => item.id === id);
  if (!found) return null;
  const parent = found.parentId ? list.find((item) => item.id === found.parentId) : null;
  return parent ? `${parent.name} – ${found.name}` : found.name;
}
