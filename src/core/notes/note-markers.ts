/** The markers that make a comment a note; only the app's own comments are read for them. */
export const HEADER_PREFIX = "<!-- sopflow:note ";
export const DATA_PREFIX = "<!-- sopflow:data ";
export const MARKER_SUFFIX = " -->";
/** GitHub allows 65,536 characters per comment; the workflow text asks to split notes over 10,000. */
export const NOTE_PART_LIMIT = 10_000;
