/**
 * Full-text search over the library, in the main process. Built ahead of time by the build, exported into
 * the content store, and imported at startup without re-indexing.
 *
 * Retrieval and ranking are separate steps. FlexSearch finds the candidates: the articles holding any stem
 * a query word stands for (the word, its corrections and completions, the lexicon's other ways of saying
 * it). One model ranks them: BM25F over title, aliases, headings, summary, body and the questions an
 * article answers (./bm25f), summed over the query's words weighted by their rarity; the best candidates
 * are then weighed by how fully the query names them or asks one of their questions (./names: its overlap
 * with the title, one alias or one question).
 * Four documented adjustments follow, each from data in the lexicon: question intents lift a few articles
 * a little, a question that asks whether it is serious is shown the page of every warning sign by second
 * place, questions about cramps that are not muscle cramps go to the scope article, and app features asked
 * for by name are offered first.
 */
import type { ArticleMatch, SearchHit, SearchResponse } from '../../shared/types';
import { DEFAULT_RESULTS, MAX_RESULTS } from '../../shared/limits';
import { BestFirst } from './best-first';
import { Bm25f, countTerms, type TermStatsData } from './bm25f';
import type { Dictionary } from './dictionary';
import { HitBuilder } from './hit-builder';
import {
  createIndex,
  ENTRY_SEPARATOR,
  FIELDS,
  fieldTexts,
  INDEX_FORMAT,
  StemLookup,
  type SearchIndex,
} from './index-config';
import {
  BODY_PARTS,
  cueMarks,
  cueOnlyStems,
  featureOf,
  INTENTS,
  intentsOf,
  symptomsNamed,
  scopeOf,
  SCOPE,
  type Intent,
} from './lexicon';
import { NameMatcher, namesData, type NamesData } from './names';
import { planQuery, type QueryPlan } from './query';
import { analyze, stemOf } from './text';
import type { Alternative, RankedArticle, SearchDoc } from './types';
import { Vocabulary, VocabularyCollector, type VocabularyData } from './vocabulary';

export type { SearchDoc } from './types';

/**
 * The exported index: FlexSearch's own keys plus ours, which start with "@". Values are kept as parsed
 * JSON, not as FlexSearch's JSON strings, so loading the store parses everything once, not twice.
 */
export type SearchIndexExport = Record<string, unknown>;

const FORMAT_KEY = '@format';
const VOCABULARY_KEY = '@vocabulary';
const TERMS_KEY = '@terms';
const NAMES_KEY = '@names';

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

/** How many articles a ranking keeps: the most results asked for, and one the scope article may displace. */
const RANKED_MAX = MAX_RESULTS + 1;

/** Articles taken from FlexSearch per looked-up stem: enough for every article of the bundled library. */
const LOOKUP_LIMIT = 300;
/** Looked-up stems whose articles are kept (at most LOOKUP_LIMIT each): well beyond any one session's words. */
const POSTINGS_KEPT = 2_000;

