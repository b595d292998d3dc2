import { AdminNav } from '../components/AdminNav';
import { Explain } from '../components/Explain';
import { StaffGate } from '../components/StaffGate';
import { usePageTitle } from '../components/usePageTitle';
import { TerritoriesAdmin } from '../features/territories/components/TerritoriesAdmin';
import '../i18n/admin';
import { useI18n } from '../i18n/context';

export default function AdminTerritories() {
  const { t } = useI18n();
  usePageTitle('adm.territory.title');
  return (
    <>
      <h1>{t('adm.territory.heading')}</h1>
      <p class="lead">{t('adm.territory.intro')}</p>
      <Explain topic={t('adm.territory.explainTopic')}>
        <p>{t('adm.territory.explain.1')}</p>
        <p>{t('adm.territory.explain.2')}</p>
        <p>{t('adm.territory.explain.3')}</p>
      </Explain>
      <StaffGate roles={['admin']} signInText={t('adm.signIn')} forbiddenText={t('adm.forbidden')}>
        <AdminNav />
        <TerritoriesAdmin />
      </StaffGate>
    </>
  );
}
