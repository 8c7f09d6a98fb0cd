/**
 * The elements under `script-src 'self'; style-src 'self'; object-src 'none'; require-trusted-types-for 'script';
 * trusted-types lit-html dompurify workshop-widgets`. The test runner's own page needs inline scripts, so the policy applies
 * to csp-page.html in an iframe: a meta tag there always, and a real header under wtr-csp.config.mjs.
 */
import { expect } from '@open-wc/testing';
import type { CspResult } from './csp-page.js';

export const POLICY = "script-src 'self'; style-src 'self'; object-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html dompurify workshop-widgets";
const PAGE = new URL('./csp-page.html', import.meta.url).pathname;

async function openPage(): Promise<{ frame: HTMLIFrameElement; result: CspResult }> {
  const frame = document.createElement('iframe');
  frame.src = PAGE;
  frame.style.cssText = 'width:1000px;height:800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { cspResult?: Promise<CspResult> };
  for (let i = 0; i < 200 && !win.cspResult; i++) await new Promise((resolve) => setTimeout(resolve, 25));
  expect(win.cspResult, 'the page script ran under the policy').to.exist;
  return { frame, result: await win.cspResult! };
}

describe('security: strict Content-Security-Policy with Trusted Types', function () {
  this.timeout(60_000);

  it('serves the page with the policy (header under wtr-csp.config.mjs, meta tag always)', async () => {
    const response = await fetch(PAGE);
    const body = await response.text();
    expect(body).to.contain(`content="${POLICY}"`);
    const mode = await fetch('/__csp-mode').then((r) => (r.ok ? r.text() : 'meta'));
    const header = response.headers.get('content-security-policy');
    console.log(`[csp] policy delivered by ${mode === 'header' ? 'response header and meta tag' : 'meta tag only (run test/security/wtr-csp.config.mjs for the header)'}`);
    if (mode === 'header') expect(header).to.equal(POLICY);
  });

  it('renders every defined element and markdown with no violation, while eval and string-to-script are blocked', async () => {
    const { frame, result } = await openPage();
    console.log(`[csp] rendered under the policy: ${JSON.stringify(result.rendered)}`);
    expect(result.errors, 'errors in the page').to.deep.equal([]);
    expect(result.violationsDuringRender, 'violations while loading and rendering').to.deep.equal([]);
    for (const [tag, text] of Object.entries(result.rendered)) {
      expect(text, `<${tag}> shows content, not a loading or error state`).not.to.match(/^STATE/);
    }
    if (result.tags.length > 0) expect(Object.keys(result.rendered).length).to.equal(result.tags.length);
    if (result.tags.some((tag) => ['workshop-faq', 'workshop-sections', 'workshop-topics', 'workshop-page'].includes(tag))) {
      expect(result.markdownNodes, 'markdown rendered as HTML under Trusted Types').to.be.greaterThan(0);
    }
    // Proof the policy is in force.
    expect(result.probes.evalBlocked, 'eval blocked').to.equal(true);
    expect(result.probes.scriptTextBlocked, 'script text from a string blocked').to.equal(true);
    expect(result.probes.innerHtmlBlocked, 'innerHTML with a string blocked').to.equal(true);
    expect(result.probes.probeViolations, JSON.stringify(result.probes)).to.include('require-trusted-types-for');
    frame.remove();
  });
});
