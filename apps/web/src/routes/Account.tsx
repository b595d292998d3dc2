import type { Debate, Role } from '../api/types';
import { Explain } from '../components/Explain';
import { LoadError, Loading } from '../components/Feedback';
import { SignInPrompt } from '../components/SignInPrompt';
import { usePageTitle } from '../components/usePageTitle';
import { useAsync } from '../components/useAsync';
import { MyContributions } from '../features/contributions/components/MyContributions';
import { listDebates } from '../features/debates/api/debates';
import { myVotes } from '../features/votes/api/votes';
import type { MessageKey } from '../i18n';
import { useI18n } from '../i18n/context';
import { useSession } from '../session/session';

const ROLE_LABELS: Record<Role, MessageKey> = {
  facilitator: 'account.role.facilitator',
  moderator: 'account.role.moderator',
  official: 'account.role.official',
  admin: 'account.role.admin',
};

/**
 * "Mes contributions": the account, my proposals and comments in every state (with why when
 * hidden, and the appeal), and my votes in each open debate.
 */
export default function Account() {
  const { t } = useI18n();
  const { me, state } = useSession();
  usePageTitle('account.title');
  const votes = useAsync<Array<{ debate: Debate; count: number }>>(
    async (signal) => {
      if (!me) return [];
      const debates = await listDebates({ status: 'open', limit: 50 }, signal);
      const counts = await Promise.all(debates.items.map((debate) => myVotes(debate.id, signal).then((v) => Object.keys(v.votes).length)));
      return debates.items.map((debate, i) => ({ debate, count: counts[i]! })).filter((row) => row.count > 0);
    },
    [me?.id],
  );

  return (
    <>
      <h1>{t('account.heading')}</h1>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'signedOut' ? <SignInPrompt text={t('account.signIn')} /> : null}
      {me ? (
        <>
          <section class="panel" aria-labelledby="account-me">
            <h2 id="account-me">{t('account.me.heading')}</h2>
            <dl class="facts">
              <dt>{t('account.me.name')}</dt>
              <dd>{me.displayName}</dd>
              {me.email ? (
                <>
                  <dt>{t('account.me.email')}</dt>
                  <dd>{me.email}</dd>
                </>
              ) : null}
              {me.roles.length ? (
                <>
                  <dt>{t('account.me.roles')}</dt>
                  <dd>{[...new Set(me.roles.map((grant) => t(ROLE_LABELS[grant.role])))].join(', ')}</dd>
                </>
              ) : null}
            </dl>
          </section>
          <Explain topic={t('account.explain.topic')}>
            <p>{t('account.explain.1')}</p>
            <p>{t('account.explain.2')}</p>
            <p>{t('account.explain.3')}</p>
            <p>{t('account.explain.4')}</p>
          </Explain>
          <MyContributions userId={me.id} />
          <section aria-labelledby="account-votes">
            <h2 id="account-votes">{t('account.votes.heading')}</h2>
            {votes.status === 'loading' ? <Loading /> : null}
            {votes.status === 'error' ? <LoadError error={votes.error} onRetry={votes.reload} /> : null}
            {votes.status === 'ready' && votes.data.length === 0 ? <p>{t('account.votes.none')}</p> : null}
            {votes.status === 'ready' && votes.data.length ? (
              <ul class="cards">
                {votes.data.map(({ debate, count }) => (
                  <li class="card" key={debate.id}>
                    <h3 class="card__title">
                      <a href={`/debats/${debate.id}`}>{debate.title}</a>
                    </h3>
                    <p class="card__meta">{t('account.votes.count', { count })}</p>
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        </>
      ) : null}
    </>
  );
}
