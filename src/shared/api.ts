/** The typed API object the preload exposes as `window.spasm`, derived from the contract. */
import { CHANNELS, type ChannelKey } from './channels';
import type { RequestOf, ResponseOf, Result } from './contract';
import type { Command } from './types';

export type SpasmApi = {
  [K in ChannelKey]: undefined extends RequestOf<K>
    ? (request?: RequestOf<K>) => Promise<Result<ResponseOf<K>>>
    : (request: RequestOf<K>) => Promise<Result<ResponseOf<K>>>;
} & {
  /** Subscribes to menu commands from the main process; returns an unsubscribe function. */
  onCommand(listener: (command: Command) => void): () => void;
};

export type Invoke = (channel: string, payload: unknown) => Promise<unknown>;
export type Subscribe = (listener: (command: Command) => void) => () => void;

/** Builds the API object from a transport: Electron's ipcRenderer in the preload, a test bridge elsewhere. */
export function createApi(invoke: Invoke, subscribe: Subscribe): SpasmApi {
  const api: Record<string, unknown> = { onCommand: subscribe };
  for (const [key, channel] of Object.entries(CHANNELS)) {
    api[key] = (request?: unknown) => invoke(channel, request);
  }
  return api as SpasmApi;
}
