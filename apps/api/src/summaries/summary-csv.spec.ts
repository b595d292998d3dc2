import { csvCell, proposalsCsv, voteMatrixCsv } from './summary-csv';
import type { Dataset } from './summary-dataset';

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('des bancs')).toBe('des bancs');
    expect(csvCell('bancs, arbres')).toBe('"bancs, arbres"');
    expect(csvCell('le "grand" parc')).toBe('"le ""grand"" parc"');
    expect(csvCell('ligne\nsuivante')).toBe('"ligne\nsuivante"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(-1)).toBe('-1');
  });

  it('never lets a spreadsheet run a title as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+33 6')).toBe("'+33 6");
    expect(csvCell('-moins de voitures')).toBe("'-moins de voitures");
    expect(csvCell('@mairie')).toBe("'@mairie");
  });
});

describe('CSV files', () => {
  const dataset: Dataset = {
    debates: [],
    territories: [],
    proposals: ['p0', 'p1', 'p2'].map((id) => ({ id, debateId: 'd', authorId: 'a', territoryId: null, title: id, body: '', status: 'published' as const, channel: 'online' as const, answerStatus: null, answerText: null, answeredAt: null, createdAt: '2026-03-01T10:00:00.000Z' })),
    comments: [],
    voters: [
      { userId: 'u1', votes: '2f0,0a3' },
      { userId: 'u2', votes: '1n-2' },
    ],
    hourBase: 490_000,
    participantNumbers: [900, 15],
    opinionGroups: false,
  };

  it('vote matrix: rows by participant number, 1 / −1 / 0 / empty', () => {
    expect(voteMatrixCsv(dataset)).toBe('\uFEFFparticipant,p0,p1,p2\r\n15,,0,\r\n900,-1,,1\r\n');
  });

  it('proposals: a header and one row per proposal', () => {
    const csv = proposalsCsv([
      { id: 'p0', debateId: 'd', title: 'des bancs, enfin', status: 'published', channel: 'workshop', territoryId: null, createdAt: '2026-03-01T10:00:00.000Z', link: '/api/proposals/p0', votes: { for: 8, against: 1, neutral: 1, total: 10 }, forShare: 0.8, wilsonLowerBound: 0.490162, zone: 'consensus', controversy: 1.125, commentCount: 2, answer: null },
    ]);
    expect(csv.split('\r\n')[1]).toBe('p0,/api/proposals/p0,"des bancs, enfin",published,workshop,,2026-03-01T10:00:00.000Z,8,1,1,10,0.8,0.490162,consensus,1.125,2,,');
  });
});
