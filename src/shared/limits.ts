/** Input limits shared by the renderer, the IPC schemas and the search engine. */

/** Longer queries are cut to this many characters before searching. */
export const MAX_QUERY_LENGTH = 256;
/** Payload strings beyond this are rejected outright as malformed. */
export const MAX_PAYLOAD_STRING = 10_000;
export const MAX_RESULTS = 50;
export const DEFAULT_RESULTS = 10;
export const MAX_NOTES_LENGTH = 5_000;

/** Text size steps in percent of the system size; the control moves between these. */
export const TEXT_SIZES = [80, 90, 100, 110, 125, 150, 175, 200] as const;
/** How many recently read articles are remembered. */
export const MAX_RECENT = 12;
