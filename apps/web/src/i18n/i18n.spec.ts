import { moderationReasonLabels } from '@participons/shared';
import { adminEn } from './admin.en';
import { adminFr } from './admin.fr';
import { en } from './en';
import { fr } from './fr';
import {
  DEFAULT_LANG,
  STORAGE_KEY,
  addMessages,
  catalogues,
  createT,
  detectLang,
  getLang,
  readStoredLang,
  setLang,
  storeLang,
  t,
  translate,
  type Message,
  type MessageKey,
} from './index';
import { moderationEn } from './moderation.en';
import { moderationFr } from './moderation.fr';
import { summariesEn } from './summaries.en';
import { summariesFr } from './summaries.fr';

type Catalogue = Record<string, Message>;

/** Every catalogue, in both languages: the core (first load) and the staff parts (lazy). */
const PARTS: Array<[name: string, fr: Catalogue, en: Catalogue]> = [
  ['core', fr, en],
  ['moderation', moderationFr, moderationEn],
  ['admin', adminFr, adminEn],
  ['summaries', summariesFr, summariesEn],
];

describe.each(PARTS)('catalogue %s', (_name, frPart, enPart) => {
  it('fr and en have exactly the same keys', () => {
    expect(Object.keys(enPart).sort()).toEqual(Object.keys(frPart).sort());
  });

  it('plural messages have the same shape in fr and en, with an "other" form', () => {
    for (const key of Object.keys(frPart)) {
      const frMessage = frPart[key]!;
      const enMessage = enPart[key]!;
      expect([key, typeof enMessage]).toEqual([key, typeof frMessage]);
      if (typeof frMessage !== 'string') {
        expect(frMessage).toHaveProperty('other');
        expect(enMessage).toHaveProperty('other');
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (m: unknown) => [...new Set(JSON.stringify(m).match(/\{\w+\}/g) ?? [])].sort();
    for (const key of Object.keys(frPart)) {
      expect([key, placeholders(enPart[key])]).toEqual([key, placeholders(frPart[key])]);
    }
  });

  it('has no empty message', () => {
    for (const [lang, part] of [['fr', frPart], ['en', enPart]] as const) {
      for (const [key, message] of Object.entries(part)) {
        const texts = typeof message === 'string' ? [message] : Object.values(message);
        for (const text of texts) expect([lang, key, text.trim().length > 0]).toEqual([lang, key, true]);
      }
    }
  });

  it('keeps French sentences to 15 words or fewer (easy-to-read French)', () => {
    for (const [key, message] of Object.entries(frPart)) {
      const texts = typeof message === 'string' ? [message] : Object.values(message);
      for (const text of texts) {
        for (const sentence of text.split(/[.!?]\s+/)) {
          const words = sentence.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w));
          expect([key, sentence, words.length <= 15]).toEqual([key, sentence, true]);
        }
      }
    }
  });
});

describe('catalogue parts', () => {
  it('never reuse a key of another catalogue', () => {
    const seen = new Map<string, string>();
    for (const [name, frPart] of PARTS) {
      for (const key of Object.keys(frPart)) {
        expect([key, seen.get(key) ?? null]).toEqual([key, null]);
        seen.set(key, name);
      }
    }
  });

  it('are unknown until their chunk registers them, then translated in both languages', () => {
    expect(translate('fr', 'mod.heading')).toBe('mod.heading');
    addMessages({ fr: moderationFr, en: moderationEn });
    expect(translate('fr', 'mod.heading')).toBe('Modération');
    expect(translate('en', 'mod.heading')).toBe('Moderation');
  });

  it('name the report reasons exactly as the API does (reasonLabel)', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const [reason, label] of Object.entries(moderationReasonLabels[lang])) {
        expect([reason, translate(lang, `reason.${reason}` as MessageKey)]).toEqual([reason, label]);
      }
    }
  });
});

