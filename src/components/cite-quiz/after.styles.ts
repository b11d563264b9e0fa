import { css } from 'lit';
import { feedbackStyles } from '../views/feedback.styles.js';

/** The after screens: timer, confirmation, results and review, error, the source reader. */
const screenStyles = css`
  .timer { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
  .timer--warning span { font-weight: 700; color: var(--_wrong); }
  .timer--warning span::before { content: '⚠ '; }
  .unanswered { display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; list-style: none; padding: 0; }
  .issues { padding-inline-start: 1.25rem; }
  .muted { color: var(--_muted); }
  .score { font-size: 1.5rem; font-weight: 700; }
  .review { padding-inline-start: 0; list-style: none; }
  .review-item { border-block-start: 1px solid var(--_border); padding-block: 0.75rem; }
  .error { border-inline-start: 4px solid var(--_wrong); padding-inline-start: 0.75rem; }
  .error code { display: block; color: var(--_muted); }

  .reader {
    inline-size: min(48rem, calc(100vw - 2rem)); max-block-size: calc(100vh - 2rem);
    padding: 0; border: 1px solid var(--_border); border-radius: var(--_radius);
    background: var(--_background); color: var(--_color);
  }
  .reader[open] { display: flex; flex-direction: column; }
  .reader::backdrop { background: rgb(0 0 0 / 0.5); }
  .reader > .timer { padding: 0.5rem 1rem; border-block-end: 1px solid var(--_border); }
  .reader-header { display: flex; justify-content: space-between; align-items: center; gap: 1rem; padding: 0.75rem 1rem; border-block-end: 1px solid var(--_border); }
  .reader-header h2 { margin: 0; }
  .reader-text { padding: 1rem; overflow: auto; white-space: pre-wrap; }
  mark { background: var(--_highlight); color: inherit; outline: 2px solid var(--_accent); }

  @media (forced-colors: active) {
    .timer--warning span { color: CanvasText; }
    mark { background: Mark; color: MarkText; }
  }
`;

export const afterStyles = [feedbackStyles, screenStyles];
