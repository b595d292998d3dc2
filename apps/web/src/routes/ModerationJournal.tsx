import { useRoute } from 'preact-iso';
import { Explain } from '../components/Explain';
import { StaffGate } from '../components/StaffGate';
import { usePageTitle } from '../components/usePageTitle';
import { ModerationLog } from '../features/moderation/components/ModerationLog';
import { ModerationNav } from '../features/moderation/components/ModerationNav';
import { useI18n } from '../i18n/context';
import '../i18n/moderation';

/** The moderation log: every action, who, when and why. Nothing in it can be changed. */
export default function ModerationJournal() {
  const { t } = useI18n();
  const { query } = useRoute();
  usePageTitle('mod.logPage.title');
  return (
    <>
      <h1>{t('mod.logPage.heading')}</h1>
      <p class="lead">{t('mod.logPage.intro')}</p>
      <Explain topic={t('mod.logPage.explainTopic')}>
        <p>{t('mod.logPage.explain.1')}</p>
        <p>{t('mod.logPage.explain.2')}</p>
      </Explain>
      <StaffGate roles={['moderator', 'admin']} signInText={t('mod.signIn')} forbiddenText={t('mod.forbidden')}>
        <ModerationNav />
        <ModerationLog initialTargetId={query.cible || undefined} />
      </StaffGate>
    </>
  );
}
