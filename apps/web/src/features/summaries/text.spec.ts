import type { ChannelBreakdown, OpinionGroups, TerritoryBreakdown, TimelineDay, Topics, Zones } from '../../api/types';
import { createT } from '../../i18n';
import '../../i18n/summaries';
import { answersText, channelText, formatDay, groupsText, territoryText, timelineText, topicsText, zonesText } from './text';

const t = createT('fr');
const en = createT('en');
const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

function day(date: string, proposals: number, comments: number, votes: number): TimelineDay {
  return { date, proposals, comments, votes, participants: 1, proposalIds: [], commentIds: [] };
}
const ids = (count: number) => ({ count, ids: Array.from({ length: count }, (_, i) => `id-${i}`) });

describe('formatDay', () => {
  it('names the calendar day, whatever the time zone', () => {
    expect(formatDay('fr', '2026-03-14')).toBe('14 mars 2026');
    expect(formatDay('en', '2026-03-01')).toBe('1 March 2026');
    expect(formatDay('fr', 'n’importe')).toBe('n’importe');
  });
});

describe('timelineText', () => {
  it('names the busiest day and what happened on it', () => {
    const days = [day('2026-03-13', 1, 0, 2), day('2026-03-14', 2, 5, 31), day('2026-03-15', 0, 0, 0)];
    expect(timelineText(t, 'fr', days)).toBe('Le jour le plus actif est le 14 mars 2026, avec 38 contributions.');
    expect(timelineText(en, 'en', days)).toBe('The busiest day is 14 March 2026, with 38 contributions.');
  });

  it('says so when nobody took part', () => {
    expect(timelineText(t, 'fr', [])).toBe('Personne n’a encore participé.');
    expect(timelineText(t, 'fr', [day('2026-03-13', 0, 0, 0)])).toBe('Personne n’a encore participé.');
  });

  it('keeps the first of equal days and uses the singular for one contribution', () => {
    expect(timelineText(t, 'fr', [day('2026-03-13', 1, 0, 0), day('2026-03-14', 0, 1, 0)])).toBe('Le jour le plus actif est le 13 mars 2026, avec 1 contribution.');
  });
});

function territory(name: string | null, proposals: number): TerritoryBreakdown {
  return { territoryId: name ? `t-${name}` : null, name, kind: name ? 'quartier' : null, proposals, comments: 0, votes: 0, participants: 0, proposalIds: [] };
}

describe('territoryText', () => {
  it('names the quartier with the most proposals, out of all of them', () => {
    expect(norm(territoryText(t, [territory('Centre', 2), territory('Les Tours', 5), territory(null, 1)]))).toBe('Les Tours a le plus de propositions : 5 sur 8.');
  });

  it('prefers a named quartier on a tie, and handles no proposals', () => {
    expect(norm(territoryText(t, [territory(null, 3), territory('Centre', 3)]))).toBe('Centre a le plus de propositions : 3 sur 6.');
    expect(norm(territoryText(t, [territory(null, 3)]))).toBe('Sans quartier a le plus de propositions : 3 sur 3.');
    expect(territoryText(t, [])).toBe('Aucune proposition pour le moment.');
  });
});

describe('channelText', () => {
  const row = (channel: 'online' | 'workshop', proposals: number, comments: number): ChannelBreakdown => ({ channel, proposals, comments, participants: 0, proposalIds: [], commentIds: [] });
  it('counts workshop contributions out of all of them', () => {
    expect(channelText(t, [row('online', 10, 20), row('workshop', 3, 4)])).toBe('7 contributions sur 37 viennent d’un atelier.');
    expect(channelText(t, [row('online', 1, 0), row('workshop', 1, 0)])).toBe('1 contribution sur 2 vient d’un atelier.');
    expect(channelText(t, [row('online', 2, 0)])).toBe('0 contribution sur 2 vient d’un atelier.');
  });
});

describe('zonesText', () => {
  it('counts consensus among proposals that have a zone only', () => {
    const zones: Zones = { consensus: ids(3), rejection: ids(1), limbo: ids(1), controversy: ids(2), notEnoughVotes: ids(9) };
    expect(zonesText(t, zones)).toBe('3 propositions sur 7 font consensus.');
    expect(zonesText(en, zones)).toBe('3 proposals out of 7 reach consensus.');
  });
});

describe('groupsText', () => {
  const base = { rules: { minVotesPerParticipant: 7, minParticipants: 10, minGroups: 2, maxGroups: 5, significanceZ: 1.2816, silhouetteSampleSize: 2000, seed: 's' }, participantsLeftOut: 0, proposalsInAnalysis: 13, varianceExplained: [0.3, 0.1], silhouette: 0.6, silhouetteByK: [], consensus: [], points: [] };
  const group = (id: number, size: number) => ({ id, label: 'ABC'[id]!, size, centroidX: 0, centroidY: 0, representative: [] });
  it('says how many groups and people, or why there are none', () => {
    const computed = { ...base, status: 'computed', participantsInAnalysis: 90, groups: [group(0, 40), group(1, 30), group(2, 20)] } as OpinionGroups;
    expect(groupsText(t, computed)).toBe('3 groupes d’opinion réunissent 90 personnes.');
    const few = { ...base, status: 'not-enough-participants', participantsInAnalysis: 4, groups: [] } as OpinionGroups;
    expect(groupsText(t, few)).toBe('Trop peu de personnes ont voté pour former des groupes.');
  });
});

describe('topicsText and answersText', () => {
  it('quote the most used word as written and count the unanswered proposals', () => {
    const topics: Topics = { contributionsAnalysed: 57, items: [{ term: 'aménag', word: 'aménagement', contributions: 12, occurrences: 15, proposalIds: [], commentIds: [] }], rules: { minWordLength: 3, minContributions: 2, limit: 20 } };
    expect(topicsText(t, topics)).toBe('57 contributions lues. Le mot le plus utilisé est « aménagement ».');
    expect(topicsText(t, { ...topics, items: [] })).toBe('Aucun mot ne revient assez souvent.');
    const answers = { evaluating: ids(0), accepted: ids(1), rejected: ids(0), implemented: ids(0), unanswered: ids(4) };
    expect(answersText(t, answers)).toBe('4 propositions publiées attendent encore une réponse.');
    expect(answersText(t, { ...answers, unanswered: ids(1) })).toBe('1 proposition publiée attend encore une réponse.');
  });
});
