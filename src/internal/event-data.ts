/**
 * The page's schema.org Event data, written by <workshop-data> once its workshop is ready (loaded on demand:
 * nothing on screen needs it). A page that already describes an Event, as a prerendered one does, keeps its own.
 */
import { hasEventJsonLd, jsonLdScriptText, workshopJsonLd } from '../data/json-ld.js';
import type { Workshop } from '../data/schema.js';

interface ScriptPolicy {
  createScript(text: string): string;
}
type TrustedTypesFactory = { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy };

/**
 * Under Trusted Types, the text of any script element, even data, must come from a policy. Pages that enforce
 * them list `workshop-widgets` in their `trusted-types` directive (or prerender, which writes the data into
 * the HTML). Null where the policy is refused: then no Event data is written at run time.
 */
let policy: ScriptPolicy | null | undefined;
function scriptPolicy(): ScriptPolicy | null {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    try {
      // The text is JSON from jsonLdScriptText, which escapes everything that could end the script.
      policy = factory ? factory.createPolicy('workshop-widgets', { createScript: (text) => text }) : { createScript: (text) => text };
    } catch {
      policy = null;
    }
  }
  return policy;
}

/** Writes the Event data of `workshop` into `script` (created and put in the head when needed); removes it when there is none to write. */
export function writeEventData(workshop: Workshop | null, script: HTMLScriptElement | undefined): HTMLScriptElement | undefined {
  const others = [...document.querySelectorAll('script[type="application/ld+json"]')].filter((other) => other !== script);
  const data = !workshop || hasEventJsonLd(others.map((other) => other.textContent)) ? null : workshopJsonLd(workshop, { url: location.href.split('#')[0] });
  const trusted = data && scriptPolicy();
  if (!data || !trusted) {
    script?.remove();
    return script;
  }
  script ??= document.createElement('script');
  script.type = 'application/ld+json';
  script.toggleAttribute('data-workshop-widgets', true);
  script.text = trusted.createScript(jsonLdScriptText(data));
  if (!script.isConnected) document.head.append(script);
  return script;
}
