/**
 * Each article's texts prepared for highlighting and snippets (./prepared-text), with the stems of each
 * section: all of them when the engine loads if the library fits in the cache (the bundled one does), else
 * the first time an article is a hit, keeping the most recent ones, so a large library does not hold every
 * article in memory.
 */
import { prepareText, type PreparedText } from './prepared-text';
import { analyze } from './text';
import type { SearchDoc, SectionText } from './types';

export interface PreparedSection {
  section: SectionText;
  text: PreparedText;
}

export interface PreparedArticle {
  title: PreparedText;
  summary: PreparedText;
  sections: PreparedSection[];
  /** For each stem of the sections' meaningful words, the indexes of the sections holding it, ascending. */
  sectionsWithStem: Map<string, number[]>;
}

function sectionsByStem(sections: SectionText[]): Map<string, number[]> {
  const byStem = new Map<string, number[]>();
  sections.forEach((section, index) => {
    for (const stem of analyze(section.text).stems) {
      const list = byStem.get(stem);
      if (!list) byStem.set(stem, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    }
  });
  return byStem;
}

/** Articles kept prepared; older ones are prepared again when they come back. */
const CACHE_SIZE = 2_000;

export class PreparedArticles {
  private readonly cache = new Map<number, PreparedArticle>();

  /** Prepares every article now when they all fit in the cache, so no query pays for it. */
  constructor(private readonly docs: SearchDoc[]) {
    if (docs.length <= CACHE_SIZE) for (let i = 0; i < docs.length; i++) this.get(i);
  }

  get(doc: number): PreparedArticle {
    let article = this.cache.get(doc);
    if (article) {
      // Refresh its place as the most recently used.
      this.cache.delete(doc);
    } else {
      const { title, summary, sections } = this.docs[doc];
      article = {
        title: prepareText(title),
        summary: prepareText(summary),
        sections: sections.map((section) => ({ section, text: prepareText(section.text) })),
        sectionsWithStem: sectionsByStem(sections),
      };
      if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as number);
    }
    this.cache.set(doc, article);
    return article;
  }
}
