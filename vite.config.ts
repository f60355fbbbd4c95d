import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is a static bundle: Electron loads it from app://, the browser-mode host serves it
// from dist/renderer. Relative asset URLs (`base: './'`) work for both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Service icons stay separate files, fetched by <img> when first shown, not inlined into JS.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    fs: { allow: ['..'] },
  },
});
