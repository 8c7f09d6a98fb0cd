import { css } from 'lit';

export const workshopContactStyles = css`
  :host {
    --_email-size: var(--workshop-contact-email-size, 1em);
  }
  .contact {
    display: grid;
    gap: var(--_space-2);
    font-style: normal;
  }
  .email-line {
    margin: 0;
  }
  .label {
    color: var(--_muted);
  }
  [part~='email'] {
    font-size: var(--_email-size);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-4);
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;
