/** One thing wrong with a file, located by its JSON path ("nodes[3].params.shards"). */
export interface LoadProblem {
  path: string;
  message: string;
}
