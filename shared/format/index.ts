export { parseDocument, validateDocument, type LoadResult } from './load';
export { serializeDocument } from './save';
export type { LoadProblem } from './problems';
export { FORMAT_LIMITS } from './limits';
export { MIGRATIONS, OLDEST_FORMAT_VERSION, type Migration } from './migrations';
export { DEFAULT_TITLE } from './build';
