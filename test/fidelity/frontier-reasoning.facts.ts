/**
 * Seed 001_71442a8b861766d5.txt: the index.md of the "Scientific Reasoning at the Frontier" Jekyll site (HTML in
 * Markdown). Line numbers below are the seed's.
 *
 * What the original page does not show is no fact: the HTML comments (an ENLSP alert, a mentoring-sessions notice
 * with 2022 dates, "Industrial Panelists", "Volunteers", the Platinum and Gold sponsors); they are "absent" facts.
 * The speakers, schedule, organizers and technical committee come from Jekyll includes the seed does not hold:
 * their headings are facts, and the page must say their content is still to come.
 * Kramdown leaves Markdown inside the HTML <p> of the overview unparsed, so the original shows the two links of
 * line 53 as raw "[EAIRA](...)"; the links are what the organizers meant, and are the facts.
 */
import type { SeedFacts } from './facts.js';

const SUBMISSIONS =
  'Submissions (up to 4 pages, excluding references) will be peer-reviewed by a multidisciplinary committee for originality, relevance, and scientific and technical rigor. Accepted works will be presented as talks or posters and may optionally be published on OpenReview. We encourage interdisciplinary collaborations, early-career participation, and novel cross-domain perspectives.';

export const frontierReasoning: SeedFacts = {
  seed: '001_71442a8b861766d5.txt',
  workshop: 'frontier-reasoning.json',
  demoPage: 'frontier-reasoning.html',
  now: Date.UTC(2025, 7, 1, 12),
  facts: [
    // line 10-15: the banner
    { kind: 'heading', text: 'Workshop on Scientific Reasoning at the Frontier: Training and Evaluating the Next Generation of Multimodal Models for Scientific Discovery' },
    { kind: 'text', text: 'In-person' },
    { kind: 'text', text: 'Virtual' },
    // line 17-47, 92-95, 109-135, 147-173: commented out
    { kind: 'absent', text: 'ENLSP' },
    { kind: 'absent', text: 'Mentoring sessions' },
    { kind: 'absent', text: 'Industrial Panelists' },
    { kind: 'absent', text: 'Khalil Bibi' },
    { kind: 'absent', text: 'Soheila Samiee' },
    { kind: 'absent', text: 'Volunteers' },
    { kind: 'absent', text: 'Huawei' },
    { kind: 'absent', text: "Noah's Ark" },
    { kind: 'absent', text: 'BASF' },
    { kind: 'absent', text: 'RBC' },
    { kind: 'absent', text: 'Sponsor' },
    // line 49-57
    { kind: 'heading', text: 'Overview' },
    {
      kind: 'text',
      text: "Recent multimodal foundation models, such as OpenAI's o3, Anthropic's Claude-4 Opus, Meta's Llama 4, and Google's Gemini 2.5, demonstrate the ability to comprehend entire research articles requiring complex reasoning across multiple modalities. Successes like AlphaFold, which connects amino acid sequences with 3D structures to accelerate molecular insights; AlphaEvolve, which pairs code-generating language models with iterative empirical feedback; and projects integrating satellite imagery with sensor data to predict climate extremes, highlight the evolution of AI into an intellectual collaborator rather than merely a computational tool.",
    },
    { kind: 'text', text: 'have uncovered critical limitations. Challenges arise from the complexities inherent in fusing heterogeneous scientific data across diverse modalities, particularly under long-context scenarios exceeding 100,000 tokens.' },
    { kind: 'text', text: 'Robustness remains fragile, with accuracy significantly varying when evidence must be coherently integrated across modalities, lengths, and temporal scales.' },
    { kind: 'text', text: 'Moreover, the expensive feedback mechanisms, such as multi-physics simulations, make current post-training approaches based on reinforcement learning inapplicable.' },
    {
      kind: 'text',
      text: 'Furthermore, it remains unclear how the scientific community should systematically evaluate enhancements in accuracy, robustness, and safety when operating with multimodal and extensive contextual information. This highlights the urgency of developing novel training and evaluation methods tailored to the unique challenges of scientific reasoning with heterogeneous, high-dimensional data under extreme context lengths. Without such advances, the potential of AI to drive the next generation of scientific breakthroughs may remain unrealized, particularly in domains where robustness, interpretability, and integration across complex data modalities are essential.',
    },
    { kind: 'link', href: 'https://arxiv.org/abs/2502.20309', text: 'EAIRA' },
    { kind: 'link', href: 'https://www.anl.gov/article/1000-scientist-ai-jam-kicks-off-at-argonne', text: '1000 Scientist AI Jam' },
    {
      kind: 'text',
      text: 'This workshop convenes AI researchers, high-performance computing (HPC) specialists, domain scientists, and evaluation experts to explore and address the complete lifecycle of trustworthy multimodal foundation models tailored for scientific discovery. Participants are strongly encouraged to openly share not only successful strategies but also negative results, robustness audits, and critical lessons learned.',
    },
    {
      kind: 'text',
      text: 'Through transparent discussion and collective analysis of challenges and failures, we aim to transform these experiences into valuable community resources, fostering accelerated progress toward robust, interpretable, and reliable AI-driven scientific breakthroughs. Supported by the Trillion Parameter Consortium’s international network, insights from the workshop will be translated into open benchmarks and a practical integration and evaluation framework, laying the groundwork for the next generation of AI-driven scientific discovery.',
    },
    // line 60-72
    { kind: 'heading', text: 'Call for Papers' },
    {
      kind: 'text',
      text: 'We invite cutting-edge contributions from a broad range of disciplines that advance the integration and evaluation of multimodal, long-context foundation models for scientific discovery. Submission may include original research, new benchmark proposals, provocative position papers, or well-documented case studies that address the following themes:',
    },
    {
      kind: 'topic',
      text: 'Scientific reasoning: post-training methods for scientific applications, such as integrating temporally misaligned or multi-scale evidence, coping with costly feedback (e.g., wet-lab or multi-physics simulations), supporting hypothesis generation, iterative refinement, or causal inference.',
    },
    { kind: 'topic', text: 'Evidence fusion during pre-training: early or late fusion of text, images, graphs and simulation fields under sparse scientific data.' },
    { kind: 'topic', text: 'Distillation and adapter transfer: integrating specialist FMs (e.g., reaction-prediction, earth sciences, genomics) into a general multimodal backbone.' },
    { kind: 'topic', text: 'Long-context memory and retrieval – architectures and indexing schemes that keep long context scientific data coherent.' },
    { kind: 'topic', text: 'Evaluation, safety and calibrated uncertainty: new tasks, metrics or audit pipelines that score hypothesis novelty, multimodal consistency, and hallucination risk.' },
    { kind: 'topic', text: 'Rigorous case studies (incl. negative results): comparing integration choices across biology, earth science, physics or materials science.' },
    {
      kind: 'text',
      text: SUBMISSIONS,
      after: 'Rigorous case studies (incl. negative results): comparing integration choices across biology, earth science, physics or materials science.',
    },
    // line 75-84; line 81 lost its <li> but shows all the same.
    { kind: 'heading', text: 'Workshop Outcomes and Opportunities' },
    { kind: 'text', text: 'Keynotes: AI success stories and roadblocks from diverse scientific domains – Earth Sciences, Biology, LLNL Fusion breakthrough, AlphaEvlove, AphaFold3, Stormer, etc.' },
    { kind: 'text', text: 'Panel Discussions: Expert panels from national lab, Frontier LLM labs, and academics on critical challenges and emerging trends, fostering deep insights and collaborative exchanges.' },
    {
      kind: 'text',
      text: 'Workshop Report: A detailed report outlining key discussions, actionable recommendations, and a roadmap for future research directions. This includes community-driven identification of pivotal scientific problems that would benefit from generative AI.',
    },
    {
      kind: 'text',
      text: 'New Data Resources: Release of curated benchmark datasets from National labs (e.g., https://data-science.llnl.gov/open-data-initiative) designed explicitly for scientific discovery, evaluating scientific reasoning, etc.',
    },
    {
      kind: 'text',
      text: 'Collaboration and Funding Information: Insights into funding opportunities, partnership models, and collaborative frameworks facilitated through involvement from national laboratories and governmental agencies.',
    },
    {
      kind: 'text',
      text: 'Early Career Opportunities: Targeted opportunities for early-career researchers to engage, present their work, and network with senior domain experts, facilitating mentorship and future collaborations.',
    },
    // line 86-89
    { kind: 'heading', text: 'Confirmed Speakers and Panelists' },
    { kind: 'placeholder', under: 'Confirmed Speakers and Panelists' },
    // line 98-101
    { kind: 'heading', text: 'Schedule' },
    { kind: 'placeholder', under: 'Schedule' },
    // line 104-107
    { kind: 'heading', text: 'Organizers' },
    { kind: 'placeholder', under: 'Organizers' },
    // line 141-144
    { kind: 'heading', text: 'Technical Committee' },
    { kind: 'placeholder', under: 'Technical Committee' },
  ],
};
