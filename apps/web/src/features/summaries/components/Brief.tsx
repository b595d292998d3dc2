import type { Answers, OpinionGroups, Participation, ProposalStats, Topics, Zones } from '../../../api/types';
import { Explain } from '../../../components/Explain';
import type { MessageKey } from '../../../i18n';
import { useI18n } from '../../../i18n/context';
import { percent } from '../charts';
import {
  ANSWER_KEYS,
  channelText,
  channelTotal,
  dayTotal,
  formatDay,
  groupsText,
  territoryName,
  territoryText,
  timelineText,
  topicsText,
  zonesText,
  ZONE_KEYS,
  answersText,
} from '../text';
import { BarList, ChartBlock, ColumnChart, OpinionMap, ProposalLink, ScrollTable, ShapeIcon, Sources } from './Charts';

/**
 * The sections of a brief, shared by the debate brief and the territory brief. Every figure
 * comes with its sources (the contributions counted); titles are quoted as written.
 */

/** Titles of the proposals a brief knows, to name the links of its sources. */
export function titlesOf(...lists: ProposalStats[][]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const list of lists) for (const p of list) titles.set(p.id, p.title);
  return titles;
}

export function ParticipationSection(props: { participation: Participation; titles: Map<string, string> }) {
  const { t, lang } = useI18n();
  const { participation: p, titles } = props;
  const days = p.timeline;
  const first = days[0];
  const last = days[days.length - 1];
  const channelLabel = (channel: string) => t(channel === 'workshop' ? 'sum.channel.workshop' : 'sum.channel.online');
  return (
    <section class="brief__section brief__participation" aria-labelledby="participation-heading">
      <h2 id="participation-heading">{t('sum.participation.heading')}</h2>
      <dl class="figures">
        <div class="figure">
          <dt>{t('sum.fig.participants')}</dt>
          <dd class="figure__value">{p.participants.count}</dd>
          <dd class="figure__detail">
            {t('sum.fig.participants.detail', { authors: p.participants.authors, commenters: p.participants.commenters, voters: p.participants.voters })}
          </dd>
          <dd>
            <Sources what={t('sum.fig.participants')} proposalIds={p.proposals.ids} commentIds={p.comments.ids} titles={titles} voters />
          </dd>
        </div>
        <div class="figure">
          <dt>{t('sum.fig.proposals')}</dt>
          <dd class="figure__value">{p.proposals.count}</dd>
          <dd>
            <Sources what={t('sum.fig.proposals')} proposalIds={p.proposals.ids} titles={titles} />
          </dd>
        </div>
        <div class="figure">
          <dt>{t('sum.fig.comments')}</dt>
          <dd class="figure__value">{p.comments.count}</dd>
          <dd>
            <Sources what={t('sum.fig.comments')} commentIds={p.comments.ids} titles={titles} />
          </dd>
        </div>
        <div class="figure">
          <dt>{t('sum.fig.votes')}</dt>
          <dd class="figure__value">{p.votes.count}</dd>
          <dd class="figure__detail">{t('sum.fig.votes.detail', { for: p.votes.for, against: p.votes.against, neutral: p.votes.neutral })}</dd>
          <dd>
            <Sources what={t('sum.fig.votes')} proposalIds={p.proposals.ids} titles={titles} voters />
          </dd>
        </div>
      </dl>

      <div class="brief__charts">
        <ChartBlock
          id="chart-timeline"
          title={t('sum.timeline.heading')}
          text={timelineText(t, lang, days)}
          chart={
            <ColumnChart
              id="chart-timeline"
              values={days.map(dayTotal)}
              axis={(top) => (first && last ? t('sum.timeline.axis', { from: formatDay(lang, first.date), to: formatDay(lang, last.date), max: top }) : '')}
            />
          }
          table={
            <table class="data-table">
              <caption class="visually-hidden">{t('sum.timeline.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sum.table.day')}</th>
                  <th scope="col">{t('sum.table.proposals')}</th>
                  <th scope="col">{t('sum.table.comments')}</th>
                  <th scope="col">{t('sum.table.votes')}</th>
                  <th scope="col">{t('sum.table.participants')}</th>
                  <th scope="col">{t('sum.table.sources')}</th>
                </tr>
              </thead>
              <tbody>
                {days.map((day) => (
                  <tr key={day.date}>
                    <th scope="row">{formatDay(lang, day.date)}</th>
                    <td>{day.proposals}</td>
                    <td>{day.comments}</td>
                    <td>{day.votes}</td>
                    <td>{day.participants}</td>
                    <td>
                      {day.proposalIds.length || day.commentIds.length ? (
                        <Sources what={formatDay(lang, day.date)} proposalIds={day.proposalIds} commentIds={day.commentIds} titles={titles} />
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />

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
                  <th scope="col">{t('sum.table.comments')}</th>
                  <th scope="col">{t('sum.table.votes')}</th>
                  <th scope="col">{t('sum.table.participants')}</th>
                  <th scope="col">{t('sum.table.sources')}</th>
                </tr>
              </thead>
              <tbody>
                {p.byTerritory.map((row) => (
                  <tr key={row.territoryId ?? 'none'}>
                    <th scope="row">{territoryName(t, row)}</th>
                    <td>{row.proposals}</td>
                    <td>{row.comments}</td>
                    <td>{row.votes}</td>
                    <td>{row.participants}</td>
                    <td>
                      <Sources what={territoryName(t, row)} proposalIds={row.proposalIds} titles={titles} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />

        <ChartBlock
          id="chart-channel"
          title={t('sum.channel.heading')}
          text={channelText(t, p.byChannel)}
          chart={<BarList id="chart-channel" rows={p.byChannel.map((row) => ({ label: channelLabel(row.channel), value: channelTotal(row), tone: `bar--${row.channel}` }))} />}
          table={
            <table class="data-table">
              <caption class="visually-hidden">{t('sum.channel.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sum.table.channel')}</th>
                  <th scope="col">{t('sum.table.proposals')}</th>
                  <th scope="col">{t('sum.table.comments')}</th>
                  <th scope="col">{t('sum.table.participants')}</th>
                  <th scope="col">{t('sum.table.sources')}</th>
                </tr>
              </thead>
              <tbody>
                {p.byChannel.map((row) => (
                  <tr key={row.channel}>
                    <th scope="row">{channelLabel(row.channel)}</th>
                    <td>{row.proposals}</td>
                    <td>{row.comments}</td>
                    <td>{row.participants}</td>
                    <td>
                      <Sources what={channelLabel(row.channel)} proposalIds={row.proposalIds} commentIds={row.commentIds} titles={titles} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      </div>
    </section>
  );
}

const ZONE_LABELS: Record<(typeof ZONE_KEYS)[number], MessageKey> = {
  consensus: 'sum.zone.consensus',
  rejection: 'sum.zone.rejection',
  limbo: 'sum.zone.limbo',
  controversy: 'sum.zone.controversy',
  notEnoughVotes: 'sum.zone.notEnoughVotes',
};

export function zoneLabelKey(zone: ProposalStats['zone']): MessageKey {
  return ZONE_LABELS[zone ?? 'notEnoughVotes'];
}

/** The vote zones chart with its table; `labels` lets the public page use plain words. */
export function ZonesChart(props: { zones: Zones; minVotes: number; titles: Map<string, string>; labels?: Record<(typeof ZONE_KEYS)[number], MessageKey>; text?: string; rule?: string }) {
  const { t } = useI18n();
  const labels = props.labels ?? ZONE_LABELS;
  return (
    <ChartBlock
      id="chart-zones"
      title={t('sum.zones.heading')}
      text={props.text ?? zonesText(t, props.zones)}
      chart={<BarList id="chart-zones" rows={ZONE_KEYS.map((key) => ({ label: t(labels[key]), value: props.zones[key].count, tone: `bar--${key}` }))} />}
      note={<p class="help">{props.rule ?? t('sum.zones.rule', { min: props.minVotes })}</p>}
      table={
        <table class="data-table">
          <caption class="visually-hidden">{t('sum.zones.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sum.table.zone')}</th>
              <th scope="col">{t('sum.table.count')}</th>
              <th scope="col">{t('sum.table.sources')}</th>
            </tr>
          </thead>
          <tbody>
            {ZONE_KEYS.map((key) => (
              <tr key={key}>
                <th scope="row">{t(labels[key])}</th>
                <td>{props.zones[key].count}</td>
                <td>
                  <Sources what={t(labels[key])} proposalIds={props.zones[key].ids} titles={props.titles} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

/** One line about a proposal: its counts, share, zone and answer (numbers only, no paraphrase). */
export function ProposalFacts(props: { p: ProposalStats }) {
  const { t } = useI18n();
  const { p } = props;
  return (
    <span class="ranking__facts">
      {t('sum.proposal.votes', { for: p.votes.for, against: p.votes.against, neutral: p.votes.neutral })}{' '}
      {p.votes.total ? t('sum.proposal.share', { share: percent(p.forShare) }) + ' ' : ''}
      {p.zone ? t(zoneLabelKey(p.zone)) + '. ' : ''}
      {p.answer ? t(`answer.status.${p.answer.status}`) + '. ' : ''}
      {p.status === 'withdrawn' ? t('sum.proposal.withdrawn') : ''}
    </span>
  );
}

export function Ranking(props: { id: string; title: string; hint?: string; items: ProposalStats[] }) {
  const { t } = useI18n();
  return (
    <section class="ranking" aria-labelledby={props.id}>
      <h3 id={props.id}>{props.title}</h3>
      {props.hint ? <p class="help">{props.hint}</p> : null}
      {props.items.length === 0 ? (
        <p>{t('sum.ranking.empty')}</p>
      ) : (
        <ol class="ranking__list">
          {props.items.map((p) => (
            <li key={p.id}>
              <ProposalLink id={p.id} title={p.title} /> <ProposalFacts p={p} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function ProposalsSection(props: {
  zones: Zones;
  minVotes: number;
  mostSupported: ProposalStats[];
  mostDivisive: ProposalStats[];
  unanswered: ProposalStats[];
  titles: Map<string, string>;
}) {
  const { t } = useI18n();
  return (
    <section class="brief__section brief__proposals" aria-labelledby="proposals-heading">
      <h2 id="proposals-heading">{t('sum.proposals.heading')}</h2>
      <Explain topic={t('sum.zones.explain.topic')}>
        <p>{t('sum.zones.explain.1')}</p>
        <p>{t('sum.zones.explain.2')}</p>
        <p>{t('sum.zones.explain.3')}</p>
        <p>{t('sum.zones.explain.4')}</p>
        <p>{t('sum.zones.explain.5')}</p>
      </Explain>
      <div class="brief__charts">
        <ZonesChart zones={props.zones} minVotes={props.minVotes} titles={props.titles} />
        <Ranking id="ranking-supported" title={t('sum.mostSupported.heading')} hint={t('sum.mostSupported.hint')} items={props.mostSupported} />
        <Ranking id="ranking-divisive" title={t('sum.mostDivisive.heading')} items={props.mostDivisive} />
        <Ranking id="ranking-unanswered" title={t('sum.unanswered.heading')} items={props.unanswered} />
      </div>
    </section>
  );
}

const SHAPE_KEYS: MessageKey[] = ['sum.shape.0', 'sum.shape.1', 'sum.shape.2', 'sum.shape.3', 'sum.shape.4'];

export function GroupsSection(props: { groups: OpinionGroups }) {
  const { t } = useI18n();
  const og = props.groups;
  const groupLabel = (id: number) => og.groups.find((g) => g.id === id)?.label ?? String(id);
  return (
    <section class="brief__section brief__groups" aria-labelledby="groups-heading">
      <h2 id="groups-heading">{t('sum.groups.heading')}</h2>
      <Explain topic={t('sum.groups.explain.topic')}>
        <p>{t('sum.groups.explain.1')}</p>
        <p>{t('sum.groups.explain.2', { min: og.rules.minVotesPerParticipant })}</p>
        <p>{t('sum.groups.explain.3')}</p>
      </Explain>
      {og.status !== 'computed' ? (
        <p>{groupsText(t, og)}</p>
      ) : (
        <div class="brief__charts">
          <ChartBlock
            id="chart-map"
            title={t('sum.map.heading')}
            text={groupsText(t, og)}
            chart={
              <div class="map">
                <OpinionMap id="chart-map" points={og.points} groups={og.groups} />
                <ul class="legend">
                  {og.groups.map((g) => (
                    <li key={g.id}>
                      <ShapeIcon group={g.id} /> {t('sum.group.label', { label: g.label })} ({t('sum.group.size', { count: g.size })})
                    </li>
                  ))}
                </ul>
              </div>
            }
            note={
              <>
                <p class="help">{t('sum.map.hint')}</p>
                {og.participantsLeftOut ? <p class="help">{t('sum.groups.leftOut', { count: og.participantsLeftOut })}</p> : null}
              </>
            }
            table={
              <table class="data-table">
                <caption class="visually-hidden">{t('sum.map.heading')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('sum.table.group')}</th>
                    <th scope="col">{t('sum.table.shape')}</th>
                    <th scope="col">{t('sum.table.size')}</th>
                    <th scope="col">{t('sum.table.centre')}</th>
                  </tr>
                </thead>
                <tbody>
                  {og.groups.map((g) => (
                    <tr key={g.id}>
                      <th scope="row">{t('sum.group.label', { label: g.label })}</th>
                      <td>{SHAPE_KEYS[g.id] ? t(SHAPE_KEYS[g.id]!) : t('sum.shape.none')}</td>
                      <td>{g.size}</td>
                      <td>
                        {g.centroidX.toFixed(2)} ; {g.centroidY.toFixed(2)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />
          <div class="groups">
            {og.groups.map((g) => (
              <section class="group" key={g.id} aria-labelledby={`group-${g.id}`}>
                <h3 id={`group-${g.id}`}>
                  <ShapeIcon group={g.id} /> {t('sum.group.label', { label: g.label })} ({t('sum.group.size', { count: g.size })})
                </h3>
                {g.representative.length ? (
                  <>
                    <p>{t('sum.group.representative')}</p>
                    <ul class="ranking__list">
                      {g.representative.map((r) => (
                        <li key={r.proposalId}>
                          <ProposalLink id={r.proposalId} title={r.title} />{' '}
                          <span class="ranking__facts">{t('sum.group.agree', { share: percent(r.agreeRate), others: percent(r.othersAgreeRate) })}</span>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <p>{t('sum.group.none')}</p>
                )}
              </section>
            ))}
            <section class="group" aria-labelledby="groups-consensus">
              <h3 id="groups-consensus">{t('sum.consensus.heading')}</h3>
              {og.consensus.length ? (
                <ul class="ranking__list">
                  {og.consensus.map((c) => (
                    <li key={c.proposalId}>
                      <ProposalLink id={c.proposalId} title={c.title} />{' '}
                      <span class="ranking__facts">
                        {c.perGroup.map((g) => t('sum.consensus.perGroup', { label: groupLabel(g.groupId), share: percent(g.agreeRate) })).join(', ')}.
                      </span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p>{t('sum.consensus.none')}</p>
              )}
            </section>
          </div>
        </div>
      )}
    </section>
  );
}

export function TopicsSection(props: { topics: Topics; titles: Map<string, string> }) {
  const { t } = useI18n();
  const { topics } = props;
  return (
    <section class="brief__section brief__topics" aria-labelledby="topics-heading">
      <h2 id="topics-heading">{t('sum.topics.heading')}</h2>
      <p>{topicsText(t, topics)}</p>
      {topics.items.length ? (
        <>
          <p class="topics print-only">{topics.items.map((topic) => `${topic.word} (${topic.contributions})`).join(', ')}</p>
          <ScrollTable label={t('sum.table.region', { title: t('sum.topics.heading') })}>
            <table class="data-table">
              <caption class="visually-hidden">{t('sum.topics.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sum.table.word')}</th>
                  <th scope="col">{t('sum.table.stem')}</th>
                  <th scope="col">{t('sum.table.contributions')}</th>
                  <th scope="col">{t('sum.table.occurrences')}</th>
                  <th scope="col">{t('sum.table.sources')}</th>
                </tr>
              </thead>
              <tbody>
                {topics.items.map((topic) => (
                  <tr key={topic.term}>
                    <th scope="row">{topic.word}</th>
                    <td>{topic.term}</td>
                    <td>{topic.contributions}</td>
                    <td>{topic.occurrences}</td>
                    <td>
                      <Sources what={topic.word} proposalIds={topic.proposalIds} commentIds={topic.commentIds} titles={props.titles} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </>
      ) : null}
    </section>
  );
}

export const ANSWER_LABELS: Record<(typeof ANSWER_KEYS)[number], MessageKey> = {
  accepted: 'answer.status.accepted',
  implemented: 'answer.status.implemented',
  evaluating: 'answer.status.evaluating',
  rejected: 'answer.status.rejected',
  unanswered: 'sum.answers.unanswered',
};

export function AnswersSection(props: { answers: Answers; titles: Map<string, string> }) {
  const { t } = useI18n();
  const { answers } = props;
  return (
    <section class="brief__section brief__answers" aria-labelledby="answers-heading">
      <h2 id="answers-heading">{t('sum.answers.heading')}</h2>
      <p>{answersText(t, answers)}</p>
      <dl class="counts">
        {ANSWER_KEYS.map((key) => (
          <div class="counts__item" key={key}>
            <dt>{t(ANSWER_LABELS[key])}</dt>
            <dd class="counts__value">{answers[key].count}</dd>
            <dd>
              <Sources what={t(ANSWER_LABELS[key])} proposalIds={answers[key].ids} titles={props.titles} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
