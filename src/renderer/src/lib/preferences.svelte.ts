/** Theme, layout, handout and reading preferences: loaded from and saved through the main process. */
import type {
  HandoutPreferences,
  LayoutPreferences,
  Preferences,
  ReadingPreferences,
  ThemePreference,
} from '../../../shared/types';
import { describe, settle } from './result';

export const DEFAULT_PREFERENCES: Preferences = {
  theme: 'system',
  layout: { sidebarWidth: 320, checklistWidth: 360, checklistOpen: true, splitRatio: 0.5 },
  handout: { items: null, textSize: 'normal', pageSize: 'auto', diary: true, clinician: '', clinic: '' },
  reading: { textSize: 100, sidebarOpen: true, session: { panes: [], active: 0, query: '' }, recent: [] },
};

/** Layout limits, the same as the contract's (so a saved value is always accepted). */
export const LIMITS = {
  sidebarWidth: [200, 800],
  checklistWidth: [240, 900],
  splitRatio: [0.2, 0.8],
} as const;

const SAVE_DELAY_MS = 400;

export class PreferencesStore {
  theme = $state<ThemePreference>(DEFAULT_PREFERENCES.theme);
  layout = $state<LayoutPreferences>({ ...DEFAULT_PREFERENCES.layout });
  handout = $state<HandoutPreferences>({ ...DEFAULT_PREFERENCES.handout });
  reading = $state<ReadingPreferences>(structuredClone(DEFAULT_PREFERENCES.reading));
  /** Set once the saved preferences are in (or failed to load), so startup can restore the session. */
  loaded = $state(false);
  error = $state<string | null>(null);
  #timer: ReturnType<typeof setTimeout> | undefined;

  async load(): Promise<void> {
    const result = await settle(() => window.spasm.getPreferences());
    if (result.ok) {
      this.theme = result.value.theme;
      this.layout = { ...result.value.layout };
      this.handout = { ...result.value.handout };
      this.reading = result.value.reading;
      this.error = null;
    } else {
      this.error = `Your theme and layout could not be loaded, so the defaults are used. ${describe(result.error)}`;
    }
    this.loaded = true;
  }

  setTheme(theme: ThemePreference): void {
    this.theme = theme;
    void this.save();
  }

  /** Updates part of the layout; saving waits until a drag or a burst of changes settles. */
  setLayout(change: Partial<LayoutPreferences>): void {
    this.layout = { ...this.layout, ...change };
    this.#later();
  }

  /** Updates part of the reading preferences (text size, sidebar, session), saved after the same pause. */
  setReading(change: Partial<ReadingPreferences>): void {
    this.reading = { ...this.reading, ...change };
    this.#later();
  }

  #later(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
  }

  /** Updates the handout builder's choices; saved after a pause, like the layout. */
  setHandout(change: Partial<HandoutPreferences>): void {
    this.handout = { ...this.handout, ...change };
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
  }

  /** Saves a layout change still waiting for its pause (e.g. when the window closes). */
  flush(): void {
    if (this.#timer !== undefined) void this.save();
  }

  async save(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const result = await settle(() =>
      window.spasm.setPreferences({
        theme: this.theme,
        layout: $state.snapshot(this.layout),
        handout: $state.snapshot(this.handout),
        reading: $state.snapshot(this.reading),
      }),
    );
    this.error = result.ok ? null : `Your preferences could not be saved. ${describe(result.error)}`;
  }
}

export function clamp(value: number, [min, max]: readonly [number, number]): number {
  return Math.min(max, Math.max(min, value));
}
