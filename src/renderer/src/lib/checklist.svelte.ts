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
  /**
   * True once the saved ticks and notes have loaded. Until then nothing can be ticked or saved: saving a
   * state that was never loaded would overwrite what is on disk with one tick and empty fields.
   */
  stateLoaded = $state(false);
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
      this.stateLoaded = true;
      this.loadError = null;
    } else {
      this.loadError = `Your saved ticks and notes could not be loaded. ${describe(state.error)}`;
    }
  }

  isChecked(id: string): boolean {
    return this.state.checked.includes(id);
  }

  toggle(id: string, checked: boolean): void {
    if (!this.stateLoaded) return;
    const others = this.state.checked.filter((c) => c !== id);
    this.state = { ...this.state, checked: checked ? [...others, id] : others };
    void this.save();
  }

  setText(field: 'name' | 'date' | 'notes', value: string): void {
    if (!this.stateLoaded) return;
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
    if (!this.stateLoaded) return;
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
    if (!this.stateLoaded) return;
    const result = await settle(() => window.spasm.resetChecklistState());
    if (result.ok) {
      this.state = result.value;
      this.status = 'saved';
      this.saveError = null;
    } else {
      this.saveError = `The checklist could not be cleared. ${describe(result.error)}`;
    }
  }

  /** Puts back the last good version of the checklist (offered when it could not be read in full at startup). */
  async restoreBackup(): Promise<string | null> {
    clearTimeout(this.#timer);
    const result = await settle(() => window.spasm.restoreChecklistBackup());
    if (!result.ok) return `The backup could not be restored. ${describe(result.error)}`;
    this.state = result.value;
    this.stateLoaded = true;
    this.status = 'saved';
    this.saveError = null;
    return null;
  }
}
