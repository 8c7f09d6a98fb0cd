/**
 * `workshop-widgets import openreview notes.json`: the accepted papers of an OpenReview venue, from the notes
 * its API v2 returns (`GET /notes?invitation=<venue>/-/Submission&details=directReplies`, saved as JSON; the
 * openreview-py client's `get_all_notes` dumped as a list works too).
 *
 * A submission is accepted when its decision says so (a reply whose invitation ends in `/-/Decision`, in
 * `details.directReplies`/`details.replies` or as a separate note of the same forum), else when OpenReview
 * has moved it to the venue itself (`venueid` without a `/Submission`, `/Rejected_Submission`... tail).
 */
import { PaperSchema } from '../../data/schema.js';
import { FileProblem, FileProblems } from '../workshop-file.js';
import type { PathSegment } from '../source-positions.js';
import { readJsonInput } from './json-input.js';
import { isPlainObject, mergeList, schemaProblem, textKey, updateEntry, type Entry, type Imported } from './merge.js';

const OPENREVIEW = 'https://openreview.net';

type Note = Entry & { content?: Entry; details?: Entry };

/** API v2 wraps every content field as `{ "value": ... }`; API v1 gave the value itself. */
function field(note: Note, name: string): unknown {
  const raw = note.content?.[name];
  return isPlainObject(raw) && 'value' in raw ? raw.value : raw;
}

const text = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '');

function invitationsOf(note: Note): string[] {
  const many = Array.isArray(note.invitations) ? note.invitations : [];
  return [...many, note.invitation].filter((item): item is string => typeof item === 'string');
}

const isDecision = (note: Note) => invitationsOf(note).some((invitation) => /\/-\/[\w]*Decision$/.test(invitation)) || field(note, 'decision') !== undefined;

type Status = 'accepted' | 'rejected' | 'withdrawn' | 'undecided';

/** The verdict, from the decision when there is one, else from where OpenReview filed the submission. */
function statusOf(decision: string, venueId: string, venue: string): Status {
  if (decision) {
    if (/withdraw/i.test(decision)) return 'withdrawn';
    if (/reject/i.test(decision)) return 'rejected';
    if (/accept/i.test(decision)) return 'accepted';
    return 'undecided';
  }
  if (/\/Withdrawn_Submission$/.test(venueId) || /\bwithdrawn\b/i.test(venue)) return 'withdrawn';
  if (/Rejected_Submission$/.test(venueId) || /\brejected\b/i.test(venue)) return 'rejected';
  if (/\/Submission$/.test(venueId) || /^submitted to\b/i.test(venue)) return 'undecided';
  return venueId || venue ? 'accepted' : 'undecided';
}

/** "Accept (Oral)", "ICLR 2025 Workshop MLMP Spotlight", "Accept: contributed talk" → a presentation kind. */
function presentationOf(...texts: string[]): 'oral' | 'spotlight' | 'poster' | undefined {
  const all = texts.join(' ');
  if (/\b(oral|contributed talk|long talk)\b/i.test(all)) return 'oral';
  if (/\b(spotlight|lightning|short talk)\b/i.test(all)) return 'spotlight';
  if (/\bposter\b/i.test(all)) return 'poster';
  return undefined;
}

/** Submission fields where venues name the track or submission type. */
const TRACK_FIELDS = ['track', 'submission_track', 'submission_type', 'paper_type', 'type', 'category'];

/** The forum id in an OpenReview link (`/forum?id=...`, `/pdf?id=...`). */
function forumOfLink(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url, OPENREVIEW);
    return parsed.hostname.endsWith('openreview.net') ? parsed.searchParams.get('id') ?? undefined : undefined;
  } catch {
    return undefined;
  }
}

/** Keywords as a list (API v2), or one text separated by commas or semicolons (some venues' forms); each once. */
function keywordsOf(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map(text) : text(value).split(/[,;]/).map((item) => item.trim());
  const seen = new Set<string>();
  return items.filter((item) => item && !seen.has(item.toLowerCase()) && !!seen.add(item.toLowerCase()));
}

