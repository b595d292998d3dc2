import type { adminFr } from './admin.fr';
import { en } from './en';
import { fr, type CoreMessageKey } from './fr';
import type { moderationFr } from './moderation.fr';
import type { summariesFr } from './summaries.fr';
import { DEFAULT_LANG, LANGUAGES, type Lang, type Message, type MessageParams } from './types';

/**
 * Every key: the core catalogue (first load) and the parts that staff screens load with their
 * own chunk (moderation, admin, summaries), so that citizens never download the staff texts.
 */
export type MessageKey = CoreMessageKey | keyof typeof moderationFr | keyof typeof adminFr | keyof typeof summariesFr;

export { LANGUAGES, DEFAULT_LANG, type Lang, type Message, type MessageParams, type CoreMessageKey };

/** The texts known now, per language: the core catalogue, plus each part once its chunk has loaded. */
export const catalogues: Record<Lang, Partial<Record<MessageKey, Message>>> = { fr: { ...fr }, en: { ...en } };

/** A catalogue part: the same keys in every language (checked by the unit test and the types). */
export type CataloguePart = Record<Lang, Record<string, Message>>;

/** Adds a part's texts to the catalogues. Each part registers itself when its module loads (i18n/moderation.ts, i18n/admin.ts). */
export function addMessages(part: CataloguePart): void {
  for (const lang of LANGUAGES) Object.assign(catalogues[lang], part[lang]);
}

/** Name of each language, written in that language (shown in the language switch). */
export const LANGUAGE_NAMES: Record<Lang, string> = { fr: 'Français', en: 'English' };

export const STORAGE_KEY = 'participons.lang';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
function pluralCategory(lang: Lang, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

function format(lang: Lang, value: string | number): string {
  return typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : value;
}

/**
 * Translates a key into `lang`. Falls back to French when the key is missing in `lang`,
 * and to the key itself when French lacks it too. `params.count` selects the plural form
 * (Intl.PluralRules), falling back to `other`. Placeholders look like {name}.
 */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const message: Message | undefined =
    (catalogues[lang] as Partial<Record<string, Message>>)[key] ??
    (catalogues[DEFAULT_LANG] as Partial<Record<string, Message>>)[key];
  if (message === undefined) return key;

  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = typeof params?.count === 'number' ? params.count : Number(params?.count ?? 0);
    text = message[pluralCategory(lang, count)] ?? message.other;
  }
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? format(lang, params[name]!) : whole,
  );
}

export type TFunction = (key: MessageKey, params?: MessageParams) => string;

export function createT(lang: Lang): TFunction {
  return (key, params) => translate(lang, key, params);
}

/**
 * Chooses the language: a choice stored by the person wins, then the browser's languages
 * in order of preference, then French.
 */
export function detectLang(stored: string | null | undefined, browserLanguages: readonly string[]): Lang {
  if (isLang(stored)) return stored;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return DEFAULT_LANG;
}

/** Reads localStorage without failing where storage is blocked (private mode, strict settings). */
export function readStoredLang(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function storeLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    /* storage unavailable: the choice lasts for this visit only */
  }
}

export function browserLanguages(): readonly string[] {
  const nav = globalThis.navigator;
  if (!nav) return [];
  return nav.languages?.length ? nav.languages : nav.language ? [nav.language] : [];
}

let currentLang: Lang = DEFAULT_LANG;

export function getLang(): Lang {
  return currentLang;
}

/** Sets the current language for `t()` and `<html lang>`. Components use the I18n context. */
export function setLang(lang: Lang): void {
  currentLang = lang;
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

/** The tiny helper: translates into the current language. */
export const t: TFunction = (key, params) => translate(currentLang, key, params);
