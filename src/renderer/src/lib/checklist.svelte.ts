/** The self-care checklist: its content, and what the person has ticked and written (saved by the main process). */
import type { Checklist, ChecklistState } from '../../../shared/types';
import { describe, settle } from './result';

const TEXT_SAVE_DELAY_MS = 500;
const EMPTY: ChecklistState = { checked: [], name: '', date: '', notes: '' };

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

export class ChecklistStore {
  checklist = $state<Checklist | null>(null);
  state = $state<ChecklistState>({ ...EMPTY });
  loadError = $state<string | null>(null);
  saveError = $state<string | null>(null);
  status = $state<SaveStatus>('idle');
  #timer: ReturnType<typeof setTimeout> | undefined;

  checkedCount = $derived(this.state.checked.length);
  itemCount = $derived(this.checklist?.sections.reduce((n, s) => n + s.items.length, 0) ?? 0);

  async load(): Promise<void> {
    const [checklist, state] = await Promise.all([
      settle(() => window.spasm.getChecklist()),
      settle(() => window.spasm.getChecklistState()),
    ]);
    if (!checklist.ok) {
      this.loadError = `The checklist could not be loaded. ${describe(checklist.error)}`;
      return;
    }
    this.checklist = checklist.value;
    if (state.ok) {
      this.state = state.value;
      this.loadError = null;
    } else {
      this.loadError = `Your saved ticks and notes could not be loaded. ${describe(state.error)}`;
    }
  }

  isChecked(id: string): boolean {
    return this.state.checked.includes(id);
  }

  toggle(id: string, checked: boolean): void {
    const others = this.state.checked.filter((c) => c !== id);
    this.state = { ...this.state, checked: checked ? [...others, id] : others };
    void this.save();
  }

  setText(field: 'name' | 'date' | 'notes', value: string): void {
    this.state = { ...this.state, [field]: value };
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.save(), TEXT_SAVE_DELAY_MS);
  }

  /** Saves typing that is still waiting for its pause (e.g. when the window closes). */
  flush(): void {
    if (this.#timer === undefined) return;
    void this.save();
  }

  async save(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.status = 'saving';
    const result = await settle(() => window.spasm.setChecklistState($state.snapshot(this.state)));
    if (result.ok) {
      this.status = 'saved';
      this.saveError = null;
    } else {
      this.status = 'failed';
      this.saveError = `Your checklist could not be saved. ${describe(result.error)}`;
    }
  }

  async reset(): Promise<void> {
    clearTimeout(this.#timer);
    const result = await settle(() => window.spasm.resetChecklistState());
    if (result.ok) {
      this.state = result.value;
      this.status = 'saved';
      this.saveError = null;
    } else {
      this.saveError = `The checklist could not be cleared. ${describe(result.error)}`;
    }
  }
}