/** The articles holding a stem, as retrieval found them, and the stem's BM25F match in each. */
interface Postings {
  docs: Int32Array;
  matches: Float64Array;
}
/**
 * intentPrior: how much a question's intent ("what do I do now", "how do I stop them coming back", "is it
 * serious", "what causes", "can this medicine cause it") lifts the articles that answer that kind of question: a
 * factor of 1 + intentPrior times the share of the question's topic (its words other than the intent's cue words,
 * weighted by rarity) the article matches. A flat lift put the general page first for questions about something it
 * does not cover ("how to prevent dehydration" went to preventing cramps). Made proportional: development half
 * 91.6% -> 92.6% top-1, batch 4 79.4% -> 82.4%, regression suite unchanged. The medicine intent's cues include the
 * names of the medicine classes that can cause cramps ("amlodipine" asks as "medicine" does): batch 7 top-1 69.8%
 * -> 71.7%, success@3 88.7% -> 92.5%, every other set unchanged.
 *
 * names, questions: how much naming an article, or asking one of the questions it answers, lifts it: its
 * score times (1 + names x the best overlap, 0 to 1, of the query with its title or one alias + questions x
 * the best overlap with one of its questions), for the `rerank` best candidates. 20 of them, not 30 as at
 * first: the first three results of all 619 development questions and queries (the development half, batches
 * 3 to 5, the regression suite) stay the same, and weighing the names, a quarter of a search's time, takes a
 * third less. (With 15, six of them change; with 10, eighteen.)
 *
 * unasked: how much the articles of an intent marked `lowerUnasked` in the lexicon (the warning signs) are
 * lowered when the query does not express that intent: divided by 1 + unasked. A generic question ("why does
 * my body twitch") then goes to the topic's own article rather than to the one on when the topic is serious,
 * which shares all its words.
 *
 * These, K1, the title and body weights (./bm25f) and the IDF power (./vocabulary) were chosen by 5-fold
 * cross-validation inside the development half (scripts/relevance-dev.ts --cv, 11,664 settings). A setting
 * changes only when every fold chooses the same value for it; the others differ between folds (no one value
 * is clearly better), so those chosen before are kept. First run: held-out folds 91.6% top-1 on average,
 * every fold chose unasked 0.5 and IDF power 0.5. Run again once the scope cues and the later warning signs
 * were in: held-out folds 92.6%, every fold chose names 4 (was 2) and again unasked 0.5, IDF power 0.5,
 * body B 0.75 and questions 2. Run over the development half and batch 4 together after the intent lift became
 * proportional to the topic matched: held-out folds 89.3% (88.5% with the flat lift), and four folds of five
 * chose intentPrior 0.5, where with the flat lift none had (four chose 0). Run over the development half and
 * batches 4 and 5: held-out folds 88.5%; every fold chose the current K1, body B, unasked, names and IDF power,
 * and the folds split on the others, so nothing changed.
 *
 * bodyTie: how much the words for parts of the body count beyond the best-matched one. A question naming
 * several ("twitching in my calves, thighs, hamstrings and the arches of my feet") says where, not what: summed,
 * the places outweighed the one word of what happens, and the page naming the most places (stretches) came
 * first. So they are joined as a disjunction with a tie-breaker (as Lucene's DisjunctionMaxQuery does): the
 * best of them in full, the others times bodyTie. Chosen on the development evidence (development half,
 * batches 3 to 10, regression suite): 0.5 moved three questions up and none down; 0.3 one down too.
 *
 * weakEvidence: below this share of the query's importance (its words weighted by rarity, words the library
 * does not know counting as the rarest) matched by the best article, the results are shown as the closest
 * articles rather than as answers.
 */
export const RANK_PARAMS = {
  intentPrior: 0.5,
  unasked: 0.5,
  weakEvidence: 0.5,
  names: 4,
  questions: 2,
  rerank: 20,
  bodyTie: 0.5,
};

/**
 * What warmUp searches for: everyday words with a misspelling and a half-typed last word, so that reading
 * the query, spelling, the lexicon, intents, ranking, the name overlap and the snippets all run once.
 */
export const WARM_UP_QUERY = 'how do I stop a sudden cramp in my legs at nihgt wak';

/** The number of results asked for, within 1 to MAX_RESULTS (DEFAULT_RESULTS when it is not a number). */
function clampLimit(limit: number): number {
  return Number.isFinite(limit) ? Math.min(MAX_RESULTS, Math.max(1, Math.floor(limit))) : DEFAULT_RESULTS;
}

/** The query's words as intents, scope and features read them, and which stems the library uses. */
interface ReadQuery {
  allWords: string[];
  allStems: string[];
  used: (stem: string) => boolean;
}

/** The page of every sign, and the words of the symptom a query names (see SearchEngine.snippetsFor). */
interface SymptomSigns {
  doc: number;
  words: string[];
}

interface Scored extends RankedArticle {
  /** The share of the query's importance the article matches as typed or through the lexicon (not guesses). */
  evidence: number;
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
  const texts = fieldTexts(doc);
  return Object.fromEntries(FIELDS.map((field, f) => [field, stemsOf(texts[f])])) as Record<
    (typeof FIELDS)[number],
    string
  >;
}

/**
 * The smallest of a row's values in the columns cols[from, to) (Infinity for none): how well all of an
 * alternative's stems match.
 */
function weakest(rows: Float64Array, row: number, cols: Int32Array, from: number, to: number): number {
  let v = Infinity;
  for (let i = from; i < to; i++) v = Math.min(v, rows[row + cols[i]]);
  return v;
}

/** The intent prior's kinds of article (see priorKinds). */
const LIFTED = 1;
const LOWERED = 2;

/**
 * A query's alternatives in flat lists, for ranking: alternative a's stems are columns cols[from[a], from[a + 1]).
 * One list is kept and refilled for every query, in typed arrays: plain arrays held whole numbers in one query and
 * fractions in the next (a weight of 1 or 0.7), and the optimised ranking kept falling back to slow code on them.
 */
