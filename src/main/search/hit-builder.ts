/**
 * Turns ranked articles into the results the app shows: title, summary and a snippet from the section
 * holding the most of the query's words, HTML-escaped, then marked for the query. Also the matches of a
 * query inside one article.
 */
import type { ArticleMatch, SearchHit } from '../../shared/types';
import { Marker, markText } from './highlight';
import { PreparedArticles } from './prepared-articles';
import { bestSection, leadOf, matchSection, snippetOf, type WordTerms } from './snippet';
import type { PlannedWord, QueryPlan, RankedArticle, SearchDoc, SectionText } from './types';

export type { RankedArticle } from './types';

/** What results need from the index's word counts (./bm25f). */
export interface SectionsOfTerms {
  /** The stem's number, or -1 when no article has it. */
  termNumber(stem: string): number;
  /** The sections of an article holding a stem (by number), as bits (bit i for section i). */
  sectionsOfTerm(doc: number, term: number): number;
}

export class HitBuilder {
  private readonly prepared: PreparedArticles;

  constructor(
    private readonly docs: SearchDoc[],
    /** The stems' numbers and the sections holding each, from the index's word counts. */
    private readonly terms: SectionsOfTerms,
  ) {
    this.prepared = new PreparedArticles(docs, (doc, term) => terms.sectionsOfTerm(doc, term));
  }

  /**
   * Results for articles in the given order, marked for the query (unmarked for null: the start list); one
   * article's snippet may be cut for a plan of its own (`own`: the page of every sign, for the symptom named).
   */
  hits(
    ranked: readonly RankedArticle[],
    plan: QueryPlan | null,
    own: { doc: number; plan: QueryPlan } | null = null,
  ): SearchHit[] {
    const marker = plan ? Marker.of(plan.mark) : null;
    // Per query word, every stem that counts as it (by number, once per query): what the best section for
    // the snippet is chosen by.
    const wordTerms = plan ? plan.words.map((word) => this.termsOfWord(word)) : null;
    return ranked.map(({ doc, score }) => {
      if (doc !== own?.doc) return this.hit(doc, score, marker, wordTerms);
      const hit = this.hit(
        doc,
        score,
        Marker.of(own.plan.mark),
        own.plan.words.map((w) => this.termsOfWord(w)),
      );
      // The title is marked for the whole search, as every other title is (when the page lacks the symptom's words,
      // "collapsed", the snippet is its unmarked summary).
      return { ...hit, titleHtml: markText(this.prepared.get(doc).title, marker) };
    });
  }

  /** Every stem that counts as a query word, by number (stems in no article left out), with its weight. */
  private termsOfWord(word: PlannedWord): WordTerms {
    const terms: number[] = [];
    const weights: number[] = [];
    for (const a of word.alternatives) {
      for (const stem of a.stems) {
        const term = this.terms.termNumber(stem);
        if (term >= 0) {
          terms.push(term);
          weights.push(a.weight);
        }
      }
    }
    return { terms, weights };
  }

  /** Lets go of every prepared article (they are prepared again when next shown). */
  clearPrepared(): void {
    this.prepared.clear();
  }

  /** Sections of one article that mention the query's words, in reading order. */
  sectionMatches(doc: number, plan: QueryPlan): ArticleMatch[] {
    const marker = Marker.of(plan.mark);
    if (!marker) return [];
    return this.prepared.get(doc).sections.flatMap((section) => {
      const match = matchSection(section, marker);
      return match ? [{ section: headingOf(section.section), snippet: snippetOf(match) }] : [];
    });
  }

  private hit(number: number, score: number, marker: Marker | null, wordTerms: WordTerms[] | null): SearchHit {
    const doc = this.docs[number];
    const texts = this.prepared.get(number);
    const index = wordTerms && marker ? bestSection(texts, wordTerms) : -1;
    const match = index >= 0 && marker ? matchSection(texts.sections[index], marker) : null;
    return {
      id: doc.id,
      title: doc.title,
      titleHtml: markText(texts.title, marker),
      summary: doc.summary,
      category: doc.category,
      score: Math.round(score * 1000) / 1000,
      snippet: match ? snippetOf(match) : leadOf(texts.summary, marker),
      section: match ? headingOf(match.section) : null,
    };
  }
}

function headingOf(section: SectionText): { id: string; title: string } | null {
  return section.id && section.title ? { id: section.id, title: section.title } : null;
}
