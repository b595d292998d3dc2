import { api } from '../../../api/client';
import type { Theme, ThemeBody } from '../../../api/types';

const id = (value: string) => encodeURIComponent(value);

export function listThemes(signal?: AbortSignal): Promise<Theme[]> {
  return api.get<Theme[]>('/api/themes', undefined, signal);
}

export function createTheme(body: ThemeBody): Promise<Theme> {
  return api.post<Theme>('/api/themes', body);
}

export function renameTheme(themeId: string, body: ThemeBody): Promise<Theme> {
  return api.patch<Theme>(`/api/themes/${id(themeId)}`, body);
}

/** Retired: stays on what it labels, offered nowhere. */
export function retireTheme(themeId: string): Promise<void> {
  return api.delete<void>(`/api/themes/${id(themeId)}`);
}
