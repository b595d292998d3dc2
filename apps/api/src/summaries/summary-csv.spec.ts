import { participantNumbers } from './participant-numbers';
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
    participantKey: null,
    opinionGroups: false,
  };

  it('vote matrix: one row per voter, 1 / −1 / 0 / empty', () => {
    expect(voteMatrixCsv(dataset)).toBe('\uFEFFparticipant,p0,p1,p2\r\n1,-1,,1\r\n2,,0,\r\n');
  });

  it('vote matrix: with a key, rows are ordered by opaque number, the same for the same key and debate', () => {
    const key = { key: new Uint8Array(32).fill(7), debateId: 'd' };
    const numbers = participantNumbers({ voters: dataset.voters, participantKey: key });
    expect(numbers.every((n) => Number.isSafeInteger(n) && n >= 0 && n < 2 ** 48)).toBe(true);
    expect(participantNumbers({ voters: dataset.voters, participantKey: key })).toEqual(numbers);
    expect(participantNumbers({ voters: dataset.voters, participantKey: { ...key, debateId: 'other' } })).not.toEqual(numbers);
    const rows = voteMatrixCsv({ ...dataset, participantKey: key }).trimEnd().split('\r\n').slice(1);
    const byNumber = new Map(rows.map((r) => [Number(r.split(',')[0]), r.split(',').slice(1).join(',')]));
    expect(byNumber.get(numbers[0])).toBe('-1,,1');
    expect(byNumber.get(numbers[1])).toBe(',0,');
    expect(rows.map((r) => Number(r.split(',')[0]))).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('proposals: a header and one row per proposal', () => {
    const csv = proposalsCsv([
      { id: 'p0', debateId: 'd', title: 'des bancs, enfin', status: 'published', channel: 'workshop', territoryId: null, createdAt: '2026-03-01T10:00:00.000Z', link: '/api/proposals/p0', votes: { for: 8, against: 1, neutral: 1, total: 10 }, forShare: 0.8, wilsonLowerBound: 0.490162, zone: 'consensus', controversy: 1.125, commentCount: 2, answer: null },
    ]);
    expect(csv.split('\r\n')[1]).toBe('p0,/api/proposals/p0,"des bancs, enfin",published,workshop,,2026-03-01T10:00:00.000Z,8,1,1,10,0.8,0.490162,consensus,1.125,2,,');
  });
});
