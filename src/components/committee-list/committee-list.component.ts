import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { committeeEntries, displayName, filterEntries, parseRole } from '../../data/people.js';
import type { Workshop } from '../../data/schema.js';
import { emptyNote } from '../../internal/section-note.js';
import { ROLE_SECTIONS } from '../../data/layout.js';
import { WorkshopElement } from '../../internal/workshop-element.js';
import { committeeListStyles } from './committee-list.styles.js';
import { textOr } from '../../internal/define.js';

let nextId = 0;

/**
 * A compact, multi-column "Name (Affiliation)" list for committees of hundreds, sorted by family name with
 * the page language's collation, and a filter box that narrows it as one types (ignoring case and accents:
 * "ostby" finds "Østby"). A polite live region says how many members match.
 *
 * Sorting and the accent-free search keys are computed once per workshop; typing only filters, and the rows
 * are rendered once and shown or hidden.
 *
 * @summary Program committee (or any role) as a filterable multi-column list.
 * @csspart filter - The label and search box.
 * @csspart input - The search box.
 * @csspart count - The "12 of 97 members" line (a live region).
 * @csspart list - The list of members.
 * @csspart member - Each member (list item).
 * @csspart name - A member's name.
 * @csspart affiliation - A member's affiliations.
 * @cssproperty --committee-list-column-width - Narrowest a column gets (default 15rem).
 * @cssproperty --committee-list-columns - Most columns (default 4).
 * @cssproperty --committee-list-affiliation-color - Colour of affiliations; defaults to `--ww-muted`.
 * @fires ww-load - The workshop data is ready. `detail.workshop` holds it.
 * @fires ww-error - The data could not be loaded, or some members were skipped. `detail` has `error` and `issues`.
 * @slot - Fallback content shown while the data loads.
 */
export class CommitteeList extends WorkshopElement {
  static override styles = [...WorkshopElement.styles, committeeListStyles];
  protected static override dataKeys = ['people', 'roles'];

  /**
   * Which role list to show (programCommittee by default; `area-chairs`, `areaChairs`, `volunteers`...).
   * Preferred over `role`, which is also the ARIA attribute and makes accessibility checkers report the host.
   */
  @property({ reflect: true }) group?: string;

  /** The role list, set with the `role` attribute as in the issue; `group` wins when both are set. */
  @property({ attribute: 'role' }) roleList?: string;

  /** Text of the filter box's label; unset: "Filter by name or affiliation" in the element's language. */
  @property({ attribute: 'filter-label', converter: textOr('') }) filterLabel = '';

  /** Hide the filter box (short lists). */
  @property({ attribute: 'no-filter', type: Boolean }) noFilter = false;

  /** The current filter text; set it to pre-filter the list. */
  @property({ converter: textOr('') }) query = '';

  private readonly inputId = `committee-filter-${nextId++}`;

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  protected renderWorkshop(workshop: Workshop) {
    const requested = this.group ?? this.roleList;
    const role = requested ? parseRole(requested) : 'programCommittee';
    if (!role) return this.renderEmpty(this.msg('noList', { name: requested! }));
    const all = committeeEntries(workshop, role, this.locale);
    if (all.length === 0) return emptyNote(workshop, ROLE_SECTIONS[role]) ?? this.renderEmpty(this.msg('noCommittee'));
    const shown = filterEntries(all, this.query, this.locale);
    // Every row stays in the DOM and filtering only toggles `hidden`: a keystroke flips attributes instead of
    // re-creating or re-texting thousands of rows.
    const visible = new Set(shown);
    const count = shown.length === all.length ? this.msg('members', { count: all.length }) : this.msg('membersShown', { shown: shown.length, total: all.length });
    return html`${this.noFilter
        ? nothing
        : html`<div part="filter" class="filter">
            <label for=${this.inputId}>${this.filterLabel || this.msg('filterPeople')}</label>
            <input part="input" id=${this.inputId} type="search" autocomplete="off" spellcheck="false" .value=${this.query}
              @input=${this.onInput} />
          </div>`}
      <p part="count" class="count muted" role="status" aria-live="polite">${count}</p>
      ${shown.length === 0 ? html`<p class="none">${this.msg('noMemberMatches', { query: this.query })}</p>` : nothing}
      <ul part="list" class="list">
        ${all.map(
          (entry) => html`<li part="member" class="member" ?hidden=${!visible.has(entry)}>
            <span part="name" class="name" dir="auto">${displayName(entry.member.person)}</span>
            <span part="affiliation" class="affiliation" dir="auto">${entry.affiliation && `(${entry.affiliation})`}</span>
          </li>`,
        )}
      </ul>`;
  }
}
