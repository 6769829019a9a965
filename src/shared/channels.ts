/**
 * IPC channel names by API method. Kept apart from the schemas in contract.ts so the preload can build the
 * API without bundling the schema library; contract.ts is typed to cover exactly these keys.
 */
export const CHANNELS = {
  search: 'content:search',
  searchInArticle: 'content:search-in-article',
  getArticle: 'content:get-article',
  listArticles: 'content:list-articles',
  getChecklist: 'content:get-checklist',
  getChecklistState: 'checklist:get-state',
  setChecklistState: 'checklist:set-state',
  resetChecklistState: 'checklist:reset-state',
  restoreChecklistBackup: 'checklist:restore-backup',
  getPreferences: 'preferences:get',
  setPreferences: 'preferences:set',
  getAppInfo: 'app:get-info',
  openSource: 'app:open-source',
  print: 'app:print',
  savePdf: 'app:save-pdf',
} as const;

export type ChannelKey = keyof typeof CHANNELS;

/** The channel on which the main process pushes menu commands to the renderer. */
export const COMMAND_CHANNEL = 'app:command';
