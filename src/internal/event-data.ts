/**
 * The page's schema.org Event data, written by <workshop-data> once its workshop is ready (loaded on demand:
 * nothing on screen needs it). A page that already describes an Event, as a prerendered one does, keeps its own.
 */
import { hasEventJsonLd, jsonLdScriptText, workshopJsonLd } from '../data/json-ld.js';
import type { Workshop } from '../data/schema.js';

/** Writes the Event data of `workshop` into `script` (created and put in the head when needed); null when there is none to write. */
export function writeEventData(workshop: Workshop, script: HTMLScriptElement | undefined): HTMLScriptElement | undefined {
  const others = [...document.querySelectorAll('script[type="application/ld+json"]')].filter((other) => other !== script);
  const data = hasEventJsonLd(others.map((other) => other.textContent)) ? null : workshopJsonLd(workshop, { url: location.href.split('#')[0] });
  if (!data) {
    script?.remove();
    return script;
  }
  script ??= document.createElement('script');
  script.type = 'application/ld+json';
  script.toggleAttribute('data-workshop-widgets', true);
  script.textContent = jsonLdScriptText(data);
  if (!script.isConnected) document.head.append(script);
  return script;
}
