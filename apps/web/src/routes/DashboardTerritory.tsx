import { useRoute } from 'preact-iso';
import type { TerritorySummary } from '../api/types';
import { Explain } from '../components/Explain';
import { LoadError, Loading } from '../components/Feedback';
import { formatDateTime } from '../components/format';
import { StaffGate } from '../components/StaffGate';
import { usePageTitle } from '../components/usePageTitle';
import { useAsync } from '../components/useAsync';
import { debateBriefHref, getTerritorySummary } from '../features/summaries/api/summaries';
import { AnswersSection, ParticipationSection, ProposalsSection, titlesOf, TopicsSection } from '../features/summaries/components/Brief';
import { ScrollTable } from '../features/summaries/components/Charts';
import { useI18n } from '../i18n/context';
import '../i18n/summaries';
import { hasRole, useSession } from '../session/session';

/** The brief of a territory and the territories below it (/elus/territoires/:id/bilan). */
export default function DashboardTerritory() {
  const { t, lang } = useI18n();
  const { params } = useRoute();
  const { me } = useSession();
  const id = params.id ?? '';
  const allowed = hasRole(me, 'official', 'admin');
  const summary = useAsync<TerritorySummary | null>((signal) => (allowed ? getTerritorySummary(id, signal) : Promise.resolve(null)), [id, allowed]);
  const data = summary.data;
  usePageTitle('sum.territoryBrief.title', data ? `${t('sum.territoryBrief.title')} : ${data.territory.name}` : null);

  return (
    <div class="brief">
      <header class="page-header brief__header">
        <p class="page-header__kicker">{t('sum.territoryBrief.kicker')}</p>
        <h1>{data?.territory.name ?? t('sum.territoryBrief.title')}</h1>
        {data ? <p class="brief__meta">{t('sum.generated', { date: formatDateTime(lang, data.generatedAt) })}</p> : null}
      </header>
      <StaffGate roles={['official', 'admin']} signInText={t('sum.signIn')} forbiddenText={t('sum.forbidden')}>
        {summary.status === 'loading' && !data ? <Loading /> : null}
        {summary.status === 'error' ? <LoadError error={summary.error} onRetry={summary.reload} /> : null}
        {data ? <TerritoryBrief summary={data} /> : null}
      </StaffGate>
    </div>
  );
}

function TerritoryBrief(props: { summary: TerritorySummary }) {
  const { t } = useI18n();
  const s = props.summary;
  const titles = titlesOf(s.proposals.mostSupported, s.proposals.mostDivisive, s.proposals.mostSupportedUnanswered);
  return (
    <>
      <p class="lead no-print">{t('sum.territoryBrief.intro')}</p>
      <Explain topic={t('sum.explain.topic')}>
        <p>{t('sum.explain.1')}</p>
        <p>{t('sum.explain.2')}</p>
        <p>{t('sum.explain.3')}</p>
      </Explain>
      <p class="actions no-print">
        <button type="button" class="button" onClick={() => window.print()}>
          {t('sum.print')}
        </button>
      </p>
      <section class="brief__section" aria-labelledby="debates-heading">
        <h2 id="debates-heading">{t('sum.territoryBrief.debates')}</h2>
        {s.debates.length === 0 ? (
          <p>{t('sum.territoryBrief.noDebate')}</p>
        ) : (
          <ScrollTable label={t('sum.table.region', { title: t('sum.territoryBrief.debates') })}>
            <table class="data-table">
              <caption class="visually-hidden">{t('sum.territoryBrief.debates')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('official.debate.label')}</th>
                  <th scope="col">{t('sum.table.participants')}</th>
                  <th scope="col">{t('sum.table.proposals')}</th>
                  <th scope="col">{t('sum.table.comments')}</th>
                  <th scope="col">{t('sum.table.votes')}</th>
                  <th scope="col">{t('sum.zone.consensus')}</th>
                  <th scope="col">{t('sum.answers.unanswered')}</th>
                </tr>
              </thead>
              <tbody>
                {s.debates.map((row) => (
                  <tr key={row.debate.id}>
                    <th scope="row">
                      <a href={debateBriefHref(row.debate.id)}>
                        <span class="visually-hidden">{t('sum.territoryBrief.debateLink')} </span>
                        {row.debate.title}
                      </a>
                    </th>
                    <td>{row.participants}</td>
                    <td>{row.proposals}</td>
                    <td>{row.comments}</td>
                    <td>{row.votes}</td>
                    <td>{row.zones.consensus}</td>
                    <td>{row.answers.unanswered}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </section>
      <ParticipationSection participation={s.participation} titles={titles} />
      <ProposalsSection
        zones={s.proposals.zones}
        minVotes={s.proposals.rules.minVotesForZone}
        mostSupported={s.proposals.mostSupported}
        mostDivisive={s.proposals.mostDivisive}
        unanswered={s.proposals.mostSupportedUnanswered}
        titles={titles}
      />
      <TopicsSection topics={s.topics} titles={titles} />
      <AnswersSection answers={s.answers} titles={titles} />
      <p class="print-only brief__sources">{t('sum.printSources', { url: typeof location === 'undefined' ? '' : location.href })}</p>
    </>
  );
}
