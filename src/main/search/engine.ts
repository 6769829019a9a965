/**
 * Full-text search over the library, in the main process. Built ahead of time by the build, exported into
 * the content store, and imported at startup without re-indexing.
 *
 * Ranking: every meaningful query word is looked up through FlexSearch (the word, its corrections,
 * completions and synonyms, each at its own weight); an article scores the sum over words of the word's
 * rarity times its best match, scaled by the share of words it matches, so articles matching more of the
 * words come first. The best candidates are then lifted by how closely their title or an alias says the
 * query (./name-match).
 */
import type { ArticleMatch, Category, SearchHit, SearchResponse } from '../../shared/types';
import { DEFAULT_RESULTS, MAX_RESULTS } from '../../shared/limits';
import type { SectionText } from '../content/render-article';
import { createIndex, ENTRY_SEPARATOR, INDEX_FORMAT, matchSlots, type SearchIndex } from './index-config';
import { NameMatcher } from './name-match';
import { planQuery, type Alternative, type QueryPlan } from './query';
import { HitBuilder, type RankedArticle } from './hit-builder';
import { analyze } from './text';
import { Vocabulary, VocabularyCollector, type VocabularyData } from './vocabulary';

export interface SearchDoc {
  id: string;
  title: string;
  summary: string;
  category: Category;
  aliases: string[];
  sections: SectionText[];
}

/**
 * The exported index: FlexSearch's own keys plus ours, which start with "@". Values are kept as parsed
 * JSON, not as FlexSearch's JSON strings, so loading the store parses everything once, not twice.
 */
export type SearchIndexExport = Record<string, unknown>;

const FORMAT_KEY = '@format';
const VOCABULARY_KEY = '@vocabulary';

/** Why an exported index cannot be used. */
export class SearchIndexError extends Error {
  constructor(
    readonly problem: 'incompatible' | 'damaged',
    message: string,
  ) {
    super(message);
    this.name = 'SearchIndexError';
  }
}

/** How fast a match loses weight as it moves to worse slots (later fields, later in the text). */
const SLOT_DECAY = 0.3;
/** Articles taken from FlexSearch per looked-up word: the rest match it too weakly to matter. */
const LOOKUP_LIMIT = 300;
/** How many of the best candidates are re-ranked by how closely their title or an alias says the query. */
const RERANK = 12;
/** How much a title or alias that says exactly what was typed lifts an article (x2 at most). */
const NAME_WEIGHT = 1;
/**
 * The least evidence of a good match before anything is shown: either an article matches the words as
 * typed well enough (its score counting exact matches only), or a title or alias says nearly what was
 * typed, guesses included (half its name match). Below it the answer is 'no-match'. Set between the
 * weakest in-domain query (about 0.24) and the strongest out-of-domain one whose words the library mostly
 * knows (about 0.13) in the relevance suite.
 */
const MIN_EVIDENCE = 0.18;

/** The number of results asked for, within 1 to MAX_RESULTS (DEFAULT_RESULTS when it is not a number). */
function clampLimit(limit: number): number {
  return Number.isFinite(limit) ? Math.min(MAX_RESULTS, Math.max(1, Math.floor(limit))) : DEFAULT_RESULTS;
}

/** How many of the query's meaningful words an article must match to be shown at all. */
export function requiredMatches(wordCount: number): number {
  return Math.ceil(wordCount / 2);
}

interface Scored {
  doc: number;
  score: number;
  /** The score counting exact matches only. */
  sure: number;
}

/**
 * An article's score: the rarity-weighted match of the query's words, times the share it matches.
 * `values[from, from + n)` holds the article's best match value per query word.
 */
function coverage(plan: QueryPlan, values: Float64Array, from: number): { matched: number; score: number } {
  const n = plan.words.length;
  let matched = 0;
  let sum = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const value = values[from + i];
    if (value > 0) matched++;
    sum += plan.words[i].idf * value;
    total += plan.words[i].idf;
  }
  return { matched, score: (sum / total) * (matched / n) };
}

/** The text pieces of an article, analysed once while building: what is indexed and what feeds the vocabulary. */
function indexedFields(doc: SearchDoc, vocabulary: VocabularyCollector) {
  const stemsOf = (texts: string[]) =>
    texts
      .map((text) => {
        const { words, stems } = analyze(text);
        vocabulary.add(words, stems);
        return stems.join(' ');
      })
      .join(` ${ENTRY_SEPARATOR} `);
  return {
    title: stemsOf([doc.title]),
    aliases: stemsOf(doc.aliases),
    headings: stemsOf(doc.sections.flatMap((s) => (s.title ? [s.title] : []))),
    summary: stemsOf([doc.summary]),
    body: stemsOf(doc.sections.map((s) => s.text)),
  };
}

