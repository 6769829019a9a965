/**
 * The IPC handlers as plain functions over the content store, settings and desktop actions. No Electron
 * here: the Electron layer registers these, and tests call them directly.
 */
import type { z } from 'zod';
import type { ChannelKey, Contract, ResponseOf } from '../shared/contract';
import type { AppInfo, PageSize } from '../shared/types';
import { DEFAULT_RESULTS } from '../shared/limits';
import type { ContentStore } from './content/load-store';
import type { SettingsStore } from './storage/settings';
import { HandlerError } from './handler-error';

/** Desktop actions that need the operating system; Electron implements them, tests record them. */
export interface DesktopActions {
  /** Opens an allowed https URL in the system browser; returns false when the URL was refused. */
  openExternal(url: string): Promise<boolean>;
  /** Prints what the page shows on paper of this size; false when the user cancelled. */
  print(options: { pageSize: PageSize }): Promise<boolean>;
  /**
   * Asks where to save (suggesting `fileName`, made safe) and writes the PDF without replacing a file the
   * user did not agree to replace; null when the user cancelled.
   */
  savePdf(options: { pageSize: PageSize; fileName: string }): Promise<string | null>;
}

export interface HandlerDeps {
  content: ContentStore;
  settings: SettingsStore;
  desktop: DesktopActions;
  app: Pick<AppInfo, 'name' | 'version' | 'codeLicense' | 'contentLicense' | 'disclaimer'>;
}

export type Handlers = {
  [K in ChannelKey]: (request: z.output<Contract[K]['request']>) => ResponseOf<K> | Promise<ResponseOf<K>>;
};

export function createHandlers({ content, settings, desktop, app }: HandlerDeps): Handlers {
  const article = (id: string) => {
    const found = content.articles.get(id);
    if (!found) throw new HandlerError('not-found', `There is no article "${id}".`);
    return found;
  };
  return {
    search: ({ query, limit }) => content.search.search(query, limit ?? DEFAULT_RESULTS),
    searchInArticle: ({ id, query }) => content.search.searchInArticle(article(id).id, query),
    getArticle: ({ id }) => article(id),
    listArticles: () => content.summaries,
    getChecklist: () => content.checklist,
    getChecklistState: () => settings.getChecklistState(),
    setChecklistState: (state) => settings.setChecklistState(state),
    resetChecklistState: () => settings.resetChecklistState(),
    restoreChecklistBackup: () => settings.restoreChecklistBackup(),
    getPreferences: () => settings.getPreferences(),
    setPreferences: (preferences) => settings.setPreferences(preferences),
    getAppInfo: () => ({
      ...app,
      contentVersion: content.manifest.contentVersion,
      contentHash: content.manifest.hash,
      articleCount: content.articles.size,
      notices: settings.notices(),
      checklistBackup: settings.checklistBackup(),
    }),
    openSource: async ({ url }) => ({ opened: await desktop.openExternal(url) }),
    print: async (options) => ({ printed: await desktop.print(options) }),
    savePdf: async (options) => ({ savedTo: await desktop.savePdf(options) }),
  };
}
