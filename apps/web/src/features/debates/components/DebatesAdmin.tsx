import { useState } from 'preact/hooks';
import type { Debate } from '../../../api/types';
import { LoadError, Loading } from '../../../components/Feedback';
import { StatusMessage } from '../../../components/Status';
import { useAsync } from '../../../components/useAsync';
import '../../../i18n/admin';
import { useI18n } from '../../../i18n/context';
import { listDebates } from '../api/debates';
import { DebateDates, DebateStatusBadge } from './DebateStatus';

/** The debates this person may manage (drafts included), newest opening first. */
export function DebatesAdmin() {
  const { t } = useI18n();
  const first = useAsync((signal) => listDebates({ limit: 50 }, signal), []);
  const [more, setMore] = useState<Debate[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const [moreError, setMoreError] = useState<unknown>(null);
  const next = cursor === undefined ? (first.data?.nextCursor ?? null) : cursor;
  const items = [...(first.data?.items ?? []), ...more].filter((debate) => debate.canManage);

  const loadMore = async () => {
    if (!next) return;
    setMoreError(null);
    try {
      const page = await listDebates({ limit: 50, cursor: next });
      setMore((previous) => [...previous, ...page.items]);
      setCursor(page.nextCursor);
    } catch (error) {
      setMoreError(error);
    }
  };

  return (
    <section aria-labelledby="debates-admin-heading">
      <h2 id="debates-admin-heading">{t('adm.debates.list')}</h2>
      {first.status === 'loading' ? <Loading /> : null}
      {first.status === 'error' ? <LoadError error={first.error} onRetry={first.reload} /> : null}
      <StatusMessage>{first.status === 'ready' ? (items.length ? t('adm.debates.count', { count: items.length }) : t('adm.debates.none')) : null}</StatusMessage>
      {items.length ? (
        <ul class="cards">
          {items.map((debate) => (
            <li class="card" key={debate.id}>
              <h3 class="card__title">
                <a href={`/admin/debats/${debate.id}`}>{debate.title}</a>
              </h3>
              <p class="card__meta">
                <DebateStatusBadge status={debate.status} /> <DebateDates debate={debate} />
              </p>
              <p>
                <a href={`/debats/${debate.id}`}>
                  {t('adm.debates.see')}
                  <span class="visually-hidden"> {debate.title}</span>
                </a>
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {moreError ? <LoadError error={moreError} /> : null}
      {next ? (
        <button type="button" class="button button--secondary" onClick={loadMore}>
          {t('adm.debates.more')}
        </button>
      ) : null}
    </section>
  );
}
