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

  clear(): void {
    this.cache.clear();
  }

  get(doc: number): PreparedArticle {
    let article = this.cache.get(doc);
    if (article) {
      // Refresh its place as the most recently used, once the cache may soon have to let articles go.
      if (this.cache.size < CACHE_SIZE / 2) return article;
      this.cache.delete(doc);
    } else {
      article = new LazyArticle(this.docs[doc], doc, this.sectionsOf);
      if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as number);
    }
    this.cache.set(doc, article);
    return article;
  }
}

/**
 * An article whose title is prepared at once and whose summary and sections are prepared the first time
 * they are read. (Classes, not object literals with getters: the first query makes dozens of these, and
 * a literal with a getter is built the slow way each time.)
 */
class LazyArticle implements PreparedArticle {
  readonly title: PreparedText;
  readonly sections: PreparedSection[];
  private preparedSummary: PreparedText | null = null;

  constructor(
    private readonly doc: SearchDoc,
    private readonly number: number,
    private readonly sectionsOf: (doc: number, term: number) => number,
  ) {
    this.title = prepareText(doc.title);
    this.sections = doc.sections.map((section) => new LazySection(section));
  }

  /** Shown only when no section matches. */
  get summary(): PreparedText {
    return (this.preparedSummary ??= prepareText(this.doc.summary));
  }

  sectionsWithTerm(term: number): number {
    return this.sectionsOf(this.number, term);
  }
}

/** A section whose text is prepared the first time it is read: a result needs only its best section's. */
class LazySection implements PreparedSection {
  private prepared: PreparedText | null = null;

  constructor(readonly section: SectionText) {}

  get text(): PreparedText {
    return (this.prepared ??= prepareText(this.section.text));
  }
}
