/**
 * The sanitizer's output rules, checked on the fragment itself, and markdown that is built to hurt:
 * deep nesting, huge inputs, delimiter floods. Nothing may throw; what cannot be rendered safely shows as text.
 */
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { ATTACKS } from './attacks.js';
import { walk } from './elements.js';
import { loadMarkdown, markdown } from '../../src/internal/markdown.js';
import { isRenderableMarkdown, markdownToFragment } from '../../src/internal/markdown-engine.js';

declare global {
  interface Window {
    __xss: (id: unknown) => void;
  }
}
const executed: unknown[] = [];
window.__xss = (id) => executed.push(id);

const FORBIDDEN = ['script', 'style', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'link', 'meta', 'base', 'template', 'svg', 'math', 'noscript', 'video', 'audio'];
const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'background', 'cite', 'data'];

/** Scheme of a URL as the browser resolves it against this page; relative paths resolve to http(s). */
function scheme(value: string): string {
  try {
    return new URL(value, location.href).protocol;
  } catch {
    return 'unparseable:';
  }
}

function violations(fragment: DocumentFragment): string[] {
  const found: string[] = [];
  for (const el of walk(fragment)) {
    if (FORBIDDEN.includes(el.localName)) found.push(`<${el.localName}>`);
    for (const attribute of Array.from(el.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on') && (name in el || name in window || name in document)) found.push(`${name} on <${el.localName}>`);
      if (name === 'style' || name === 'srcset' || name === 'srcdoc' || name === 'class' || name === 'id') found.push(`${name} on <${el.localName}>`);
      if (URL_ATTRIBUTES.includes(name) && !['http:', 'https:', 'mailto:'].includes(scheme(attribute.value))) {
        found.push(`${name}="${attribute.value}" on <${el.localName}>`);
      }
    }
    if (el.localName === 'a' && el.getAttribute('target') === '_blank') {
      const rel = (el.getAttribute('rel') ?? '').split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) found.push(`target=_blank without rel=noopener noreferrer`);
    }
  }
  return found;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('security: markdown sanitizer output', function () {
  this.timeout(60_000);
  before(() => loadMarkdown());

  it('no attack in the corpus leaves a script, handler, style, form, frame, object, embed or bad URL', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    const report: string[] = [];
    for (const attack of ATTACKS) {
      const fragment = markdownToFragment(attack.value);
      if (!fragment) continue;
      for (const problem of violations(fragment)) report.push(`#${attack.id} ${JSON.stringify(attack.value)}: ${problem}`);
      root.append(fragment);
    }
    await pause(500);
    host.remove();
    expect(report).to.deep.equal([]);
    expect(executed).to.deep.equal([]);
  });

  it('keeps ordinary markdown: emphasis, lists, code, tables, links and images', () => {
    const fragment = markdownToFragment('**bold** _it_ `code`\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[site](https://example.org) ![logo](/logo.png "Logo")')!;
    const box = document.createElement('div');
    box.append(fragment);
    expect(box.querySelector('strong')!.textContent).to.equal('bold');
    expect(box.querySelector('em')!.textContent).to.equal('it');
    expect(box.querySelector('code')!.textContent).to.equal('code');
    expect([...box.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['one', 'two']);
    expect(box.querySelector('table td')!.textContent).to.equal('1');
    expect(box.querySelector('img')!.getAttribute('src')).to.equal('/logo.png');
    expect(box.querySelector('img')!.getAttribute('alt')).to.equal('logo');
  });

  it('gives a raw HTML image without alt an empty one, so screen readers skip it instead of reading its file name', () => {
    const box = document.createElement('div');
    box.append(markdownToFragment('<img src="/photo-2731.jpg"> <img src="/b.png" alt="Venue">')!);
    expect([...box.querySelectorAll('img')].map((img) => img.getAttribute('alt'))).to.deep.equal(['', 'Venue']);
  });

  it('opens external links in a new tab with rel="noopener noreferrer", and never leaves a target on internal ones', () => {
    const box = document.createElement('div');
    box.append(
      markdownToFragment(
        '[ext](https://example.org/x) [mail](mailto:a@example.org) [rel](/local) [same](' + location.origin + '/p)\n\n' +
          '<a href="https://evil.example" target="_blank" rel="opener">raw</a> <a href="/here" target="_top">top</a> <a href="https://e.example" target="_self">self</a>',
      )!,
    );
    const links = [...box.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('target'), a.getAttribute('rel')]);
    expect(links).to.deep.equal([
      ['ext', '_blank', 'noopener noreferrer'],
      ['mail', null, null],
      ['rel', null, null],
      ['same', null, null],
      ['raw', '_blank', 'noopener noreferrer'],
      ['top', null, null],
      ['self', '_blank', 'noopener noreferrer'],
    ]);
  });

  it('lets only http, https, mailto and relative URLs survive', () => {
    const cases: [string, boolean][] = [
      ['https://example.org/a', true],
      ['http://example.org/a', true],
      ['mailto:a@example.org', true],
      ['/relative/path', true],
      ['relative.html', true],
      ['#anchor', true],
      ['?q=1', true],
      ['javascript:__xss(1)', false],
      ['JavaScript:__xss(1)', false],
      ['vbscript:__xss(1)', false],
      ['data:text/html,x', false],
      ['ftp://example.org/x', false],
      ['file:///etc/passwd', false],
      ['blob:https://example.org/x', false],
      ['tel:+123', false],
      ['java%0ascript:__xss(1)', true], // percent-encoded: stays a relative path, the browser does not decode the scheme
    ];
    for (const [url, kept] of cases) {
      const box = document.createElement('div');
      box.append(markdownToFragment(`<a href="${url}">l</a> <img src="${url}" alt="i">`)!);
      const href = box.querySelector('a')?.getAttribute('href') ?? null;
      const src = box.querySelector('img')?.getAttribute('src') ?? null;
      expect([url, href, src]).to.deep.equal([url, kept ? url : null, kept ? url : null]);
    }
  });

  it('tab, newline and entity variants of javascript: are removed from markdown links and raw HTML', () => {
    const variants = ['java\tscript:__xss(1)', 'java\nscript:__xss(1)', '&#106;avascript:__xss(1)', 'jav&#x09;ascript:__xss(1)', 'javascript&colon;__xss(1)', ' javascript:__xss(1)', '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;__xss(1)'];
    for (const variant of variants) {
      for (const source of [`<a href="${variant}">x</a>`, `[x](${variant.replace(/\s/g, '')})`, `[x][r]\n\n[r]: <${variant}>`]) {
        const fragment = markdownToFragment(source);
        if (!fragment) continue;
        expect(violations(fragment), source).to.deep.equal([]);
      }
    }
  });
});

