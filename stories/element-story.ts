// Every element story renders through here, so its controls reach the element: each arg is applied as the
// page would write it. Attributes (kebab-case names, as in the docs table) are set as attributes; properties
// without an attribute (`data`) as properties; `--custom-properties` as inline styles; `onWwLoad`-style
// actions as listeners for the event; `sample` picks one of the sample workshops for `data`.
import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { sampleNames, samples, type SampleName } from './samples.js';

type Args = Record<string, unknown>;

/** `onWwDeadlinePassed` → `ww-deadline-passed`. */
const eventOfAction = (arg: string) => arg.slice(2).replace(/[A-Z]/g, (letter, index: number) => `${index ? '-' : ''}${letter.toLowerCase()}`);

class ApplyArgs extends Directive {
  private applied: Args = {};
  private listeners = new Map<string, EventListener>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('applyArgs() goes on an element: <tag ${applyArgs(args)}>');
  }

  render(_args: Args): unknown {
    return nothing;
  }

  override update(part: ElementPart, [args]: [Args]): unknown {
    const element = part.element as HTMLElement & Record<string, unknown>;
    const properties = (customElements.get(element.localName) as typeof ReactiveElement | undefined)?.elementProperties;
    const attributes = new Map<string, { type?: unknown }>();
    for (const [name, options] of properties ?? []) {
      if (options.attribute !== false) attributes.set(typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase(), options);
    }
    // Args removed since the last render (a control reset) are unset.
    const next: Args = { ...args };
    for (const name of Object.keys(this.applied)) if (!(name in next)) next[name] = undefined;

    for (const [name, value] of Object.entries(next)) {
      if (this.applied[name] === value && name in this.applied) continue;
      if (attributes.has(name)) {
        if (value === undefined || value === null || value === false) element.removeAttribute(name);
        else element.setAttribute(name, attributes.get(name)!.type === Boolean ? '' : String(value));
      } else if (properties?.has(name)) {
        element[name] = value;
      } else if (name.startsWith('--')) {
        if (value === undefined || value === '') element.style.removeProperty(name);
        else element.style.setProperty(name, String(value));
      } else if (/^on[A-Z]/.test(name)) {
        const event = eventOfAction(name);
        const previous = this.listeners.get(event);
        if (previous) element.removeEventListener(event, previous);
        if (typeof value === 'function') {
          const listener = (e: Event) => (value as (detail: unknown) => void)((e as CustomEvent).detail);
          this.listeners.set(event, listener);
          element.addEventListener(event, listener);
        }
      }
      this.applied[name] = value;
    }
    for (const name of Object.keys(this.applied)) if (!(name in args)) delete this.applied[name];
    return nothing;
  }
}

export const applyArgs = directive(ApplyArgs);

/** `<tag>` with the story's args applied, and optional children (for `<workshop-data>`). */
export function renderElement(tag: string, args: Args, children?: TemplateResult): TemplateResult {
  const { sample, ...rest } = args;
  const data = rest.data ?? (typeof sample === 'string' && sample in samples ? samples[sample as SampleName]() : undefined);
  const name = unsafeStatic(tag);
  return html`<${name} ${applyArgs(data === undefined ? rest : { ...rest, data })}>${children ?? nothing}</${name}>`;
}

const sampleArgType: ArgTypes[string] = {
  name: 'sample',
  description: 'Stories only: a sample workshop given to the `data` property (a `data` set here wins).',
  type: { name: 'enum', value: sampleNames },
  control: 'select',
  options: sampleNames,
  table: { category: 'story' },
};

/**
 * What every element's stories share, spread into their default export (whose title, component and tags stay
 * literal there, where Storybook's indexer reads them): a render that applies every control, and `sample`.
 */
export function elementStory(tag: string): Pick<Meta, 'render' | 'argTypes'> {
  return {
    render: (args) => renderElement(tag, args),
    argTypes: tag === 'workshop-data' ? {} : { sample: sampleArgType },
  };
}

/** The seed workshops (demo/workshops/) every element shows, one story each. */
export type SeedSample = Extract<SampleName, 'mlmp' | 'frontier' | 'fm4science' | 'ml4astro' | 'sim2science'>;

/**
 * The story of one seed workshop, with any `args` the element needs beside it:
 * `export const MLMP: StoryObj = seedStory('mlmp');`. Storybook's indexer reads each story's export and name
 * from the file's text, so the exports stay written out, one line each, and a name the export's would not give
 * ("FM4Science", not "FM 4 Science") stays literal beside the call: `{ name: 'FM4Science', ...seedStory('fm4science') }`.
 */
export function seedStory(sample: SeedSample, args: Args = {}): StoryObj {
  return { args: { ...args, sample } };
}
