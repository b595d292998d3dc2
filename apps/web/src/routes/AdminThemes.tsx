import { AdminNav } from '../components/AdminNav';
import { Explain } from '../components/Explain';
import { StaffGate } from '../components/StaffGate';
import { usePageTitle } from '../components/usePageTitle';
import { ThemesAdmin } from '../features/themes/components/ThemesAdmin';
import '../i18n/admin';
import { useI18n } from '../i18n/context';

export default function AdminThemes() {
  const { t } = useI18n();
  usePageTitle('adm.theme.title');
  return (
    <>
      <h1>{t('adm.theme.heading')}</h1>
      <p class="lead">{t('adm.theme.intro')}</p>
      <Explain topic={t('adm.theme.explainTopic')}>
        <p>{t('adm.theme.explain.1')}</p>
        <p>{t('adm.theme.explain.2')}</p>
      </Explain>
      <StaffGate roles={['admin']} signInText={t('adm.signIn')} forbiddenText={t('adm.forbidden')}>
        <AdminNav />
        <ThemesAdmin />
      </StaffGate>
    </>
  );
}
