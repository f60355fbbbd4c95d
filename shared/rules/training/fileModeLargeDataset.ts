import { serviceNodeAt } from '../../analysis/context';
import { FILE_MODE_GUIDANCE, fileModeDownloadGb } from '../../analysis/trainingInput';
import { enumParam } from '../../model/params';
import { formatNumber } from '../../util/numbers';
import { nameOf, nodesOf } from '../helpers';
import { defineRule, issueOf } from '../types';
import { hoursLabel } from './trainingJob';

export const fileModeLargeDataset = defineRule({
  id: 'file-mode-large-dataset',
  family: 'training',
  severity: 'warning',
  services: ['sagemaker-training'],
  firesWhen: `a training job reads a data set of ${FILE_MODE_GUIDANCE.largeDatasetGb} GB or more from S3 in File mode`,
  why: 'File mode copies the whole data set to each instance’s storage volume before training starts: the volume must hold it, and the wait is billed on every run. AWS keeps File mode for data sets under about 50–100 GB. FastFile mode streams the S3 objects as they are read behind the same file paths (no code change); Pipe mode streams records, so it needs a format read as a stream (RecordIO-protobuf, CSV), not folders of images or JSON documents. FSx for Lustre suits repeated training on the same large data set, and EFS a data set that already lives on EFS: both are mounted, not downloaded.',
  exam: ['MLS-C01 3.3', 'MLA-C01 1.1', 'MLA-C01 2.2'],
  check(ctx) {
    const issues = [];
    for (const i of nodesOf(ctx, 'sagemaker-training')) {
      const downloadGb = fileModeDownloadGb(ctx, i);
      if (downloadGb < FILE_MODE_GUIDANCE.largeDatasetGb) continue;
      const node = serviceNodeAt(ctx, i, 'sagemaker-training');
      // Pipe mode only for the format built to be streamed as records; FastFile reads any format unchanged.
      const pipe = enumParam(node, 'dataFormat') === 'recordio-protobuf';
      issues.push(
        issueOf(this, {
          nodes: [node.id],
          message: `${nameOf(node)} downloads its ${formatNumber(downloadGb)} GB data set in File mode before each run starts (≈${hoursLabel(downloadGb / FILE_MODE_GUIDANCE.downloadGbPerHour)} billed per instance); ${pipe ? 'Pipe mode streams its RecordIO-protobuf records' : 'FastFile mode streams it'} instead, or mount it from FSx for Lustre.`,
          fix: { label: pipe ? 'Switch to Pipe mode' : 'Switch to FastFile mode', ops: [{ op: 'setParam', node: node.id, key: 'inputMode', value: pipe ? 'pipe' : 'fast-file' }] },
        }),
      );
    }
    return issues;
  },
});
