import { useRoute } from 'preact-iso';
import type { DebateSummary } from '../api/types';
import { Explain } from '../components/Explain';
import { LoadError, Loading } from '../components/Feedback';
import { formatDate, formatDateTime } from '../components/format';
import { StaffGate } from '../components/StaffGate';
import { usePageTitle } from '../components/usePageTitle';
import { useAsync } from '../components/useAsync';
import { debateHref, getDebateSummary, proposalsCsvUrl, territoryBriefHref, voteMatrixCsvUrl } from '../features/summaries/api/summaries';
import { AnswersSection, GroupsSection, ParticipationSection, ProposalsSection, titlesOf, TopicsSection } from '../features/summaries/components/Brief';
import { useI18n } from '../i18n/context';
import '../i18n/summaries';
import { hasRole, useSession } from '../session/session';

/**
 * The officials' dashboard of a debate (/elus/debats/:id/bilan): the brief with its charts,
 * each with a data table and a summary sentence, printable on one page, with CSV downloads.
 * Its own lazy chunk ("Dashboard…", allowed 60 kB by check-weight).
 */
export default function Dashboard() {
  const { t } = useI18n();
  const { params } = useRoute();
  const { me } = useSession();
  const id = params.id ?? '';
  const allowed = hasRole(me, 'official', 'admin');
  const summary = useAsync<DebateSummary | null>((signal) => (allowed ? getDebateSummary(id, signal) : Promise.resolve(null)), [id, allowed]);
  const data = summary.data;
  usePageTitle('sum.title', data ? `${t('sum.title')} : ${data.debate.title}` : null);

  return (
    <div class="brief">
      <header class="page-header brief__header">
        <p class="page-header__kicker">{t('sum.kicker')}</p>
        <h1>{data?.debate.title ?? t('sum.title')}</h1>
        {data ? <BriefHeader summary={data} /> : null}
      </header>
      <StaffGate roles={['official', 'admin']} signInText={t('sum.signIn')} forbiddenText={t('sum.forbidden')}>
        {summary.status === 'loading' && !data ? <Loading /> : null}
        {summary.status === 'error' ? <LoadError error={summary.error} onRetry={summary.reload} /> : null}
        {data ? <DebateBrief summary={data} /> : null}
      </StaffGate>
    </div>
  );
}

function BriefHeader(props: { summary: DebateSummary }) {
  const { t, lang } = useI18n();
  const { debate, generatedAt } = props.summary;
  return (
    <>
      <p class="brief__question">{t('sum.question', { question: debate.question })}</p>
      <p class="brief__meta">
        {t('sum.dates', { from: formatDate(lang, debate.opensAt), to: formatDate(lang, debate.closesAt) })}{' '}
        {t('sum.generated', { date: formatDateTime(lang, generatedAt) })}
      </p>
    </>
  );
}

function DebateBrief(props: { summary: DebateSummary }) {
  const { t } = useI18n();
  const s = props.summary;
  const titles = titlesOf(s.proposals.items);
  return (
    <>
      <p class="lead no-print">{t('sum.intro')}</p>
      <Explain topic={t('sum.explain.topic')}>
        <p>{t('sum.explain.1')}</p>
        <p>{t('sum.explain.2')}</p>
        <p>{t('sum.explain.3')}</p>
      </Explain>
      <section class="brief__actions no-print" aria-labelledby="actions-heading">
        <h2 id="actions-heading" class="visually-hidden">
          {t('sum.actions')}
        </h2>
        <p class="actions">
          <button type="button" class="button" onClick={() => window.print()}>
            {t('sum.print')}
          </button>
          <a class="button button--secondary" href={debateHref(s.debate.id)}>
            {t('sum.debateLink')}
          </a>
          <a class="button button--secondary" href={territoryBriefHref(s.debate.territoryId)}>
            {t('sum.territoryLink')}
          </a>
        </p>
        <p class="help">{t('sum.print.hint')}</p>
        <ul class="downloads">
          <li>
            <a href={s.sources.proposalsCsv ?? proposalsCsvUrl(s.debate.id)} download>
              {t('sum.csv.proposals')}
            </a>
          </li>
          <li>
            <a href={s.sources.voteMatrixCsv ?? voteMatrixCsvUrl(s.debate.id)} download>
              {t('sum.csv.matrix')}
            </a>
          </li>
        </ul>
        <p class="help">{t('sum.csv.hint')}</p>
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
      <GroupsSection groups={s.opinionGroups} />
      <TopicsSection topics={s.topics} titles={titles} />
      <AnswersSection answers={s.answers} titles={titles} />
      <p class="print-only brief__sources">{t('sum.printSources', { url: typeof location === 'undefined' ? '' : location.href })}</p>
    </>
  );
}
