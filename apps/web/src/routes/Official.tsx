import { useState } from 'preact/hooks';
import type { Debate } from '../api/types';
import { SelectField } from '../components/Field';
import { LoadError, Loading } from '../components/Feedback';
import { SignInPrompt } from '../components/SignInPrompt';
import { usePageTitle } from '../components/usePageTitle';
import { useAsync } from '../components/useAsync';
import { listDebates } from '../features/debates/api/debates';
import { debateBriefHref } from '../features/summaries/api/summaries';
import { UnansweredList } from '../features/proposals/components/UnansweredList';
import { Explain } from '../components/Explain';
import { useI18n } from '../i18n/context';
import { hasRole, useSession } from '../session/session';

/** For officials: choose a debate, see its most supported proposals without an answer. */
export default function Official() {
  const { t } = useI18n();
  const { me, state } = useSession();
  usePageTitle('official.title');
  const allowed = hasRole(me, 'official', 'admin');
  const debates = useAsync<Debate[]>(
    async (signal) => {
      if (!allowed) return [];
      const [open, closed] = await Promise.all([
        listDebates({ status: 'open', limit: 100 }, signal),
        listDebates({ status: 'closed', limit: 100 }, signal),
      ]);
      // canManage: the debate is within the official's territory (answers elsewhere are refused).
      return [...open.items, ...closed.items].filter((item) => item.canManage);
    },
    [allowed],
  );
  const [chosen, setChosen] = useState('');
  const list = debates.data ?? [];
  const debate = list.find((item) => item.id === chosen) ?? list[0];

  return (
    <>
      <h1>{t('official.heading')}</h1>
      <p class="lead">{t('official.intro')}</p>
      <Explain topic={t('official.explain.topic')}>
        <p>{t('official.explain.1')}</p>
        <p>{t('official.explain.2')}</p>
      </Explain>
      {state.status === 'signedOut' ? <SignInPrompt text={t('official.signIn')} /> : null}
      {state.status === 'signedIn' && !allowed ? <p class="notice">{t('official.forbidden')}</p> : null}
      {allowed && debates.status === 'loading' ? <Loading /> : null}
      {debates.status === 'error' ? <LoadError error={debates.error} onRetry={debates.reload} /> : null}
      {allowed && debates.status === 'ready' && list.length === 0 ? <p>{t('official.noDebate')}</p> : null}
      {list.length ? (
        <SelectField
          id="official-debate"
          label={t('official.debate.label')}
          value={debate?.id ?? ''}
          onValue={setChosen}
          options={list.map((item) => ({ value: item.id, label: item.title }))}
        />
      ) : null}
      {debate ? (
        <p>
          <a class="button button--secondary" href={debateBriefHref(debate.id)}>
            {t('official.brief')}
          </a>
        </p>
      ) : null}
      {debate ? <UnansweredList key={debate.id} debate={debate} /> : null}
    </>
  );
}
