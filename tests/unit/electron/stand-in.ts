/**
 * A stand-in for the parts of Electron's API the main-process wiring uses. It records what the wiring
 * registers and lets a test fire events the way Electron would; no Electron runtime is involved.
 */
import { EventEmitter } from 'node:events';
import { join } from 'node:path';

export class StandInEvent {
  defaultPrevented = false;
  constructor(readonly url = '') {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

/** What Electron passes with 'context-menu', reduced to what the app reads; right-click on plain text by default. */
export function contextMenuParams(
  overrides: Partial<import('../../../src/main/electron/context-menu').ContextMenuParams> = {},
) {
  return {
    x: 10,
    y: 20,
    isEditable: false,
    selectionText: '',
    editFlags: { canCut: false, canCopy: false, canPaste: false, canSelectAll: true },
    ...overrides,
  };
}

/** Records listeners and the window-open handler, like a WebContents. */
export class StandInWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  /** Fires `event` as Electron would and reports whether the wiring cancelled it. */
  fire(event: string, url = ''): boolean {
    const e = new StandInEvent(url);
    this.emit(event, e);
    return e.defaultPrevented;
  }
  /** Right-clicks, as Electron reports it with 'context-menu'. */
  rightClick(params: ReturnType<typeof contextMenuParams>): void {
    this.emit('context-menu', new StandInEvent(), params);
  }
}

/** Electron's Menu as the app uses it: builds from a template (kept as the menu's items) and pops up. */
export class StandInMenu {
  static popups: { items: import('electron').MenuItemConstructorOptions[]; options: unknown }[] = [];
  static buildFromTemplate(template: import('electron').MenuItemConstructorOptions[]) {
    return Object.assign([...template], {
      popup: (options?: unknown) => StandInMenu.popups.push({ items: template, options }),
    });
  }
}

type RequestListener = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

export class StandInSession extends EventEmitter {
  /** Every setter the app called, in order (to check what touched the session first). */
  readonly touched: string[] = [];
  /** null until set: Electron then uses the system language (and downloads its dictionary). */
  spellCheckerLanguages: string[] | null = null;
  spellCheckerEnabled = true;
  requestListener: RequestListener | null = null;
  permissionRequest: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null =
    null;
  permissionCheck: (() => boolean) | null = null;
  devicePermission: (() => boolean) | null = null;
  readonly webRequest = {
    onBeforeRequest: (listener: RequestListener) => {
      this.touched.push('webRequest.onBeforeRequest');
      this.requestListener = listener;
    },
  };
  setSpellCheckerLanguages(languages: string[]): void {
    this.touched.push('setSpellCheckerLanguages');
    this.spellCheckerLanguages = [...languages];
  }
  setSpellCheckerEnabled(enable: boolean): void {
    this.touched.push('setSpellCheckerEnabled');
    this.spellCheckerEnabled = enable;
  }
  setPermissionRequestHandler(handler: NonNullable<StandInSession['permissionRequest']>): void {
    this.touched.push('setPermissionRequestHandler');
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: () => boolean): void {
    this.touched.push('setPermissionCheckHandler');
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: () => boolean): void {
    this.touched.push('setDevicePermissionHandler');
    this.devicePermission = handler;
  }
  /** Sends a request through the registered blocker; true when it was cancelled. */
  request(url: string): boolean {
    if (!this.requestListener) throw new Error('no request listener registered');
    let cancelled: boolean | undefined;
    this.requestListener({ url }, (response) => {
      cancelled = response.cancel;
    });
    if (cancelled === undefined) throw new Error('the request listener never answered');
    return cancelled;
  }
  /** Asks for a permission through the registered handler; resolves with whether it was granted. */
  askPermission(permission: string): Promise<boolean> {
    const handler = this.permissionRequest;
    if (!handler) throw new Error('no permission request handler registered');
    return new Promise((resolve) => handler({}, permission, resolve));
  }
}

/** Records ipcMain.handle registrations and can invoke them with a given sender frame. */
export class StandInIpcMain {
  readonly handlers = new Map<string, (event: never, payload: unknown) => unknown>();
  handle(channel: string, handler: (event: never, payload: unknown) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  }
  invoke(channel: string, senderFrame: { url: string; parent: unknown } | null, payload: unknown): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return Promise.resolve(handler({ senderFrame } as never, payload));
  }
}

