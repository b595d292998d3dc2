/**
 * The Snowball French stemmer (snowballstem.org/algorithms/french), the algorithm PostgreSQL's
 * `french_stem` dictionary runs: "vélos", "vélo" → "vélo"; "aménagement", "aménager" → "aménag".
 * Written out here so that the brief needs no dependency; test/summaries checks it word by word
 * against PostgreSQL's own implementation. Input: one lower-case word.
 */
const VOWELS = new Set('aeiouyâàëéêèïîôûù');
const KEEP_WITH_S = new Set('aiouès');

const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.has(c);

/**
 * Marks letters that must not count as vowels: u, i between vowels; y next to a vowel; u after q;
 * ë, ï become He, Hi. Snowball's `repeat goto`: after a change the scan resumes where the match
 * began, so a vowel that closed one match may open the next ("vraiaient" → "vraIaIent").
 */
function prelude(word: string): string {
  let w = word;
  let i = 0;
  const put = (at: number, text: string) => (w = w.slice(0, at) + text + w.slice(at + 1));
  while (i < w.length) {
    const c = w[i];
    const next = w[i + 1];
    if (isVowel(c) && (((next === 'u' || next === 'i') && isVowel(w[i + 2])) || next === 'y')) put(i + 1, next.toUpperCase());
    else if (c === 'ë' || c === 'ï') put(i, c === 'ë' ? 'He' : 'Hi');
    else if (c === 'y' && isVowel(next)) put(i, 'Y');
    else if (c === 'q' && next === 'u') put(i + 1, 'U');
    else i += 1;
  }
  return w;
}

function postlude(w: string): string {
  return w.replace(/He|Hi|H|I|U|Y/g, (m) => ({ He: 'ë', Hi: 'ï', H: '', I: 'i', U: 'u', Y: 'y' })[m] ?? m);
}

interface Regions {
  rv: number;
  r1: number;
  r2: number;
}

function regions(w: string): Regions {
  const n = w.length;
  let rv = n;
  if (n >= 3 && isVowel(w[0]) && isVowel(w[1])) rv = 3;
  else if (/^(par|col|tap)/.test(w)) rv = 3;
  else {
    for (let i = 1; i < n; i++) {
      if (isVowel(w[i])) {
        rv = i + 1;
        break;
      }
    }
  }
  const afterVowelThenConsonant = (from: number): number => {
    let i = from;
    while (i < n && !isVowel(w[i])) i++;
    if (i >= n) return n;
    i++;
    while (i < n && isVowel(w[i])) i++;
    return i >= n ? n : i + 1;
  };
  const r1 = afterVowelThenConsonant(0);
  const r2 = r1 >= n ? n : afterVowelThenConsonant(r1);
  return { rv, r1, r2 };
}

/** The longest suffix of `w` in `list` that starts at or after `limit`. */
function longest(w: string, list: readonly string[], limit = 0): string | null {
  let found: string | null = null;
  for (const s of list) {
    if (w.endsWith(s) && w.length - s.length >= limit && (found === null || s.length > found.length)) found = s;
  }
  return found;
}

const STEP1: Record<string, readonly string[]> = {
  delete: ['ance', 'iqUe', 'isme', 'able', 'iste', 'eux', 'ances', 'iqUes', 'ismes', 'ables', 'istes'],
  atrice: ['atrice', 'ateur', 'ation', 'atrices', 'ateurs', 'ations'],
  logie: ['logie', 'logies'],
  usion: ['usion', 'ution', 'usions', 'utions'],
  ence: ['ence', 'ences'],
  ement: ['ement', 'ements'],
  ite: ['ité', 'ités'],
  if: ['if', 'ive', 'ifs', 'ives'],
  eaux: ['eaux'],
  aux: ['aux'],
  euse: ['euse', 'euses'],
  issement: ['issement', 'issements'],
  amment: ['amment'],
  emment: ['emment'],
  ment: ['ment', 'ments'],
};
const STEP1_ALL = Object.values(STEP1).flat();
const STEP1_GROUP = new Map(Object.entries(STEP1).flatMap(([group, list]) => list.map((s) => [s, group] as const)));

