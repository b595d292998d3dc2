import { useRoute } from 'preact-iso';
import { ApiError } from '../api/client';
import type { DebateResults } from '../api/types';
import { Explain } from '../components/Explain';
import { LoadError, Loading } from '../components/Feedback';
import { usePageTitle } from '../components/usePageTitle';
import { useAsync } from '../components/useAsync';
import { AnswerBadge } from '../features/proposals/components/badges';
import { debateHref, getDebateResults } from '../features/summaries/api/summaries';
import { ChartBlock, BarList, ProposalLink, ScrollTable } from '../features/summaries/components/Charts';
import { titlesOf, ZonesChart } from '../features/summaries/components/Brief';
import { channelTotal, territoryName, territoryText } from '../features/summaries/text';
import type { MessageKey } from '../i18n';
import { useI18n } from '../i18n/context';
import '../i18n/summaries';

/** Plain words for the vote zones, for citizens. */
const PLAIN_ZONES: Record<'consensus' | 'rejection' | 'limbo' | 'controversy' | 'notEnoughVotes', MessageKey> = {
  consensus: 'results.zone.consensus',
  rejection: 'results.zone.rejection',
  limbo: 'results.zone.limbo',
  controversy: 'results.zone.controversy',
  notEnoughVotes: 'results.zone.notEnoughVotes',
};

/** The public results of a closed debate (/debats/:id/resultats), in easy-to-read French. */
export default function Results() {
  const { t } = useI18n();
  const { params } = useRoute();
  const id = params.id ?? '';
  const results = useAsync((signal) => getDebateResults(id, signal), [id]);
  const data = results.data;
  usePageTitle('results.title', data ? `${t('results.title')} : ${data.debate.title}` : null);
  const notYet = results.status === 'error' && results.error instanceof ApiError && results.error.code === 'RESULTS_NOT_AVAILABLE';

  return (
    <>
      <header class="page-header">
        <p class="page-header__kicker">{t('results.kicker')}</p>
        <h1>{data?.debate.title ?? t('results.title')}</h1>
      </header>
      {results.status === 'loading' && !data ? <Loading /> : null}
      {notYet ? <p class="notice">{t('results.notYet')}</p> : null}
      {results.status === 'error' && !notYet ? <LoadError error={results.error} onRetry={results.reload} /> : null}
      {data ? <ResultsView results={data} /> : null}
      <p>
        <a class="button button--secondary" href={debateHref(id)}>
          {t('results.back')}
        </a>
      </p>
    </>
  );
}

function ResultsView(props: { results: DebateResults }) {
  const { t } = useI18n();
  const r = props.results;
  const p = r.participation;
  const titles = titlesOf(r.proposals.items);
  const workshop = p.byChannel.filter((row) => row.channel === 'workshop').reduce((sum, row) => sum + channelTotal(row), 0);
  const answered = r.proposals.items.filter((item) => item.answer);
  return (
    <>
      <p class="lead">{t('results.intro')}</p>
      <div class="question">
        <p class="question__label">{t('debate.question')}</p>
        <p class="question__text">{r.debate.question}</p>
      </div>
      <Explain topic={t('results.explain.topic')}>
        <p>{t('results.explain.1')}</p>
        <p>{t('results.explain.2')}</p>
        <p>{t('results.explain.3')}</p>
      </Explain>

      <section class="panel" aria-labelledby="who-heading">
        <h2 id="who-heading">{t('results.who.heading')}</h2>
        <ul class="results__facts">
          <li>{t('results.people', { count: p.participants.count })}</li>
          <li>{t('results.proposals', { count: p.proposals.count })}</li>
          <li>{t('results.comments', { count: p.comments.count })}</li>
          <li>{t('results.votes', { count: p.votes.count })}</li>
          {workshop ? <li>{t('results.workshop', { count: workshop })}</li> : null}
        </ul>
        {p.byTerritory.length > 1 || (p.byTerritory[0] && p.byTerritory[0].territoryId) ? (
          <ChartBlock
            id="chart-territory"
            title={t('sum.territory.heading')}
            text={territoryText(t, p.byTerritory)}
            chart={<BarList id="chart-territory" rows={p.byTerritory.map((row) => ({ label: territoryName(t, row), value: row.proposals }))} />}
            table={
              <table class="data-table">
                <caption class="visually-hidden">{t('sum.territory.heading')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('sum.table.territory')}</th>
                    <th scope="col">{t('sum.table.proposals')}</th>
                    <th scope="col">{t('sum.table.votes')}</th>
                    <th scope="col">{t('sum.table.participants')}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.byTerritory.map((row) => (
                    <tr key={row.territoryId ?? 'none'}>
                      <th scope="row">{territoryName(t, row)}</th>
                      <td>{row.proposals}</td>
                      <td>{row.votes}</td>
                      <td>{row.participants}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />
        ) : null}
      </section>

      <section class="panel" aria-labelledby="zones-heading">
        <h2 id="zones-heading">{t('results.zones.heading')}</h2>
        <ZonesChart
          zones={r.proposals.zones}
          minVotes={r.proposals.rules.minVotesForZone}
          titles={titles}
          labels={PLAIN_ZONES}
          text={t('results.zones.text', { count: r.proposals.zones.consensus.count })}
          rule={t('results.zones.rule', { min: r.proposals.rules.minVotesForZone })}
        />
      </section>

      <section class="panel" aria-labelledby="answers-heading">
        <h2 id="answers-heading">{t('results.answers.heading')}</h2>
        {answered.length === 0 ? (
          <p>{t('results.answers.none')}</p>
        ) : (
          <>
            <p>{t('results.answers.text', { count: answered.length })}</p>
            <ul class="results__answers">
              {answered.map((item) => (
                <li key={item.id}>
                  <p>
                    <ProposalLink id={item.id} title={item.title} /> <AnswerBadge status={item.answer!.status} />
                  </p>
                  <blockquote class="answer__text">{item.answer!.text}</blockquote>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section class="panel" aria-labelledby="list-heading">
        <h2 id="list-heading">{t('results.list.heading')}</h2>
        {r.proposals.items.length === 0 ? (
          <p>{t('results.list.empty')}</p>
        ) : (
          <>
            <p>{t('results.list.hint')}</p>
            <ScrollTable label={t('sum.table.region', { title: t('results.list.heading') })}>
              <table class="data-table">
                <caption class="visually-hidden">{t('results.list.heading')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('sum.table.proposals')}</th>
                    <th scope="col">{t('sum.table.votes')}</th>
                    <th scope="col">{t('sum.table.zone')}</th>
                    <th scope="col">{t('sum.table.answer')}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.proposals.items.map((item) => (
                    <tr key={item.id}>
                      <th scope="row">
                        <ProposalLink id={item.id} title={item.title} />
                      </th>
                      <td>{t('sum.proposal.votes', { for: item.votes.for, against: item.votes.against, neutral: item.votes.neutral })}</td>
                      <td>{t(PLAIN_ZONES[item.zone ?? 'notEnoughVotes'])}</td>
                      <td>{item.answer ? <AnswerBadge status={item.answer.status} /> : t('results.proposal.noAnswer')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          </>
        )}
      </section>
    </>
  );
}
