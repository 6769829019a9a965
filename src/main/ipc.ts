/** Registers every contract channel with Electron's ipcMain. The handlers themselves are plain functions. */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../shared/channels';
import type { Result } from '../shared/contract';
import { dispatch, type Logger } from './dispatch';
import type { Handlers } from './handlers';

/** Decides whether an IPC call comes from the app's own top-level page. */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, handlers: Handlers, isTrusted: SenderCheck, log: Logger) {
  for (const channel of Object.values(CHANNELS)) {
    ipcMain.handle(channel, (event, payload: unknown): Promise<Result<unknown>> | Result<unknown> =>
      isTrusted(event)
        ? dispatch(handlers, channel, payload, log)
        : { ok: false, error: { code: 'forbidden', message: 'This request did not come from Spasm Guide.' } },
    );
  }
}
