import { describeFidelity } from './fidelity.js';
import { ml4astro } from './ml4astro.facts.js';

describeFidelity(ml4astro);