interface ImportedPaper {
  paper: Entry;
  /** Text that may name the track: submission fields first, then venue and decision. */
  trackHints: string[];
}

function pdfLink(note: Note, id: string): string | undefined {
  const pdf = field(note, 'pdf');
  if (typeof pdf !== 'string' || !pdf) return undefined;
  // Hosted PDFs (`/pdf/<hash>.pdf`) are reached through the note, which always serves the current version.
  return /^https?:\/\//i.test(pdf) && !/openreview\.net/i.test(pdf) ? pdf : `${OPENREVIEW}/pdf?id=${encodeURIComponent(id)}`;
}

export interface OpenReviewOptions {
  /** Put every paper in this track (an id of callForPapers.tracks) instead of guessing from the export. */
  track?: string;
}

export function importOpenReview(file: string, options: OpenReviewOptions = {}): Imported {
  const input = readJsonInput(file);
  const data = input.data;
  const listPath: PathSegment[] = Array.isArray(data) ? [] : ['notes'];
  const notes = Array.isArray(data) ? data : isPlainObject(data) ? data.notes : undefined;
  if (!Array.isArray(notes)) {
    throw new FileProblem(file, 1, 1, 'Not an OpenReview notes export: expected {"notes": [...]} as the API returns it, or a list of notes');
  }

  const decisions = new Map<string, string>();
  const noteDecision = (reply: unknown) => {
    if (!isPlainObject(reply) || !isDecision(reply)) return;
    const forum = text(reply.forum) || text(reply.replyto);
    const decision = text(field(reply, 'decision'));
    if (forum && decision) decisions.set(forum, decision);
  };
  for (const note of notes) {
    if (!isPlainObject(note)) continue;
    noteDecision(note);
    const details = isPlainObject(note.details) ? note.details : {};
    for (const replies of [details.directReplies, details.replies]) if (Array.isArray(replies)) replies.forEach(noteDecision);
  }

  const problems: FileProblem[] = [];
  const counts: Record<Status, number> = { accepted: 0, rejected: 0, withdrawn: 0, undecided: 0 };
  const papers: ImportedPaper[] = [];
  notes.forEach((note: unknown, index) => {
    const where = [...listPath, index];
    if (!isPlainObject(note) || !isPlainObject(note.content)) {
      problems.push(new FileProblem(file, input.at(where).line, input.at(where).column, `notes[${index}] is not a note (no "content")`));
      return;
    }
    if (isDecision(note) || (typeof note.forum === 'string' && typeof note.id === 'string' && note.forum !== note.id)) return; // a reply
    const id = text(note.id);
    const forum = text(note.forum) || id;
    const number = typeof note.number === 'number' ? note.number : undefined;
    const label = `notes[${index}]${number === undefined ? '' : ` (submission ${number})`}`;
    const decision = decisions.get(forum) ?? '';
    const venue = text(field(note, 'venue'));
    const status = statusOf(decision, text(field(note, 'venueid')), venue);
    counts[status]++;
    if (status !== 'accepted') return;

    const fail = (path: PathSegment[], message: string) => {
      const at = input.at([...where, ...path]);
      problems.push(new FileProblem(file, at.line, at.column, `${label}: ${message}`));
    };
    if (!forum) return fail([], 'no "id" or "forum", so it has no OpenReview page');
    if (!text(field(note, 'title'))) return fail(['content', 'title'], 'no title');
    const authors = field(note, 'authors');
    if (!Array.isArray(authors) || authors.length === 0) {
      return fail(['content'], 'the authors are not in the export (still anonymous? export after the decisions are public, or as a program chair)');
    }
    const abstract = typeof field(note, 'abstract') === 'string' ? (field(note, 'abstract') as string).trim() : '';
    const pdf = pdfLink(note, id || forum);
    const keywords = keywordsOf(field(note, 'keywords'));
    const paper: Entry = {
      id: number === undefined ? `openreview-${forum}` : `submission-${number}`,
      title: text(field(note, 'title')),
      authors: authors.map(text),
      ...(abstract && { abstract }),
      ...(keywords.length && { keywords }),
      presentation: presentationOf(decision, venue),
      links: { openreview: `${OPENREVIEW}/forum?id=${encodeURIComponent(forum)}`, ...(pdf && { pdf }) },
    };
    if (paper.presentation === undefined) delete paper.presentation;
    const problem = schemaProblem(PaperSchema, paper);
    if (problem) return fail(problem.startsWith('title') ? ['content', 'title'] : problem.startsWith('authors') ? ['content', 'authors'] : [], problem);
    const trackHints = [...TRACK_FIELDS.map((name) => text(field(note, name))), venue, decision].filter(Boolean);
    papers.push({ paper, trackHints });
  });
  if (problems.length > 0) throw new FileProblems(problems);

  const skipped = counts.rejected + counts.withdrawn + counts.undecided;
  const notesRead = [
    `${file}: ${counts.accepted} accepted of ${counts.accepted + skipped} submissions` +
      (skipped ? ` (left out: ${counts.rejected} rejected, ${counts.withdrawn} withdrawn, ${counts.undecided} without a decision)` : ''),
  ];

  return {
    notes: notesRead,
    mergeInto(workshop) {
      const tracks = ((isPlainObject(workshop.callForPapers) && Array.isArray(workshop.callForPapers.tracks) ? workshop.callForPapers.tracks : []) as unknown[]).filter(isPlainObject);
      // Without tracks to compare (a preview), a wrong id is caught when merging into a file.
      if (options.track !== undefined && tracks.length > 0 && !tracks.some((track) => track.id === options.track)) {
        const known = tracks.map((track) => String(track.id)).join(', ') || 'none';
        throw new FileProblem(file, undefined, undefined, `--track ${options.track}: the workshop file has no track with that id in callForPapers.tracks (known: ${known})`);
      }
      let unplaced = 0;
      // A new paper's id must not collide with one written by hand; a paper already there keeps its own id.
      const taken = new Set(((workshop.papers as unknown[] | undefined) ?? []).filter(isPlainObject).map((paper) => String(paper.id)));
      const incoming = papers.map(({ paper, trackHints }): Entry => {
        const track = options.track ?? trackFor(tracks, trackHints);
        if (track === undefined && tracks.length > 1) unplaced++;
        return { ...paper, id: unusedId(String(paper.id), taken), ...(track !== undefined && { track }) };
      });
      const { list, report } = mergeList('papers', workshop.papers as unknown[] | undefined, incoming, {
        keys: (paper) => [forumKey(paper), textKey('title', paper.title)],
        name: (paper) => `${String(paper.title)} (${String(paper.id)})`,
        // The schedule and links refer to the file's id, so an update never changes it.
        update: (existing, { id: _imported, ...paper }) => updateEntry(existing, paper),
      });
      const placeNote = `${unplaced} paper${unplaced === 1 ? '' : 's'} not placed in a track: the export names none of ${tracks.map((track) => String(track.id)).join(', ')} (use --track <id>)`;
      return { workshop: { ...workshop, papers: list }, reports: [report], notes: unplaced ? [placeNote] : [] };
    },
  };
}

const forumKey = (paper: Entry) => {
  const forum = forumOfLink(isPlainObject(paper.links) ? paper.links.openreview : undefined);
  return forum ? `forum:${forum}` : undefined;
};

function unusedId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The track a paper's own words name: the longest track id or name found in them, submission fields first. */
function trackFor(tracks: Entry[], hints: string[]): string | undefined {
  const words = (value: unknown) => ` ${String(value).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  for (const hint of hints) {
    const haystack = words(hint);
    const found = tracks
      .flatMap((track) => [track.id, track.name].filter((name) => typeof name === 'string' && name).map((name) => ({ id: String(track.id), needle: words(name) })))
      .filter(({ needle }) => needle.trim() && haystack.includes(needle))
      .sort((a, b) => b.needle.length - a.needle.length)[0];
    if (found) return found.id;
  }
  return undefined;
}
