import { describeFidelity } from './fidelity.js';
import { frontierReasoning } from './frontier-reasoning.facts.js';

describeFidelity(frontierReasoning);
