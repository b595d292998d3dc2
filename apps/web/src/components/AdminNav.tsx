import { useLocation } from 'preact-iso';
import type { MessageKey } from '../i18n';
import '../i18n/admin';
import { useI18n } from '../i18n/context';
import { hasRole, useSession } from '../session/session';

/** The administration screens this person may use: debates for all staff who run them, the rest for admins. */
export function AdminNav() {
  const { t } = useI18n();
  const { me } = useSession();
  const { path } = useLocation();
  const admin = hasRole(me, 'admin');
  const links: Array<[string, MessageKey]> = [
    ...(admin ? ([['/admin', 'layout.nav.admin']] as Array<[string, MessageKey]>) : []),
    ['/admin/debats', 'layout.nav.debates'],
    ...(admin
      ? ([
          ['/admin/territoires', 'adm.nav.territories'],
          ['/admin/themes', 'adm.nav.themes'],
          ['/admin/roles', 'adm.nav.roles'],
        ] as Array<[string, MessageKey]>)
      : []),
  ];
  return (
    <nav class="subnav" aria-label={t('adm.nav.label')}>
      <ul>
        {links.map(([href, key]) => (
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
