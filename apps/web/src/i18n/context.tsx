import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useMemo, useState } from 'preact/hooks';
import {
  browserLanguages,
  createT,
  detectLang,
  readStoredLang,
  setLang as setCurrentLang,
  storeLang,
  type Lang,
  type TFunction,
} from './index';

export interface I18nValue {
  lang: Lang;
  t: TFunction;
  setLang: (lang: Lang) => void;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider(props: { initialLang?: Lang; children?: ComponentChildren }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const initial = props.initialLang ?? detectLang(readStoredLang(), browserLanguages());
    setCurrentLang(initial);
    return initial;
  });

  const setLang = useCallback((next: Lang) => {
    storeLang(next);
    setCurrentLang(next);
    setLangState(next);
  }, []);

  const value = useMemo<I18nValue>(() => ({ lang, t: createT(lang), setLang }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
