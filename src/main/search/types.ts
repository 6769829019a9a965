/**
 * The types the search modules share, in one module that imports no other search module, so the modules
 * that use them (engine, query, results, snippets, prepared texts) depend on it and not on each other.
 */
import type { Category } from '../../shared/types';

/** One section of an article's text: its heading (null for the text before the first heading) and plain text. */
export interface SectionText {
  /** null for the text before the first heading. */
  id: string | null;
  title: string | null;
  text: string;
  /**
   * Where the warning signs listed from the registry begin in `text` (they end it), when the section lists
   * any: search counts them apart from the article's own words (see FIELDS in ./bm25f).
   */
  signsFrom?: number;
}

/** What the search engine indexes for each article. */
export interface SearchDoc {
  id: string;
  title: string;
  summary: string;
  category: Category;
  aliases: string[];
  /** Questions the article answers, as readers word them. */
  questions: string[];
  sections: SectionText[];
}

/** An article in a ranking. */
export interface RankedArticle {
  /** The article's number in the library. */
  doc: number;
  score: number;
}

/**
 * What to mark: words starting with a prefix (a half-typed word), words starting with a prefix whose stem is
 * the given one ("cramp" marks "cramping", but "clot" does not mark "cloth"), or equal to an exact word.
 */
export interface MarkTerms {
  prefixes: string[];
  exact: string[];
  /** [prefix, stem] pairs. */
  stemmed?: [string, string][];
}

export interface Alternative {
  /** Stems that must all occur in the article. */
  stems: string[];
  weight: number;
  /** False for guesses (spelling corrections, completions). */
  exact: boolean;
}

export interface PlannedWord {
  word: string;
  /** The stem searched for: the word's own, or when the library does not know it, its correction's or completion's. */
  stem: string;
  /** How much a match on this word counts: rare words count more (0 for a word the library does not know). */
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
  /** Every word of the query, folded, stop words included (for intents, scope and features). */
  allWords: string[];
  words: PlannedWord[];
  phrases: PlannedPhrase[];
  /** A corrected query ("did you mean"), each misspelt word as its likeliest correction, or null. */
  suggestion: string | null;
  /** Each misspelt word's corrections, likeliest first (the first is the one in `suggestion`). */
  fixes: Map<string, { word: string; stem: string }[]>;
  /** What to highlight in titles and snippets. */
  mark: MarkTerms;
}
