export { parseDocument, validateDocument, type LoadResult } from './load';
export { serializeDocument } from './save';
