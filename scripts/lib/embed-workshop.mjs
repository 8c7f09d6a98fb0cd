// Embeds a workshop JSON file into an HTML page at serve/build time, so the page carries its data inline
// and every element renders in its first frame (a `src` fetch lets the page paint, then jump).
// Marker: <script type="application/json" data-embed="./workshops/default.json"></script>
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const MARKER = /<script type="application\/json" data-embed="([^"]+)"><\/script>/g;

/** `html` with each marker filled from the file it names (relative to `pageFile`). */
export function embedWorkshopJson(html, pageFile) {
  return html.replace(MARKER, (_, path) => {
    const json = readFileSync(resolve(dirname(pageFile), path), 'utf8').trim();
    // "</" inside a string would end the script element early; "<\/" is the same JSON string.
    return `<script type="application/json">${json.replaceAll('</', '<\\/')}</script>`;
  });
}

/** The same as a Vite plugin, for the demo site. */
export function embedWorkshopJsonPlugin() {
  return {
    name: 'embed-workshop-json',
    transformIndexHtml: (html, { filename }) => embedWorkshopJson(html, filename),
  };
}
