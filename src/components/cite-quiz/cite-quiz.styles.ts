import { css } from 'lit';
import { questionStyles } from '../views/question-controls.styles.js';
import { buttonStyles, themeStyles } from '../views/theme.styles.js';

/**
 * The frame of the player and its start screen, in the entry (questions: views/question-controls
 * .styles.ts; the after screens add theirs when their chunk arrives). Theme through --cite-quiz-* custom properties (each read with a fallback, so a theme set on
 * :root reaches inside) and parts. Logical properties only, so dir="rtl" lays out right.
 * Right and wrong are never colour alone: each verdict has a word and a symbol. Nothing moves,
 * so prefers-reduced-motion needs no rule.
 */
const frameStyles = css`
  :host { container-type: inline-size; }

  .base {
    box-sizing: border-box;
    max-inline-size: 48rem;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_color);
    font-family: var(--cite-quiz-font, inherit);
    font-size: 1rem;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  *, *::before, *::after { box-sizing: inherit; }
  h2 { font-size: 1.25rem; margin-block: 0 0.75rem; }
  p { margin-block: 0.5rem; }
  /* Every focusable element: buttons, fields, links, summaries, the reader's text (a heading focused by script keeps buttonStyles' thinner ring). */
  :focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; }
  a { color: var(--_accent); }

  .header { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; justify-content: space-between; }
  .header h2 { margin: 0; }
  .progress-row { display: flex; align-items: center; gap: 0.5rem; margin-block: 0.5rem; }
  progress { flex: 1; min-inline-size: 0; block-size: 0.5rem; accent-color: var(--_accent); }

  .nav, .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-block-start: 1rem; }
  .nav button:last-child { margin-inline-start: auto; }
  .meta { padding-inline-start: 1.25rem; }
  .facts div { display: flex; flex-wrap: wrap; gap: 0 0.5rem; }
  dt { font-weight: 600; }
  dt::after { content: ':'; }
  dd { margin: 0; }

  .visually-hidden {
    position: absolute; inline-size: 1px; block-size: 1px; margin: -1px; padding: 0;
    overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0;
  }

  @media (forced-colors: active) {
    button.primary { forced-color-adjust: none; background: ButtonText; color: ButtonFace; border-color: ButtonText; }
    button.primary:focus-visible { outline-color: Highlight; }
  }
  /* The quiz's own width, not the window's: a narrow column in a wide page stacks too. */
  @container (max-width: 30rem) {
    .base { padding: 0.75rem; }
    .nav button:last-child { margin-inline-start: 0; }
    /* The heading and "Read the report" share the first row (the clock goes to the next: after.styles.ts). */
    .header h2 { font-size: 1rem; }
  }
`;

export const styles = [themeStyles, buttonStyles, frameStyles, questionStyles];
