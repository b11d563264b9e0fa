import { css } from 'lit';
import { questionStyles } from '../views/question-controls.styles.js';

/**
 * The frame of the player and its start screen, in the entry (questions: views/question-controls
 * .styles.ts; the after screens add theirs when their chunk arrives). Theme through --cite-quiz-* custom properties (each read with a fallback, so a theme set on
 * :root reaches inside) and parts. Logical properties only, so dir="rtl" lays out right.
 * Right and wrong are never colour alone: each verdict has a word and a symbol. Nothing moves,
 * so prefers-reduced-motion needs no rule.
 */
export const frameStyles = css`
  /*
   * Each colour is light-dark(light, dark). The scheme is the host page's (color-scheme is
   * inherited): light unless the page declares dark support; theme="auto" follows the system,
   * theme="light" / "dark" fix it.
   */
  :host {
    display: block;
    container-type: inline-size;
    --_accent: var(--cite-quiz-accent, light-dark(#1d4ed8, #93c5fd));
    --_background: var(--cite-quiz-background, light-dark(#ffffff, #111827));
    --_color: var(--cite-quiz-color, light-dark(#111827, #f3f4f6));
    --_muted: var(--cite-quiz-muted, light-dark(#4b5563, #d1d5db));
    --_border: var(--cite-quiz-border, light-dark(#6b7280, #9ca3af));
    --_correct: var(--cite-quiz-correct, light-dark(#166534, #86efac));
    --_wrong: var(--cite-quiz-wrong, light-dark(#991b1b, #fca5a5));
    --_highlight: var(--cite-quiz-highlight, light-dark(#fde68a, #854d0e));
    --_radius: var(--cite-quiz-radius, 0.5rem);
  }
  :host([theme='auto']) { color-scheme: light dark; }
  :host([theme='light']) { color-scheme: light; }
  :host([theme='dark']) { color-scheme: dark; }

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
  h3 { font-size: 1.125rem; margin-block: 1.5rem 0.5rem; }
  h4, .subheading { font-size: 1rem; font-weight: 700; margin-block: 0.75rem 0.25rem; }
  p { margin-block: 0.5rem; }
  [tabindex='-1']:focus { outline: none; }
  [tabindex='-1']:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }

  button {
    font: inherit;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
  }
  button.primary { background: var(--_accent); color: var(--_on-accent, var(--_background)); }
  /*
   * Text on the accent: white or black, whichever keeps 4.5:1 on whatever accent a site sets, in
   * either scheme. y is the accent's relative luminance (WCAG's); at 0.1791 both contrast
   * equally (4.58:1), below it white wins, above it black.
   */
  @supports (color: color(from red xyz-d65 x y z)) {
    :host {
      --_on-accent: color(from var(--_accent) xyz-d65 calc(0.9505 * clamp(0, (0.1791 - y) * 100000, 1))
        clamp(0, (0.1791 - y) * 100000, 1) calc(1.089 * clamp(0, (0.1791 - y) * 100000, 1)));
    }
  }
  button.link { border-color: transparent; text-decoration: underline; padding-inline: 0.25rem; }
  button:disabled { opacity: 0.55; cursor: not-allowed; }
  button:focus-visible, input:focus-visible, select:focus-visible, a:focus-visible, .reader-text:focus-visible, summary:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  a { color: var(--_accent); }

  .header { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; justify-content: space-between; }
  .header h2 { margin: 0; }
  .progress-row { display: flex; align-items: center; gap: 0.5rem; margin-block: 0.5rem; }
  progress { flex: 1; min-inline-size: 0; block-size: 0.5rem; accent-color: var(--_accent); }



  .nav, .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-block-start: 1rem; }
  .nav button:last-child { margin-inline-start: auto; }
  .meta { padding-inline-start: 1.25rem; }
  .notice { border-inline-start: 0.25rem solid var(--_accent); padding-inline-start: 0.75rem; }
  .resume, .last { font-weight: 600; }
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

export const styles = [frameStyles, questionStyles];
