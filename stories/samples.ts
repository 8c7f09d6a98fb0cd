// The sample workshops stories render, by name: the `sample` control switches between them. Resolved when a
// story renders, so the live one places its dates around the moment it is shown.
import defaultWorkshop from '../demo/workshops/default.json';
import fm4science from '../demo/workshops/fm4science-iclr2026.json';
import frontier from '../demo/workshops/frontier-reasoning.json';
import ml4astro from '../demo/workshops/ml4astro-icml2025.json';
import mlmp from '../demo/workshops/mlmp-iclr2025.json';
import sim2science from '../demo/workshops/sim2science-icml2026.json';
import allTbd from '../test/fixtures/edge/all-tbd.json';
import longTexts from '../test/fixtures/edge/long-texts.json';
import { live } from './live-workshop.js';

export const samples = {
  live: () => live(),
  default: () => defaultWorkshop,
  fm4science: () => fm4science,
  mlmp: () => mlmp,
  frontier: () => frontier,
  ml4astro: () => ml4astro,
  sim2science: () => sim2science,
  'all-tbd': () => allTbd,
  'long-texts': () => longTexts,
} satisfies Record<string, () => unknown>;

export type SampleName = keyof typeof samples;
export const sampleNames = Object.keys(samples) as SampleName[];
