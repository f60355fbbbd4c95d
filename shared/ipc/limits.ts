/** Size limits shared by the schemas, the services and the local host. */

export const PATH_MAX_CHARS = 4096;
export const FILE_NAME_MAX_CHARS = 255;

/** The largest design file Pipeboard opens or writes. */
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

/** The largest HTTP request body the local host reads; room for a maximal design plus the envelope. */
export const REQUEST_BODY_MAX_BYTES = 30 * 1024 * 1024;

export const EXPORT_CHOICES_MAX_KEYS = 200;
export const SETTING_TEXT_MAX_CHARS = 1000;

/** Practice progress keeps at most this many scenario records; ids are at most this long. */
export const PRACTICE_MAX_SCENARIOS = 1000;
export const SCENARIO_ID_MAX_CHARS = 100;
