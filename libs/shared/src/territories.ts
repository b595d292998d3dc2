/** Territories (commune → quartier) and themes: values shared by the API and the web. */
export const TERRITORY_KINDS = ['commune', 'quartier'] as const;
export type TerritoryKind = (typeof TERRITORY_KINDS)[number];

/** INSEE commune code: five digits, or 2A/2B and three digits for Corsica (e.g. 47323, 2A004). */
export const INSEE_CODE_PATTERN = /^(?:\d{5}|2[AB]\d{3})$/;

export const TERRITORY_NAME_MAX_LENGTH = 150;
export const THEME_NAME_MAX_LENGTH = 60;
