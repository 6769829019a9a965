/**
 * What the reading area shows: one or two article panes, which one is active, and a back/forward history
 * of those views (the app keeps its own history; it never navigates the page).
 */

export interface Pane {
  /** Unique per opened pane, so ids inside it can be scoped. */
  key: number;
  articleId: string;
  /** Section to scroll to when the pane opens, or null for the top. */
  section: string | null;
}

interface View {
  panes: Pane[];
  active: number;
}

interface History {
  back: View[];
  forward: View[];
}

const MAX_HISTORY = 100;
let nextKey = 1;

export class Reader {
  panes = $state<Pane[]>([]);
  active = $state(0);
  /** Views to go back to and forward to, the nearest last. */
  #history = $state<History>({ back: [], forward: [] });

  canGoBack = $derived(this.#history.back.length > 0);
  canGoForward = $derived(this.#history.forward.length > 0);

  /**
   * Opens an article in the active pane, or beside it (as the second pane). With two open, "beside" replaces
   * the pane not being read; the replaced article's id is returned so the change can be announced.
   */
  open(articleId: string, options: { beside?: boolean; section?: string | null } = {}): string | null {
    const pane: Pane = { key: nextKey++, articleId, section: options.section ?? null };
    const current = this.panes;
    if (!options.beside || current.length === 0) {
      if (current[this.active]?.articleId === articleId && !options.section) return null;
      const panes = current.length ? current.map((p, i) => (i === this.active ? pane : p)) : [pane];
      this.#go({ panes, active: current.length ? this.active : 0 });
    } else if (current.length === 1) {
      this.#go({ panes: [current[0], pane], active: 1 });
    } else {
      // Two already open: the new one replaces the pane that is not active, so the one being read stays.
      const other = this.active === 0 ? 1 : 0;
      this.#go({ panes: current.map((p, i) => (i === other ? pane : p)), active: other });
      return current[other].articleId;
    }
    return null;
  }

  /** Shows the articles of a saved session (no history step); returns the new panes so their scroll can be set. */
  restore(articleIds: string[], active: number): Pane[] {
    const panes = articleIds.slice(0, 2).map((articleId) => ({ key: nextKey++, articleId, section: null }));
    this.#show({ panes, active: Math.min(Math.max(0, active), Math.max(0, panes.length - 1)) });
    return panes;
  }

  close(index: number): void {
    const panes = this.panes.filter((_, i) => i !== index);
    this.#go({ panes, active: Math.min(this.active, Math.max(0, panes.length - 1)) });
  }

  closeAll(): void {
    if (this.panes.length) this.#go({ panes: [], active: 0 });
  }

  activate(index: number): void {
    if (index >= 0 && index < this.panes.length) this.active = index;
  }

  back(): void {
    this.#travel('back', 'forward');
  }

  forward(): void {
    this.#travel('forward', 'back');
  }

  /** Shows the nearest view of one history, and keeps the view being left in the other. */
  #travel(from: keyof History, to: keyof History): void {
    const view = this.#history[from].at(-1);
    if (!view) return;
    const history = { ...this.#history };
    history[from] = history[from].slice(0, -1);
    history[to] = [...history[to], this.#current()];
    this.#history = history;
    this.#show(view);
  }

  #current(): View {
    return { panes: this.panes, active: this.active };
  }

  #go(view: View): void {
    this.#history = { back: [...this.#history.back, this.#current()].slice(-MAX_HISTORY), forward: [] };
    this.#show(view);
  }

  #show(view: View): void {
    this.panes = view.panes;
    this.active = view.active;
  }
}