describe('security: pathological markdown', function () {
  this.timeout(120_000);
  before(() => loadMarkdown());

  const cases: [string, () => string][] = [
    ['10,000 nested quotes on one line', () => `${'>'.repeat(10_000)} deep`],
    ['10,000 nested quotes, one level per line', () => Array.from({ length: 10_000 }, (_, i) => `${'> '.repeat(i % 200)}q${i}`).join('\n')],
    ['5,000 nested lists by indentation', () => Array.from({ length: 5_000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')],
    ['5,000 nested lists on one line', () => `${'- '.repeat(5_000)}x`],
    ['5,000 nested ordered lists', () => Array.from({ length: 5_000 }, (_, i) => `${'   '.repeat(i)}1. item`).join('\n')],
    ['a 2 MB input', () => 'A paragraph with **bold** and [a link](https://example.org).\n\n'.repeat(Math.ceil(2_000_000 / 60))],
    ['100k backticks', () => '`'.repeat(100_000)],
    ['50k backtick pairs', () => '`a'.repeat(49_999)],
    ['49,999 emphasis openers', () => `${'*'.repeat(49_999)}a`],
    ['unclosed link brackets', () => '[a'.repeat(49_999)],
    ['unclosed images', () => '![a]('.repeat(19_999)],
    ['angle-bracket flood', () => '<'.repeat(99_999)],
    ['20,000 nested divs', () => '<div>'.repeat(19_999)],
    ['nested inline html tags', () => '<b><i>'.repeat(14_000)],
    ['table with 5,000 columns', () => `${'|a'.repeat(5_000)}|\n${'|-'.repeat(5_000)}|\n${'|1'.repeat(5_000)}|`],
    ['20,000 reference definitions', () => Array.from({ length: 4_000 }, (_, i) => `[r${i}]: /u${i}`).join('\n')],
    ['null bytes and controls', () => '\u0000\u0001\u0002'.repeat(30_000)],
    ['huge single word', () => 'x'.repeat(99_999)],
  ];

  for (const [name, make] of cases) {
    it(`${name}: never throws, completes, renders or falls back to text`, async () => {
      const source = make();
      const started = performance.now();
      let fragment: DocumentFragment | null = null;
      expect(() => (fragment = markdownToFragment(source))).not.to.throw();
      const engineMs = performance.now() - started;

      // Through the directive, as elements use it: the fallback shows the source as text.
      const box = document.createElement('div');
      document.body.append(box);
      const before = performance.now();
      expect(() => render(html`<div class="markdown">${markdown(source)}</div>`, box)).not.to.throw();
      const renderMs = performance.now() - before;
      if (!isRenderableMarkdown(source) || fragment === null) {
        expect(box.querySelector('.markdown-text')!.textContent).to.equal(source);
      } else {
        expect(violations(fragment)).to.deep.equal([]);
        expect(box.querySelector('.markdown')!.childNodes.length).to.be.greaterThan(0);
      }
      box.remove();
      console.log(`[markdown] ${name}: ${(source.length / 1000).toFixed(0)}k chars, ${fragment === null ? 'text fallback' : 'rendered'}, engine ${engineMs.toFixed(1)} ms, directive ${renderMs.toFixed(1)} ms`);
    });
  }

  it('the 2 MB and deeply nested inputs fall back to text rather than rendering', () => {
    expect(isRenderableMarkdown('x'.repeat(2_000_000))).to.equal(false);
    expect(isRenderableMarkdown(`${'>'.repeat(10_000)} deep`)).to.equal(false);
    expect(isRenderableMarkdown(Array.from({ length: 5_000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'))).to.equal(false);
    expect(isRenderableMarkdown('> quote\n\n- list\n  - nested')).to.equal(true);
  });
});
