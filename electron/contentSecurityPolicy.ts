/**
 * The Content-Security-Policy sent with every `app://` response. Scripts only from the app's own
 * files (no inline script, no eval, no remote origin); nothing may be fetched from, framed by, or
 * submitted to anywhere else. Styles allow 'unsafe-inline' because React Flow positions nodes with
 * inline styles; images allow data: and blob: URLs for icons and exports made in the page.
 */
export const APP_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');
