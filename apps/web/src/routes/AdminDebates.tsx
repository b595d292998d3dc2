import { AdminNav } from '../components/AdminNav';
import { Explain } from '../components/Explain';
import { StaffGate } from '../components/StaffGate';
import { usePageTitle } from '../components/usePageTitle';
import { DebatesAdmin } from '../features/debates/components/DebatesAdmin';
import '../i18n/admin';
import { useI18n } from '../i18n/context';

/** Admins, officials and facilitators: the debates they run (within their territory). */
export default function AdminDebates() {
  const { t } = useI18n();
  usePageTitle('adm.debates.title');
  return (
    <>
      <h1>{t('adm.debates.heading')}</h1>
      <p class="lead">{t('adm.debates.intro')}</p>
      <Explain topic={t('adm.debates.explainTopic')}>
        <p>{t('adm.debates.explain.1')}</p>
        <p>{t('adm.debates.explain.2')}</p>
        <p>{t('adm.debates.explain.3')}</p>
      </Explain>
      <StaffGate roles={['admin', 'official', 'facilitator']} signInText={t('adm.signIn')} forbiddenText={t('adm.debates.forbidden')}>
        <AdminNav />
        <p>
          <a class="button button--primary-large" href="/admin/debats/nouveau">
            {t('adm.debates.new')}
          </a>
        </p>
        <DebatesAdmin />
      </StaffGate>
    </>
  );
}
