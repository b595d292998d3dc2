import { stemFrench } from './french-stemmer';
import { FRENCH_STOP_WORDS } from './french-stop-words';

/**
 * Topics: the most frequent French terms across contributions, after removing stop words and
 * grouping the forms of a word by their Snowball stem ("aménager", "aménagement" → "aménag").
 * Snowball keeps a plural s or x after a vowel ("vélos", "jeux"): a stem ending in s or x is
 * merged into the same stem without it when both occur ("vélo" and "vélos" → one term). A term is
 * ranked by the number of contributions that use it (a long text repeating a word counts once),
 * then by its number of occurrences. Each term keeps the contributions it comes from.
 */
export const TOPIC_RULES = {
  /** Shortest word kept (shorter ones are almost all function words). */
  minWordLength: 3,
  /** A term must appear in at least this many contributions. */
  minContributions: 2,
  limit: 20,
} as const;

export interface TopicDocument {
  kind: 'proposal' | 'comment';
  /** The caller's index of the contribution (kept in the output). */
  index: number;
  text: string;
}

export interface Topic {
  stem: string;
  /** The form people wrote most often (ties: alphabetical order). */
  word: string;
  contributions: number;
  occurrences: number;
  proposals: number[];
  comments: number[];
}

/** Lower-case words of a text; elisions (l', d', qu'…) are dropped, hyphens and digits split words. */
export function frenchWords(text: string): string[] {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('fr')
    .replace(/[’ʼ`´]/g, "'")
    .split(/[^a-zàâäçéèêëîïôöùûüÿœæ]+/)
    .filter((w) => w.length > 0);
}

export function topics(documents: readonly TopicDocument[], rules = TOPIC_RULES): Topic[] {
  const terms = new Map<string, { forms: Map<string, number>; occurrences: number; proposals: Set<number>; comments: Set<number> }>();
  const stems = new Map<string, string>();
  for (const doc of documents) {
    for (const word of frenchWords(doc.text)) {
      if (word.length < rules.minWordLength || FRENCH_STOP_WORDS.has(word)) continue;
      let stem = stems.get(word);
      if (stem === undefined) {
        stem = stemFrench(word);
        stems.set(word, stem);
      }
      if (stem.length < 2) continue;
      let term = terms.get(stem);
      if (!term) {
        term = { forms: new Map(), occurrences: 0, proposals: new Set(), comments: new Set() };
        terms.set(stem, term);
      }
      term.occurrences += 1;
      term.forms.set(word, (term.forms.get(word) ?? 0) + 1);
      (doc.kind === 'proposal' ? term.proposals : term.comments).add(doc.index);
    }
  }
  for (const [stem, term] of [...terms]) {
    const singular = /[sx]$/.test(stem) ? terms.get(stem.slice(0, -1)) : undefined;
    if (!singular) continue;
    singular.occurrences += term.occurrences;
    for (const [form, count] of term.forms) singular.forms.set(form, (singular.forms.get(form) ?? 0) + count);
    term.proposals.forEach((i) => singular.proposals.add(i));
    term.comments.forEach((i) => singular.comments.add(i));
    terms.delete(stem);
  }
  const ranked: Topic[] = [];
  for (const [stem, term] of terms) {
    const contributions = term.proposals.size + term.comments.size;
    if (contributions < rules.minContributions) continue;
    const word = [...term.forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0][0];
    ranked.push({ stem, word, contributions, occurrences: term.occurrences, proposals: [...term.proposals].sort((a, b) => a - b), comments: [...term.comments].sort((a, b) => a - b) });
  }
  ranked.sort((a, b) => b.contributions - a.contributions || b.occurrences - a.occurrences || (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0));
  return ranked.slice(0, rules.limit);
}
