/**
 * The one-sentence text summary beside each chart, computed from the same data as the chart
 * (and its table): counts and names only, nothing paraphrased. Tested in text.spec.ts.
 */
import type { ChannelBreakdown, OpinionGroups, Answers, TerritoryBreakdown, TimelineDay, Topics, Zones } from '../../api/types';
import type { Lang, TFunction } from '../../i18n';

const dayFormats = new Map<Lang, Intl.DateTimeFormat>();

/** "14 mars 2026" for the day "2026-03-14" (a calendar day: no time zone may shift it). */
export function formatDay(lang: Lang, day: string): string {
  let format = dayFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dayFormats.set(lang, format);
  }
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : format.format(date);
}

/** Everything posted or cast on a day. */
export const dayTotal = (day: TimelineDay): number => day.proposals + day.comments + day.votes;

export function timelineText(t: TFunction, lang: Lang, days: TimelineDay[]): string {
  let best: TimelineDay | null = null;
  for (const day of days) if (!best || dayTotal(day) > dayTotal(best)) best = day;
  if (!best || dayTotal(best) === 0) return t('sum.timeline.empty');
  return t('sum.timeline.text', { date: formatDay(lang, best.date), count: dayTotal(best) });
}

export function territoryName(t: TFunction, row: TerritoryBreakdown): string {
  return row.name ?? t('sum.territory.none');
}

export function territoryText(t: TFunction, rows: TerritoryBreakdown[]): string {
  const total = rows.reduce((sum, row) => sum + row.proposals, 0);
  if (total === 0) return t('sum.territory.empty');
  // The first with the most proposals; a named quartier wins a tie with "no quartier".
  let best = rows[0]!;
  for (const row of rows) {
    if (row.proposals > best.proposals || (row.proposals === best.proposals && best.territoryId === null && row.territoryId !== null)) best = row;
  }
  return t('sum.territory.text', { name: territoryName(t, best), count: best.proposals, total });
}

/** Proposals and comments of a channel (votes have no channel). */
export const channelTotal = (row: ChannelBreakdown): number => row.proposals + row.comments;

export function channelText(t: TFunction, rows: ChannelBreakdown[]): string {
  const total = rows.reduce((sum, row) => sum + channelTotal(row), 0);
  const workshop = rows.filter((row) => row.channel === 'workshop').reduce((sum, row) => sum + channelTotal(row), 0);
  return t('sum.channel.text', { count: workshop, total });
}

export const ZONE_KEYS = ['consensus', 'rejection', 'limbo', 'controversy', 'notEnoughVotes'] as const;
export type ZoneKey = (typeof ZONE_KEYS)[number];

/** Consensus among the proposals with enough votes to have a zone. */
export function zonesText(t: TFunction, zones: Zones): string {
  const withZone = ZONE_KEYS.filter((key) => key !== 'notEnoughVotes').reduce((sum, key) => sum + zones[key].count, 0);
  return t('sum.zones.text', { count: zones.consensus.count, total: withZone });
}

export function groupsText(t: TFunction, groups: OpinionGroups): string {
  if (groups.status !== 'computed') return t(`sum.groups.status.${groups.status}`);
  return t('sum.groups.text', { count: groups.groups.length, people: groups.participantsInAnalysis });
}

export function topicsText(t: TFunction, topics: Topics): string {
  const first = topics.items[0];
  if (!first) return t('sum.topics.empty');
  return t('sum.topics.text', { count: topics.contributionsAnalysed, word: first.word });
}

export const ANSWER_KEYS = ['accepted', 'implemented', 'evaluating', 'rejected', 'unanswered'] as const;

export function answersText(t: TFunction, answers: Answers): string {
  return t('sum.answers.text', { count: answers.unanswered.count });
}
