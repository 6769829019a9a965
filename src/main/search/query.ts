/**
 * Turns what a person typed into a search plan: every meaningful word (numbers, units and doses left out),
 * and for each the stems to look for (the word itself, corrections of a misspelling, completions of a
 * half-typed last word, the lexicon's other ways of saying it), plus lexicon phrases that span several
 * words ("charley horse" <-> "leg cramp").
 */
import { MAX_QUERY_LENGTH } from '../../shared/limits';
import { readIdioms, rulesAt } from './lexicon';
import { isStopWord, markPrefixes, stemOf, wordsOf } from './text';
import type { Alternative, MarkTerms, PlannedPhrase, PlannedWord, QueryPlan } from './types';
import type { Correction, Vocabulary } from './vocabulary';

export type { Alternative, PlannedPhrase, PlannedWord, QueryPlan } from './types';

/** Weights of the ways a word can match, relative to the word as typed. */
export const WEIGHT = { typed: 1, completion: 0.8, correction: 0.75, farCorrection: 0.55 } as const;

/** Units that follow a number in doses and amounts ("400 mg", "2 x", "10 days" keeps its real word). */
const UNITS = new Set(['mg', 'mcg', 'ug', 'g', 'iu', 'ml', 'l', 'kg', 'lb', 'lbs', 'x', 'km', 'mi', 'h', 'hr', 'hrs']);

/** Characters other than printable ASCII: only a query holding one can hold a control character. */
const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/;

/** The query as searched: cut, control characters and NUL removed, whitespace collapsed. */
export function cleanQuery(raw: string): string {
  const cut = raw.slice(0, MAX_QUERY_LENGTH);
  // Plain typing skips the Unicode classes (costly to compile the first time they run).
  const visible = NOT_PRINTABLE_ASCII.test(cut) ? cut.replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/gu, ' ') : cut;
  return visible.replace(/\s+/g, ' ').trim();
}

/**
 * An adjective's comparative or superlative read as the plain adjective when only that is in the library:
 * "shakier" and "shakiest" as "shaky" ("hands getting shakier over months" had matched no page on shaking). The
 * stemmer keeps the -ier and -iest forms apart, and spelling leaves them alone, as real words.
 */
function plainForm(word: string, vocabulary: Vocabulary): string {
  const ending = /(?:ier|iest)$/.exec(word);
  if (ending === null || word.length - ending[0].length < 3 || vocabulary.hasWord(word)) return word;
  const plain = `${word.slice(0, -ending[0].length)}y`;
  return vocabulary.hasWord(plain) ? plain : word;
}

/** The words that carry meaning: no stop words, numbers, doses ("400mg", "2x") or the unit after a number. */
function meaningfulWords(allWords: string[]): string[] {
  return allWords.filter(
    (w, i) => !isStopWord(w) && !/\d/.test(w) && !(UNITS.has(w) && i > 0 && /\d/.test(allWords[i - 1])),
  );
}

