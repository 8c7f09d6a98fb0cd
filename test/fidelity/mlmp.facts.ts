/**
 * Seed 000_b3b08136056a1261.txt: the "call for papers" page of the MLMP @ ICLR 2025 Next.js site (its RSC payload:
 * the nav and footer on line 13, the article HTML on lines 15-84, the <title> on line 87). Line numbers below are
 * the seed's.
 *
 * Not facts: the nav entries "dates", "invited speakers", "organizers", "sponsors" and "contact" (line 13) point at
 * other pages of the original site, which the seed does not hold; the 404 template on line 13 is Next.js's.
 */
import type { SeedFacts } from './facts.js';

export const mlmp: SeedFacts = {
  seed: '000_b3b08136056a1261.txt',
  workshop: 'mlmp-iclr2025.json',
  demoPage: 'mlmp.html',
  now: Date.UTC(2025, 0, 20, 12),
  facts: [
    // line 87 <title>, line 13 nav home link "MLMP ICLR–2025"
    { kind: 'text', text: 'Machine Learning Multiscale Processes' },
    { kind: 'text', text: 'MLMP' },
    { kind: 'text', text: 'ICLR 2025' },
    // line 13 nav
    { kind: 'link', href: 'https://forms.gle/qQdyvGX6KXG1k2vz7', text: 'call for reviewers' },
    // line 15-16
    { kind: 'heading', text: 'Call for papers' },
    { kind: 'link', href: 'https://openreview.net/group?id=ICLR.cc/2025/Workshop/MLMP', text: 'OpenReview' },
    { kind: 'text', text: 'Please submit your paper through OpenReview. The deadline is February 10 2025, 23:59 AoE.' },
    { kind: 'date', label: 'deadline', date: '2025-02-10', time: '23:59', zone: 'AoE' },
    // lines 17-22
    {
      kind: 'text',
      text: 'We are looking for contributions that will bring us closer to the building an AI that can advance from low–level theory and computationally–expensive simulation code to modeling complex systems on a useful time scale. All submissions will be evaluated based on their relevance to this goal.',
    },
    // line 23-28
    { kind: 'heading', text: 'Tracks' },
    { kind: 'heading', text: 'New scientific result' },
    {
      kind: 'text',
      text: 'A normal paper that presents a new scientific result. Such papers are evaluated on a balance of novelty, significance, and technical quality. Page limit is 6 pages. Publication of code and data is encouraged, but not mandatory. Reviewers are allowed to consider open source as a positive contribution to the study significance.',
    },
    // line 29-30
    { kind: 'heading', text: 'Dataset or benchmark' },
    {
      kind: 'text',
      text: 'A work that presents a new dataset or benchmark – a way to measure progress in the field. Upon paper acceptance, the dataset must be open and available to the community; source code must be released under an OSI-approved license. In terms of evaluation, technical quality and significance are the most important criteria. Page limit is 6 pages.',
    },
    { kind: 'link', href: 'https://opensource.org/licenses', text: 'OSI-approved license' },
    // line 31-32: the two numbered points are inline in the seed; a list shows its numbers as markers, not text.
    { kind: 'heading', text: 'Findings and open challenges' },
    {
      kind: 'text',
      text: 'This is the track for significance and novelty. Submissions can have no code and experiments at all, but the authors still carry the burden to convince the reviewers that their ideas are worth exploring. We are looking for submissions introducing and discussing overlooked scientific questions and potential future directions for a given application area. We encourage submission that address open challenges and describe:',
    },
    { kind: 'text', text: 'Why the current research and state-of-the-art fall short for a given challenges;' },
    { kind: 'text', text: 'What directions the authors believe the community can focus on to help address the open challenge.' },
    { kind: 'text', text: 'Page limit is 6 pages. Track idea by AI4AM' },
    { kind: 'link', href: 'https://sites.google.com/view/ai4mat/submissions', text: 'AI4AM' },
    // line 33-39
    { kind: 'heading', text: 'Engineering' },
    {
      kind: 'text',
      text: 'Working with complex systems requires good software engineering. In this track we are looking for contributions that introduce advancements in modelling software for complex systems. Contributions can be tools, libraries, frameworks, or infrastructure. The most important criteria are technical quality and significance. The code must be released under an OSI-approved license. Page limit is 6 pages.',
    },
    // line 40-51
    { kind: 'heading', text: 'Short paper' },
    {
      kind: 'text',
      text: 'A less–than–full–conference paper that, for example, presents an implementation and evaluation of an unpublished but simple idea, a modest but self-contained theoretical result, a follow–up experiment or re–analysis of a previously published paper, or a fresh perspective on an existing publication. Or simply a work in progress. Such papers are evaluated on a balance of novelty, significance, and technical quality. Important differences from the "new scientific result" track are:',
    },
    { kind: 'text', text: 'Shorter page limit of 4 pages' },
    { kind: 'text', text: 'Lower acceptance bar' },
    { kind: 'text', text: 'Ineligible for the oral presentations' },
    { kind: 'text', text: 'The bar for spotlight presentations is the same as for the "new scientific result" track.' },
    { kind: 'text', text: 'Stricter dual submission policy: submissions to this track cannot be under review at any other venue at the time of submission' },
    // line 52-58
    { kind: 'heading', text: 'Other AI for science workshops at ICLR 2025' },
    {
      kind: 'text',
      text: 'If you feel that your work is not a good thematic fit for the multiscale ML workshop, consider submitting to one of the other AI for science workshops, such as:',
    },
    { kind: 'link', href: 'https://iclragenticai.github.io/', text: 'Towards Agentic AI for Science: Hypothesis Generation, Comprehension, Quantification, and Validation' },
    { kind: 'link', href: 'https://www.gembio.ai/', text: 'Generative and Experimental Perspectives for Biomolecular Design' },
    { kind: 'link', href: 'https://ai4na-workshop.github.io/', text: 'Artificial Intelligence for Nucleic Acids' },
    // line 59-70
    { kind: 'heading', text: 'Reproducible Research' },
    {
      kind: 'text',
      text: 'Good research is reusable and reproducible. Reviewers are encouraged to count the availability of the code and data for review as a positive contribution to the study significance and technical quality. Code wins arguments principle applies here, even though the original meaning was a bit different.',
      // The related workshops come before the policies.
      after: 'Artificial Intelligence for Nucleic Acids',
    },
    {
      kind: 'text',
      text: 'In order to streamline sharing, with generous support of our sponsor, we provide access to Constructor Platform, a cloud service. Its usage is not mandatory, the authors are free to share their code and data using any other service, provided they ensure the double–blindness. Instructions:',
    },
    { kind: 'text', text: 'Register using the link.' },
    {
      kind: 'link',
      href: 'https://constructor.app/portal/register?channel=platform&redirectUrl=/platform/projects&utm_source=iclr-2025-mlmp&utm_medium=referral&utm_campaign=iclr-2025-mlmp-review&utm_term=workshop&utm_content=registration-link',
      text: 'link',
    },
    { kind: 'text', text: 'Create a new project, put your code and data there. Set up the environment.' },
    {
      kind: 'text',
      text: "Ensure double–blindness: do not include any information that can reveal the authors' identity. The platform will remove the git commit history, and platform–specific metadata before sharing the project with the reviewers.",
    },
    { kind: 'text', text: 'If you need more computational resources, write to the support "I need more computational resources for ICLR MLMP workshop".' },
    {
      kind: 'text',
      text: 'When submitting the paper, provide the link to the project in the submission, e. g. https://constructor.app/platform/projects/254041652c5f422491b5b4b1584b760c/desks There is no need to publish the project.',
    },
    { kind: 'link', href: 'https://constructor.app/platform/projects/254041652c5f422491b5b4b1584b760c/desks' },
    { kind: 'text', text: 'Shortly after the deadline, a snapshot of the project will be taken and shared with the reviewers.' },
    { kind: 'text', text: 'You are then free to use Platform for further research.' },
    // line 71-78: "Format:" is a paragraph of the General Policy, not a heading.
    { kind: 'heading', text: 'General Policy' },
    {
      kind: 'text',
      text: 'We welcome ongoing and unpublished work. We will reject work previously published in archiving venues. The definition of archiving venue follows the ICLR policy, e.g. arXiv is considered non-archiving, despite its name. We will however accept papers that are under review at any venue at the time of submission.',
    },
    {
      kind: 'text',
      text: 'Double blind reviewing. Submissions will be double blind: reviewers cannot see author names when conducting reviews, and authors cannot see reviewer names. Authors are responsible for anonymizing their submissions.',
    },
    { kind: 'text', text: 'Submissions and reviews will not be public. Only accepted papers will be published on the workshop website, but still considered non-archival.' },
    {
      kind: 'text',
      text: 'Format: All submissions must be in PDF format using the modified ICLR 2025 style (file, Overleaf). It is almost identical to the main track templates, except for the lower page limit, and the header.',
    },
    { kind: 'link', href: 'ICLR_2025_MLMP_Workshop.zip', text: 'file' },
    { kind: 'link', href: 'https://www.overleaf.com/read/wrsbgszhyntq#61c4bc', text: 'Overleaf' },
    // line 79-84
    { kind: 'heading', text: 'Financial assistance' },
    { kind: 'heading', text: 'Central ICLR financial assistance' },
    {
      kind: 'text',
      text: 'This year, ICLR is discontinuing the separate "Tiny Papers" track, and is instead requiring each workshop to accept short (3–5 pages in ICLR format, exact page length to be determined by each workshop) paper submissions, with an eye towards inclusion; see https://iclr.cc/Conferences/2025/CallForTinyPapers for more details.',
    },
    {
      kind: 'text',
      text: 'Authors of these papers will be earmarked for potential funding from ICLR, but need to submit a separate application for Financial Assistance that evaluates their eligibility. This application for Financial Assistance to attend ICLR 2025 will become available on https://iclr.cc/Conferences/2025/ at the beginning of February and close on March 2nd.',
    },
    { kind: 'date', label: 'close on', date: '2025-03-02' },
    {
      kind: 'text',
      text: 'N. B. A workshop paper is a workshop paper for the purposes of funding – whatever track it is submitted to. Short papers have a lower threshold for acceptance, but do not per se provide higher probability of funding.',
    },
    { kind: 'heading', text: 'Workshop–specific financial assistance' },
    {
      kind: 'text',
      text: "Due to the generous support of our sponsor, we will be able to provide some assistance to the authors of the accepted papers of the workshop. To apply, please indicate your interest in the submission form. The assistance is foreseen to be very limited, don't count on it as the main source of funding.",
    },
    // Once in our file, never in the seed: a filler line under each related workshop.
    { kind: 'absent', text: 'Another AI for science workshop' },
    // line 13 footer
    { kind: 'text', text: '© 2025 Nikita Kazeev, MIT Licensed' },
  ],
};
