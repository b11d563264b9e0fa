import { css } from 'lit';

/** Verdict, answers, per-choice notes and evidence (views/feedback.ts). */
export const feedbackStyles = css`
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
  @media (forced-colors: active) {
    .verdict--correct, .verdict--wrong { color: CanvasText; }
  }
`;
