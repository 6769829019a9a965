/** How an article pane asks the app to print or save its article, without threading it through the layout. */
import { getContext, setContext } from 'svelte';
import type { Article } from '../../../../shared/types';

export interface ArticlePrinting {
  print(article: Article): void;
  savePdf(article: Article): void;
  readonly busy: boolean;
}

const KEY = Symbol('article-printing');

export const provideArticlePrinting = (printing: ArticlePrinting) => setContext(KEY, printing);
export const articlePrinting = () => getContext<ArticlePrinting | undefined>(KEY);
