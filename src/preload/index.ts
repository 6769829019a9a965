/**
 * The preload: runs sandboxed, bundled as CommonJS, and exposes one narrow typed API as `window.spasm`.
 * The renderer never sees ipcRenderer itself.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createApi } from '../shared/api';
import { COMMAND_CHANNEL } from '../shared/channels';
import { COMMANDS, type Command } from '../shared/types';

const api = createApi(
  (channel, payload) => ipcRenderer.invoke(channel, payload),
  (listener) => {
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      if ((COMMANDS as readonly unknown[]).includes(command)) listener(command as Command);
    };
    ipcRenderer.on(COMMAND_CHANNEL, forward);
    return () => ipcRenderer.removeListener(COMMAND_CHANNEL, forward);
  },
);

contextBridge.exposeInMainWorld('spasm', api);
