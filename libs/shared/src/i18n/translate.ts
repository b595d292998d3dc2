import type { ErrorCode } from '../error-codes';
import { errorsEn } from './en';
import { errorsFr } from './fr';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const catalogues: Record<Language, Record<ErrorCode, string>> = { fr: errorsFr, en: errorsEn };

export type MessageParams = Record<string, string | number>;

/** Fills `{name}` placeholders; unknown placeholders stay as they are. */
export function interpolate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function errorMessage(code: ErrorCode, language: Language, params?: MessageParams): string {
  return interpolate(catalogues[language][code], params);
}

/** Picks the first supported language of an Accept-Language header; French otherwise. */
export function pickLanguage(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'fr';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag, ...options] = part.trim().split(';');
      const q = options.find((o) => o.trim().startsWith('q='));
      return { tag: tag.toLowerCase().split('-')[0], q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q);
  const match = ranked.find((entry) => (LANGUAGES as readonly string[]).includes(entry.tag));
  return (match?.tag as Language | undefined) ?? 'fr';
}
