/**
 * The one FlexSearch configuration, used both to build the index and to import its export (FlexSearch does
 * not save its configuration with an export), and the one way the index is queried.
 *
 * Texts are analysed by ./text before they reach FlexSearch (folded, stop words dropped, stemmed), so the
 * encoder here only splits on spaces: the index holds exactly the stems the query side looks up.
 */
import { Document, Encoder } from 'flexsearch';
import type { SearchDoc } from './types';

/** Bump whenever anything here or in ./text changes what is indexed; an export of another version is refused. */
export const INDEX_FORMAT = 'spasm-search/17';

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
  /** The questions the article answers, joined with ENTRY_SEPARATOR. */
  questions: string;
}

/**
 * Fields from most to least telling (the questions last: long, and written for search). The Resolver below unions them in this order and gives the later ones
 * worse slots, so a title or alias match outranks the same word in a summary or deep in the body.
 */
export const FIELDS = ['title', 'aliases', 'headings', 'summary', 'body', 'questions'] as const;

/** The texts of each field of an article, in the order of FIELDS (what is indexed and what is counted). */
export function fieldTexts(doc: SearchDoc): string[][] {
  return [
    [doc.title],
    doc.aliases,
    doc.sections.flatMap((s) => (s.title ? [s.title] : [])),
    [doc.summary],
    doc.sections.map((s) => s.text),
    doc.questions,
  ];
}

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
        { field: 'questions', score: positionInEntry },
      ],
    },
  });
}

/**
 * Finds the articles containing a stem, best field and position first, as FlexSearch's Resolver would when
 * the title is the base result and the other fields are or-ed in with a boost (`or(body, summary, headings,
 * aliases)`, least telling first), but without building a Resolver and its union per looked-up stem.
 *
 * FlexSearch's union visits the or-ed results from last to first (the title, when it matched anything, is
 * last), each field's slots in order, skips an article already met, and puts the rest in slot
 * (slot + boost) / (position + 1), rounded down (no boost for the last), until it has `limit` articles. The
 * tests compare this with the Resolver for every stem of a library.
 */
export class StemLookup {
  /** Per article, the lookup that last met it (no clearing between lookups). */
  private seen = new Uint32Array(0);
  private stamp = 0;

  /**
   * Each field's own index, read directly: for one stem, FlexSearch's search (resolve: false) encodes it
   * (this encoder gives the stem back as it is: no filter, stemmer or mapper, and split on spaces, which
   * stems never hold) and returns the stem's entry of the field's map, its slots of article numbers. Reading
   * the map gives the same slots without encoding, caching and building a Resolver per field and stem.
   */
  private readonly fields: Map<string, IntermediateResult>[];

  constructor(index: SearchIndex) {
    const byField = (index as unknown as { index?: Map<string, FieldIndex> }).index;
    this.fields = FIELDS.map((field) => {
      const map = byField?.get(field)?.map;
      if (!(map instanceof Map)) throw new Error(`FlexSearch has no index for the ${field} field`);
      return map;
    });
  }

  /** The articles containing `stem`, at most `limit` of them, best first. */
  docs(stem: string, limit: number): number[] {
    const fieldResults: IntermediateResult[] = [];
    for (let f = FIELDS.length - 1; f > 0; f--) fieldResults.push(this.fieldResult(f, stem));
    const title = this.fieldResult(0, stem);
    if (title.length) fieldResults.push(title);
    const last = fieldResults.length - 1;
    if (++this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const slots: number[][] = [];
    let count = 0;
    for (let i = last; i >= 0; i--) {
      const result = fieldResults[i];
      for (let k = 0; k < result.length; k++) {
        const ids = result[k];
        if (!ids) continue;
        for (let j = 0; j < ids.length; j++) {
          const id = ids[j];
          if (id >= this.seen.length) this.grow(id);
          if (this.seen[id] === this.stamp) continue;
          this.seen[id] = this.stamp;
          const slot = ((k + (i < last ? FIELD_BOOST : 0)) / (i + 1)) | 0;
          (slots[slot] ??= []).push(id);
          if (++count === limit) return flatten(slots);
        }
      }
    }
    return flatten(slots);
  }

  /** One field's matches of a stem: slots of article numbers (FlexSearch's intermediate result). */
  private fieldResult(field: number, stem: string): IntermediateResult {
    return this.fields[field].get(stem) ?? [];
  }

  private grow(id: number): void {
    const grown = new Uint32Array(Math.max(id + 1, 2 * this.seen.length));
    grown.set(this.seen);
    this.seen = grown;
  }
}

type IntermediateResult = (number[] | undefined)[];

/** What StemLookup uses of one field's FlexSearch index: its map from encoded term to slots of article numbers. */
interface FieldIndex {
  map?: unknown;
}

function flatten(slots: number[][]): number[] {
  const docs: number[] = [];
  for (const ids of slots) if (ids) for (const id of ids) docs.push(id);
  return docs;
}