/** A BrowserWindow stand-in: records its options, what it loads and its listeners. */
export class StandInBrowserWindow extends EventEmitter {
  static created: StandInBrowserWindow[] = [];
  /** Loads of URLs matching this fail, as Electron's loadURL does when did-fail-load fires. */
  static failingLoads: RegExp | null = null;
  loaded: string[] = [];
  shown = false;
  maximized = false;
  destroyed = false;
  readonly webContents = Object.assign(new EventEmitter(), {
    sent: [] as unknown[][],
    send: (...args: unknown[]) => this.webContents.sent.push(args),
    print: () => {},
    printToPDF: async () => new Uint8Array(),
  });
  constructor(readonly options: import('electron').BrowserWindowConstructorOptions) {
    super();
    StandInBrowserWindow.created.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    if (StandInBrowserWindow.failingLoads?.test(url)) {
      return Promise.reject(new Error(`ERR_FILE_NOT_FOUND (-6) loading '${url}'`));
    }
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  maximize(): void {
    // electron.d.ts: "This will also show (but not focus) the window if it isn't being displayed already."
    this.maximized = true;
    this.shown = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** The user closes the window. */
  close(): void {
    this.emit('close');
    this.destroyed = true;
    this.emit('closed');
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
  getNormalBounds() {
    return { x: 0, y: 0, width: 1280, height: 820 };
  }
}

/** The `electron` module as the entry point uses it, with every call recorded. */
export function electronStandIn(userDataDir: string, options: { isPackaged?: boolean } = {}) {
  StandInBrowserWindow.created = [];
  StandInMenu.popups = [];
  const appEvents = new EventEmitter();
  const calls: string[] = [];
  const protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  const session = new StandInSession();
  const ipcMain = new StandInIpcMain();
  const menus: unknown[] = [];
  const errorBoxes: string[] = [];
  const opened: string[] = [];
  const app = Object.assign(appEvents, {
    isPackaged: options.isPackaged ?? false,
    enableSandbox: () => calls.push('enableSandbox'),
    requestSingleInstanceLock: () => true,
    whenReady: () => {
      calls.push('whenReady');
      return Promise.resolve();
    },
    getPath: (name: string) => (name === 'userData' ? userDataDir : join(userDataDir, name)),
    getVersion: () => '9.9.9',
    quit: () => calls.push('quit'),
    exit: (code = 0) => calls.push(`exit ${code}`),
  });
  const module = {
    app,
    BrowserWindow: StandInBrowserWindow,
    dialog: {
      showErrorBox: (title: string, content: string) => errorBoxes.push(`${title}: ${content}`),
      showMessageBox: async () => ({ response: 0 }),
      showSaveDialog: async () => ({ canceled: true }),
    },
    ipcMain,
    Menu: {
      buildFromTemplate: StandInMenu.buildFromTemplate,
      setApplicationMenu: (menu: unknown) => menus.push(menu),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) =>
        calls.push(`registerSchemesAsPrivileged ${JSON.stringify(schemes)}`),
      // Like Electron: a second handler for a scheme is refused until the first is removed.
      handle: (scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
        if (protocolHandlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
        protocolHandlers.set(scheme, handler);
      },
      isProtocolHandled: (scheme: string) => protocolHandlers.has(scheme),
      unhandle: (scheme: string) => {
        if (!protocolHandlers.delete(scheme)) throw new Error(`Failed to unhandle protocol: ${scheme}`);
      },
    },
    screen: {
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    },
    session: { defaultSession: session },
    shell: {
      openExternal: async (url: string) => {
        opened.push(url);
      },
    },
  };
  return { module, app, calls, protocolHandlers, session, ipcMain, menus, errorBoxes, opened };
}
