// The demo site (`npm start` serves demo/ on http://localhost:5173/). Library builds: scripts/build.mjs.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { embedWorkshopJsonPlugin } from './scripts/lib/embed-workshop.mjs';

export default defineConfig({
  root: 'demo',
  publicDir: false,
  plugins: [embedWorkshopJsonPlugin()],
  // Demo pages load the library from source as `/src/...`, which lives beside demo/, not in it.
  resolve: { alias: [{ find: /^\/src\//, replacement: fileURLToPath(new URL('./src/', import.meta.url)) }] },
  server: { port: 5173, open: false },
  preview: { port: 4173 },
  build: { target: 'es2022' },
  oxc: {
    // Lit's decorators as TypeScript lowers them; Chromium does not parse TC39 decorators.
    decorator: { legacy: true },
  },
});
