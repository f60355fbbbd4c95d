/**
 * The only web pages Pipeboard hands to the system browser: AWS documentation and AWS pricing pages
 * (and the AWS Pricing Calculator). Everything else a link or the menu asks to open is dropped.
 */
interface AllowedSite {
  host: string;
  /** Which paths of that host; every path when absent. */
  path?: RegExp;
}

const ALLOWED_SITES: readonly AllowedSite[] = [
  { host: 'docs.aws.amazon.com' },
  // aws.amazon.com/pricing/…, /sagemaker/pricing/, /kinesis/data-streams/pricing/, /ec2/spot/pricing/
  { host: 'aws.amazon.com', path: /^\/(?:[a-z0-9-]+\/){0,3}pricing(?:\/|$)/ },
  { host: 'calculator.aws' },
];

/** Longer URLs are refused: no AWS page needs one, and the OS hands them to other programs. */
export const EXTERNAL_URL_MAX_CHARS = 2048;

/**
 * The URL to open, normalised, if it is allowed: `https:` only, an exact host from the list (no
 * subdomains, user names, passwords or ports), and a path the list allows for that host.
 */
export function allowedExternalUrl(candidate: unknown): string | null {
  if (typeof candidate !== 'string' || candidate.length > EXTERNAL_URL_MAX_CHARS) return null;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return null;
  const site = ALLOWED_SITES.find((entry) => entry.host === url.hostname);
  if (!site) return null;
  if (site.path && !site.path.test(url.pathname)) return null;
  return url.href;
}

export function isAllowedExternalUrl(candidate: unknown): boolean {
  return allowedExternalUrl(candidate) !== null;
}

/** Links the Help menu offers; each passes the allow-list (tested). */
export const HELP_LINKS = {
  awsPricing: 'https://aws.amazon.com/pricing/',
  sageMakerPricing: 'https://aws.amazon.com/sagemaker/pricing/',
  mlDocs: 'https://docs.aws.amazon.com/sagemaker/latest/dg/whatis.html',
  pricingCalculator: 'https://calculator.aws/',
} as const;
