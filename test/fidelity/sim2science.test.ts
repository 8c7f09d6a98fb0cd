import { describeFidelity } from './fidelity.js';
import { sim2science } from './sim2science.facts.js';

describeFidelity(sim2science);