/** `buffer` if it holds `length` numbers, else a copy of it with room for at least that many. */
function ensureLength(buffer: Float64Array, length: number): Float64Array {
  if (buffer.length >= length) return buffer;
  const grown = new Float64Array(Math.max(length, 2 * buffer.length));
  grown.set(buffer);
  return grown;
}

export class SearchEngine {
  private readonly byId = new Map<string, number>();
  /** Scratch space for ranking, reused by every query (search runs synchronously, one query at a time). */
  private rows: Float64Array = new Float64Array(4096);
  private readonly names: NameMatcher;
  private readonly hitBuilder: HitBuilder;

  private constructor(
    /** Articles by their number in the index. */
    private readonly docs: SearchDoc[],
    private readonly index: SearchIndex,
    private readonly vocabulary: Vocabulary,
    private readonly startList: string[],
  ) {
    docs.forEach((doc, i) => this.byId.set(doc.id, i));
    this.names = new NameMatcher(docs);
    this.hitBuilder = new HitBuilder(docs);
  }

  static build(docs: SearchDoc[], startList: string[] = []): SearchEngine {
    const index = createIndex();
    const vocabulary = new VocabularyCollector();
    docs.forEach((doc, id) => {
      vocabulary.startDoc();
      index.add({ id, ...indexedFields(doc, vocabulary) });
    });
    return new SearchEngine(docs, index, new Vocabulary(vocabulary.result()), startList);
  }

  /**
   * Loads an export made by `export()` for the same articles in the same order; throws a SearchIndexError
   * when it was made by other code or for another library.
   */
  static fromExport(docs: SearchDoc[], data: SearchIndexExport, startList: string[] = []): SearchEngine {
    if (data[FORMAT_KEY] !== INDEX_FORMAT) {
      throw new SearchIndexError(
        'incompatible',
        `The search index has format ${String(data[FORMAT_KEY])}, but this version of the app reads ${INDEX_FORMAT}.`,
      );
    }
    const vocabulary = data[VOCABULARY_KEY] as VocabularyData | undefined;
    if (typeof vocabulary?.df !== 'object' || typeof vocabulary.words !== 'object') {
      throw new SearchIndexError('damaged', 'The search index has no vocabulary.');
    }
    if (vocabulary.docCount !== docs.length) {
      throw new SearchIndexError(
        'damaged',
        `The search index covers ${String(vocabulary.docCount)} articles, but the library has ${docs.length}.`,
      );
    }
    const index = createIndex();
    try {
      for (const [key, value] of Object.entries(data)) {
        if (!key.startsWith('@')) index.import(key, value as string);
      }
    } catch (error) {
      throw new SearchIndexError('damaged', `The search index cannot be read (${String(error)}).`);
    }
    return new SearchEngine(docs, index, new Vocabulary(vocabulary), startList);
  }

  /** The index as plain JSON data (synchronous: FlexSearch exports synchronously to a plain callback). */
  export(): SearchIndexExport {
    const data: SearchIndexExport = { [FORMAT_KEY]: INDEX_FORMAT };
    this.index.export((key: string, value: string) => {
      data[key] = JSON.parse(value);
    });
    data[VOCABULARY_KEY] = this.vocabulary.toJSON();
    return data;
  }

  search(rawQuery: string, limit: number = DEFAULT_RESULTS): SearchResponse {
    const plan = planQuery(String(rawQuery), this.vocabulary);
    if (!plan.query)
      return { query: '', kind: 'start', hits: this.hitBuilder.hits(this.start(limit), null), suggestion: null };
    const ranked = this.rank(plan);
    if (ranked.length === 0) return { query: plan.query, kind: 'no-match', hits: [], suggestion: plan.suggestion };
    const hits = this.hitBuilder.hits(ranked.slice(0, clampLimit(limit)), plan);
    return { query: plan.query, kind: 'results', hits, suggestion: plan.suggestion };
  }

  /** The ids of the articles `search` answers with, in order, without making the results (titles, snippets). */
  rankedIds(rawQuery: string, limit: number = DEFAULT_RESULTS): string[] {
    const plan = planQuery(String(rawQuery), this.vocabulary);
    const ranked = plan.query ? this.rank(plan).slice(0, clampLimit(limit)) : this.start(limit);
    return ranked.map(({ doc }) => this.docs[doc].id);
  }

