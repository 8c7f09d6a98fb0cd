import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { TopicGroup, Workshop } from '../../data/schema.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { markdown } from '../../internal/markdown.js';
import { WorkshopElement } from '../../internal/workshop-element.js';
import { workshopTopicsStyles } from './workshop-topics.styles.js';

type Topic = string | TopicGroup;
type Run = { kind: 'items'; items: string[] } | { kind: 'group'; group: TopicGroup };

/** Plain topics next to each other form one list; each theme is its own headed list. */
function runs(topics: readonly Topic[]): Run[] {
  const out: Run[] = [];
  for (const topic of topics) {
    const last = out[out.length - 1];
    if (typeof topic !== 'string') out.push({ kind: 'group', group: topic });
    else if (last?.kind === 'items') last.items.push(topic);
    else out.push({ kind: 'items', items: [topic] });
  }
  return out;
}

/**
 * The topics of the call for papers: a list of markdown items, or themes each with a heading, a line of
 * description and their own list; then the call's closing text (callForPapers.closing), when there is one.
 *
 * @summary Call-for-papers topics, flat or grouped by theme.
 * @csspart list - Each list of topics.
 * @csspart topic - Each topic (list item).
 * @csspart group - Each theme (a section with heading, description and list).
 * @csspart heading - A theme's heading.
 * @csspart description - A theme's description.
 * @csspart closing - The call's text after the topics.
 * @cssproperty --workshop-topics-marker - Colour of the list markers; defaults to `--ww-accent`.
 * @cssproperty --workshop-topics-columns-min - Narrowest column of a flat list before it wraps into more columns (default 18rem).
 * @fires ww-load - The workshop data is ready. `detail.workshop` holds it.
 * @fires ww-error - The data could not be loaded, or some topics were skipped. `detail` has `error` and `issues`.
 * @slot - Fallback content shown while the data loads.
 */
export class WorkshopTopics extends WorkshopElement {
  static override styles = [...WorkshopElement.styles, workshopTopicsStyles];
  protected static override dataKeys = ['callForPapers.topics', 'callForPapers.closing'];

  /** Level of the theme headings (1-6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  protected renderWorkshop(workshop: Workshop) {
    const topics = workshop.callForPapers?.topics ?? [];
    const closing = workshop.callForPapers?.closing;
    if (topics.length === 0) return this.renderEmpty(this.msg('noTopics'));
    const level = headingLevel(this.headingLevel, 3);
    return html`<div class="topics">
      ${runs(topics).map((run) =>
        run.kind === 'items'
          ? this.renderList(run.items, 'flat')
          : html`<section part="group" class="group">
              ${heading(level, run.group.title)}
              ${run.group.description ? html`<div part="description" class="markdown description">${markdown(run.group.description)}</div>` : nothing}
              ${this.renderList(run.group.items, 'grouped')}
            </section>`,
      )}
      ${closing ? html`<div part="closing" class="closing markdown">${markdown(closing)}</div>` : nothing}
    </div>`;
  }

  private renderList(items: readonly string[], kind: 'flat' | 'grouped') {
    return html`<ul part="list" class="list ${kind}">
      ${items.map((item) => html`<li part="topic"><div class="markdown">${markdown(item)}</div></li>`)}
    </ul>`;
  }
}
