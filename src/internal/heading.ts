import { html, nothing, type TemplateResult } from 'lit';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Clamps a `heading-level` attribute to 1-6 so the page's outline stays valid wherever the element sits. */
export function headingLevel(value: unknown, fallback: HeadingLevel): HeadingLevel {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? (level as HeadingLevel) : fallback;
}

/** A real h1-h6 (not role="heading"), chosen at run time; `dir="auto"`: a name or title in Arabic or Hebrew reads right to left. */
export function heading(level: HeadingLevel, content: unknown, part = 'heading', id?: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${part} id=${id ?? nothing} dir="auto">${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${id ?? nothing} dir="auto">${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${id ?? nothing} dir="auto">${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${id ?? nothing} dir="auto">${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${id ?? nothing} dir="auto">${content}</h5>`;
    case 6:
      return html`<h6 part=${part} id=${id ?? nothing} dir="auto">${content}</h6>`;
  }
}
