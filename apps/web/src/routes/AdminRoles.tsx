import { useRoute } from 'preact-iso';
import { loadTerritories } from '../api/reference';
import { AdminNav } from '../components/AdminNav';
import { Explain } from '../components/Explain';
import { StaffGate } from '../components/StaffGate';
import { usePageTitle } from '../components/usePageTitle';
import { useAsync } from '../components/useAsync';
import { RolesAdmin } from '../features/users/components/RolesAdmin';
import '../i18n/admin';
import { useI18n } from '../i18n/context';

export default function AdminRoles() {
  const { t } = useI18n();
  const { query } = useRoute();
  usePageTitle('adm.roles.title');
  const territories = useAsync(() => loadTerritories(), []);
  return (
    <>
      <h1>{t('adm.roles.heading')}</h1>
      <p class="lead">{t('adm.roles.intro')}</p>
      <Explain topic={t('adm.roles.explainTopic')}>
        <p>{t('adm.roles.explain.1')}</p>
        <p>{t('adm.roles.explain.2')}</p>
        <p>{t('adm.roles.explain.3')}</p>
      </Explain>
      <StaffGate roles={['admin']} signInText={t('adm.signIn')} forbiddenText={t('adm.forbidden')}>
        <AdminNav />
        <RolesAdmin initialUserId={query.personne ?? ''} territories={territories.data ?? []} />
      </StaffGate>
    </>
  );
}
