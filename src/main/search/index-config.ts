/**
 * The one FlexSearch configuration, used both to build the index and to import its export (FlexSearch does
 * not save its configuration with an export), and the one way the index is queried.
 *
 * Texts are analysed by ./text before they reach FlexSearch (folded, stop words dropped, stemmed), so the
 * encoder here only splits on spaces: the index holds exactly the stems the query side looks up.
 */
import { Document, Encoder, Resolver } from 'flexsearch';

/** Bump whenever anything here or in ./text changes what is indexed; an export of another version is refused. */
export const INDEX_FORMAT = 'spasm-search/6';

export interface IndexedDoc {
  [key: string]: string | number;
  /** The article's position in the library: numbers keep the export small and quick to load. */
  id: number;
  title: string;
  /** All aliases, joined with ENTRY_SEPARATOR. */
  aliases: string;
  /** All section headings, joined with ENTRY_SEPARATOR. */
  headings: string;
  summary: string;
  body: string;
}

/**
 * Fields from most to least telling. The Resolver below unions them in this order and gives the later ones
 * worse slots, so a title or alias match outranks the same word in a summary or deep in the body.
 */
export const FIELDS = ['title', 'aliases', 'headings', 'summary', 'body'] as const;

/** Slot penalty the Resolver adds to every field after the title before merging. */
export const FIELD_BOOST = 2;

/** Number of score slots per field: the position of a word in its text, scaled. */
export const RESOLUTION = 9;

/**
 * Separates the entries of a list field (aliases, headings). Each entry is scored on its own: a word
 * leading the tenth alias counts like one leading the first. (FlexSearch's own array fields would do
 * this, but they append entries with a linear duplicate check per word, which makes building quadratic
 * in the number of articles.)
 */
export const ENTRY_SEPARATOR = '|';

/** FlexSearch score callback: the word's position within its entry, as the slot. */
function positionInEntry(content: string[], _term: string, index: number): number {
  let start = index;
  while (start > 0 && content[start - 1] !== ENTRY_SEPARATOR) start--;
  return Math.min(RESOLUTION - 1, index - start);
}

export type SearchIndex = Document<IndexedDoc>;

export function createIndex(): SearchIndex {
  return new Document<IndexedDoc>({
    tokenize: 'strict',
    resolution: RESOLUTION,
    encoder: new Encoder({ normalize: false, dedupe: false, numeric: false, split: ' ' }),
    document: {
      id: 'id',
      index: [
        { field: 'title' },
        { field: 'aliases', score: positionInEntry },
        { field: 'headings', score: positionInEntry },
        { field: 'summary' },
        { field: 'body' },
      ],
    },
  });
}

/**
 * Articles containing `stem`, best field and position first, at most `limit` of them. The Resolver does the
 * field boosting: the title is the base result, the other fields are or-ed in with a boost penalty and a
 * divisor that grows with field importance (in FlexSearch's union an argument at position i of `or(...)`
 * lands in slot (slot + boost) / (i + 1)), so they are passed least telling first.
 */
export function matchingDocs(index: SearchIndex, stem: string, limit: number): number[] {
  const [title, ...rest] = FIELDS;
  const resolver = new Resolver<IndexedDoc>({ index, field: title, query: stem, boost: FIELD_BOOST, limit });
  const merged = resolver.or(...[...rest].reverse().map((field) => ({ field, query: stem, limit }))) as unknown as {
    result: (number[] | undefined)[];
  };
  // The slots in order, each holding its articles in order.
  const docs: number[] = [];
  for (const ids of merged.result) if (ids) for (const id of ids) docs.push(id);
  return docs;
}
