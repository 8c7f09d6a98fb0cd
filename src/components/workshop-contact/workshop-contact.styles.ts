import { css } from 'lit';

export const workshopContactStyles = css`
  :host {
    --_email-size: var(--workshop-contact-email-size, 1.1em);
  }
  .contact {
    display: grid;
    gap: 0.5rem;
    font-style: normal;
  }
  .email-line {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    align-items: baseline;
  }
  .label {
    font-weight: 600;
  }
  [part~='email'] {
    font-size: var(--_email-size);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @container (max-width: 20rem) {
    .links {
      flex-direction: column;
    }
  }
`;
