/**
 * Full-text search over the library, in the main process. Built ahead of time by the build, exported into
 * the content store, and imported at startup without re-indexing.
 *
 * Ranking: every meaningful query word is looked up through FlexSearch (the word, its corrections,
 * completions and synonyms, each at its own weight); an article scores the sum over words of the word's
 * rarity times its best match, scaled by the share of words it matches, so articles matching more of the
 * words come first.
 */
import type { ArticleMatch, Category, SearchHit, SearchResponse } from '../../shared/types';
import { DEFAULT_RESULTS, MAX_RESULTS } from '../../shared/limits';
import type { SectionText } from '../content/render-article';
import { markPattern, markText } from './highlight';
import { createIndex, INDEX_FORMAT, matchSlots, type SearchIndex } from './index-config';
import { planQuery, type Alternative, type QueryPlan } from './query';
import { bestSection, leadOf, matchSection, snippetOf } from './snippet';
import { indexText } from './text';
import { Vocabulary, type VocabularyData } from './vocabulary';

export interface SearchDoc {
  id: string;
  title: string;
  summary: string;
  category: Category;
  aliases: string[];
  sections: SectionText[];
}

/** The exported index: FlexSearch's own keys plus ours, which start with "@". */
export type SearchIndexExport = Record<string, string>;

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

/** How many of the best candidates are re-ranked by how closely their title or an alias says the query. */
const RERANK = 50;
/** How much a title or alias that says exactly what was typed lifts an article (x2 at most). */
const NAME_WEIGHT = 1;
/**
 * The least evidence of a good match before anything is shown: either an article matches the words as
 * typed well enough (its score counting exact matches only), or a title or alias says nearly what was
 * typed, guesses included (half its name match). Below it the answer is 'no-match'. Set between the
 * weakest in-domain query (about 0.29) and the strongest out-of-domain one (about 0.22) of the
 * relevance suite.
 */
const MIN_EVIDENCE = 0.25;

/**
 * How closely a title or alias says the query, 0..1: the share of the query's words (by rarity) it
 * contains, balanced with the share of its own words that the query used (F1 of the two).
 */
export function nameMatch(plan: QueryPlan, names: Set<string>[]): number {
  const totalIdf = plan.words.reduce((sum, w) => sum + w.idf, 0);
  let best = 0;
  for (const name of names) {
    if (name.size === 0) continue;
    const values = new Float64Array(plan.words.length);
    const used = new Set<string>();
    const test = (alternatives: Alternative[], from: number, to: number) => {
      for (const a of alternatives) {
        if (!a.stems.every((stem) => name.has(stem))) continue;
        for (const stem of a.stems) used.add(stem);
        for (let i = from; i < to; i++) values[i] = Math.max(values[i], a.weight);
      }
    };
    plan.words.forEach((word, i) => test(word.alternatives, i, i + 1));
    for (const phrase of plan.phrases) test(phrase.alternatives, phrase.from, phrase.to);
    const recall = values.reduce((sum, v, i) => sum + v * plan.words[i].idf, 0) / totalIdf;
    const precision = used.size / name.size;
    if (recall > 0) best = Math.max(best, (2 * recall * precision) / (recall + precision));
  }
  return best;
}

/** How many of the query's meaningful words an article must match to be shown at all. */
export function requiredMatches(wordCount: number): number {
  return Math.ceil(wordCount / 2);
}

interface Scored {
  id: string;
  score: number;
  /** The score counting exact matches only. */
  sure: number;
  matched: number;
}

/** How many query words an article matches, and its score: their rarity-weighted match, times their share. */
function coverage(plan: QueryPlan, values: Float64Array): { matched: number; score: number } {
  let matched = 0;
  let sum = 0;
  let total = 0;
  values.forEach((value, i) => {
    if (value > 0) matched++;
    sum += plan.words[i].idf * value;
    total += plan.words[i].idf;
  });
  return { matched, score: (sum / total) * (matched / values.length) };
}

