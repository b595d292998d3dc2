import { stemFrench } from './french-stemmer';
import { frenchWords, topics } from './topics';

describe('French stemmer (Snowball; checked against PostgreSQL in test/summaries)', () => {
  it.each([
    ['vélo', 'vélo'],
    ['vélos', 'vélos'],
    ['aménagement', 'aménag'],
    ['aménager', 'aménag'],
    ['cyclables', 'cyclabl'],
    ['continuellement', 'continuel'],
    ['nationalisation', 'nationalis'],
    ['animaux', 'animal'],
    ['habitants', 'habit'],
    ['rapidement', 'rapid'],
    ['finissaient', 'fin'],
    ['noël', 'noël'],
    ['payer', 'pai'],
    ['évidemment', 'évident'],
  ])('%s → %s', (word, stem) => {
    expect(stemFrench(word)).toBe(stem);
  });
});

describe('topics', () => {
  it('words: lower case, elisions and hyphens split, digits dropped', () => {
    expect(frenchWords("L'École du quartier-Nord, 3 vélos’s")).toEqual(['l', 'école', 'du', 'quartier', 'nord', 'vélos', 's']);
  });

  it('counts contributions per stem, stop words out (worked by hand)', () => {
    const result = topics([
      { kind: 'proposal', index: 0, text: 'Des pistes cyclables sûres' },
      { kind: 'proposal', index: 1, text: 'Plus de pistes cyclables et de vélos, des vélos partout' },
      { kind: 'comment', index: 0, text: 'Un vélo partout !' },
      { kind: 'comment', index: 1, text: 'sûrement pas' },
    ]);
    // vélo: proposal 1 ("vélos" twice, merged into "vélo") and comment 0; pist, cyclabl: proposals 0 and 1;
    // partout: proposal 1 and comment 0. "des", "plus", "de", "et", "un", "pas" are stop words;
    // "sûres" (sûr) and "sûrement" (sûr) make one term of 2 contributions; ties go by stem.
    expect(result.map((t) => [t.stem, t.word, t.contributions, t.occurrences])).toEqual([
      ['vélo', 'vélos', 2, 3],
      ['cyclabl', 'cyclables', 2, 2],
      ['partout', 'partout', 2, 2],
      ['pist', 'pistes', 2, 2],
      ['sûr', 'sûrement', 2, 2],
    ]);
    expect(result[0]).toMatchObject({ proposals: [1], comments: [0] });
    expect(result[1]).toMatchObject({ proposals: [0, 1], comments: [] });
  });

  it('a term must come from 2 contributions', () => {
    expect(topics([{ kind: 'proposal', index: 0, text: 'arbres arbres arbres' }])).toEqual([]);
  });
});
