import { css } from 'lit';

export const workshopHeaderStyles = css`
  :host {
    --_header-accent: var(--workshop-header-accent, var(--_accent));
    --_banner-height: var(--workshop-header-banner-height, 12rem);
  }
  header {
    display: grid;
    gap: var(--_space-3);
  }
  .banner {
    width: 100%;
    height: var(--_banner-height);
    object-fit: cover;
    border-radius: var(--_radius-lg);
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
  p {
    margin: 0;
  }
  .eyebrow {
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
    font-size: var(--workshop-header-title-size, var(--_text-2xl));
  }
  .tagline {
    font-size: var(--_text-lg);
    color: var(--_muted);
  }
  .facts,
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .fact {
    display: flex;
    gap: var(--_space-2);
  }
  /* A label never breaks inside a word ("Pla / ce" at 390 px); the value wraps instead. */
  dt {
    flex: none;
    color: var(--_muted);
  }
  dd {
    margin: 0;
    min-width: 0;
  }
  .links {
    gap: var(--_space-1) var(--_space-4);
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
