/** What the search engine indexes for each article. */
import type { Article } from '../../shared/types';
import type { SearchDoc } from '../search/types';
import type { SectionText } from './render-article';

export function searchDocsOf(articles: Article[], texts: Record<string, SectionText[]>): SearchDoc[] {
  return articles.map((a) => ({
    id: a.id,
    title: a.title,
    summary: a.summary,
    category: a.category,
    aliases: a.aliases,
    questions: a.questions,
    sections: texts[a.id] ?? [],
  }));
}
