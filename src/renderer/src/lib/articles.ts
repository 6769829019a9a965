/** Article requests, cached: the content is read-only while the app runs, so back/forward is instant. */
import type { Result } from '../../../shared/contract';
import type { Article, ArticleSummary } from '../../../shared/types';
import { settle } from './result';

const cache = new Map<string, Promise<Result<Article>>>();

export function loadArticle(id: string): Promise<Result<Article>> {
  let request = cache.get(id);
  if (!request) {
    request = settle(() => window.spasm.getArticle({ id }));
    cache.set(id, request);
    // A failure is not cached, so "Try again" asks again.
    void request.then((result) => !result.ok && cache.delete(id));
  }
  return request;
}

let summaries: Promise<Result<ArticleSummary[]>> | undefined;

/** Titles of every article, e.g. for the checklist's references. */
export function loadSummaries(): Promise<Result<ArticleSummary[]>> {
  summaries ??= settle(() => window.spasm.listArticles());
  void summaries.then((result) => {
    if (!result.ok) summaries = undefined;
  });
  return summaries;
}

/** Remembered scroll positions of panes, so going back returns to where you were. */
export const scrollMemory = new Map<number, number>();
