/**
 * Runs inside csp-page.html (strict CSP, Trusted Types enforced): records every policy violation from the
 * start, renders every defined element with a real workshop and markdown, then proves the policy is in
 * force by attempting an eval and a string-to-script assignment, which must be blocked and reported.
 */
const violations: { directive: string; blocked: string; sample: string; source: string }[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample, source: `${event.sourceFile}:${event.lineNumber}` });
});
const errors: string[] = [];
window.addEventListener('error', (event) => errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

export interface CspResult {
  tags: string[];
  rendered: Record<string, string>;
  markdownNodes: number;
  violationsDuringRender: typeof violations;
  errors: string[];
  probes: { evalBlocked: boolean; scriptTextBlocked: boolean; innerHtmlBlocked: boolean; probeViolations: string[] };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function run(): Promise<CspResult> {
  const { definedElements, attributesFor, settle, walk } = await import('./elements.js');
  await import('../../src/components/workshop-data/workshop-data.js');
  const tags = await definedElements();
  const { loadMarkdown } = await import('../../src/internal/markdown.js');
  await loadMarkdown();
  const workshop = await (await fetch('/demo/workshops/fm4science-iclr2026.json')).json();
  const page = document.getElementById('page')!;
  // Through a provider and through the data property: both paths must work under the policy.
  const provider = document.createElement('workshop-data') as HTMLElement & { data?: unknown };
  provider.data = workshop;
  page.append(provider);
  for (const tag of tags) {
    const viaProvider = document.createElement(tag);
    const viaProperty = document.createElement(tag) as HTMLElement & { data?: unknown };
    for (const [name, value] of Object.entries(attributesFor(tag, workshop))) {
      viaProvider.setAttribute(name, value);
      viaProperty.setAttribute(name, value);
    }
    viaProperty.data = workshop;
    provider.append(viaProvider);
    page.append(viaProperty);
  }
  await settle(page);
  await pause(300);
  await settle(page);
  const rendered: Record<string, string> = {};
  for (const el of page.querySelectorAll(tags.join(',') || 'none')) {
    const text = (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const state = el.shadowRoot?.querySelector('[data-kind]')?.getAttribute('data-kind');
    rendered[el.localName] = state === 'error' || state === 'loading' ? `STATE ${state}: ${text.slice(0, 200)}` : text.slice(0, 80);
  }
  const markdownNodes = [...walk(page)].filter((el) => el.classList.contains('markdown') && el.querySelector('p, ul, strong, em, a')).length;
  const violationsDuringRender = [...violations];

  // The probes: if these are not blocked, the policy is not in force and the test above proves nothing.
  let evalBlocked = false;
  try {
    (0, eval)('1');
  } catch {
    evalBlocked = true;
  }
  let scriptTextBlocked = false;
  try {
    const script = document.createElement('script');
    script.textContent = 'window.__cspProbeRan = true';
    document.head.append(script);
    scriptTextBlocked = !(window as { __cspProbeRan?: boolean }).__cspProbeRan;
  } catch {
    scriptTextBlocked = true;
  }
  let innerHtmlBlocked = false;
  try {
    document.createElement('div').innerHTML = '<b>x</b>';
  } catch {
    innerHtmlBlocked = true;
  }
  await pause(100);
  const probeViolations = violations.slice(violationsDuringRender.length).map((v) => v.directive);
  return { tags, rendered, markdownNodes, violationsDuringRender, errors, probes: { evalBlocked, scriptTextBlocked, innerHtmlBlocked, probeViolations } };
}

(window as { cspResult?: Promise<CspResult> }).cspResult = run().catch((error) => {
  errors.push(`run failed: ${error instanceof Error ? error.stack : String(error)}`);
  return { tags: [], rendered: {}, markdownNodes: 0, violationsDuringRender: [...violations], errors, probes: { evalBlocked: false, scriptTextBlocked: false, innerHtmlBlocked: false, probeViolations: [] } };
});
