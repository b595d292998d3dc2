import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const shared = fileURLToPath(new URL('../../libs/shared/src/index.ts', import.meta.url));

// The API serves apps/web/dist at `/` with a strict Content-Security-Policy
// (no inline script or style), so the build must emit only external files.
export default defineConfig({
  root,
  publicDir: 'public',
  plugins: [preact({ prerender: { enabled: false } })],
  // Framework-free constants shared with the API (text limits…), as in the root tsconfig.
  resolve: { alias: { '@participons/shared': shared } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    // Never inline assets as data: URLs (CSP default-src 'self' forbids them).
    assetsInlineLimit: 0,
    cssCodeSplit: true,
    sourcemap: false,
    modulePreload: { polyfill: false },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
  preview: {
    port: 4173,
  },
});