const I_VERB = ['îmes', 'ît', 'îtes', 'i', 'ie', 'ies', 'ir', 'ira', 'irai', 'iraIent', 'irais', 'irait', 'iras', 'irent', 'irez', 'iriez', 'irions', 'irons', 'iront', 'is', 'issaIent', 'issais', 'issait', 'issant', 'issante', 'issantes', 'issants', 'isse', 'issent', 'isses', 'issez', 'issiez', 'issions', 'issons', 'it'];
const VERB_DELETE = ['é', 'ée', 'ées', 'és', 'èrent', 'er', 'era', 'erai', 'eraIent', 'erais', 'erait', 'eras', 'erez', 'eriez', 'erions', 'erons', 'eront', 'ez', 'iez'];
const VERB_E = ['âmes', 'ât', 'âtes', 'a', 'ai', 'aIent', 'ais', 'ait', 'ant', 'ante', 'antes', 'ants', 'as', 'asse', 'assent', 'asses', 'assiez', 'assions'];
const VERB_ALL = ['ions', ...VERB_DELETE, ...VERB_E];
const RESIDUAL = ['ion', 'ier', 'ière', 'Ier', 'Ière', 'e'];

/** A word being stemmed: the text and its regions (fixed once computed, as in Snowball). */
class Stem {
  constructor(
    public w: string,
    readonly at: Regions,
  ) {}

  cut(suffix: string): void {
    this.w = this.w.slice(0, this.w.length - suffix.length);
  }

  replace(suffix: string, by: string): void {
    this.w = this.w.slice(0, this.w.length - suffix.length) + by;
  }

  /** Does `suffix` end the word and start at or after `from`? */
  endsIn(suffix: string, from: number): boolean {
    return this.w.endsWith(suffix) && this.w.length - suffix.length >= from;
  }

  start(suffix: string): number {
    return this.w.length - suffix.length;
  }
}

type Outcome = 'done' | 'changed-but-go-on' | 'no';

function standardSuffix(s: Stem): Outcome {
  const suffix = longest(s.w, STEP1_ALL);
  if (!suffix) return 'no';
  const { rv, r1, r2 } = s.at;
  const start = s.start(suffix);
  const inR2 = start >= r2;
  switch (STEP1_GROUP.get(suffix)) {
    case 'delete':
      if (!inR2) return 'no';
      s.cut(suffix);
      return 'done';
    case 'atrice':
      if (!inR2) return 'no';
      s.cut(suffix);
      if (s.w.endsWith('ic')) {
        if (s.endsIn('ic', r2)) s.cut('ic');
        else s.replace('ic', 'iqU');
      }
      return 'done';
    case 'logie':
      if (!inR2) return 'no';
      s.replace(suffix, 'log');
      return 'done';
    case 'usion':
      if (!inR2) return 'no';
      s.replace(suffix, 'u');
      return 'done';
    case 'ence':
      if (!inR2) return 'no';
      s.replace(suffix, 'ent');
      return 'done';
    case 'ement': {
      if (start < rv) return 'no';
      s.cut(suffix);
      const next = longest(s.w, ['iv', 'eus', 'abl', 'iqU', 'ièr', 'Ièr']);
      if (next === 'iv') {
        if (s.endsIn('iv', r2)) {
          s.cut('iv');
          if (s.endsIn('at', r2)) s.cut('at');
        }
      } else if (next === 'eus') {
        if (s.endsIn('eus', r2)) s.cut('eus');
        else if (s.endsIn('eus', r1)) s.replace('eus', 'eux');
      } else if (next === 'abl' || next === 'iqU') {
        if (s.endsIn(next, r2)) s.cut(next);
      } else if (next === 'ièr' || next === 'Ièr') {
        if (s.endsIn(next, rv)) s.replace(next, 'i');
      }
      return 'done';
    }
    case 'ite': {
      if (!inR2) return 'no';
      s.cut(suffix);
      const next = longest(s.w, ['abil', 'ic', 'iv']);
      if (next === 'abil') {
        if (s.endsIn('abil', r2)) s.cut('abil');
        else s.replace('abil', 'abl');
      } else if (next === 'ic') {
        if (s.endsIn('ic', r2)) s.cut('ic');
        else s.replace('ic', 'iqU');
      } else if (next === 'iv') {
        if (s.endsIn('iv', r2)) s.cut('iv');
      }
      return 'done';
    }
    case 'if':
      if (!inR2) return 'no';
      s.cut(suffix);
      if (s.endsIn('at', r2)) {
        s.cut('at');
        if (s.w.endsWith('ic')) {
          if (s.endsIn('ic', r2)) s.cut('ic');
          else s.replace('ic', 'iqU');
        }
      }
      return 'done';
    case 'eaux':
      s.replace(suffix, 'eau');
      return 'done';
    case 'aux':
      if (start < r1) return 'no';
      s.replace(suffix, 'al');
      return 'done';
    case 'euse':
      if (inR2) s.cut(suffix);
      else if (start >= r1) s.replace(suffix, 'eux');
      else return 'no';
      return 'done';
    case 'issement':
      if (start < r1 || start === 0 || isVowel(s.w[start - 1])) return 'no';
      s.cut(suffix);
      return 'done';
    case 'amment':
      if (start < rv) return 'no';
      s.replace(suffix, 'ant');
      return 'changed-but-go-on';
    case 'emment':
      if (start < rv) return 'no';
      s.replace(suffix, 'ent');
      return 'changed-but-go-on';
    case 'ment':
      if (start - 1 < rv || !isVowel(s.w[start - 1])) return 'no';
      s.cut(suffix);
      return 'changed-but-go-on';
    default:
      return 'no';
  }
}

