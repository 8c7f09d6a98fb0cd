import { personCardStyles, personCardTokens } from '../../internal/person-card.styles.js';

/** The shared card design with this element's own custom-property names. */
export const speakerGridStyles = [personCardStyles, personCardTokens('speaker-grid')];
