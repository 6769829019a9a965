/** The search box's state: the query, the answer on screen, and the highlighted result. */
import type { SearchResponse } from '../../../shared/types';
import { MAX_QUERY_LENGTH } from '../../../shared/limits';
import { describe, settle } from './result';

/**
 * How long typing must pause before "nothing matches" replaces what is on screen. Words on their way to a
 * match often match nothing ("why do my" on the way to "why do my calves cramp"); shown at once, the
 * no-match panel would flash with every letter. Results are never held back.
 */
const NO_MATCH_DELAY_MS = 500;

/** An answer that is only "nothing matches": no feature offered, no note on what the library covers. */
const isBareNoMatch = (response: SearchResponse) =>
  response.kind === 'no-match' && !response.feature && !response.scopeNote;

export class SearchState {
  query = $state('');
  /** The answer on screen. */
  response = $state<SearchResponse | null>(null);
  /**
   * The query the latest answer is for (as typed), so stale answers are never shown for a newer query. Its
   * answer is on screen, or is a no-match waiting for typing to pause.
   */
  answered = $state<string | null>(null);
  active = $state(-1);
  error = $state<string | null>(null);
  #sequence = 0;
  #waiting: { response: SearchResponse; timer: ReturnType<typeof setTimeout> } | null = null;

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
    // A new keystroke: typing goes on, so a no-match still waiting is not shown.
    this.#cancelWaiting();
    const result = await settle(() => window.spasm.search({ query }));
    if (sequence !== this.#sequence) return;
    if (result.ok) {
      this.answered = query;
      this.error = null;
      const shown = this.response;
      if (isBareNoMatch(result.value) && shown && !isBareNoMatch(shown)) {
        const response = result.value;
        this.#waiting = { response, timer: setTimeout(() => this.#show(response), NO_MATCH_DELAY_MS) };
      } else this.#show(result.value);
    } else {
      this.error = `Search is not working right now. ${describe(result.error)}`;
    }
  }

  /** Shows a no-match without waiting: Enter and the arrows mean the person has stopped typing. */
  showWaiting(): void {
    if (this.#waiting) this.#show(this.#waiting.response);
  }

  #show(response: SearchResponse): void {
    this.#cancelWaiting();
    this.response = response;
    // The first option is highlighted, so Enter opens it: the first article, or the feature offered above it.
    this.active = response.kind === 'results' || response.feature ? 0 : -1;
  }

  #cancelWaiting(): void {
    if (this.#waiting) clearTimeout(this.#waiting.timer);
    this.#waiting = null;
  }

  /** Moves the highlight through the `count` options on screen (none while the browse list stands in for them). */
  move(step: number, count: number): void {
    if (count === 0) return;
    this.active = this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count;
  }
}
