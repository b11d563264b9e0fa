import { css } from 'lit';

/**
 * Study mode's screens, added to the player's and the after chunk's styles (its screens show
 * once that chunk is in), whose .notice, .muted, .error and .issues they use. The mastery chart
 * is plain HTML: a <meter> per topic drawn as a bar, with the percent as text beside it, so it
 * reads without colour and to a screen reader.
 */
export const studyStyles = css`
  .counts { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; margin-block: 0.75rem; }
  .counts div { display: flex; flex-direction: column-reverse; }
  .counts dt { font-weight: 400; color: var(--_muted); }
  .counts dt::after { content: none; }
  .counts dd { font-size: 1.5rem; font-weight: 700; }

  .mastery, .weakest { list-style: none; padding: 0; margin: 0; }
  /* One grid for all rows (subgrid), so every bar starts and ends at the same place. */
  .mastery { display: grid; grid-template-columns: minmax(6rem, max-content) minmax(6rem, 1fr) max-content; gap: 0.25rem 0.75rem; }
  .mastery-row { display: grid; grid-column: 1 / -1; grid-template-columns: subgrid; align-items: center; padding-block: 0.25rem; }
  meter {
    inline-size: 100%; block-size: 1rem;
    border: 1px solid var(--_border); border-radius: var(--_radius); background: none;
  }
  meter::-webkit-meter-bar { background: none; border: 0; border-radius: var(--_radius); block-size: 1rem; }
  meter::-webkit-meter-optimum-value { background: var(--_accent); border-radius: var(--_radius); }
  meter::-moz-meter-bar { background: var(--_accent); }
  .mastery-number { font-variant-numeric: tabular-nums; white-space: nowrap; }
  .weakest-item {
    display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.75rem;
    padding-block: 0.5rem; border-block-end: 1px solid var(--_border);
  }
  .weakest-prompt { flex: 1 1 16rem; }
  .grade { margin-block-start: 1rem; border-block-start: 1px solid var(--_border); }
  .grade .muted { font-size: 0.875rem; }
  button.primary .muted { color: inherit; }

  /* Narrow: the topic on a line of its own, the bar and its number under it. */
  @container (max-width: 30rem) {
    .mastery { grid-template-columns: 1fr max-content; }
    .mastery-topic { grid-column: 1 / -1; }
  }
  @media (forced-colors: active) {
    meter { forced-color-adjust: none; border-color: CanvasText; }
    meter::-webkit-meter-optimum-value { background: Highlight; }
  }
`;