function iVerbSuffix(s: Stem): boolean {
  const { rv } = s.at;
  const suffix = longest(s.w, I_VERB, rv);
  if (!suffix) return false;
  const before = s.start(suffix) - 1;
  if (before < rv || s.w[before] === 'H' || isVowel(s.w[before])) return false;
  s.cut(suffix);
  return true;
}

function verbSuffix(s: Stem): boolean {
  const { rv, r2 } = s.at;
  const suffix = longest(s.w, VERB_ALL, rv);
  if (!suffix) return false;
  if (suffix === 'ions') {
    if (s.start(suffix) < r2) return false;
    s.cut(suffix);
    return true;
  }
  s.cut(suffix);
  if (VERB_E.includes(suffix) && s.endsIn('e', rv)) s.cut('e');
  return true;
}

function residualSuffix(s: Stem): void {
  const { rv, r2 } = s.at;
  if (s.w.endsWith('s') && s.w.length >= 2) {
    const before = s.w.slice(0, -1);
    if (before.endsWith('Hi') || !KEEP_WITH_S.has(before[before.length - 1])) s.cut('s');
  }
  const suffix = longest(s.w, RESIDUAL, rv);
  if (!suffix) return;
  const start = s.start(suffix);
  if (suffix === 'ion') {
    if (start >= r2 && start - 1 >= rv && (s.w[start - 1] === 's' || s.w[start - 1] === 't')) s.cut('ion');
  } else if (suffix === 'e') {
    s.cut('e');
  } else {
    s.replace(suffix, 'i');
  }
}

function undouble(s: Stem): void {
  if (['enn', 'onn', 'ett', 'ell', 'eill'].some((e) => s.w.endsWith(e))) s.w = s.w.slice(0, -1);
}

function unaccent(s: Stem): void {
  let i = s.w.length;
  while (i > 0 && !isVowel(s.w[i - 1])) i--;
  if (i === s.w.length || i === 0) return;
  const c = s.w[i - 1];
  if (c === 'é' || c === 'è') s.w = `${s.w.slice(0, i - 1)}e${s.w.slice(i)}`;
}

export function stemFrench(word: string): string {
  const prepared = prelude(word);
  const s = new Stem(prepared, regions(prepared));
  const standard = standardSuffix(s);
  const verbal = standard === 'done' || iVerbSuffix(s) || verbSuffix(s);
  if (verbal) {
    if (s.w.endsWith('Y')) s.replace('Y', 'i');
    else if (s.w.endsWith('ç')) s.replace('ç', 'c');
  } else {
    residualSuffix(s);
  }
  undouble(s);
  unaccent(s);
  return postlude(s.w);
}
