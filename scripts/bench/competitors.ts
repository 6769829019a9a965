/**
 * MiniSearch and Lunr set up as fairly as they allow, for comparison: the same fields and field weights,
 * the same folding and stop words, the same lay synonyms added to each query, and each library's own
 * prefix and fuzzy matching. Both return ranked ids only (the benchmark can put those through Spasm Guide's
 * results step for a full answer).
 */
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import type { SearchDoc } from '../../src/main/search/engine';
import { rulesAt } from '../../src/main/search/lexicon';
import { isStopWord, stemOf, wordsOf } from '../../src/main/search/text';

export interface Competitor {
  name: string;
  search(query: string): string[];
  exportJson(): string;
}

export interface CompetitorKind {
  name: string;
  build(docs: SearchDoc[]): Competitor;
  load(json: string): Competitor;
}

interface FlatDoc {
  id: string;
  title: string;
  aliases: string;
  summary: string;
  headings: string;
  body: string;
  questions: string;
}

const BOOST = { title: 4, aliases: 4, summary: 2, headings: 1.5, body: 1, questions: 1 };
const FIELDS = Object.keys(BOOST) as (keyof typeof BOOST)[];

function flatten(doc: SearchDoc): FlatDoc {
  return {
    id: doc.id,
    title: doc.title,
    aliases: doc.aliases.join(' ; '),
    summary: doc.summary,
    headings: doc.sections.flatMap((s) => (s.title ? [s.title] : [])).join(' ; '),
    body: doc.sections.map((s) => s.text).join('\n'),
    questions: doc.questions.join('\n'),
  };
}

/** The query's meaningful words plus the words of every synonym phrase they trigger (as stems). */
export function expandedTerms(query: string): string[] {
  const words = wordsOf(query.slice(0, 1000)).filter((w) => !isStopWord(w));
  const stems = words.map(stemOf);
  const extra = stems.flatMap((_, i) => rulesAt(stems, i).flatMap((rule) => rule.to.flat()));
  return [...new Set([...words, ...extra])];
}

const miniOptions = {
  fields: FIELDS,
  idField: 'id',
  processTerm: (term: string) => {
    const word = wordsOf(term)[0];
    return word && !isStopWord(word) ? word : null;
  },
  searchOptions: { prefix: true, fuzzy: 0.2, boost: BOOST },
};

function miniCompetitor(index: MiniSearch<FlatDoc>): Competitor {
  return {
    name: 'MiniSearch, our synonyms',
    search: (query) =>
      index
        .search(expandedTerms(query).join(' '))
        .slice(0, 10)
        .map((r) => String(r.id)),
    exportJson: () => JSON.stringify(index),
  };
}

export const miniSearch: CompetitorKind = {
  name: 'MiniSearch, our synonyms',
  build(docs) {
    const index = new MiniSearch<FlatDoc>(miniOptions);
    index.addAll(docs.map(flatten));
    return miniCompetitor(index);
  },
  load: (json) => miniCompetitor(MiniSearch.loadJSON<FlatDoc>(json, miniOptions)),
};

function lunrCompetitor(index: lunr.Index): Competitor {
  return {
    name: 'Lunr, our synonyms',
    search: (query) => {
      const terms = expandedTerms(query);
      if (terms.length === 0) return [];
      return index
        .query((q) => {
          for (const term of terms) {
            q.term(term, { boost: 10 });
            q.term(term, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 2 });
            if (term.length >= 4) q.term(term, { usePipeline: false, editDistance: 1, boost: 1 });
          }
        })
        .slice(0, 10)
        .map((r) => r.ref);
    },
    exportJson: () => JSON.stringify(index),
  };
}

export const lunrSearch: CompetitorKind = {
  name: 'Lunr, our synonyms',
  build(docs) {
    const flat = docs.map(flatten);
    return lunrCompetitor(
      lunr(function () {
        this.ref('id');
        for (const field of FIELDS) this.field(field, { boost: BOOST[field] });
        for (const doc of flat) this.add(doc);
      }),
    );
  },
  load: (json) => lunrCompetitor(lunr.Index.load(JSON.parse(json))),
};

/** MiniSearch with its own defaults: the same fields, no boosts, no synonyms, its tokenizer and matching. */
export const miniSearchDefaults: CompetitorKind = {
  name: 'MiniSearch, defaults',
  build(docs) {
    const index = new MiniSearch<FlatDoc>({ fields: FIELDS, idField: 'id' });
    index.addAll(docs.map(flatten));
    return defaultMini(index);
  },
  load: (json) => defaultMini(MiniSearch.loadJSON<FlatDoc>(json, { fields: FIELDS, idField: 'id' })),
};

function defaultMini(index: MiniSearch<FlatDoc>): Competitor {
  return {
    name: 'MiniSearch, defaults',
    search: (query) =>
      index
        .search(query)
        .slice(0, 10)
        .map((r) => String(r.id)),
    exportJson: () => JSON.stringify(index),
  };
}

/**
 * Lunr with its own defaults: the same fields, no boosts, no synonyms, its pipeline (stemmer, stop words).
 * The query is split by Lunr's tokenizer and each word searched as a term (Lunr's query syntax would treat
 * ":", "~", "^", "+" and "-" in real questions as operators).
 */
export const lunrDefaults: CompetitorKind = {
  name: 'Lunr, defaults',
  build(docs) {
    const flat = docs.map(flatten);
    return defaultLunr(
      lunr(function () {
        this.ref('id');
        for (const field of FIELDS) this.field(field);
        for (const doc of flat) this.add(doc);
      }),
    );
  },
  load: (json) => defaultLunr(lunr.Index.load(JSON.parse(json))),
};

function defaultLunr(index: lunr.Index): Competitor {
  return {
    name: 'Lunr, defaults',
    search: (query) => {
      const tokens = lunr.tokenizer(query.slice(0, 1000)).map((t) => t.toString());
      if (tokens.length === 0) return [];
      return index
        .query((q) => {
          for (const token of tokens) q.term(token, {});
        })
        .slice(0, 10)
        .map((r) => r.ref);
    },
    exportJson: () => JSON.stringify(index),
  };
}

/** Every competitor, for relevance comparisons. */
export const COMPETITORS: CompetitorKind[] = [miniSearchDefaults, miniSearch, lunrDefaults, lunrSearch];
