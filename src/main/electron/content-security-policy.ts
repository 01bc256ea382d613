/**
 * The renderer's Content-Security-Policy, sent as a header on every response (index.html carries
 * the same policy as a meta tag, minus `frame-ancestors`, which only works as a header).
 * Electron-free so the e2e server and the browser preview send exactly the same policy.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  // The "payment received" chime, a file of the build.
  "media-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
