import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, isAppUrl } from './appOrigin';
import { isTrustedSender, type SenderDescription } from './senderPolicy';

const trusted = new Set([7]);
const fromMainFrame = (url: string, webContentsId = 7): SenderDescription => ({ webContentsId, frame: { url, isMainFrame: true } });

describe('isAppUrl', () => {
  it.each([APP_ENTRY_URL, `${APP_ORIGIN}/`, `${APP_ORIGIN}/assets/index.js?x=1#y`])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'app://pipeboard.evil.example/index.html',
    'app://evil/index.html',
    'app://user@pipeboard/index.html',
    'app://user:pw@pipeboard/',
    'app://pipeboard:8080/',
    'app://PIPEBOARD.evil/',
    'https://pipeboard/index.html',
    'http://localhost/index.html',
    'file:///index.html',
    'devtools://devtools/bundled/index.html',
    'about:blank',
    'data:text/html,<script>1</script>',
    'app:pipeboard/index.html',
    'app:///pipeboard/index.html',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts the main frame of our window showing an app:// page', () => {
    expect(isTrustedSender(fromMainFrame(APP_ENTRY_URL), trusted)).toBe(true);
  });

  it('refuses a subframe, even one showing an app:// page', () => {
    expect(isTrustedSender({ webContentsId: 7, frame: { url: APP_ENTRY_URL, isMainFrame: false } }, trusted)).toBe(false);
  });

  it('refuses a frame that is gone', () => {
    expect(isTrustedSender({ webContentsId: 7, frame: null }, trusted)).toBe(false);
  });

  it('refuses another WebContents (Developer Tools, a window we did not make)', () => {
    expect(isTrustedSender(fromMainFrame(APP_ENTRY_URL, 8), trusted)).toBe(false);
    expect(isTrustedSender(fromMainFrame(APP_ENTRY_URL), new Set())).toBe(false);
  });

  it('refuses our window once it shows anything but the app', () => {
    expect(isTrustedSender(fromMainFrame('https://example.com/'), trusted)).toBe(false);
    expect(isTrustedSender(fromMainFrame('file:///home/user/evil.html'), trusted)).toBe(false);
  });

  it('trusts nothing but exact app:// main frames of trusted windows (property)', () => {
    const url = fc.oneof(fc.webUrl(), fc.string(), fc.constantFrom(APP_ENTRY_URL, 'app://pipeboard.x/', 'app://x@pipeboard/'));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.option(fc.record({ url, isMainFrame: fc.boolean() }), { nil: null }), (id, frame) => {
        const verdict = isTrustedSender({ webContentsId: id, frame }, trusted);
        const expected = id === 7 && frame !== null && frame.isMainFrame && isAppUrl(frame.url);
        expect(verdict).toBe(expected);
        if (verdict) expect(new URL(frame?.url ?? '').host).toBe('pipeboard');
      }),
    );
  });
});
