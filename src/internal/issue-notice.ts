/**
 * The notice under an element's content when the workshop file has problems, and the problems in words
 * for it and for `ww-error`. Loaded on demand by the first element whose workshop has any problem, so a
 * valid file never downloads it; the prerenderer provides it in Node (src/node/render-element.ts).
 */
import { html, nothing } from 'lit';
import { describeIssues } from '../data/issue-messages.js';
import type { Translate } from '../data/messages/index.js';
import { formatPath, type IssueRecord, type WorkshopIssue } from '../data/validate.js';

export { describeIssues };

/** Problems listed open under an element's content; more fold into a box. */
const OPEN_ISSUES = 5;

export interface RelevantIssues {
  /** In the file's order, for `ww-error`. */
  relevant: WorkshopIssue[];
  /** What left data out first, then values ignored, then unknown keys: the first few shown are the ones that matter. */
  ordered: WorkshopIssue[];
}

/**
 * The problems, in words, of the parts an element shows (its top-level `keys`). A misspelt key counts where
 * it was meant to be (`importantDate` with `importantDates`); an unknown top-level key close to nothing could
 * have been meant for any element.
 */
export function relevantIssues(records: readonly IssueRecord[], keys: readonly string[]): RelevantIssues {
  const relevant = describeIssues(records).filter((issue) => {
    const path = issue.didYouMean ?? issue.path;
    return keys.some((key) => path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`)) || (issue.unknownKey !== undefined && path === formatPath([issue.unknownKey]));
  });
  const rank = (issue: WorkshopIssue) => (issue.unknownKey !== undefined ? 2 : issue.effect === 'skipped' ? 0 : 1);
  const ordered = [0, 1, 2].flatMap((wanted) => relevant.filter((issue) => rank(issue) === wanted));
  return { relevant, ordered };
}

/**
 * A quiet note under the content, open, so that nothing that lost data hides in a collapsed box; past the
 * first few, the rest fold away. Its own words are in the element's language; the problems are in English.
 */
export function renderIssueNotice(sorted: readonly WorkshopIssue[], msg: Translate): unknown {
  if (sorted.length === 0) return nothing;
  const item = (issue: WorkshopIssue) => html`<li><code>${issue.path || msg('wholeFile')}</code>: <span lang="en">${issue.message}</span></li>`;
  const unknownOnly = sorted[0]!.unknownKey !== undefined;
  const folded = sorted.slice(OPEN_ISSUES, OPEN_ISSUES + 50);
  const rest = sorted.length - OPEN_ISSUES - folded.length;
  return html`<div part="issues" class="issues" data-kind=${unknownOnly ? 'unknown-keys' : 'problems'}>
    <p>${msg(unknownOnly ? 'unknownKeys' : 'fileProblems', { count: sorted.length })}</p>
    <ul>${sorted.slice(0, OPEN_ISSUES).map(item)}</ul>
    ${folded.length
      ? html`<details>
          <summary>${msg('moreProblems', { count: sorted.length - OPEN_ISSUES })}</summary>
          <ul>${folded.map(item)}${rest > 0 ? html`<li>${msg('andMore', { count: rest })}</li>` : nothing}</ul>
        </details>`
      : nothing}
  </div>`;
}
