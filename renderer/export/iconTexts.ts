import { catalog } from '../../shared/catalog/index';
import { isNeutralIcon } from '../../shared/catalog/neutralIcons';
import type { IconSource } from '../../shared/export/svg/icons';
import type { PipelineDocument } from '../../shared/model/document';

/**
 * The AWS icons' SVG text for the exporter in the page (the preview and the copied image), from the
 * same aws-icons files the Node exporters read. Each is its own small chunk, fetched the first time a
 * design that uses it is previewed, so none of this is in the initial bundle.
 */
const LOADERS: Readonly<Record<string, () => Promise<{ default: string }>>> = {
  'AmazonAPIGateway.svg': () => import('aws-icons/icons/architecture-service/AmazonAPIGateway.svg?raw'),
  'AmazonAthena.svg': () => import('aws-icons/icons/architecture-service/AmazonAthena.svg?raw'),
  'AmazonAurora.svg': () => import('aws-icons/icons/architecture-service/AmazonAurora.svg?raw'),
  'AmazonDataFirehose.svg': () => import('aws-icons/icons/architecture-service/AmazonDataFirehose.svg?raw'),
  'AmazonDynamoDB.svg': () => import('aws-icons/icons/architecture-service/AmazonDynamoDB.svg?raw'),
  'AmazonEC2.svg': () => import('aws-icons/icons/architecture-service/AmazonEC2.svg?raw'),
  'AmazonElastiCache.svg': () => import('aws-icons/icons/architecture-service/AmazonElastiCache.svg?raw'),
  'AmazonEFS.svg': () => import('aws-icons/icons/architecture-service/AmazonEFS.svg?raw'),
  'AmazonEMR.svg': () => import('aws-icons/icons/architecture-service/AmazonEMR.svg?raw'),
  'AmazonFSxforLustre.svg': () => import('aws-icons/icons/architecture-service/AmazonFSxforLustre.svg?raw'),
  'AmazonKinesisDataStreams.svg': () => import('aws-icons/icons/architecture-service/AmazonKinesisDataStreams.svg?raw'),
  'AmazonManagedServiceforApacheFlink.svg': () => import('aws-icons/icons/architecture-service/AmazonManagedServiceforApacheFlink.svg?raw'),
  'AmazonManagedStreamingforApacheKafka.svg': () => import('aws-icons/icons/architecture-service/AmazonManagedStreamingforApacheKafka.svg?raw'),
  'AmazonOpenSearchService.svg': () => import('aws-icons/icons/architecture-service/AmazonOpenSearchService.svg?raw'),
  'AmazonRedshift.svg': () => import('aws-icons/icons/architecture-service/AmazonRedshift.svg?raw'),
  'AmazonSageMaker.svg': () => import('aws-icons/icons/architecture-service/AmazonSageMaker.svg?raw'),
  'AmazonSageMakerAI.svg': () => import('aws-icons/icons/architecture-service/AmazonSageMakerAI.svg?raw'),
  'AmazonSageMakerGroundTruth.svg': () => import('aws-icons/icons/architecture-service/AmazonSageMakerGroundTruth.svg?raw'),
  'AmazonSimpleStorageService.svg': () => import('aws-icons/icons/architecture-service/AmazonSimpleStorageService.svg?raw'),
  'AWSGlue.svg': () => import('aws-icons/icons/architecture-service/AWSGlue.svg?raw'),
  'AWSGlueDataBrew.svg': () => import('aws-icons/icons/architecture-service/AWSGlueDataBrew.svg?raw'),
  'AWSLambda.svg': () => import('aws-icons/icons/architecture-service/AWSLambda.svg?raw'),
  'AWSStepFunctions.svg': () => import('aws-icons/icons/architecture-service/AWSStepFunctions.svg?raw'),
};

export const RAW_ICON_NAMES: readonly string[] = Object.keys(LOADERS);

const texts = new Map<string, string>();

/**
 * Loads the icons `names` need (unknown names and neutral icons are skipped). Only the loaders above are
 * ever run: a name is a key of that table (its own keys, not Object.prototype's), never a path.
 */
export async function loadIconTexts(names: Iterable<string>): Promise<void> {
  const missing = [...new Set(names)].filter((name) => !texts.has(name) && Object.hasOwn(LOADERS, name));
  await Promise.all(
    missing.map(async (name) => {
      const module = await LOADERS[name]!();
      texts.set(name, module.default);
    }),
  );
}

/** The icons the catalog gives a design's nodes. */
export function iconsOf(design: PipelineDocument): string[] {
  const names = new Set<string>();
  for (const node of design.nodes) {
    const icon = (catalog as Record<string, { icon: string } | undefined>)[node.service]?.icon;
    if (icon && !isNeutralIcon(icon)) names.add(icon);
  }
  return [...names];
}

/** The IconSource for the exporter: what has been loaded so far (neutral icons come from the catalog). */
export const pageIconSource: IconSource = (icon) => texts.get(icon);

/** Loads what the design's icons need and returns the IconSource to export it with. */
export async function iconSourceFor(design: PipelineDocument): Promise<IconSource> {
  await loadIconTexts(iconsOf(design));
  return pageIconSource;
}
