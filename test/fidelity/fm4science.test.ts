import { describeFidelity } from './fidelity.js';
import { fm4science } from './fm4science.facts.js';

describeFidelity(fm4science);
