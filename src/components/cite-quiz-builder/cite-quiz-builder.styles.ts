import { css } from 'lit';
import { buttonStyles, themeStyles } from '../views/theme.styles.js';
import { questionStyles } from '../views/question-controls.styles.js';

/**
 * The builder's layout. Colours come from the same --cite-quiz-* custom properties as the
 * player, so one theme dresses both; logical properties only, so dir="rtl" lays out right.
 */
const layout = css`
  .base {
    box-sizing: border-box;
    padding: 1rem;
    background: var(--_background);
    color: var(--_color);
    font-family: var(--cite-quiz-font, inherit);
    line-height: 1.5;
  }
  *, *::before, *::after { box-sizing: inherit; }
  h2 { font-size: 1.25rem; margin-block: 1.5rem 0.75rem; }
  section { margin-block-end: 1.5rem; }

  input, select, textarea { font: inherit; color: inherit; }
  input, select, textarea {
    min-block-size: 2.75rem;
    padding-block: 0.25rem;
    padding-inline: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  input[type='checkbox'] { min-block-size: auto; inline-size: 1.5rem; block-size: 1.5rem; margin: 0; accent-color: var(--_accent); }
  textarea { inline-size: 100%; font-family: ui-monospace, monospace; font-size: 0.875rem; }
  :focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; }
  a { color: var(--_accent); display: inline-flex; align-items: center; min-block-size: 2.75rem; }

  .field { display: flex; flex-direction: column; gap: 0.25rem; margin-block-end: 0.75rem; }
  .field small { color: var(--_muted); }
  .inline { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
  .field.inline { flex-direction: row; margin: 0; }
  .field.inline input { inline-size: 5rem; }
  .check { display: flex; align-items: center; gap: 0.5rem; min-block-size: 2.75rem; }
  .filters { display: flex; flex-wrap: wrap; gap: 0 1rem; }
  .actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; margin-block-end: 0.75rem; }

  .table-scroll { overflow: auto; max-block-size: 32rem; border: 1px solid var(--_border); border-radius: var(--_radius); }
  table { border-collapse: collapse; inline-size: 100%; font-size: 0.9375rem; }
  th, td { text-align: start; vertical-align: top; padding: 0.5rem; border-block-end: 1px solid var(--_border); }
  thead th { position: sticky; inset-block-start: 0; background: var(--_background); }
  tbody th { font-weight: 400; min-inline-size: 16rem; }
  tr.picked { background: color-mix(in srgb, var(--_accent) 10%, transparent); }
  .id { display: block; font-family: ui-monospace, monospace; font-size: 0.8125rem; color: var(--_muted); }
  td blockquote { margin: 0 0 0.5rem; padding-inline-start: 0.5rem; border-inline-start: 3px solid var(--_border); min-inline-size: 14rem; }

  .configure { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr)); gap: 1.5rem; align-items: start; }
  .output { margin-block-end: 1rem; }
  .output label { display: block; font-weight: 600; }

  .source-text { white-space: pre-wrap; max-block-size: 28rem; overflow: auto; padding: 0.75rem; border: 1px solid var(--_border); border-radius: var(--_radius); }
  mark { background: var(--_highlight); color: inherit; }
  .untested { text-decoration: underline dotted; text-underline-offset: 0.2em; }
  .untested--current { outline: 2px dashed var(--_accent); outline-offset: 2px; }
  .error { color: var(--_wrong); }
  .question-preview {
    inline-size: min(44rem, calc(100vw - 2rem)); max-block-size: calc(100vh - 2rem); overflow: auto;
    padding: 1rem; border: 1px solid var(--_border); border-radius: var(--_radius);
    background: var(--_background); color: var(--_color); container-type: inline-size;
  }
  .question-preview::backdrop { background: rgb(0 0 0 / 0.5); }
  .dialog-header { display: flex; justify-content: space-between; align-items: center; gap: 1rem; }
  .dialog-header h2 { margin: 0; }
  .untested:focus { outline: 2px solid var(--_accent); outline-offset: 2px; }
  .visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

/** The feedback view's styles come with the player's after chunk (see cite-quiz-builder.ts). */
export const styles = [themeStyles, buttonStyles, questionStyles, layout];
