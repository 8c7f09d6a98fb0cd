import { css } from 'lit';

export const workshopHeaderStyles = css`
  :host {
    --_header-accent: var(--workshop-header-accent, var(--_accent));
    --_banner-height: var(--workshop-header-banner-height, 12rem);
  }
  header {
    display: grid;
    gap: 0.5rem;
  }
  .banner {
    width: 100%;
    height: var(--_banner-height);
    object-fit: cover;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .identity {
    display: flex;
    gap: var(--_gap);
    align-items: center;
  }
  .logo {
    width: 4rem;
    height: 4rem;
    object-fit: contain;
    flex: none;
  }
  .eyebrow {
    margin: 0;
    color: var(--_header-accent);
    font-weight: 600;
    letter-spacing: 0.02em;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-size: var(--workshop-header-title-size, clamp(1.4rem, 4cqi + 0.6rem, 2.25rem));
    line-height: 1.2;
    text-wrap: balance;
  }
  .tagline {
    margin: 0;
    font-size: 1.1em;
    color: var(--_muted);
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
  }
  .facts dt {
    font-weight: 600;
  }
  .fact {
    display: flex;
    gap: 0.35em;
  }
  .fact dd {
    margin: 0;
  }
  .modes {
    display: flex;
    gap: 0.35rem;
    flex-wrap: wrap;
  }
  .mode {
    padding: 0.05em 0.6em;
    border-radius: 999px;
    border: 1px solid var(--_border);
    background: var(--_surface);
    font-size: 0.9em;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
  }
  @container (max-width: 30rem) {
    .identity {
      flex-direction: column;
      align-items: flex-start;
    }
    .facts {
      flex-direction: column;
    }
  }
`;