export class SearchEngine {
  private readonly docs = new Map<string, SearchDoc>();
  private readonly names = new Map<string, Set<string>[]>();

  private constructor(
    docs: SearchDoc[],
    private readonly index: SearchIndex,
    private readonly vocabulary: Vocabulary,
    private readonly startList: string[],
  ) {
    for (const doc of docs) this.docs.set(doc.id, doc);
  }

  static build(docs: SearchDoc[], startList: string[] = []): SearchEngine {
    const index = createIndex();
    for (const doc of docs) {
      index.add({
        id: doc.id,
        title: indexText(doc.title),
        aliases: doc.aliases.map(indexText),
        headings: doc.sections.flatMap((s) => (s.title ? [indexText(s.title)] : [])),
        summary: indexText(doc.summary),
        body: doc.sections.map((s) => indexText(s.text)),
      });
    }
    const vocabulary = new Vocabulary(Vocabulary.collect(docs.map(textsOf)));
    return new SearchEngine(docs, index, vocabulary, startList);
  }

  /** Loads an export made by `export()`; throws a SearchIndexError when it does not fit this code or these docs. */
  static fromExport(docs: SearchDoc[], data: SearchIndexExport, startList: string[] = []): SearchEngine {
    if (data[FORMAT_KEY] !== INDEX_FORMAT) {
      throw new SearchIndexError(
        'incompatible',
        `The search index has format ${String(data[FORMAT_KEY])}, but this version of the app reads ${INDEX_FORMAT}.`,
      );
    }
    let vocabulary: VocabularyData;
    const index = createIndex();
    try {
      vocabulary = JSON.parse(data[VOCABULARY_KEY]) as VocabularyData;
      for (const [key, value] of Object.entries(data)) if (!key.startsWith('@')) index.import(key, value);
    } catch (error) {
      throw new SearchIndexError('damaged', `The search index cannot be read (${String(error)}).`);
    }
    if (vocabulary.docCount !== docs.length) {
      throw new SearchIndexError(
        'damaged',
        `The search index covers ${vocabulary.docCount} articles, but the library has ${docs.length}.`,
      );
    }
    return new SearchEngine(docs, index, new Vocabulary(vocabulary), startList);
  }

  /** The index as key/value strings (synchronous: FlexSearch exports synchronously to a plain callback). */
  export(): SearchIndexExport {
    const data: SearchIndexExport = { [FORMAT_KEY]: INDEX_FORMAT };
    this.index.export((key: string, value: string) => {
      data[key] = value;
    });
    data[VOCABULARY_KEY] = JSON.stringify(this.vocabulary.toJSON());
    return data;
  }

  search(rawQuery: string, limit: number = DEFAULT_RESULTS): SearchResponse {
    const max = Number.isFinite(limit) ? Math.min(MAX_RESULTS, Math.max(1, Math.floor(limit))) : DEFAULT_RESULTS;
    const plan = planQuery(String(rawQuery), this.vocabulary);
    if (!plan.query) return { query: '', kind: 'start', hits: this.start(max), suggestion: null };
    const ranked = this.rank(plan);
    if (ranked.length === 0) return { query: plan.query, kind: 'no-match', hits: [], suggestion: plan.suggestion };
    const pattern = markPattern(plan.mark);
    const hits = ranked.slice(0, max).map(({ id, score }) => this.hit(this.docs.get(id) as SearchDoc, score, pattern));
    return { query: plan.query, kind: 'results', hits, suggestion: plan.suggestion };
  }

  /** Sections of one article that mention the query's words, in reading order. */
  searchInArticle(id: string, rawQuery: string): ArticleMatch[] {
    const doc = this.docs.get(id);
    if (!doc) return [];
    const pattern = markPattern(planQuery(String(rawQuery), this.vocabulary).mark);
    if (!pattern) return [];
    return doc.sections.flatMap((section) => {
      const match = matchSection(section, pattern);
      return match ? [{ section: headingOf(section), snippet: snippetOf(match, pattern) }] : [];
    });
  }

