/** A message is a plain string, or a set of plural forms chosen with Intl.PluralRules. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralForms;

/** Placeholders in messages look like {name}. {count} selects the plural form. */
export type MessageParams = Record<string, string | number>;

export const LANGUAGES = ['fr', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'fr';
