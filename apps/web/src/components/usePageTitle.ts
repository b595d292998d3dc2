import { useEffect } from 'preact/hooks';
import type { MessageKey } from '../i18n';
import { useI18n } from '../i18n/context';

/**
 * Sets document.title to "<page> – Participons", in the current language.
 * `text` (a debate or proposal title) wins over the key once it is known.
 */
export function usePageTitle(key: MessageKey, text?: string | null): void {
  const { t, lang } = useI18n();
  useEffect(() => {
    document.title = (text || t(key)) + t('title.separator') + t('site.name');
  }, [key, text, lang, t]);
}