  /**
   * Results for the given articles, in the given order (unknown ids left out), with titles and snippets
   * marked for the query exactly as `search` marks them: puts another ranking through the same answer step.
   */
  hitsFor(ids: readonly string[], rawQuery: string): SearchHit[] {
    const plan = planQuery(String(rawQuery), this.vocabulary);
    const ranked = ids.flatMap((id) => {
      const doc = this.byId.get(id);
      return doc === undefined ? [] : [{ doc, score: 0 }];
    });
    return this.hitBuilder.hits(ranked, plan.query ? plan : null);
  }

  /** Sections of one article that mention the query's words, in reading order. */
  searchInArticle(id: string, rawQuery: string): ArticleMatch[] {
    const number = this.byId.get(id);
    if (number === undefined) return [];
    return this.hitBuilder.sectionMatches(number, planQuery(String(rawQuery), this.vocabulary));
  }

  /** The curated start list, for an empty query. */
  private start(limit: number): RankedArticle[] {
    return this.startList
      .flatMap((id) => {
        const doc = this.byId.get(id);
        return doc === undefined ? [] : [{ doc, score: 0 }];
      })
      .slice(0, clampLimit(limit));
  }

  /** Articles matching enough of the query's words, best first; empty when nothing matches well. */
  private rank(plan: QueryPlan): Scored[] {
    const n = plan.words.length;
    // Most of the words appear nowhere in the library, not even misspelt: it is about something else.
    const covered = (i: number) => plan.phrases.some((p) => p.from <= i && i < p.to);
    const unknown = plan.words.filter((w, i) => w.alternatives.length === 0 && !covered(i)).length;
    if (n === 0 || 2 * unknown >= n) return [];
    const lookups = new Map<string, Map<number, number>>();
    const lookupStem = (stem: string) => {
      let slots = lookups.get(stem);
      if (!slots) lookups.set(stem, (slots = matchSlots(this.index, stem, LOOKUP_LIMIT)));
      return slots;
    };
    // A phrase matches articles holding all its words, at the slot of its weakest word. (Intersecting
    // here rather than in FlexSearch keeps every lookup bounded: FlexSearch's own multi-word
    // intersection walks every article of every word when results stay unresolved.)
    const lookup = (alternative: Alternative) => {
      const [first, ...rest] = alternative.stems.map(lookupStem);
      if (rest.length === 0) return first;
      const both = new Map<number, number>();
      for (const [doc, slot] of first) {
        let worst = slot;
        for (const other of rest) {
          const s = other.get(doc);
          worst = s === undefined ? -1 : Math.max(worst, s);
          if (worst < 0) break;
        }
        if (worst >= 0) both.set(doc, worst);
      }
      return both;
    };
    // Per article: the best match value of each query word, overall and counting exact matches only, in
    // rows of one buffer kept between queries (articles in the order they were first met).
    const rowOf = new Map<number, number>();
    const width = 2 * n;
    const apply = (alternatives: Alternative[], from: number, to: number) => {
      for (const alternative of alternatives) {
        for (const [doc, slot] of lookup(alternative)) {
          const value = alternative.weight / (1 + SLOT_DECAY * slot);
          let row = rowOf.get(doc);
          if (row === undefined) {
            row = rowOf.size * width;
            rowOf.set(doc, row);
            this.rows = ensureLength(this.rows, row + width);
            this.rows.fill(0, row, row + width);
          }
          const rows = this.rows;
          for (let i = from; i < to; i++) {
            if (value > rows[row + i]) rows[row + i] = value;
            if (alternative.exact && value > rows[row + n + i]) rows[row + n + i] = value;
          }
        }
      }
    };
    plan.words.forEach((word, i) => apply(word.alternatives, i, i + 1));
    for (const phrase of plan.phrases) apply(phrase.alternatives, phrase.from, phrase.to);

    const required = requiredMatches(n);
    const candidates: Scored[] = [];
    for (const [doc, row] of rowOf) {
      const all = coverage(plan, this.rows, row);
      if (all.matched < required || doc >= this.docs.length) continue;
      // With several words, guesses (corrections, completions) only count next to a word matched as typed.
      const sure = n > 1 ? coverage(plan, this.rows, row + n).score : all.score;
      if (sure === 0) continue;
      candidates.push({ doc, score: all.score, sure });
    }
    // Stable: equal scores keep FlexSearch's order.
    candidates.sort((a, b) => b.score - a.score);
    const top = candidates.slice(0, RERANK);
    const names = this.names.forQuery(plan);
    let evidence = 0;
    for (const c of top) {
      const name = names.match(c.doc);
      c.score *= 1 + NAME_WEIGHT * name;
      evidence = Math.max(evidence, c.sure * (1 + NAME_WEIGHT * name), name / 2);
    }
    if (evidence < MIN_EVIDENCE) return [];
    top.sort((a, b) => b.score - a.score);
    return top.concat(candidates.slice(RERANK));
  }
}
