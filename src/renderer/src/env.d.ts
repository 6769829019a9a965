/// <reference types="svelte" />
/// <reference types="vite/client" />
import type { SpasmApi } from '../../shared/api';

declare global {
  interface Window {
    /** Provided by the preload (or, in renderer tests, by the harness over the same handlers). */
    spasm: SpasmApi;
  }
}
