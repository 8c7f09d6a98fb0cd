// The demo site (`npm start` serves demo/ on http://localhost:5173/). Library builds: scripts/build.mjs.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'demo',
  publicDir: false,
  server: { port: 5173, open: false },
  preview: { port: 4173 },
  build: { target: 'es2022' },
  oxc: {
    // Lit's decorators as TypeScript lowers them; Chromium does not parse TC39 decorators.
    decorator: { legacy: true },
  },
});