export function planQuery(raw: string, vocabulary: Vocabulary): QueryPlan {
  const query = cleanQuery(raw);
  const allWords = wordsOf(query);
  // An idiom is read as what it means ("my waters broke": labour), not word by word. Intents and scope still
  // read the words as typed (allWords).
  const idioms = readIdioms(allWords);
  // The corrections of each word, looked up once: the costliest step, needed below twice.
  const found = new Map<string, Correction[]>();
  const correctionsOf = (word: string) => {
    let corrections = found.get(word);
    if (!corrections) found.set(word, (corrections = vocabulary.corrections(word)));
    return corrections;
  };
  // Each meaningful word once: repeating a word in a long question does not make it count twice.
  // A word the library does not know and cannot correct, run together from two it does ("nighttime",
  // "legcramps"), is read as the two words.
  const content = [
    ...new Set(
      meaningfulWords(idioms.read)
        .map((w) => plainForm(w, vocabulary))
        .flatMap((w) =>
          vocabulary.hasWord(w) || !vocabulary.mayBeMisspelt(w) || correctionsOf(w).length
            ? [w]
            : (vocabulary.split(w) ?? [w]),
        ),
    ),
  ];
  const words: PlannedWord[] = [];
  const fixes = new Map<string, Correction[]>();
  const stemmed: [string, string][] = [];
  const mark: MarkTerms = { prefixes: [], exact: [], stemmed };

  content.forEach((word, i) => {
    const stem = stemOf(word);
    const alternatives: Alternative[] = [];
    let effective = stem;
    const known = vocabulary.hasWord(word) || vocabulary.hasStem(stem);
    if (known) alternatives.push({ stems: [stem], weight: WEIGHT.typed, exact: true });
    if (vocabulary.mayBeMisspelt(word)) {
      // A word the library knows but no dictionary has is a typo in the texts ("magnesuim"): also look
      // for what it should have been. A word neither knows: correct it, or complete it when it is the last.
      const isLast = i === content.length - 1 && !known;
      const completions = isLast ? vocabulary.completions(word) : [];
      for (const c of completions) alternatives.push({ stems: [c.stem], weight: WEIGHT.completion, exact: false });
      const corrections = correctionsOf(word).filter((c) => !known || vocabulary.docFrequency(c.stem) > 0);
      for (const c of corrections) {
        const weight = c.distance === 1 ? WEIGHT.correction : WEIGHT.farCorrection;
        if (!alternatives.some((a) => a.stems[0] === c.stem))
          alternatives.push({ stems: [c.stem], weight, exact: false });
      }
      const best = known ? corrections[0] : (completions[0] ?? corrections[0]);
      if (best && !known) effective = best.stem;
      if (corrections[0] && !completions.length) fixes.set(word, corrections);
    }
    // Forms of one word ("cramp", "cramps", "cramping"; "run", "running") count once, as a word typed twice
    // does; the later forms are still marked where a result shows them.
    if (words.some((w) => w.stem === effective)) {
      if (known) stemmed.push([word, stem]);
      return;
    }
    words.push({ word, stem: effective, idf: 0, alternatives });
  });
  const effectiveStems = words.map((w) => w.stem);

  const phrases: PlannedPhrase[] = [];
  for (let i = 0; i < effectiveStems.length; i++) {
    for (const rule of rulesAt(effectiveStems, i)) {
      const others = rule.to.map((stems) => ({ stems, weight: rule.weight, exact: true }));
      if (rule.from.length === 1) {
        words[i].alternatives.push(...others);
      } else {
        phrases.push({ from: i, to: i + rule.from.length, alternatives: others });
      }
    }
  }

  // A word's importance: its rarity in the library, or for a word the library does not use as typed, the
  // rarity of what stands for it (a correction, a synonym, a medicine's class); 0 when nothing does.
  words.forEach((w, i) => {
    const own = vocabulary.docFrequency(effectiveStems[i]) > 0 ? vocabulary.idf(effectiveStems[i]) : 0;
    let idf = own;
    if (idf === 0) {
      for (const a of w.alternatives) idf = Math.max(idf, vocabulary.phraseIdf(a.stems));
      for (const p of phrases)
        if (p.from <= i && i < p.to) for (const a of p.alternatives) idf = Math.max(idf, vocabulary.phraseIdf(a.stems));
    }
    w.idf = idf;
  });

  // The short words of a phrase standing for a word ("up" in "seize up" for "cramp") say nothing alone:
  // marking them would mark every "up" in a snippet. Nor does a short stem that is a filler word ("one" and
  // "on" share the stem "on").
  const markAlternative = (a: Alternative) => {
    for (const stem of a.stems) {
      if (stem.length > 2) for (const prefix of markPrefixes(stem)) stemmed.push([prefix, stem]);
      else if (a.stems.length === 1 && !isStopWord(stem)) mark.exact.push(...markPrefixes(stem));
    }
  };
  for (const w of words) {
    // A word the library knows marks its own forms; another (half-typed, misspelt) marks what it starts.
    const typedStem = stemOf(w.word);
    if (w.word.length <= 2) mark.exact.push(w.word);
    else if (vocabulary.hasStem(typedStem)) stemmed.push([w.word, typedStem]);
    else mark.prefixes.push(w.word);
    w.alternatives.forEach(markAlternative);
  }
  for (const p of phrases) p.alternatives.forEach(markAlternative);
  // What the person typed is marked too where a result shows it ("waters" in a sign about waters breaking).
  for (const word of meaningfulWords(idioms.replaced)) stemmed.push([word, stemOf(word)]);

  const suggestion = fixes.size ? allWords.map((w) => fixes.get(w)?.[0].word ?? w).join(' ') : null;
  return { query, allWords, words, phrases, suggestion, fixes, mark };
}
