import { LANGUAGE_NAMES, LANGUAGES } from '../i18n';
import { useI18n } from '../i18n/context';

export function LanguageSwitch() {
  const { t, lang, setLang } = useI18n();
  return (
    <div class="lang-switch" role="group" aria-labelledby="lang-switch-label">
      <span id="lang-switch-label" class="lang-switch__label">
        {t('layout.language.label')}
      </span>
      <span class="lang-switch__buttons">
        {LANGUAGES.map((code) => (
          <button
            key={code}
            type="button"
            class="button button--small"
            lang={code}
            aria-pressed={code === lang}
            onClick={() => setLang(code)}
          >
            {LANGUAGE_NAMES[code]}
          </button>
        ))}
      </span>
    </div>
  );
}
