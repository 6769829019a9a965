/**
 * Turns what a person typed into a search plan: the meaningful words, and for each the stems to look for
 * (the word itself, corrections of a misspelling, completions of a half-typed last word, synonyms), plus
 * synonym phrases that span several words ("charley horse" <-> "leg cramp").
 */
import { MAX_QUERY_LENGTH } from '../../shared/limits';
import type { MarkTerms } from './highlight';
import { synonymsAt } from './synonyms';
import { isStopWord, markPrefixes, stemOf, wordsOf } from './text';
import type { Vocabulary } from './vocabulary';

/** Queries with more meaningful words than this are searched on the first ones only. */
export const MAX_QUERY_WORDS = 12;

/** A known word in at most RARE_DF articles is checked against words at least COMMON_DF times as common. */
const RARE_DF = 1;
const COMMON_DF = 5;

/** Weights of the ways a word can match, relative to the word as typed. */
export const WEIGHT = { typed: 1, completion: 0.8, correction: 0.75, farCorrection: 0.55, synonym: 0.7 } as const;

export interface Alternative {
  /** Stems that must all occur in one field. */
  stems: string[];
  weight: number;
  /** False for guesses (spelling corrections, completions): a query cannot match on guesses alone. */
  exact: boolean;
}

export interface PlannedWord {
  word: string;
  /** How much a match on this word counts: rare words count more. */
  idf: number;
  alternatives: Alternative[];
}

export interface PlannedPhrase {
  /** Indexes into `words`, end exclusive. */
  from: number;
  to: number;
  alternatives: Alternative[];
}

export interface QueryPlan {
  /** The query as searched: control characters removed, cut to MAX_QUERY_LENGTH, trimmed. */
  query: string;
  words: PlannedWord[];
  phrases: PlannedPhrase[];
  /** A corrected query to offer ("did you mean"), or null. */
  suggestion: string | null;
  /** What to highlight in titles and snippets. */
  mark: MarkTerms;
}

/** The query as searched: cut, control characters and NUL removed, whitespace collapsed. */
export function cleanQuery(raw: string): string {
  return raw
    .slice(0, MAX_QUERY_LENGTH)
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function planQuery(raw: string, vocabulary: Vocabulary): QueryPlan {
  const query = cleanQuery(raw);
  const allWords = wordsOf(query);
  const content = allWords.filter((w) => !isStopWord(w)).slice(0, MAX_QUERY_WORDS);
  const words: PlannedWord[] = [];
  const effectiveStems: string[] = [];
  const fixes = new Map<string, string>();
  const mark: MarkTerms = { prefixes: [], exact: [] };

  content.forEach((word, i) => {
    const stem = stemOf(word);
    const alternatives: Alternative[] = [];
    let effective = stem;
    if (vocabulary.hasStem(stem)) {
      alternatives.push({ stems: [stem], weight: WEIGHT.typed, exact: true });
      // A known but rare word next to a much more common one is likely a misspelling of it ("spazm").
      const df = vocabulary.docFrequency(stem);
      if (df <= RARE_DF && word.length >= 5) {
        const common = vocabulary.corrections(word).filter((c) => vocabulary.docFrequency(c.stem) >= COMMON_DF * df);
        for (const c of common) alternatives.push({ stems: [c.stem], weight: WEIGHT.correction, exact: false });
        if (common[0]) fixes.set(word, common[0].word);
      }
    } else {
      const isLast = i === content.length - 1;
      const completions = isLast ? vocabulary.completions(word) : [];
      for (const c of completions) alternatives.push({ stems: [c.stem], weight: WEIGHT.completion, exact: false });
      const corrections = vocabulary.corrections(word);
      for (const c of corrections) {
        const weight = c.distance === 1 ? WEIGHT.correction : WEIGHT.farCorrection;
        if (!alternatives.some((a) => a.stems[0] === c.stem))
          alternatives.push({ stems: [c.stem], weight, exact: false });
      }
      const best = completions[0] ?? corrections[0];
      if (best) effective = best.stem;
      if (corrections[0] && !completions.length) fixes.set(word, corrections[0].word);
    }
    effectiveStems.push(effective);
    words.push({ word, idf: vocabulary.idf(effective), alternatives });
  });

  const phrases: PlannedPhrase[] = [];
  for (let i = 0; i < effectiveStems.length; i++) {
    for (const rule of synonymsAt(effectiveStems, i)) {
      const synonyms = rule.to.map((stems) => ({ stems, weight: WEIGHT.synonym, exact: true }));
      if (rule.from.length === 1) {
        words[i].alternatives.push(...synonyms);
      } else {
        // The phrase as typed, all in one field, counts fully; other phrasings as synonyms.
        phrases.push({
          from: i,
          to: i + rule.from.length,
          alternatives: [{ stems: rule.from, weight: WEIGHT.typed, exact: true }, ...synonyms],
        });
      }
    }
  }

  for (const w of words) {
    if (w.word.length > 2) mark.prefixes.push(w.word);
    else mark.exact.push(w.word);
    for (const a of w.alternatives) {
      for (const stem of a.stems) (stem.length > 2 ? mark.prefixes : mark.exact).push(...markPrefixes(stem));
    }
  }
  for (const p of phrases) {
    for (const a of p.alternatives) {
      for (const stem of a.stems) (stem.length > 2 ? mark.prefixes : mark.exact).push(...markPrefixes(stem));
    }
  }

  const suggestion = fixes.size ? allWords.map((w) => fixes.get(w) ?? w).join(' ') : null;
  return { query, words, phrases, suggestion, mark };
}
