import type { Lang } from '../i18n';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, withTime: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${withTime}`;
  let value = cache.get(key);
  if (!value) {
    value = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
    });
    cache.set(key, value);
  }
  return value;
}

/** "12 mars 2026": the month in words, no abbreviation. */
export function formatDate(lang: Lang, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : formatter(lang, false).format(date);
}

export function formatDateTime(lang: Lang, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : formatter(lang, true).format(date);
}
