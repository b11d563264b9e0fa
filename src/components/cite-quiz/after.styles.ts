import { css } from 'lit';
import { feedbackStyles } from '../views/feedback.styles.js';

/**
 * The after screens: timer, confirmation, results and review, error, the source reader, and
 * saved progress's lines. A rule for what only this chunk's code renders belongs here, not in
 * the entry's frame (cite-quiz.styles.ts): the first question never waits for it.
 */
const screenStyles = css`
  h3 { font-size: 1.125rem; margin-block: 1.5rem 0.5rem; }
  .subheading { font-size: 1rem; font-weight: 700; margin-block: 0.75rem 0.25rem; }
  /* Saved progress: the returning learner's lines, and a notice (only this chunk's code gives one). */
  .resume, .last { font-weight: 600; }
  .notice { border-inline-start: 0.25rem solid var(--_accent); padding-inline-start: 0.75rem; }
  .timer { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
  @container (max-width: 30rem) {
    .timer { gap: 0.25rem; font-size: 0.875rem; }
    .header > .timer { order: 1; flex-basis: 100%; }
    .timer button { padding-inline: 0.375rem; }
    /* "Turn off", the rest kept for screen readers: the clock and its buttons fit one row at 375 px. */
    .timer-long { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  }
  /* A grid of question numbers: answered ✓ and solid, unanswered dashed, flagged ⚑, current filled. */
  .numbers { display: flex; flex-wrap: wrap; gap: 0.25rem; list-style: none; padding: 0; margin-block: 0.5rem; }
  .number { min-inline-size: 3rem; padding-inline: 0.25rem; font-variant-numeric: tabular-nums; border-style: dashed; }
  .number--answered { border-style: solid; }
  .number--current, .flag[aria-pressed='true'] { background: var(--_accent); color: var(--_on-accent, var(--_background)); font-weight: 700; }
  .number-marks { font-size: 0.75em; margin-inline-start: 0.125rem; }
  .navigator { margin-block: 0.5rem; padding: 0.5rem; border: 1px solid var(--_border); border-radius: var(--_radius); }
  .navigator-key { font-size: 0.875rem; margin: 0; }
  .numbers-label { margin-block: 1rem 0; }
  .review-filter { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; border: 0; padding: 0; margin: 0 0 0.5rem; }
  .review-filter legend { font-weight: 700; padding: 0; margin-block-end: 0.25rem; }
  .filter-option { display: flex; align-items: center; gap: 0.375rem; min-block-size: 2.75rem; cursor: pointer; }
  .filter-option input { inline-size: 1.25rem; block-size: 1.25rem; margin: 0; accent-color: var(--_accent); }
  .review-prompt { display: block; font-weight: 400; }
  .review-mark { font-weight: 700; }
  .review-mark--correct { color: var(--_correct); }
  .review-mark--wrong { color: var(--_wrong); }
  .timer--warning span { font-weight: 700; color: var(--_wrong); }
  .timer--warning span::before { content: '⚠ '; }
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
  /* The button keeps its word whole, however long the title beside it. */
  .reader-header button { flex: none; white-space: nowrap; }
  /* The dialog sits over the viewport, so the viewport's width is what counts here. */
  @media (max-width: 30rem) {
    .reader-header { padding: 0.375rem 0.75rem; gap: 0.5rem; }
    .reader-header h2 { font-size: 1rem; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
    .reader > .timer { padding: 0.25rem 0.75rem; }
    .reader-text { padding: 0.75rem; }
  }
  .reader-text { padding: 1rem; overflow: auto; white-space: pre-wrap; }
  mark { background: var(--_highlight); color: inherit; outline: 2px solid var(--_accent); }

  @media (forced-colors: active) {
    .timer--warning span { color: CanvasText; }
    .number--current, .flag[aria-pressed='true'] { forced-color-adjust: none; background: ButtonText; color: ButtonFace; }
    mark { background: Mark; color: MarkText; }
  }
`;

export const afterStyles = [feedbackStyles, screenStyles];
