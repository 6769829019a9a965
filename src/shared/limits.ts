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
