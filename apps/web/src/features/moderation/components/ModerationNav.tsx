import { useLocation } from 'preact-iso';
import type { MessageKey } from '../../../i18n';
import { useI18n } from '../../../i18n/context';
import '../../../i18n/moderation';

const LINKS: Array<[string, MessageKey]> = [
  ['/moderation', 'mod.nav.queue'],
  ['/moderation/journal', 'mod.nav.log'],
  ['/moderation/personne', 'mod.nav.person'],
];

/** The three moderation screens. */
export function ModerationNav() {
  const { t } = useI18n();
  const { path } = useLocation();
  return (
    <nav class="subnav" aria-label={t('mod.nav.label')}>
      <ul>
        {LINKS.map(([href, key]) => (
          <li key={href}>
            <a href={href} aria-current={path === href ? 'page' : undefined}>
              {t(key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