class AlternativeList {
  weight = new Float64Array(64);
  exact = new Uint8Array(64);
  from = new Int32Array(65);
  cols = new Int32Array(128);
  /** How many alternatives and columns the list holds now. */
  private count = 0;
  private colCount = 0;

  /** Empties the list for the next query. */
  clear(): void {
    this.count = 0;
    this.colCount = 0;
  }

  /** Adds alternatives, giving each new stem the next column. */
  addAll(alternatives: readonly Alternative[], columns: Map<string, number>): void {
    for (const a of alternatives) {
      this.cols = ensureLength(this.cols, this.colCount + a.stems.length);
      for (const stem of a.stems) {
        let c = columns.get(stem);
        if (c === undefined) columns.set(stem, (c = columns.size));
        this.cols[this.colCount++] = c;
      }
      this.weight = ensureLength(this.weight, this.count + 1);
      this.exact = ensureLength(this.exact, this.count + 1);
      this.from = ensureLength(this.from, this.count + 2);
      this.weight[this.count] = a.weight;
      this.exact[this.count] = a.exact ? 1 : 0;
      this.from[this.count + 1] = this.colCount;
      this.count++;
    }
  }
}

/** `buffer` if it holds `length` values, else a copy of it with room for at least that many (twice as many, or more). */
function ensureLength<T extends Float64Array | Int32Array | Uint8Array>(buffer: T, length: number): T {
  if (buffer.length >= length) return buffer;
  const grown = new (buffer.constructor as new (length: number) => T)(Math.max(length, 2 * buffer.length));
  grown.set(buffer);
  return grown;
}

export interface BuildOptions {
  /** Real words, so that spelling never corrects one (./dictionary); without it any unknown word may be. */
  dictionary?: Dictionary | null;
}

export class SearchEngine {
  private readonly byId = new Map<string, number>();
  /** Scratch space for ranking, reused by every query (search runs synchronously, one query at a time). */
  private rows: Float64Array = new Float64Array(4096);
  /** The query's alternatives, refilled for every query (see AlternativeList). */
  private readonly alternatives = new AlternativeList();
  /**
   * Per query word, kept between queries like `rows`: its rarity, whether it is on the question's topic (1 or 0),
   * for the article being scored its best and its surest match, and whether it names a part of the body (1 or 0).
   * Typed arrays of one kind: plain arrays made per query held whole numbers in one query and fractions in the
   * next, and the optimised ranking fell back to slow code over and over (over a thousand times in some runs of
   * the benchmark, in others not at all).
   */
  private wordScratch: Float64Array = new Float64Array(5 * 64);
  private readonly lookup: StemLookup;
  /** Scratch for ranking: each article's row in `rows`, -1 between queries. */
  private readonly rowOf: Int32Array;
  /** The intent prior's kind of each article, per set of intents (see priorKinds). */
  private readonly priorKindsByIntents = new Map<string, Uint8Array>();
  /** The articles each intent lifts (see liftedBy). */
  private readonly intentDocs = new Map<Intent, Uint8Array>();
  /** Per looked-up stem, the articles holding it (see postingsOf), oldest first. */
  private readonly postings = new Map<string, Postings>();
  private readonly hitBuilder: HitBuilder;

  private constructor(
    /** Articles by their number in the index. */
    private readonly docs: SearchDoc[],
    private readonly index: SearchIndex,
    private readonly vocabulary: Vocabulary,
    private readonly terms: Bm25f,
    /** How fully a query names an article or asks one of its questions. */
    private readonly names: NameMatcher,
    private readonly startList: string[],
  ) {
    docs.forEach((doc, i) => this.byId.set(doc.id, i));
    this.rowOf = new Int32Array(docs.length).fill(-1);
    this.lookup = new StemLookup(index);
    this.hitBuilder = new HitBuilder(docs, terms);
  }