  /** Articles matching enough of the query's words, best first. */
  private rank(plan: QueryPlan): Scored[] {
    const n = plan.words.length;
    if (n === 0) return [];
    const lookups = new Map<string, Map<string, number>>();
    const lookup = (alternative: Alternative) => {
      const key = alternative.stems.join(' ');
      let slots = lookups.get(key);
      if (!slots) {
        slots = matchSlots(this.index, alternative.stems);
        lookups.set(key, slots);
      }
      return slots;
    };
    // Per article: the best match value of each query word, overall and counting exact matches only.
    const perWord = new Map<string, { values: Float64Array; exact: Float64Array }>();
    const apply = (alternatives: Alternative[], from: number, to: number) => {
      for (const alternative of alternatives) {
        for (const [id, slot] of lookup(alternative)) {
          const value = alternative.weight / (1 + SLOT_DECAY * slot);
          let entry = perWord.get(id);
          if (!entry) perWord.set(id, (entry = { values: new Float64Array(n), exact: new Float64Array(n) }));
          for (let i = from; i < to; i++) {
            if (value > entry.values[i]) entry.values[i] = value;
            if (alternative.exact && value > entry.exact[i]) entry.exact[i] = value;
          }
        }
      }
    };
    plan.words.forEach((word, i) => apply(word.alternatives, i, i + 1));
    for (const phrase of plan.phrases) apply(phrase.alternatives, phrase.from, phrase.to);

    const required = requiredMatches(n);
    const candidates: Scored[] = [];
    for (const [id, entry] of perWord) {
      const all = coverage(plan, entry.values);
      if (all.matched < required || !this.docs.has(id)) continue;
      // With several words, guesses (corrections, completions) only count next to a word matched as typed.
      const sure = n > 1 ? coverage(plan, entry.exact) : all;
      if (sure.matched === 0) continue;
      candidates.push({ id, matched: all.matched, score: all.score, sure: sure.score });
    }
    // Stable: equal scores keep FlexSearch's order.
    candidates.sort((a, b) => b.score - a.score);
    const top = candidates.slice(0, RERANK);
    let evidence = 0;
    for (const c of top) {
      const name = nameMatch(plan, this.namesOf(c.id));
      c.score *= 1 + NAME_WEIGHT * name;
      evidence = Math.max(evidence, c.sure * (1 + NAME_WEIGHT * name), name / 2);
    }
    if (evidence < MIN_EVIDENCE) return [];
    top.sort((a, b) => b.score - a.score);
    return [...top, ...candidates.slice(RERANK)];
  }

  /** Stems of an article's title and of each alias, analysed on first use. */
  private namesOf(id: string): Set<string>[] {
    let names = this.names.get(id);
    if (!names) {
      const doc = this.docs.get(id) as SearchDoc;
      names = [doc.title, ...doc.aliases].map((name) => new Set(indexText(name).split(' ').filter(Boolean)));
      this.names.set(id, names);
    }
    return names;
  }

  private start(limit: number): SearchHit[] {
    return this.startList
      .flatMap((id) => {
        const doc = this.docs.get(id);
        return doc ? [this.hit(doc, 0, null)] : [];
      })
      .slice(0, limit);
  }

  private hit(doc: SearchDoc, score: number, pattern: RegExp | null): SearchHit {
    const best = bestSection(doc.sections, pattern);
    return {
      id: doc.id,
      title: doc.title,
      titleHtml: markText(doc.title, pattern),
      summary: doc.summary,
      category: doc.category,
      score: Math.round(score * 1000) / 1000,
      snippet: best ? snippetOf(best, pattern) : leadOf(doc.summary, pattern),
      section: best ? headingOf(best.section) : null,
    };
  }
}

function headingOf(section: SectionText): { id: string; title: string } | null {
  return section.id && section.title ? { id: section.id, title: section.title } : null;
}

function textsOf(doc: SearchDoc): string[] {
  return [
    doc.title,
    doc.summary,
    ...doc.aliases,
    ...doc.sections.flatMap((s) => (s.title ? [s.title, s.text] : [s.text])),
  ];
}
