/**
 * Every story, light and dark, at 390 and 1280 px, against the committed baselines (see wtr-visual.config.mjs).
 * The clock is fixed (stories place their dates around "today") and the font is Inter from npm, so a fresh
 * machine with the same Chromium draws the same pixels.
 */
import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { render, type TemplateResult } from 'lit';
import sinon from 'sinon';

interface Story {
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
  args?: Record<string, unknown>;
  tags?: string[];
}
interface StoryModule {
  default: Story & { title?: string };
  [name: string]: Story | undefined;
}

const { default: storyModules } = (await import(/* @vite-ignore */ '/__visual-stories.js' as string)) as { default: Array<[string, StoryModule]> };

/** Noon UTC on a fixed day: far from midnight in every test zone, so "today" is the same day everywhere. */
const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);
const WIDTHS = [390, 1280];
const SCHEMES = ['light', 'dark'] as const;

const FONT_FILES = [400, 500, 600, 700].map((weight) => `@font-face{font-family:Inter;font-weight:${weight};font-style:normal;src:url(/node_modules/@fontsource/inter/files/inter-latin-${weight}-normal.woff2) format('woff2')}`);
const PAGE_STYLE = `${FONT_FILES.join('')}
html{color-scheme:light}html[data-scheme=dark]{color-scheme:dark}
body{margin:0;font-family:Inter,sans-serif;font-size:16px;line-height:1.5;color:light-dark(#111827,#eef0f3);background:light-dark(#fff,#10151f)}
.story{padding:16px;box-sizing:border-box}
*,*::before,*::after{animation:none!important;transition:none!important;caret-color:transparent!important}`;

/** Every custom element under `root`, shadow roots included. */
function widgets(root: ParentNode): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.localName.includes('-')) found.push(el);
    if (el.shadowRoot) found.push(...widgets(el.shadowRoot));
  }
  return found;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Waits until no element is loading or updating, every image has settled and the fonts are in. */
async function settled(root: HTMLElement): Promise<void> {
  for (let round = 0; round < 50; round += 1) {
    const elements = widgets(root);
    await Promise.all(elements.map((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
    const images = elements.flatMap((el) => [...(el.shadowRoot?.querySelectorAll('img') ?? [])]);
    // Lazy images below the viewport would never load; a picture that never answers must not stall the run.
    for (const img of images) img.loading = 'eager';
    await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
    const loading = elements.some((el) => el.shadowRoot?.querySelector('[part=loading]'));
    await document.fonts.ready;
    await frame();
    await frame();
    if (!loading && widgets(root).length === elements.length) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const style = document.createElement('style');
style.textContent = PAGE_STYLE;
document.head.append(style);

for (const [file, module] of storyModules) {
  describe(`stories/${file}`, () => {
    for (const [name, story] of Object.entries(module)) {
      if (name === 'default' || !story) continue;
      const tags = [...(module.default.tags ?? []), ...(story.tags ?? [])];
      // 5,000-paper lists: their screenshots would be metres long and their rows arrive a chunk per frame.
      if (tags.includes('skip-axe') || tags.includes('skip-visual')) continue;
      for (const scheme of SCHEMES) {
        for (const width of WIDTHS) {
          it(`${name}, ${scheme}, ${width} px`, async () => {
            const clock = sinon.useFakeTimers({ now: NOW, toFake: ['Date'] });
            try {
              await setViewport({ width, height: 800 });
              document.documentElement.dataset.scheme = scheme;
              const container = document.createElement('div');
              container.className = 'story';
              container.style.width = `${width}px`;
              // The top 1,600 px of a story: whole pages and 500-member lists would otherwise make baselines of
              // megabytes each (100 MB in all; 51 MB with the cap), and what repeats further down is the same markup.
              container.style.maxHeight = '1600px';
              container.style.overflow = 'hidden';
              document.body.append(container);
              const renderStory = story.render ?? module.default.render;
              render(renderStory!({ ...(module.default.args ?? {}), ...(story.args ?? {}) }, { id: `${file}--${name}` }), container);
              await settled(container);
              await visualDiff(container, `${file}--${name}--${scheme}-${width}`);
              render(null, container);
              container.remove();
            } finally {
              clock.restore();
            }
          });
        }
      }
    }
  });
}
