import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The dev server injects an inline script (React Fast Refresh), which the page's strict CSP forbids.
 * In `vite` (serve) only, drop the CSP meta tag; the production build keeps it.
 */
const devWithoutCsp: Plugin = {
  name: 'pipeboard-dev-without-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>\s*/, ''),
};

// The renderer is a static bundle: Electron loads it from app://, the browser-mode host serves it
// from dist/renderer. Relative asset URLs (`base: './'`) work for both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), devWithoutCsp],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Service icons stay separate files, fetched by <img> when first shown, not inlined into JS.
    assetsInlineLimit: 0,
    // The ELK layout engine is one large chunk, loaded only when Auto-layout first runs.
    chunkSizeWarningLimit: 2000,
  },
  server: {
    fs: { allow: ['..'] },
  },
});
