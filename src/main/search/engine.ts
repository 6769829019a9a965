/**
 * Full-text search over the library, in the main process. Built ahead of time by the build, exported into
 * the content store, and imported at startup (FlexSearch does not save its configuration with an export,
 * so the one configuration lives here and is used both to build and to import).
 */
import { Document } from 'flexsearch';
import type { ArticleMatch, Category, SearchHit, SearchResponse } from '../../shared/types';
import type { SectionText } from '../content/render-article';
import { MAX_QUERY_LENGTH } from '../../shared/limits';
import { escapeHtml, markTerms } from './highlight';

export interface SearchDoc {
  id: string;
  title: string;
  summary: string;
  category: Category;
  aliases: string[];
  sections: SectionText[];
}

type IndexedDoc = { id: string; title: string; aliases: string; summary: string; body: string };
const FIELDS = ['title', 'aliases', 'summary', 'body'] as const;
const FIELD_WEIGHT: Record<(typeof FIELDS)[number], number> = { title: 4, aliases: 4, summary: 2, body: 1 };

function createIndex() {
  return new Document<IndexedDoc>({
    tokenize: 'forward',
    encoder: 'LatinBalance',
    document: { id: 'id', index: [...FIELDS] },
  });
}

export class SearchEngine {
  private readonly docs = new Map<string, SearchDoc>();

  private constructor(
    docs: SearchDoc[],
    private readonly index: ReturnType<typeof createIndex>,
    private readonly startList: string[],
  ) {
    for (const doc of docs) this.docs.set(doc.id, doc);
  }

  static build(docs: SearchDoc[], startList: string[] = []): SearchEngine {
    const index = createIndex();
    for (const doc of docs) {
      index.add({
        id: doc.id,
        title: doc.title,
        aliases: doc.aliases.join(' ; '),
        summary: doc.summary,
        body: doc.sections.map((s) => `${s.title ?? ''} ${s.text}`).join('\n'),
      });
    }
    return new SearchEngine(docs, index, startList);
  }

  static fromExport(docs: SearchDoc[], data: Record<string, string>, startList: string[] = []): SearchEngine {
    const index = createIndex();
    for (const [key, value] of Object.entries(data)) index.import(key, value);
    return new SearchEngine(docs, index, startList);
  }

  async export(): Promise<Record<string, string>> {
    const data: Record<string, string> = {};
    await this.index.export((key: string, value: string) => {
      data[key] = value;
    });
    return data;
  }

  search(rawQuery: string, limit = 10): SearchResponse {
    const query = normalizeQuery(rawQuery);
    if (!query) return { query, kind: 'start', hits: this.start(limit), suggestion: null };
    const scores = new Map<string, number>();
    for (const field of FIELDS) {
      const ids = this.index.search(query, { index: field, limit: 50 }) as unknown as { result: string[] }[];
      ids[0]?.result.forEach((id, rank) => {
        scores.set(id, (scores.get(id) ?? 0) + FIELD_WEIGHT[field] / (1 + rank * 0.1));
      });
    }
    const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit);
    if (ranked.length === 0) return { query, kind: 'no-match', hits: [], suggestion: null };
    const terms = query.split(/\s+/);
    return { query, kind: 'results', hits: ranked.map(([id, score]) => this.hit(id, score, terms)), suggestion: null };
  }

  searchInArticle(id: string, rawQuery: string): ArticleMatch[] {
    const doc = this.docs.get(id);
    const query = normalizeQuery(rawQuery);
    if (!doc || !query) return [];
    const terms = query.split(/\s+/);
    return doc.sections
      .filter((s) => terms.some((t) => s.text.toLowerCase().includes(t)))
      .map((s) => ({
        section: s.id && s.title ? { id: s.id, title: s.title } : null,
        snippet: snippetOf(s.text, terms),
      }));
  }

  private start(limit: number): SearchHit[] {
    return this.startList.slice(0, limit).flatMap((id) => (this.docs.has(id) ? [this.hit(id, 0, [])] : []));
  }

  private hit(id: string, score: number, terms: string[]): SearchHit {
    const doc = this.docs.get(id) as SearchDoc;
    const section = doc.sections.find((s) => terms.some((t) => s.text.toLowerCase().includes(t))) ?? null;
    return {
      id,
      title: doc.title,
      titleHtml: markTerms(escapeHtml(doc.title), terms),
      summary: doc.summary,
      category: doc.category,
      score: Math.round(score * 100) / 100,
      snippet: snippetOf(section?.text ?? doc.summary, terms),
      section: section?.id && section.title ? { id: section.id, title: section.title } : null,
    };
  }
}

export function normalizeQuery(raw: string): string {
  return raw
    .slice(0, MAX_QUERY_LENGTH)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{C}]/gu, ' ')
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function snippetOf(text: string, terms: string[]): string {
  const lower = text.toLowerCase();
  const at = Math.max(0, Math.min(...terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0), lower.length));
  const start = Math.max(0, at - 60);
  const slice = text.slice(start, start + 180);
  return (start > 0 ? '… ' : '') + markTerms(escapeHtml(slice), terms) + (start + 180 < text.length ? ' …' : '');
}
