/** The markers that make a comment a note; only the app's own comments are read for them. */
export const HEADER_PREFIX = "<!-- sopflow:note ";
export const DATA_PREFIX = "<!-- sopflow:data ";
export const MARKER_SUFFIX = " -->";
/** GitHub allows 65,536 characters per comment; the workflow text asks to split notes over 10,000. */
export const NOTE_PART_LIMIT = 10_000;
/**
 * What stands between two note parts that share a comment: a thematic break
 * people see between the notes. A part's end is only taken where this is
 * followed by a header and the part's hash matches (see decodeNotePart).
 */
export const NOTE_SEPARATOR = "\n\n---\n\n";
