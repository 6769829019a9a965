/** Input limits shared by the renderer, the IPC schemas and the search engine. */

/**
 * Longer queries are cut to this many characters before searching. Long enough for a question pasted from
 * a forum post (about 170 words), whose telling word often comes last; short enough to bound the work done
 * per keystroke.
 */
export const MAX_QUERY_LENGTH = 1_000;
/** Payload strings beyond this are rejected outright as malformed. */
export const MAX_PAYLOAD_STRING = 10_000;
export const MAX_RESULTS = 50;
export const DEFAULT_RESULTS = 10;
export const MAX_NOTES_LENGTH = 5_000;

/**
 * Shape limits checked before a request reaches its schema, so a huge or exotic payload (a 10 MB typed array,
 * a million keys) is refused in constant time instead of being walked by the schema library.
 */
export const PAYLOAD_LIMITS = {
  /**
   * Nesting of objects and arrays below the request itself. The deepest real request is setPreferences with
   * an open article: preferences › reading › session › panes › pane.
   */
  depth: 5,
  keysPerObject: 16,
  keyLength: 100,
  /** The longest array a request holds: the checklist's ticked item ids. */
  arrayLength: 500,
  /** Strings, keys and array elements added up; a full checklist is about 56,000. */
  totalSize: 100_000,
} as const;

/** Error messages sent back over IPC are cut to this many characters. */
export const MAX_ERROR_MESSAGE = 300;

/** Text size steps in percent of the system size; the control moves between these. */
export const TEXT_SIZES = [80, 90, 100, 110, 125, 150, 175, 200] as const;
/** How many recently read articles are remembered. */
export const MAX_RECENT = 12;
