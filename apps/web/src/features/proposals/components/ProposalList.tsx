import { useEffect, useState } from 'preact/hooks';
import { loadThemes, loadTerritories } from '../../../api/reference';
import type { Debate, Proposal, ProposalQuery, ProposalSort, Territory, Theme } from '../../../api/types';
import { Explain } from '../../../components/Explain';
import { SelectField, TextField } from '../../../components/Field';
import { LoadError, Loading } from '../../../components/Feedback';
import { StatusMessage } from '../../../components/Status';
import { useAsync } from '../../../components/useAsync';
import type { MessageKey } from '../../../i18n';
import { useI18n } from '../../../i18n/context';
import { listProposals } from '../api/proposals';
import { keepSeed, readSeed } from '../randomSeed';
import { ProposalCard } from './ProposalCard';

const SORT_LABELS: Record<ProposalSort, MessageKey> = {
  recent: 'proposals.sort.recent',
  supported: 'proposals.sort.supported',
  commented: 'proposals.sort.commented',
  controversial: 'proposals.sort.controversial',
  random: 'proposals.sort.random',
};

/** Sorts by vote counts are refused while a debate hides its votes (VOTES_HIDDEN). */
export function availableSorts(debate: Debate): ProposalSort[] {
  const votesVisible =
    !debate.settings.votesHiddenUntilClose || debate.status === 'closed' || debate.status === 'archived' || debate.canManage;
  return votesVisible ? ['recent', 'supported', 'commented', 'controversial', 'random'] : ['recent', 'commented', 'random'];
}

interface Filters {
  sort: ProposalSort;
  q: string;
  territoryId: string;
  themeId: string;
}

export function toQuery(debateId: string, filters: Filters): ProposalQuery {
  return {
    sort: filters.sort,
    q: filters.q.trim() || undefined,
    territoryId: filters.territoryId || undefined,
    themeId: filters.themeId || undefined,
    seed: filters.sort === 'random' ? readSeed(debateId) : undefined,
  };
}

/** The proposals of a debate, with sorts, filters and a search. */
export function ProposalList(props: { debate: Debate }) {
  const { t } = useI18n();
  const { debate } = props;
  const sorts = availableSorts(debate);
  const [form, setForm] = useState<Filters>({ sort: 'recent', q: '', territoryId: '', themeId: '' });
  const [applied, setApplied] = useState<Filters>(form);
  const [territories, setTerritories] = useState<Territory[]>([]);
  const [themes, setThemes] = useState<Theme[]>([]);
  const [more, setMore] = useState<Proposal[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [moreError, setMoreError] = useState<unknown>(null);

  useEffect(() => {
    loadTerritories().then((list) => setTerritories(list.filter((item) => item.parentId === debate.territoryId)), () => undefined);
    loadThemes().then(
      (list) => setThemes(debate.themeIds.length ? list.filter((theme) => debate.themeIds.includes(theme.id)) : list),
      () => undefined,
    );
  }, [debate.territoryId, debate.themeIds]);

  const page = useAsync(async (signal) => {
    const result = await listProposals(debate.id, toQuery(debate.id, applied), signal);
    if (applied.sort === 'random') keepSeed(debate.id, result.seed);
    return result;
  }, [debate.id, applied]);

  useEffect(() => {
    setMore([]);
    setMoreError(null);
    setCursor(page.data?.nextCursor ?? null);
  }, [page.data]);

  const loadMore = async () => {
    if (!cursor) return;
    try {
      const next = await listProposals(debate.id, { ...toQuery(debate.id, applied), cursor });
      setMore((previous) => [...previous, ...next.items]);
      setCursor(next.nextCursor);
    } catch (error) {
      setMoreError(error);
    }
  };

  const items = [...(page.data?.items ?? []), ...more];
  const update = (patch: Partial<Filters>) => setForm((previous) => ({ ...previous, ...patch }));

  return (
    <section aria-labelledby="proposals-heading">
      <h2 id="proposals-heading">{t('proposals.heading')}</h2>
      <form
        class="filters"
        role="search"
        aria-label={t('proposals.filters.label')}
        onSubmit={(e) => {
          e.preventDefault();
          setApplied({ ...form });
        }}
      >
        <TextField id="proposal-search" type="search" label={t('proposals.search.label')} hint={t('proposals.search.hint')} value={form.q} onValue={(q) => update({ q })} />
        <SelectField
          id="proposal-sort"
          label={t('proposals.sort.label')}
          value={form.sort}
          onValue={(sort) => update({ sort: sort as ProposalSort })}
          options={sorts.map((sort) => ({ value: sort, label: t(SORT_LABELS[sort]) }))}
        />
        <Explain topic={t('proposals.sort.topic')}>
          <ul>
            {sorts.map((sort) => (
              <li key={sort}>
                <strong>{t(SORT_LABELS[sort])}</strong>
                {t('common.colon')}
                {t(`proposals.sort.${sort}.hint` as MessageKey)}
              </li>
            ))}
          </ul>
        </Explain>
        {territories.length ? (
          <SelectField
            id="proposal-territory"
            label={t('proposals.filter.territory')}
            value={form.territoryId}
            onValue={(territoryId) => update({ territoryId })}
            options={[{ value: '', label: t('proposals.filter.allTerritories') }, ...territories.map((item) => ({ value: item.id, label: item.name }))]}
          />
        ) : null}
        {themes.length ? (
          <SelectField
            id="proposal-theme"
            label={t('proposals.filter.theme')}
            value={form.themeId}
            onValue={(themeId) => update({ themeId })}
            options={[{ value: '', label: t('proposals.filter.allThemes') }, ...themes.map((theme) => ({ value: theme.id, label: theme.name }))]}
          />
        ) : null}
        <button type="submit" class="button">
          {t('proposals.filters.submit')}
        </button>
      </form>

      <StatusMessage>
        {page.status === 'ready' ? t(cursor ? 'proposals.countMore' : 'proposals.count', { count: items.length }) : null}
      </StatusMessage>
      {page.status === 'loading' ? <Loading /> : null}
      {page.status === 'error' ? <LoadError error={page.error} onRetry={page.reload} /> : null}
      {page.status === 'ready' && items.length === 0 ? (
        <p>{applied.q || applied.territoryId || applied.themeId ? t('proposals.noneFound') : t('proposals.none')}</p>
      ) : null}
      {page.status !== 'loading' && items.length > 0 ? (
        <ul class="cards">
          {items.map((proposal) => (
            <ProposalCard key={proposal.id} proposal={proposal} />
          ))}
        </ul>
      ) : null}
      {moreError ? <LoadError error={moreError} /> : null}
      {cursor && page.status === 'ready' ? (
        <button type="button" class="button button--secondary" onClick={loadMore}>
          {t('proposals.more')}
        </button>
      ) : null}
    </section>
  );
}
