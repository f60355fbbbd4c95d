export { analyze, countBySeverity } from './analyze';
export type * from './types';
