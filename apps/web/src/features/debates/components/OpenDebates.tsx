import { useEffect, useState } from 'preact/hooks';
import { loadTerritories, territoryName, territoryOptions } from '../../../api/reference';
import type { DebatePage, Territory } from '../../../api/types';
import { SelectField } from '../../../components/Field';
import { LoadError, Loading } from '../../../components/Feedback';
import { StatusMessage } from '../../../components/Status';
import { useAsync } from '../../../components/useAsync';
import { useI18n } from '../../../i18n/context';
import { readItem, removeItem, writeItem } from '../../../session/storage';
import { listDebates } from '../api/debates';
import { DebateCard } from './DebateCard';

/** The place chosen on the home page: kept on the device (not personal: a commune or a quartier). */
export const PLACE_KEY = 'participons.place';

/** Open debates near the visitor: a place chooser, then the list. */
export function OpenDebates() {
  const { t } = useI18n();
  const [territories, setTerritories] = useState<Territory[] | null>(null);
  const [place, setPlace] = useState<string>(() => readItem(PLACE_KEY) ?? '');
  const [more, setMore] = useState<DebatePage['items']>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);

  useEffect(() => {
    loadTerritories().then(setTerritories, () => setTerritories([]));
  }, []);

  const page = useAsync(
    (signal) => listDebates({ status: 'open', territoryId: place || undefined }, signal),
    [place],
  );

  useEffect(() => {
    setMore([]);
    setCursor(page.data?.nextCursor ?? null);
  }, [page.data]);

  const choose = (value: string) => {
    if (value) writeItem(PLACE_KEY, value);
    else removeItem(PLACE_KEY);
    setPlace(value);
  };

  const items = [...(page.data?.items ?? []), ...more];
  const loadMore = async () => {
    if (!cursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const next = await listDebates({ status: 'open', territoryId: place || undefined, cursor });
      setMore((previous) => [...previous, ...next.items]);
      setCursor(next.nextCursor);
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <section aria-labelledby="debates-heading">
      <h2 id="debates-heading">{t('home.debates.heading')}</h2>
      <SelectField
        id="place"
        label={t('home.debates.place')}
        hint={t('home.debates.placeHint')}
        value={place}
        onValue={choose}
        options={[{ value: '', label: t('home.debates.everywhere') }, ...territoryOptions(territories ?? [])]}
      />
      <StatusMessage>
        {page.status === 'ready' ? t('home.debates.count', { count: page.data.items.length + more.length }) : null}
      </StatusMessage>
      {page.status === 'loading' && !page.data ? <Loading /> : null}
      {page.status === 'error' ? <LoadError error={page.error} onRetry={page.reload} /> : null}
      {page.status === 'ready' && items.length === 0 ? <p>{t('home.debates.none')}</p> : null}
      {items.length > 0 ? (
        <ul class="cards">
          {items.map((debate) => (
            <DebateCard key={debate.id} debate={debate} territory={territoryName(territories, debate.territoryId)} />
          ))}
        </ul>
      ) : null}
      {moreError ? <LoadError error={moreError} /> : null}
      {cursor ? (
        <button type="button" class="button button--secondary" onClick={loadMore} disabled={loadingMore}>
          {t('home.debates.more')}
        </button>
      ) : null}
    </section>
  );
}
