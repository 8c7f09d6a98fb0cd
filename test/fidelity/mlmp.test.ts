import { describeFidelity } from './fidelity.js';
import { mlmp } from './mlmp.facts.js';

describeFidelity(mlmp);
