import { css } from 'lit';

/** The answer controls of every question type (views/question-controls.ts). */
export const questionStyles = css`
  fieldset { border: 0; padding: 0; margin: 0; min-inline-size: 0; }
  legend.prompt { font-size: 1.125rem; font-weight: 600; padding: 0; margin-block-end: 0.75rem; }
  .choice {
    display: flex; align-items: center; gap: 0.75rem;
    min-block-size: 2.75rem; padding-block: 0.5rem; padding-inline: 0.75rem;
    margin-block-end: 0.5rem; border: 1px solid var(--_border); border-radius: var(--_radius); cursor: pointer;
  }
  .choice input { inline-size: 1.25rem; block-size: 1.25rem; margin: 0; flex: none; accent-color: var(--_accent); }
  fieldset:disabled .choice { cursor: default; }
  /* Label above its select, the select as wide as the question: a long option is read in full. */
  .match-row { display: grid; gap: 0.25rem; margin-block-end: 0.75rem; }
  .match-row select { inline-size: 100%; }
  .match-chosen { color: var(--_muted); }
  select, input.blank {
    font: inherit; min-block-size: 2.75rem; padding-inline: 0.5rem;
    border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_background); color: var(--_color);
    max-inline-size: 100%;
  }
  input.blank { inline-size: 12ch; margin-inline: 0.25rem; min-block-size: 2.25rem; }
  .cloze-text { line-height: 2.5; }
  /* The items are flex boxes, which drop list markers: the number is its own span. */
  .order-list { list-style: none; padding: 0; margin: 0; }
  .order-text { flex: 1; }
  .order-item {
    display: flex; align-items: center; gap: 0.5rem;
    padding-block: 0.25rem; padding-inline: 0.75rem; margin-block-end: 0.5rem;
    border: 1px solid var(--_border); border-radius: var(--_radius);
  }
  .order-buttons { display: flex; gap: 0.5rem; flex: none; }
  .hint { margin-block: 0.75rem; }
  /* A list item, not a flex box, so it keeps its disclosure triangle; padding makes the 2.75rem target. */
  summary { cursor: pointer; display: list-item; padding-block: 0.625rem; }
  .question > button.primary { margin-block-start: 0.75rem; }
  @container (min-width: 40rem) {
    .match-chosen { display: none; }
  }
`;
