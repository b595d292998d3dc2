import { buildSummary, parseVotes } from './summary-builder';
import type { Dataset } from './summary-dataset';

describe('packed votes', () => {
  it('unpacks index, value and hour (hours may precede the base), sorted by proposal', () => {
    const v = parseVotes('12f3,0a-2,5n10', 100);
    expect(Array.from(v.proposals)).toEqual([0, 5, 12]);
    expect(Array.from(v.values)).toEqual([-1, 0, 1]);
    expect(Array.from(v.hours)).toEqual([98, 110, 103]);
    expect(parseVotes('', 0).proposals).toHaveLength(0);
  });
});

describe('days of the timeline, in Paris time', () => {
  const hour = (iso: string) => Math.floor(Date.parse(iso) / 3_600_000);
  const dataset = (voteHours: number[]): Dataset => ({
    debates: [{ id: 'd', title: 't', question: 'q', territoryId: 'c', status: 'open', opensAt: '2026-03-01T00:00:00.000Z', closesAt: '2026-04-30T00:00:00.000Z', votesHiddenUntilClose: false }],
    territories: [],
    proposals: [{ id: 'p', debateId: 'd', authorId: 'a', territoryId: null, title: 't', body: '', status: 'published', channel: 'online', answerStatus: null, answerText: null, answeredAt: null, createdAt: '2026-03-28T21:00:00.000Z' }],
    comments: [],
    voters: voteHours.map((h, i) => ({ userId: `u${i}`, votes: `0f${h}` })),
    hourBase: 0,
    participantKey: null,
    opinionGroups: false,
  });

  it('winter (UTC+1) and summer (UTC+2) midnights; empty days are kept', () => {
    // 28 March 22:30 UTC = 23:30 Paris (28th); 28 March 23:30 UTC = 00:30 Paris (29th, DST starts at 02:00);
    // 30 March 22:30 UTC = 00:30 Paris (31st, UTC+2). The proposal: 28 March 21:00 UTC = 22:00 Paris.
    const built = buildSummary(dataset([hour('2026-03-28T22:30:00Z'), hour('2026-03-28T23:30:00Z'), hour('2026-03-30T22:30:00Z')]));
    expect(built.participation.timeline.map((d) => [d.date, d.proposals, d.votes, d.participants])).toEqual([
      ['2026-03-28', 1, 1, 2],
      ['2026-03-29', 0, 1, 1],
      ['2026-03-30', 0, 0, 0],
      ['2026-03-31', 0, 1, 1],
    ]);
  });

  it('no contribution, no timeline; no opinion groups unless asked', () => {
    const built = buildSummary({ ...dataset([]), proposals: [] });
    expect(built.participation.timeline).toEqual([]);
    expect(built.opinionGroups).toBeNull();
    expect(built.participation.participants).toEqual({ count: 0, authors: 0, commenters: 0, voters: 0 });
  });
});
