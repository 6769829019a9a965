/**
 * Each article's texts prepared for highlighting and snippets (./prepared-text), the first time the article
 * is a hit (a section's text the first time it is read), keeping the most recent ones, so loading prepares nothing and a large library does not hold
 * every article in memory. Which sections hold a stem comes from the word counts saved with the index
 * (./bm25f), so preparing an article stems nothing.
 */
import { prepareText, type PreparedText } from './prepared-text';
import type { SearchDoc, SectionText } from './types';

export interface PreparedSection {
  section: SectionText;
  text: PreparedText;
}

export interface PreparedArticle {
  title: PreparedText;
  summary: PreparedText;
  sections: PreparedSection[];
  /** The sections holding a stem, by its number in the word counts (./bm25f), as bits (bit i for section i). */
  sectionsWithTerm: (term: number) => number;
}

/** Articles kept prepared; older ones are prepared again when they come back. */
const CACHE_SIZE = 2_000;

export class PreparedArticles {
  private readonly cache = new Map<number, PreparedArticle>();

  constructor(
    private readonly docs: SearchDoc[],
    /** The sections of an article holding a stem (by number), as bits. */
    private readonly sectionsOf: (doc: number, term: number) => number,
  ) {}

  get(doc: number): PreparedArticle {
    let article = this.cache.get(doc);
    if (article) {
      // Refresh its place as the most recently used, once the cache may soon have to let articles go.
      if (this.cache.size < CACHE_SIZE / 2) return article;
      this.cache.delete(doc);
    } else {
      const { title, summary, sections } = this.docs[doc];
      let preparedSummary: PreparedText | null = null;
      article = {
        title: prepareText(title),
        // Shown only when no section matches.
        get summary() {
          return (preparedSummary ??= prepareText(summary));
        },
        sections: sections.map(lazySection),
        sectionsWithTerm: (term) => this.sectionsOf(doc, term),
      };
      if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as number);
    }
    this.cache.set(doc, article);
    return article;
  }
}

/** A section whose text is prepared the first time it is read: a result needs only its best section's. */
function lazySection(section: SectionText): PreparedSection {
  let text: PreparedText | null = null;
  return {
    section,
    get text() {
      return (text ??= prepareText(section.text));
    },
  };
}