  static build(docs: SearchDoc[], startList: string[] = [], options: BuildOptions = {}): SearchEngine {
    const index = createIndex();
    const vocabulary = new VocabularyCollector();
    docs.forEach((doc, id) => {
      vocabulary.startDoc();
      index.add({ id, ...indexedFields(doc, vocabulary) });
    });
    const data = vocabulary.result(options.dictionary ?? null);
    const terms = new Bm25f(countTerms(docs), docs.length);
    const words = new Vocabulary(data);
    const names = new NameMatcher(namesData(docs, terms), docs.length, terms, (stem) => words.idf(stem));
    return new SearchEngine(docs, index, words, terms, names, startList);
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
    let terms: Bm25f;
    try {
      terms = new Bm25f(data[TERMS_KEY] as TermStatsData, docs.length);
    } catch (error) {
      throw new SearchIndexError('damaged', `The search index has no word counts for its articles (${String(error)}).`);
    }
    const index = createIndex();
    try {
      for (const [key, value] of Object.entries(data)) {
        if (!key.startsWith('@')) index.import(key, value as string);
      }
    } catch (error) {
      throw new SearchIndexError('damaged', `The search index cannot be read (${String(error)}).`);
    }
    const words = new Vocabulary(vocabulary);
    let names: NameMatcher;
    try {
      names = new NameMatcher(data[NAMES_KEY] as NamesData, docs.length, terms, (stem) => words.idf(stem));
    } catch (error) {
      throw new SearchIndexError('damaged', `The search index has no names for its articles (${String(error)}).`);
    }
    return new SearchEngine(docs, index, words, terms, names, startList);
  }

  /** The index as plain JSON data (synchronous: FlexSearch exports synchronously to a plain callback). */
  export(): SearchIndexExport {
    const data: SearchIndexExport = { [FORMAT_KEY]: INDEX_FORMAT };
    this.index.export((key: string, value: string) => {
      data[key] = JSON.parse(value);
    });
    data[VOCABULARY_KEY] = this.vocabulary.toJSON();
    data[TERMS_KEY] = this.terms.toJSON();
    data[NAMES_KEY] = this.names.toJSON();
    return data;
  }

  search(rawQuery: string, limit: number = DEFAULT_RESULTS): SearchResponse {
    const plan = planQuery(String(rawQuery), this.vocabulary);
    const none = { weak: false, feature: null, scopeNote: null } as const;
    if (!plan.query)
      return {
        query: '',
        kind: 'start',
        hits: this.hitBuilder.hits(this.start(limit), null),
        suggestion: null,
        ...none,
      };
    const { ranked, weak, feature, scopeNote, signs } = this.answer(plan);
    const suggestion = this.suggestionFor(plan, ranked[0]?.doc);
    const base = { query: plan.query, suggestion, weak, feature, scopeNote };
    if (ranked.length === 0) return { ...base, kind: 'no-match', hits: [] };
    const shown = ranked.slice(0, clampLimit(limit));
    return { ...base, kind: 'results', hits: this.hitBuilder.hits(shown, plan, this.snippetsFor(shown, signs)) };
  }

  /**
   * The page of every sign among the results, when a symptom was named, with a plan of the symptom's words alone:
   * its snippet shows the sign of the symptom, not one that shares another word of the search ("my son is having a
   * fit" had shown the sign of a child's leg pain with a fever).
   */
  private snippetsFor(
    shown: readonly RankedArticle[],
    signs: SymptomSigns | null,
  ): { doc: number; plan: QueryPlan } | null {
    if (signs === null || !shown.some((r) => r.doc === signs.doc)) return null;
    return { doc: signs.doc, plan: planQuery(signs.words.join(' '), this.vocabulary) };
  }

  /**
   * Does now, once, what the first searches would otherwise do while a person waits: builds the spelling
   * tables and answers one query, so the code a search runs is compiled (a first search straight after
   * loading takes several times as long, and a first misspelling tens of milliseconds more). It changes no
   * answer: every cache is only a cache. The articles and texts its query looked up are let go, so that the
   * first real search is served (and, in the benchmark, timed) without help from the warm-up's own words;
   * small per-word tables it filled (stems, rarities, intents) stay. The app calls it once its window shows.
   */
  warmUp(): void {
    this.vocabulary.prepareSpelling();
    this.search(WARM_UP_QUERY);
    this.postings.clear();
    this.hitBuilder.clearPrepared();
  }

