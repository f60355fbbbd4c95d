import type { AnalysisContext } from './context';
import { serviceNodeAt } from './context';
import { enumParam, optionalNumberParam } from '../model/params';

/**
 * What AWS's guidance on training input says about File mode, as the rule and the cost sheet use it: File mode
 * is for data sets "relatively small (for example, less than 50-100 GB)", and its example download of 50 GB in
 * 100 MB shards takes about 5 minutes (≈600 GB an hour). File mode bills that wait as training time on every
 * instance, every run (more, smaller files take longer).
 */
export const FILE_MODE_GUIDANCE = {
  largeDatasetGb: 100,
  downloadGbPerHour: 600,
  source: 'Amazon SageMaker developer guide, "Choosing an input mode and a storage unit"',
  url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/model-access-training-data-best-practices.html',
  readOn: '2026-12',
} as const;

/** Whether a training job reads a file system SageMaker mounts (FSx for Lustre, EFS): nothing is downloaded. */
export function mountsFileSystem(ctx: AnalysisContext, i: number): boolean {
  return ctx.producers(i).some((p) => {
    const service = ctx.nodes[p]!.service;
    return service === 'fsx-lustre' || service === 'efs';
  });
}

/** GB a training job downloads before each run starts: its data set, in File mode, unless it mounts a file system. */
export function fileModeDownloadGb(ctx: AnalysisContext, i: number): number {
  const node = serviceNodeAt(ctx, i, 'sagemaker-training');
  if (enumParam(node, 'inputMode') !== 'file') return 0;
  const dataset = optionalNumberParam(node, 'datasetGb') ?? 0;
  return dataset > 0 && !mountsFileSystem(ctx, i) ? dataset : 0;
}