describe('translate', () => {
  it('returns the message in the requested language', () => {
    expect(translate('fr', 'notFound.homeLink')).toBe('Aller à la page d’accueil');
    expect(translate('en', 'notFound.homeLink')).toBe('Go to the home page');
  });

  it('chooses the plural form with Intl.PluralRules (French: 0 and 1 are singular)', () => {
    expect(translate('fr', 'home.how.count', { count: 0 })).toBe('Participer se fait en 0 étape.');
    expect(translate('fr', 'home.how.count', { count: 1 })).toBe('Participer se fait en 1 étape.');
    expect(translate('fr', 'home.how.count', { count: 5 })).toBe('Participer se fait en 5 étapes.');
    expect(translate('en', 'home.how.count', { count: 0 })).toBe('Taking part takes 0 steps.');
    expect(translate('en', 'home.how.count', { count: 1 })).toBe('Taking part takes 1 step.');
    expect(translate('en', 'home.how.count', { count: 2 })).toBe('Taking part takes 2 steps.');
  });

  it('falls back to the "other" form when a plural category is missing', () => {
    // French CLDR rules give "many" for 1 000 000; the catalogue only has one and other.
    expect(translate('fr', 'home.how.count', { count: 1_000_000 })).toMatch(/étapes\.$/);
  });

  it('formats numbers for the language', () => {
    expect(translate('en', 'home.how.count', { count: 1234 })).toBe('Taking part takes 1,234 steps.');
    // French groups thousands with a narrow no-break space.
    expect(translate('fr', 'home.how.count', { count: 1234 })).toMatch(/^Participer se fait en 1\s234 étapes\.$/u);
  });

  it('falls back to French when a key is missing in the requested language', () => {
    const saved = catalogues.en['notFound.text.1'];
    delete (catalogues.en as Partial<Record<MessageKey, unknown>>)['notFound.text.1'];
    try {
      expect(translate('en', 'notFound.text.1')).toBe(fr['notFound.text.1']);
    } finally {
      catalogues.en['notFound.text.1'] = saved;
    }
  });

  it('returns the key itself when no catalogue has it', () => {
    expect(translate('en', 'no.such.key' as MessageKey)).toBe('no.such.key');
  });

  it('leaves unknown placeholders as they are', () => {
    const saved = catalogues.en['notFound.text.1'];
    catalogues.en['notFound.text.1'] = 'Hello {name}, {unknown}';
    try {
      expect(translate('en', 'notFound.text.1', { name: 'Awa' })).toBe('Hello Awa, {unknown}');
    } finally {
      catalogues.en['notFound.text.1'] = saved;
    }
  });
});

describe('t and the current language', () => {
  afterEach(() => setLang(DEFAULT_LANG));

  it('translates into French by default', () => {
    expect(getLang()).toBe('fr');
    expect(t('home.title')).toBe('Accueil');
  });

  it('follows setLang', () => {
    setLang('en');
    expect(t('home.title')).toBe('Home');
    expect(createT('fr')('home.title')).toBe('Accueil');
  });
});

describe('detectLang', () => {
  it('prefers the stored choice', () => {
    expect(detectLang('en', ['fr-FR'])).toBe('en');
    expect(detectLang('fr', ['en-GB'])).toBe('fr');
  });

  it('ignores an invalid stored value', () => {
    expect(detectLang('de', ['en-US'])).toBe('en');
  });

  it('uses the first supported browser language', () => {
    expect(detectLang(null, ['de-DE', 'en-US', 'fr'])).toBe('en');
    expect(detectLang(null, ['FR-be'])).toBe('fr');
  });

  it('falls back to French', () => {
    expect(detectLang(null, [])).toBe('fr');
    expect(detectLang(undefined, ['ar', 'tr'])).toBe('fr');
  });
});

describe('language storage', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
  afterEach(() => {
    if (original) Object.defineProperty(globalThis, 'localStorage', original);
    else delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  it('stores and reads the choice', () => {
    const data = new Map<string, string>();
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      value: { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => data.set(k, v) },
    });
    storeLang('en');
    expect(data.get(STORAGE_KEY)).toBe('en');
    expect(readStoredLang()).toBe('en');
  });

  it('does not fail when storage is blocked', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new Error('SecurityError');
      },
    });
    expect(() => storeLang('en')).not.toThrow();
    expect(readStoredLang()).toBeNull();
  });
});
