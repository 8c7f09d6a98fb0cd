/**
 * Seed 004_f05e59747caabf93.txt: the Sim2Science @ ICML 2026 page as text. The file has no line break before its
 * first line, so its title ends line 79 of 003_752bbad0c35ae8d4.txt (the ML4Astro seed); line numbers below are
 * those of that joined text. Standalone short lines (Important Dates, About the Workshop, Topics of Interest,
 * Contact) are the page's headings.
 */
import type { SeedFacts } from './facts.js';

export const sim2science: SeedFacts = {
  seed: '004_f05e59747caabf93.txt',
  workshop: 'sim2science-icml2026.json',
  demoPage: 'sim2science.html',
  now: Date.UTC(2026, 2, 1, 12),
  facts: [
    // line 79, 81
    { kind: 'heading', text: 'Sim2Science: ML with Imperfect Scientific Models' },
    { kind: 'text', text: 'ICML 2026' },
    { kind: 'place', text: 'Seoul, South Korea' },
    // line 83-90; "All deadlines are 23:59 AoE" (line 90) gives the first date its time and zone. It is said of
    // deadlines: the notification keeps its bare day.
    { kind: 'heading', text: 'Important Dates' },
    { kind: 'date', label: 'Submission Deadline', date: '2026-04-24', time: '23:59', zone: 'AoE' },
    { kind: 'date', label: 'Author Notification', date: '2026-05-15' },
    { kind: 'date', label: 'Camera-Ready Deadline', tbd: true },
    { kind: 'date', label: 'Workshop Date', date: '2026-07' },
    { kind: 'text', text: 'All deadlines are 23:59 Anywhere on Earth (AOE)', under: 'Important Dates', after: 'Workshop Date' },
    // line 92-100
    { kind: 'heading', text: 'About the Workshop' },
    {
      kind: 'text',
      text: 'The core tenet of scientific discovery is the construction of knowledge that aligns with experimental observations. This knowledge often takes the form of mechanistic models or simulators, traditionally hand-crafted by domain experts and fit to experimental data. Such simulators underpin predictive simulation, parameter and state inference, uncertainty quantification, and decision-making across the sciences.',
    },
    {
      kind: 'text',
      text: 'Despite their utility, all simulators include simplifications and approximations of reality, inevitably inducing discrepancies between simulated and observed data. In other words, "all models are wrong, some are useful." Understanding and addressing this mismatch is a fundamental challenge for both machine learning and the natural sciences.',
    },
    {
      kind: 'text',
      text: 'The central question of this workshop is: How can we best leverage imperfect scientific simulators when confronted with real-world data, and how can ML help account for and mitigate limitations in simulator-based workflows?',
    },
    {
      kind: 'text',
      text: 'We pursue two complementary aims: (i) to bridge communities across machine learning and the natural sciences by establishing a common understanding of how simulator discrepancies can be identified and quantified across fields; and (ii) to clarify how machine learning methods can be used to learn from, account for, and reduce simulator discrepancies when integrating simulators with real-world data.',
    },
    // line 102-115
    { kind: 'heading', text: 'Topics of Interest' },
    {
      kind: 'text',
      text: 'We invite contributions on theory and methods as well as applications spanning biology, chemistry, physics, materials science, climate science, and related fields. Topics include:',
    },
    { kind: 'topic', text: 'Simulation-based inference and related parameter inference methods' },
    { kind: 'topic', text: 'Understanding and mitigating model misspecification, including simulator diagnostics and discrepancy modeling' },
    { kind: 'topic', text: 'Emulator and surrogate modeling, as well as hybrid and physics-informed approaches' },
    { kind: 'topic', text: 'Analysis of simulator structure, degeneracy, simplifications, and identifiability' },
    { kind: 'topic', text: 'Simulator pipelines, including data handling, preprocessing, and integration with downstream ML models' },
    { kind: 'topic', text: 'Active learning and Bayesian optimization for fitting parameters or model components' },
    { kind: 'topic', text: 'Closed-loop and experiment-in-the-loop scientific workflows' },
    { kind: 'topic', text: 'Multi-fidelity and multi-resolution modeling' },
    { kind: 'topic', text: 'Model and equation discovery' },
    { kind: 'topic', text: 'Differentiable frameworks and LLM-assisted scientific reasoning' },
    // line 117-120
    { kind: 'heading', text: 'Contact' },
    { kind: 'text', text: 'For questions or inquiries about the workshop, please contact us at:' },
    { kind: 'link', href: 'mailto:sim2science@gmail.com', text: 'sim2science@gmail.com' },
  ],
};
