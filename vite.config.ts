import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The web app lives in src/web; the server serves dist/web. In development run the API
 * (npm run dev, port 3000) and `npx vite` beside it: /api is proxied so cookies stay same-origin.
 */
export default defineConfig({
  root: here('./src/web'),
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: here('./dist/web'),
    emptyOutDir: true,
    // The CSP forbids inline script; keep every asset a file (no data: URLs for fonts either).
    assetsInlineLimit: 0,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
