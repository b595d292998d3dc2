import { useEffect } from 'preact/hooks';
import type { MessageKey } from '../i18n';
import { useI18n } from '../i18n/context';

/** Sets document.title to "<page> – Participons", in the current language. */
export function usePageTitle(key: MessageKey): void {
  const { t, lang } = useI18n();
  useEffect(() => {
    document.title = t(key) + t('title.separator') + t('site.name');
  }, [key, lang, t]);
}
