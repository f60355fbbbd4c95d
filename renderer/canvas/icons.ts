import { NEUTRAL_ICONS, isNeutralIcon } from '../../shared/catalog/neutralIcons';
import amazonApiGateway from 'aws-icons/icons/architecture-service/AmazonAPIGateway.svg?url';
import amazonAthena from 'aws-icons/icons/architecture-service/AmazonAthena.svg?url';
import amazonAurora from 'aws-icons/icons/architecture-service/AmazonAurora.svg?url';
import amazonDataFirehose from 'aws-icons/icons/architecture-service/AmazonDataFirehose.svg?url';
import amazonDynamoDb from 'aws-icons/icons/architecture-service/AmazonDynamoDB.svg?url';
import amazonEc2 from 'aws-icons/icons/architecture-service/AmazonEC2.svg?url';
import amazonElastiCache from 'aws-icons/icons/architecture-service/AmazonElastiCache.svg?url';
import amazonEfs from 'aws-icons/icons/architecture-service/AmazonEFS.svg?url';
import amazonEmr from 'aws-icons/icons/architecture-service/AmazonEMR.svg?url';
import amazonFsxLustre from 'aws-icons/icons/architecture-service/AmazonFSxforLustre.svg?url';
import amazonKinesisDataStreams from 'aws-icons/icons/architecture-service/AmazonKinesisDataStreams.svg?url';
import amazonManagedFlink from 'aws-icons/icons/architecture-service/AmazonManagedServiceforApacheFlink.svg?url';
import amazonMsk from 'aws-icons/icons/architecture-service/AmazonManagedStreamingforApacheKafka.svg?url';
import amazonOpenSearch from 'aws-icons/icons/architecture-service/AmazonOpenSearchService.svg?url';
import amazonRedshift from 'aws-icons/icons/architecture-service/AmazonRedshift.svg?url';
import amazonSageMaker from 'aws-icons/icons/architecture-service/AmazonSageMaker.svg?url';
import amazonSageMakerAi from 'aws-icons/icons/architecture-service/AmazonSageMakerAI.svg?url';
import amazonSageMakerGroundTruth from 'aws-icons/icons/architecture-service/AmazonSageMakerGroundTruth.svg?url';
import amazonS3 from 'aws-icons/icons/architecture-service/AmazonSimpleStorageService.svg?url';
import awsGlue from 'aws-icons/icons/architecture-service/AWSGlue.svg?url';
import awsGlueDataBrew from 'aws-icons/icons/architecture-service/AWSGlueDataBrew.svg?url';
import awsLambda from 'aws-icons/icons/architecture-service/AWSLambda.svg?url';
import awsStepFunctions from 'aws-icons/icons/architecture-service/AWSStepFunctions.svg?url';

/**
 * URLs of the icons the catalog names. The SVGs are emitted as separate files (not inlined), so the
 * browser fetches each one only when an <img> first shows it.
 */
const AWS_ICONS: Record<string, string> = {
  'AmazonAPIGateway.svg': amazonApiGateway,
  'AmazonAthena.svg': amazonAthena,
  'AmazonAurora.svg': amazonAurora,
  'AmazonDataFirehose.svg': amazonDataFirehose,
  'AmazonDynamoDB.svg': amazonDynamoDb,
  'AmazonEC2.svg': amazonEc2,
  'AmazonElastiCache.svg': amazonElastiCache,
  'AmazonEFS.svg': amazonEfs,
  'AmazonEMR.svg': amazonEmr,
  'AmazonFSxforLustre.svg': amazonFsxLustre,
  'AmazonKinesisDataStreams.svg': amazonKinesisDataStreams,
  'AmazonManagedServiceforApacheFlink.svg': amazonManagedFlink,
  'AmazonManagedStreamingforApacheKafka.svg': amazonMsk,
  'AmazonOpenSearchService.svg': amazonOpenSearch,
  'AmazonRedshift.svg': amazonRedshift,
  'AmazonSageMaker.svg': amazonSageMaker,
  'AmazonSageMakerAI.svg': amazonSageMakerAi,
  'AmazonSageMakerGroundTruth.svg': amazonSageMakerGroundTruth,
  'AmazonSimpleStorageService.svg': amazonS3,
  'AWSGlue.svg': awsGlue,
  'AWSGlueDataBrew.svg': awsGlueDataBrew,
  'AWSLambda.svg': awsLambda,
  'AWSStepFunctions.svg': awsStepFunctions,
};

const neutralUrls = new Map<string, string>();

/** An image URL for a catalog icon name; neutral icons become data: URLs. */
export function iconUrl(icon: string): string | undefined {
  if (isNeutralIcon(icon)) {
    let url = neutralUrls.get(icon);
    if (!url) {
      url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(NEUTRAL_ICONS[icon])}`;
      neutralUrls.set(icon, url);
    }
    return url;
  }
  return AWS_ICONS[icon];
}
