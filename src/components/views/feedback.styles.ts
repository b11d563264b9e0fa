import { css } from 'lit';

/** Verdict, answers, per-choice notes and evidence (views/feedback.ts). */
export const feedbackStyles = css`
  /* A checked question's options (views/question-controls.ts): only ever shown with feedback, so here. */
  /* The mark goes under a short option's text rather than squeezing it letter by letter. */
  .choice--correct, .choice--wrong, .choice--missed { flex-wrap: wrap; }
  .choice > span:first-of-type { flex: 1 1 8ch; }
  .choice-mark { margin-inline-start: auto; font-weight: 700; }
  .choice--correct { border-color: var(--_correct); border-width: 2px; }
  .choice--correct .choice-mark { color: var(--_correct); }
  .choice--wrong { border-color: var(--_wrong); border-width: 2px; border-style: dashed; }
  .choice--wrong .choice-mark { color: var(--_wrong); }
  .choice--missed { border-color: var(--_correct); border-width: 2px; border-style: dotted; }
  .choice--missed .choice-mark { color: var(--_correct); }
  .feedback { margin-block-start: 1rem; padding: 0.75rem; border: 1px solid var(--_border); border-radius: var(--_radius); }
  .verdict { font-weight: 700; display: flex; gap: 0.5rem; align-items: center; }
  .verdict--correct { color: var(--_correct); }
  .verdict--partial { color: var(--_color); }
  .verdict--wrong { color: var(--_wrong); }
  .evidence-list { list-style: none; padding: 0; margin: 0; }
  blockquote {
    margin-block: 0.5rem 0.25rem; margin-inline: 0; padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_accent); font-style: italic;
  }
  .answers div { display: flex; flex-wrap: wrap; gap: 0 0.5rem; }
  .credit { color: var(--_muted); margin-block-start: 0; }
  /* One row per choice, pair, item or blank: a mark, the text, the correction beside a wrong one. */
  .rows { list-style: none; padding: 0; margin-block: 0.5rem; }
  .row { display: flex; gap: 0.5rem; align-items: baseline; padding-block: 0.25rem; border-block-end: 1px solid var(--_border); }
  .row-mark { flex: none; inline-size: 1.25rem; font-weight: 700; }
  .row--right .row-mark, .row--correct .row-mark, .row--missed .row-mark { color: var(--_correct); }
  .row--wrong .row-mark { color: var(--_wrong); }
  .row-text { flex: 1; min-inline-size: 0; }
  .row-correction { display: block; font-weight: 600; }
  @media (forced-colors: active) {
    .verdict--correct, .verdict--wrong, .row-mark, .choice-mark { color: CanvasText; }
  }
`;
