export { parseDocument, validateDocument, type LoadResult } from './load';
export { serializeDocument } from './save';
;
export { FORMAT_LIMITS } from './limits';
;
;
