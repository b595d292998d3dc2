import { Explain } from '../components/Explain';
import { StaffGate } from '../components/StaffGate';
import { usePageTitle } from '../components/usePageTitle';
import { useAsync } from '../components/useAsync';
import { listDebates } from '../features/debates/api/debates';
import { ModerationNav } from '../features/moderation/components/ModerationNav';
import { ModerationQueue } from '../features/moderation/components/ModerationQueue';
import { useI18n } from '../i18n/context';
import '../i18n/moderation';
import { hasRole, useSession } from '../session/session';

/** For moderators and admins: the review queue, most urgent first, and one-click decisions. */
export default function Moderation() {
  const { t } = useI18n();
  const { me } = useSession();
  usePageTitle('mod.title');
  const allowed = hasRole(me, 'moderator', 'admin');
  // The debates, to filter the queue by debate (the first 100 is plenty for a filter).
  const debates = useAsync((signal) => (allowed ? listDebates({ limit: 100 }, signal).then((page) => page.items) : Promise.resolve([])), [allowed]);

  return (
    <>
      <h1>{t('mod.heading')}</h1>
      <p class="lead">{t('mod.intro')}</p>
      <Explain topic={t('mod.explain.topic')}>
        <p>{t('mod.explain.1')}</p>
        <p>{t('mod.explain.2')}</p>
        <p>{t('mod.explain.3')}</p>
        <p>{t('mod.explain.4')}</p>
      </Explain>
      <StaffGate roles={['moderator', 'admin']} signInText={t('mod.signIn')} forbiddenText={t('mod.forbidden')}>
        <ModerationNav />
        {me ? <ModerationQueue me={me} isAdmin={hasRole(me, 'admin')} debates={debates.data ?? []} /> : null}
      </StaffGate>
    </>
  );
}
