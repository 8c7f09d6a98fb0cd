/**
 * Seed 003_752bbad0c35ae8d4.txt: the home page of the ML4Astro @ ICML 2025 Jekyll site, in Markdown (lines 1-79;
 * the Sim2Science seed follows on line 79 without a line break). `#` lines are headings of the page.
 *
 * The seed does not name the workshop itself (the site's title lives in its _config.yml), so no title fact; its
 * mojibake "workshopâ€™s" (line 25) is "workshop’s".
 */
import type { SeedFacts } from './facts.js';

export const ml4astro: SeedFacts = {
  seed: '003_752bbad0c35ae8d4.txt',
  workshop: 'ml4astro-icml2025.json',
  demoPage: 'ml4astro.html',
  now: Date.UTC(2025, 2, 1, 12),
  facts: [
    // line 6-10
    { kind: 'heading', text: 'Rationale' },
    {
      kind: 'text',
      text: 'As modern astrophysical surveys deliver an unprecedented amount of data, from the imaging of billions of distant galaxies to the innermost region of supermassive blackholes, the integration of AI into scientific workflows, which have stringent accuracy requirements, becomes increasingly crucial to exploit the full information content of these datasets. In addition, the multimodal and publicly accessible nature of astronomical data creates a fertile development ground for large scientific models, with applications far beyond astronomy.',
    },
    {
      kind: 'text',
      text: 'Following successful iterations of this workshop at ICML 2022 and ICML 2023, our continued goal for this workshop series is to bring together Machine Learning researchers and domain experts in the field of Astrophysics to discuss key opportunities, create new synergies and help promote the large-scale application of AI for science. We expect this workshop to appeal to ICML audiences as an opportunity to connect their research interests to concrete and outstanding scientific challenges.',
    },
    { kind: 'link', href: 'https://ml4astro.github.io/icml2022/', text: 'ICML 2022' },
    { kind: 'link', href: 'https://ml4astro.github.io/icml2023/', text: 'ICML 2023' },
    // Once in our file, never in the seed: the two past editions as "related workshops" with a filler line.
    { kind: 'absent', text: 'An earlier edition of this workshop' },
    // line 12-23
    { kind: 'text', text: 'We welcome in particular submissions that target or report on the following non-exhaustive list of problems:' },
    { kind: 'topic', text: 'Foundation models for astrophysics and their (potential) impact on discovery' },
    { kind: 'topic', text: 'Integration of LLMs and agents in scientific workflows' },
    { kind: 'topic', text: 'Efficient high-dimensional Likelihood-based and Simulation-Based Inference' },
    { kind: 'topic', text: 'Robustness to covariate shifts and model misspecification' },
    { kind: 'topic', text: 'Anomaly and outlier detection, search for rare signals with ML' },
    { kind: 'topic', text: 'Methods for model interpretability' },
    { kind: 'topic', text: '(Astro)-physics informed models, symmetry and equivariance-preserving models' },
    { kind: 'topic', text: 'Deep Learning for accelerating numerical simulations' },
    {
      kind: 'text',
      text: 'We encourage both submissions on these topics with an astrophysics focus, as well as more methodologically oriented works with potential applications in the physical sciences.',
      // After the list of problems, as in the seed, not between its lead-in and the list.
      after: 'Deep Learning for accelerating numerical simulations',
    },
    // line 25
    { kind: 'track', text: 'Benchmark Track' },
    {
      kind: 'text',
      text: 'To further drive meaningful progress in the field, we are introducing this year a new dedicated Benchmark Track, inviting contributions that establish rigorous, insightful, and consequential benchmarks aligned with any of the workshop’s core themes. The goal is to encourage benchmarks that not only measure performance but also provide actionable insights into real-world applicability and impact. Submissions will be rigorously evaluated by an expert panel, with a strong emphasis on the validity of benchmark metrics as proxies for real-world success.',
    },
    // line 28-30: a button to the Call for Abstracts section.
    {
      kind: 'link',
      href: '#call-for-abstracts',
      text: 'See Call For Abstracts',
    },
    // line 34-50
    { kind: 'heading', text: 'Program' },
    { kind: 'heading', text: 'Invited Speakers and Panelists' },
    { kind: 'placeholder', under: 'Invited Speakers and Panelists', text: 'Coming soon - Check back for updates on our exciting lineup of speakers!' },
    { kind: 'heading', text: 'Workshop Schedule' },
    {
      kind: 'placeholder',
      under: 'Workshop Schedule',
      text: 'Coming soon - The detailed schedule will be announced after the abstract submission and review process.',
    },
    { kind: 'heading', text: 'Accepted Contributions' },
    { kind: 'placeholder', under: 'Accepted Contributions', text: 'Coming soon - Accepted papers will be listed here after the review process.' },
    // line 54-60
    { kind: 'heading', text: 'Call for Abstracts' },
    { kind: 'heading', text: 'Important Dates' },
    { kind: 'date', label: 'Abstract Submission Deadline', tbd: true },
    { kind: 'date', label: 'Notification of Acceptance', tbd: true },
    { kind: 'date', label: 'Workshop Date', tbd: true },
    { kind: 'text', text: 'ICML 2025, Vancouver' },
    { kind: 'place', text: 'Vancouver' },
    // line 62-67
    { kind: 'heading', text: 'Submission Guidelines' },
    { kind: 'text', text: 'Submissions should be in the form of extended abstracts (2-4 pages) following the ICML 2025 format' },
    { kind: 'text', text: 'Submissions should clearly articulate the connection between machine learning and astrophysics' },
    { kind: 'text', text: 'Work that has been previously published at other venues is eligible for submission, provided it is clearly indicated' },
    { kind: 'text', text: 'Submissions will be reviewed by our program committee based on their technical quality, clarity, and relevance to the workshop' },
    // line 69-71
    { kind: 'heading', text: 'Submission Process' },
    { kind: 'text', text: 'Details about the submission process will be announced soon. Please check back for updates.', under: 'Submission Process' },
    // line 73-75
    { kind: 'heading', text: 'Organizing Committee' },
    { kind: 'placeholder', under: 'Organizing Committee', text: 'Coming soon - Check back for updates on our organizing committee.' },
    // line 77-79
    { kind: 'heading', text: 'Contact' },
    { kind: 'text', text: 'For any questions, please contact [email to be added]' },
  ],
};
