import { css } from 'lit';

/**
 * Theme through --cite-quiz-* custom properties (each read with a fallback, so a theme set on
 * :root reaches inside) and parts. Logical properties only, so dir="rtl" lays out right.
 * Right and wrong are never colour alone: each verdict has a word and a symbol. Nothing moves,
 * so prefers-reduced-motion needs no rule.
 */
export const styles = css`
  /* Each colour is light-dark(light, dark): the scheme follows prefers-color-scheme, or theme. */
  :host {
    display: block;
    container-type: inline-size;
    color-scheme: light dark;
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
  button.primary { background: var(--_accent); color: var(--_background); }
  button.link { border-color: transparent; text-decoration: underline; padding-inline: 0.25rem; }
  button:disabled { opacity: 0.55; cursor: not-allowed; }
  button:focus-visible, input:focus-visible, select:focus-visible, a:focus-visible, .reader-text:focus-visible, summary:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  a { color: var(--_accent); }

  .header { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; justify-content: space-between; }
  .header h2 { margin: 0; }
  progress { inline-size: 100%; block-size: 0.5rem; margin-block: 0.75rem; accent-color: var(--_accent); }

  fieldset { border: 0; padding: 0; margin: 0; min-inline-size: 0; }
  legend.prompt { font-size: 1.125rem; font-weight: 600; padding: 0; margin-block-end: 0.75rem; }
  .choice {
    display: flex; align-items: center; gap: 0.75rem;
    min-block-size: 2.75rem; padding-block: 0.5rem; padding-inline: 0.75rem;
    margin-block-end: 0.5rem; border: 1px solid var(--_border); border-radius: var(--_radius); cursor: pointer;
  }
  .choice input { inline-size: 1.25rem; block-size: 1.25rem; margin: 0; flex: none; accent-color: var(--_accent); }
  fieldset:disabled .choice { cursor: default; }
  .choice-mark { margin-inline-start: auto; font-weight: 700; white-space: nowrap; }
  .choice--correct { border-color: var(--_correct); border-width: 2px; }
  .choice--correct .choice-mark { color: var(--_correct); }
  .choice--wrong { border-color: var(--_wrong); border-width: 2px; border-style: dashed; }
  .choice--wrong .choice-mark { color: var(--_wrong); }
  .match-row { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 0.5rem 1rem; align-items: center; margin-block-end: 0.75rem; }
  select, input.blank {
    font: inherit; min-block-size: 2.75rem; padding-inline: 0.5rem;
    border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_background); color: var(--_color);
    max-inline-size: 100%;
  }
  input.blank { inline-size: 12ch; margin-inline: 0.25rem; }
  .cloze-text { line-height: 2.75; }
  .order-list { list-style: decimal; padding-inline-start: 1.5rem; margin: 0; }
  .order-item {
    display: flex; align-items: center; justify-content: space-between; gap: 0.5rem;
    padding-block: 0.25rem; padding-inline: 0.75rem; margin-block-end: 0.5rem;
    border: 1px solid var(--_border); border-radius: var(--_radius);
  }
  .order-buttons { display: flex; gap: 0.5rem; flex: none; }
  .hint { margin-block: 0.75rem; }
  summary { cursor: pointer; min-block-size: 2.75rem; display: flex; align-items: center; }
  .question > button.primary { margin-block-start: 0.75rem; }

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

  .nav, .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-block-start: 1rem; }
  .nav button:last-child { margin-inline-start: auto; }
  .timer { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
  .timer--warning span { font-weight: 700; color: var(--_wrong); }
  .timer--warning span::before { content: '⚠ '; }
  .meta, .issues { padding-inline-start: 1.25rem; }
  .unanswered { display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; list-style: none; padding: 0; }
  .facts div, .answers div { display: flex; flex-wrap: wrap; gap: 0 0.5rem; }
  dt { font-weight: 600; }
  dt::after { content: ':'; }
  dd { margin: 0; }
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

  .visually-hidden {
    position: absolute; inline-size: 1px; block-size: 1px; margin: -1px; padding: 0;
    overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0;
  }

  @media (forced-colors: active) {
    button.primary { forced-color-adjust: none; background: ButtonText; color: ButtonFace; border-color: ButtonText; }
    button.primary:focus-visible { outline-color: Highlight; }
    .verdict--correct, .verdict--wrong, .timer--warning span, .choice-mark { color: CanvasText; }
    mark { background: Mark; color: MarkText; }
  }
  /* The quiz's own width, not the window's: a narrow column in a wide page stacks too. */
  @container (max-width: 30rem) {
    .base { padding: 0.75rem; }
    .match-row { grid-template-columns: minmax(0, 1fr); }
    .nav button:last-child { margin-inline-start: 0; }
  }
`;