  /**
   * The corrected query to offer: each misspelt word as its likeliest correction, or as another of its corrections
   * that the first result matches better, so that the offer does not contradict the answer ("thight cramp",
   * answered by the page on thigh cramps, is offered as "thigh cramp", not "tight cramp"). Intents and scope read
   * the likeliest (QueryPlan.suggestion), before there is an answer. The trade: where the first result is itself
   * a wrong guess, the offer follows it ("tred", meant as tired, is offered as "red" beside the page of red
   * flags); over 36,000 generated typos an independent review counted 1,086 offers made right and 331 made
   * wrong. A word the likeliest reading puts in a cue (a warning sign, "how to stop") keeps that reading, which
   * the answer acted on: "chst pain" is offered as "chest pain" whatever page comes first.
   */
  private suggestionFor(plan: QueryPlan, first: number | undefined): string | null {
    if (plan.suggestion === null || first === undefined) return plan.suggestion;
    const matchOf = (stem: string) => {
      const term = this.terms.termNumber(stem);
      return term < 0 ? 0 : this.terms.match(first, term);
    };
    const likeliest = plan.suggestion.split(' ');
    const inCue = cueMarks(likeliest.map(stemOf));
    return plan.allWords
      .map((word, i) => {
        const corrections = plan.fixes.get(word);
        if (!corrections) return word;
        if (inCue[i] === 1) return corrections[0].word;
        let best = corrections[0];
        let bestMatch = matchOf(best.stem);
        for (const c of corrections.slice(1)) {
          const m = matchOf(c.stem);
          if (m > bestMatch) [best, bestMatch] = [c, m];
        }
        return best.word;
      })
      .join(' ');
  }

