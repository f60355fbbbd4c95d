import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedExternalUrl, EXTERNAL_URL_MAX_CHARS, HELP_LINKS, isAllowedExternalUrl } from './externalUrls';
import { decideNavigation } from './navigationPolicy';

describe('allowedExternalUrl', () => {
  it.each([
    'https://docs.aws.amazon.com/sagemaker/latest/dg/whatis.html',
    'https://docs.aws.amazon.com/',
    'https://aws.amazon.com/pricing/',
    'https://aws.amazon.com/sagemaker/pricing/',
    'https://aws.amazon.com/kinesis/data-streams/pricing/',
    'https://aws.amazon.com/ec2/spot/pricing/',
    'https://aws.amazon.com/sagemaker/pricing/?nc=sn&loc=3',
    'https://calculator.aws/#/estimate',
  ])('allows %s', (url) => {
    expect(allowedExternalUrl(url)).toBe(new URL(url).href);
  });

  it.each([
    ['plain http', 'http://docs.aws.amazon.com/'],
    ['another host', 'https://example.com/'],
    ['a look-alike subdomain', 'https://docs.aws.amazon.com.evil.example/'],
    ['a subdomain not on the list', 'https://evil.docs.aws.amazon.com/'],
    ['a suffix match', 'https://notdocs.aws.amazon.com/'],
    ['aws.amazon.com outside pricing', 'https://aws.amazon.com/marketplace/'],
    ['pricing as a prefix of another word', 'https://aws.amazon.com/pricingx/'],
    ['pricing deeper than the pattern', 'https://aws.amazon.com/a/b/c/d/pricing/'],
    ['a user name', 'https://user@docs.aws.amazon.com/'],
    ['a password', 'https://user:pw@docs.aws.amazon.com/'],
    ['a port', 'https://docs.aws.amazon.com:8443/'],
    ['a file URL', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(1)'],
    ['a custom scheme', 'ms-msdt:/id'],
    ['smb', 'smb://docs.aws.amazon.com/share'],
    ['a trailing-dot host', 'https://docs.aws.amazon.com./'],
    ['not a URL', 'docs.aws.amazon.com'],
    ['empty', ''],
  ])('refuses %s', (_why, url) => {
    expect(allowedExternalUrl(url)).toBeNull();
  });

  it('refuses non-strings and very long URLs', () => {
    expect(allowedExternalUrl(42)).toBeNull();
    expect(allowedExternalUrl(null)).toBeNull();
    expect(allowedExternalUrl(`https://docs.aws.amazon.com/${'a'.repeat(EXTERNAL_URL_MAX_CHARS)}`)).toBeNull();
  });

  it('normalises dot segments before matching the path', () => {
    expect(allowedExternalUrl('https://aws.amazon.com/pricing/../marketplace/')).toBeNull();
    expect(allowedExternalUrl('https://aws.amazon.com/marketplace/../pricing/')).toBe('https://aws.amazon.com/pricing/');
  });

  it('only ever returns https URLs of the listed hosts (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string()), (candidate) => {
        const allowed = allowedExternalUrl(candidate);
        if (allowed === null) return;
        const url = new URL(allowed);
        expect(url.protocol).toBe('https:');
        expect(['docs.aws.amazon.com', 'aws.amazon.com', 'calculator.aws']).toContain(url.hostname);
      }),
    );
  });

  it('allows every Help menu link', () => {
    for (const link of Object.values(HELP_LINKS)) expect(isAllowedExternalUrl(link), link).toBe(true);
  });
});

describe('decideNavigation', () => {
  it('never navigates in the app; hands allow-listed pages to the browser', () => {
    expect(decideNavigation('https://docs.aws.amazon.com/x')).toEqual({ allowInApp: false, openExternally: 'https://docs.aws.amazon.com/x' });
    expect(decideNavigation('https://example.com/')).toEqual({ allowInApp: false, openExternally: null });
    expect(decideNavigation('app://pipeboard/index.html')).toEqual({ allowInApp: false, openExternally: null });
  });
});
