/** The search box's state: the query, the latest answer for it, and the highlighted result. */
import type { SearchResponse } from '../../../shared/types';
import { MAX_QUERY_LENGTH } from '../../../shared/limits';
import { describe, settle } from './result';

export class SearchState {
  query = $state('');
  response = $state<SearchResponse | null>(null);
  /** The query `response` answers (as typed), so stale answers are never shown for a newer query. */
  answered = $state<string | null>(null);
  active = $state(-1);
  error = $state<string | null>(null);
  #sequence = 0;

  #latest: Promise<void> = Promise.resolve();

  /** Searches for the current query; answers that arrive after a newer keystroke are dropped. */
  run(): Promise<void> {
    this.#latest = this.#run();
    return this.#latest;
  }

  /** Resolves once the answer for the latest keystroke is in, so Enter never opens a stale result. */
  settled(): Promise<void> {
    return this.#latest;
  }

  async #run(): Promise<void> {
    const query = this.query.slice(0, MAX_QUERY_LENGTH);
    const sequence = ++this.#sequence;
    const result = await settle(() => window.spasm.search({ query }));
    if (sequence !== this.#sequence) return;
    if (result.ok) {
      this.response = result.value;
      this.answered = query;
      this.error = null;
      // The first option is highlighted, so Enter opens it: the first article, or the feature offered above it.
      this.active = result.value.kind === 'results' || result.value.feature ? 0 : -1;
    } else {
      this.error = `Search is not working right now. ${describe(result.error)}`;
    }
  }

  /** Moves the highlight through the `count` options on screen (none while the browse list stands in for them). */
  move(step: number, count: number): void {
    if (count === 0) return;
    this.active = this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count;
  }
}
