/** Input limits shared by the renderer, the IPC schemas and the search engine. */

/** Longer queries are cut to this many characters before searching. */
export const MAX_QUERY_LENGTH = 256;
/** Payload strings beyond this are rejected outright as malformed. */
export const MAX_PAYLOAD_STRING = 10_000;
export const MAX_RESULTS = 50;
export const DEFAULT_RESULTS = 10;
export const MAX_NOTES_LENGTH = 5_000;