  /** The ids of the articles `search` answers with, in order, without making the results (titles, snippets). */
  rankedIds(rawQuery: string, limit: number = DEFAULT_RESULTS): string[] {
    const plan = planQuery(String(rawQuery), this.vocabulary);
    const ranked = plan.query ? this.answer(plan).ranked.slice(0, clampLimit(limit)) : this.start(limit);
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
    if (!plan.query) return this.hitBuilder.hits(ranked, null);
    // The symptom named, read as `answer` reads it for this ranking, without ranking again.
    const query = this.readQuery(plan);
    const scopeKind = this.scopeKindOf(ranked, query);
    let signs: SymptomSigns | null = null;
    if (scopeKind !== 'only')
      for (const intent of intentsOf(query.allStems, query.used, query.allWords))
        if (intent.showBy > 0) signs = this.symptomsNamedIn(intent, query).signs ?? signs;
    return this.hitBuilder.hits(ranked, plan, this.snippetsFor(ranked, signs));
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

  /** The ranking with the lexicon's adjustments: scope, and the feature asked for by name. */
  private answer(plan: QueryPlan): {
    ranked: RankedArticle[];
    weak: boolean;
    feature: SearchResponse['feature'];
    scopeNote: string | null;
    /** The page of every sign, when a symptom was named, and the symptom's words (see snippetsFor). */
    signs: SymptomSigns | null;
  } {
    const query = this.readQuery(plan);
    const { allWords, allStems, used } = query;
    const feature = featureOf(allStems);
    const intents = intentsOf(allStems, used, allWords);
    const shown = intents.filter((intent) => intent.showBy > 0);
    const ranking = this.rank(plan, allStems, intents, shown);
    let ranked: Scored[] = ranking.ranked;
    let scopeNote: string | null = null;
    const scopeKind = this.scopeKindOf(ranked, query);
    let weak = ranked.length > 0 && ranked[0].evidence < RANK_PARAMS.weakEvidence;
    const scope = this.byId.get(SCOPE.article);
    if (scopeKind === 'only') {
      // Not a muscle cramp: the scope article answers, or while the library has none, a note and no article.
      if (scope === undefined) {
        ranked = [];
        scopeNote = SCOPE.note;
      } else {
        ranked = [{ doc: scope, score: ranked[0]?.score ?? 1, evidence: 1 }, ...ranked.filter((r) => r.doc !== scope)];
      }
      weak = false;
    } else if (scopeKind === 'also' && scope !== undefined && ranked.length > 0 && ranked[0].doc !== scope) {
      // About a muscle as well (back pain with loss of bladder control): the muscle article keeps first place,
      // with its warning signs, and the scope article follows it.
      const rest = ranked.slice(1).filter((r) => r.doc !== scope);
      ranked = [ranked[0], { doc: scope, score: ranked[1]?.score ?? ranked[0].score, evidence: 1 }, ...rest];
    } else if (scopeKind === 'muscle' && ranked.length > 1 && ranked[0].doc === scope) {
      // A scope word in a muscle's sense ("stomach cramps doing sit-ups"): the scope article, which says the
      // word most, does not answer first; the first muscle article does (not another page for belly cramps),
      // and the scope article follows it.
      const muscle = ranked.findIndex((r) => r.doc !== scope && !this.answersScopeQuestions(r.doc));
      if (muscle > 0) {
        const rest = ranked.filter((_, i) => i !== 0 && i !== muscle);
        ranked = [ranked[muscle], ranked[0], ...rest];
        weak = ranked[0].evidence < RANK_PARAMS.weakEvidence;
      }
    }
    // Asked whether it is serious, the warning page comes by second place, also before the scope article, but
    // not for a question only about cramps that are not muscle cramps: the scope article names their signs.
    // A search of a warning symptom and nothing more ("chest pain", "passed out") opens it first: no topic of the
    // search competes with it, and a page that only shares a word ("passes", a cast that is tight) answered.
    let signs: SymptomSigns | null = null;
    if (scopeKind !== 'only')
      for (const intent of shown) {
        const named = this.symptomsNamedIn(intent, query);
        ranked = this.showAsked(ranked, intent, ranking.firsts, named.named);
        // Put first on purpose, as the scope article is: not "closest articles", however few words it matched.
        if (named.named === 'only' && ranked.length > 0) weak = false;
        signs = named.signs ?? signs;
      }
    return { ranked, weak, feature, scopeNote, signs };
  }

  /** The query as intents, scope and features read it: as corrected ("leg cramp remedes" asks for remedies). */
  private readQuery(plan: QueryPlan): ReadQuery {
    const allWords = plan.suggestion ? plan.suggestion.split(' ') : plan.allWords;
    return { allWords, allStems: allWords.map(stemOf), used: (stem) => this.vocabulary.hasStem(stem) };
  }

  /** Whether the query names an intent's symptoms (symptomsNamed), and if it does, its first article with their words. */
  private symptomsNamedIn(
    intent: Intent,
    { allWords, allStems, used }: ReadQuery,
  ): { named: 'no' | 'also' | 'only'; signs: SymptomSigns | null } {
    const { named, symptomWords } = symptomsNamed(allWords, allStems, intent, used);
    const doc = this.byId.get(intent.articles[0]);
    return { named, signs: named !== 'no' && doc !== undefined ? { doc, words: symptomWords } : null };
  }

  /** How the query is about the scope article's topics (scopeOf), 'no' when an article that answers them is first. */
  private scopeKindOf(ranked: readonly RankedArticle[], { allWords, allStems }: ReadQuery): ReturnType<typeof scopeOf> {
    return ranked.length > 0 && this.answersScopeQuestions(ranked[0].doc) ? 'no' : scopeOf(allWords, allStems);
  }

  /** Whether the article is one besides the scope article that answers scope questions (SCOPE.answeredBy). */
  private answersScopeQuestions(doc: number): boolean {
    return SCOPE.answeredBy.includes(this.docs[doc].id);
  }

  /**
   * `ranked` with the first article of an intent marked `showBy` moved up to that place (or in, when it was
   * ranked lower still), unless one of the intent's articles is already there (for a symptom named, that first
   * article itself): a question that asks whether it is serious is shown the page of every warning sign by second
   * place, and a search of its symptoms alone, first, whatever article of the intent was there. That page holds
   * every sign, so for any one of them its length puts it far down the ranking. It keeps its score, so the scores
   * of the results may then be out of order (nothing shows them).
   */
  private showAsked(
    ranked: Scored[],
    intent: Intent,
    firsts: Map<number, Scored>,
    symptoms: 'no' | 'also' | 'only',
  ): Scored[] {
    const first = this.byId.get(intent.articles[0]);
    let entry = first === undefined ? undefined : (ranked.find((r) => r.doc === first) ?? firsts.get(first));
    // A symptom named is on the page, if in other words ("collapsed" is under fainting): it is shown anyway.
    if (symptoms !== 'no' && first !== undefined) entry ??= { doc: first, score: ranked[0]?.score ?? 1, evidence: 1 };
    const lifted = this.liftedBy(intent);
    const place = symptoms === 'only' ? 1 : intent.showBy;
    // Asked in words, any of the intent's articles there will do; a symptom named wants the page of every sign
    // itself: the twitching warning page, ranked there by the words of twitching and a drooping face, lacks most.
    const answers = (r: Scored) => (symptoms === 'no' ? lifted[r.doc] === 1 : r.doc === entry?.doc);
    if (!entry || ranked.slice(0, place).some(answers)) return ranked;
    const rest = ranked.filter((r) => r !== entry);
    return [...rest.slice(0, place - 1), entry, ...rest.slice(place - 1)];
  }

  /**
   * The best RANKED_MAX articles matching any of the query's words, best first (BM25F, then the intent
   * prior): enough for any answer (at most MAX_RESULTS, one more for the scope article to displace). Also,
   * scored the same way, the first article of each of the `shown` intents, when it matches a word.
   */
  private rank(
    plan: QueryPlan,
    allStems: string[],
    intents: Intent[],
    shown: Intent[],
  ): { ranked: Scored[]; firsts: Map<number, Scored> } {
    const { words, phrases } = plan;
    const n = words.length;
    // The distinct stems looked up, by column, and every alternative of the words, then of the phrases.
    const columns = new Map<string, number>();
    const alternatives = this.alternatives;
    alternatives.clear();
    for (const w of words) alternatives.addAll(w.alternatives, columns);
    for (const p of phrases) alternatives.addAll(p.alternatives, columns);
    const firsts = new Map<number, Scored>();
    const width = columns.size;
    if (width === 0) return { ranked: [], firsts };

    // Candidates from FlexSearch, with the BM25F match of each stem, in rows of one buffer kept between
    // queries (articles in the order they were first met: `met`, row k * width).
    const met: number[] = [];
    const rowOf = this.rowOf;
    for (const [stem, column] of columns) {
      const { docs, matches } = this.postingsOf(stem);
      for (let j = 0; j < docs.length; j++) {
        const doc = docs[j];
        let row = rowOf[doc];
        if (row < 0) {
          row = met.length * width;
          rowOf[doc] = row;
          met.push(doc);
          this.rows = ensureLength(this.rows, row + width);
          for (let c = row; c < row + width; c++) this.rows[c] = 0;
        }
        this.rows[row + column] = matches[j];
      }
    }
    for (const doc of met) rowOf[doc] = -1;

    // A word the library does not know counts as the rarest when judging how much of the query an article
    // answers, but adds nothing to any article's score.
    const rarest = this.vocabulary.idf('');
    // The question's topic: its words other than those that only ask (the intents' cues), as corrected.
    const cueOnly = cueOnlyStems(allStems, intents);
    const scratch = (this.wordScratch = ensureLength(this.wordScratch, 5 * n));
    const idf = scratch.subarray(0, n);
    const onTopic = scratch.subarray(n, 2 * n);
    const best = scratch.subarray(2 * n, 3 * n);
    const sure = scratch.subarray(3 * n, 4 * n);
    const bodyPart = scratch.subarray(4 * n, 5 * n);
    let total = 0;
    let topicTotal = 0;
    for (let i = 0; i < n; i++) {
      idf[i] = words[i].idf;
      onTopic[i] = cueOnly.has(words[i].stem) ? 0 : 1;
      bodyPart[i] = BODY_PARTS.has(words[i].stem) ? 1 : 0;
      const importance = words[i].idf > 0 ? words[i].idf : rarest;
      total += importance;
      if (onTopic[i]) topicTotal += importance;
    }
    const priorKinds = this.priorKinds(intents);
    const lowered = 1 / (1 + RANK_PARAMS.unasked);
    const candidates = new BestFirst<Scored>(RANKED_MAX);
    const firstOfShown = shown.map((intent) => this.byId.get(intent.articles[0]) ?? -1);
    const rows = this.rows;
    const { weight, exact, from, cols } = alternatives;
    for (let k = 0; k < met.length; k++) {
      const doc = met[k];
      const row = k * width;
      // Per word, its best alternative (a in the words' part of the list, in order).
      let a = 0;
      for (let i = 0; i < n; i++) {
        let b = 0;
        let s = 0;
        for (const end = a + words[i].alternatives.length; a < end; a++) {
          const v = weight[a] * weakest(rows, row, cols, from[a], from[a + 1]);
          if (v > b) b = v;
          if (exact[a] && v > s) s = v;
        }
        best[i] = b;
        sure[i] = s;
      }
      for (let k = 0; k < phrases.length; k++) {
        const p = phrases[k];
        for (const end = a + p.alternatives.length; a < end; a++) {
          const v = weight[a] * weakest(rows, row, cols, from[a], from[a + 1]);
          for (let i = p.from; i < p.to; i++) {
            if (v > best[i]) best[i] = v;
            if (v > sure[i]) sure[i] = v;
          }
        }
      }
      let score = 0;
      let matched = 0;
      let topicMatched = 0;
      // The body-part words: their sum and the best of them (see RANK_PARAMS.bodyTie).
      let places = 0;
      let bestPlace = 0;
      for (let i = 0; i < n; i++) {
        const v = idf[i] * best[i];
        if (bodyPart[i] === 1) {
          places += v;
          if (v > bestPlace) bestPlace = v;
        } else score += v;
        if (sure[i] > 0) {
          matched += idf[i];
          if (onTopic[i]) topicMatched += idf[i];
        }
      }
      score += bestPlace + RANK_PARAMS.bodyTie * (places - bestPlace);
      if (score <= 0) continue;
      const kind = priorKinds[doc];
      const prior =
        kind === LIFTED
          ? 1 + RANK_PARAMS.intentPrior * (topicTotal > 0 ? topicMatched / topicTotal : 1)
          : kind === LOWERED
            ? lowered
            : 1;
      const boosted = score * prior;
      const evidence = total > 0 ? matched / total : 0;
      if (candidates.wants(boosted)) candidates.offer({ doc, score: boosted, evidence });
      if (firstOfShown.includes(doc)) firsts.set(doc, { doc, score: boosted, evidence });
    }
    // Stable: equal scores keep FlexSearch's order.
    const ranked = candidates.list();
    if (RANK_PARAMS.names > 0 || RANK_PARAMS.questions > 0) {
      const top = ranked.slice(0, RANK_PARAMS.rerank);
      const terms = this.names.termsOf(plan);
      for (const c of top) {
        const { names, questions } = this.names.overlaps(c.doc, terms);
        c.score *= 1 + RANK_PARAMS.names * names + RANK_PARAMS.questions * questions;
      }
      top.sort((a, b) => b.score - a.score);
      ranked.splice(0, top.length, ...top);
    }
    return { ranked, firsts };
  }

  /**
   * The articles FlexSearch finds for a stem, in its order, with the stem's BM25F match in each: worked out
   * the first time the stem is looked up, then kept (the index does not change once made).
   */
  private postingsOf(stem: string): Postings {
    let postings = this.postings.get(stem);
    if (!postings) {
      const term = this.terms.termNumber(stem);
      const found = term < 0 ? [] : this.lookup.docs(stem, LOOKUP_LIMIT).filter((doc) => doc < this.docs.length);
      postings = {
        docs: Int32Array.from(found),
        matches: Float64Array.from(found, (doc) => this.terms.match(doc, term)),
      };
      if (this.postings.size >= POSTINGS_KEPT) this.postings.delete(this.postings.keys().next().value as string);
      this.postings.set(stem, postings);
    }
    return postings;
  }

  /**
   * How the intent prior treats each article, by number, for a query's intents: LIFTED (1 + intentPrior x the
   * share of the question's topic it matches) when one of them lifts it, else LOWERED (1 / (1 + unasked)) when it
   * belongs to a `lowerUnasked` intent the query does not express, else neither (1). Worked out once for each set
   * of intents, in one typed array: lists of lists that were empty in one query and not in the next made the
   * optimised ranking fall back to slow code again and again.
   */
  private priorKinds(intents: Intent[]): Uint8Array {
    const key = intents.map((intent) => intent.intent).join(' ');
    let kinds = this.priorKindsByIntents.get(key);
    if (!kinds) {
      kinds = new Uint8Array(this.docs.length);
      const mark = (articles: Uint8Array, kind: number) =>
        articles.forEach((v, doc) => v === 1 && (kinds![doc] = kind));
      if (RANK_PARAMS.unasked !== 0)
        for (const intent of INTENTS)
          if (intent.lowerUnasked && !intents.includes(intent)) mark(this.liftedBy(intent), LOWERED);
      if (RANK_PARAMS.intentPrior !== 0) for (const intent of intents) mark(this.liftedBy(intent), LIFTED);
      this.priorKindsByIntents.set(key, kinds);
    }
    return kinds;
  }

  /** Which articles an intent lifts (1 by article number), worked out the first time the intent is met. */
  private liftedBy(intent: Intent): Uint8Array {
    let lifted = this.intentDocs.get(intent);
    if (!lifted) {
      lifted = new Uint8Array(this.docs.length);
      this.docs.forEach((doc, i) => {
        if (intent.articles.includes(doc.id) || intent.categories.includes(doc.category)) lifted![i] = 1;
      });
      this.intentDocs.set(intent, lifted);
    }
    return lifted;
  }
}
