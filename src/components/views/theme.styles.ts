import { css } from 'lit';

/**
 * The theme every citequiz element reads: each colour from a --cite-quiz-* custom property
 * with a fallback (so a theme set on :root reaches inside), as light-dark(light, dark). The
 * scheme is the host page's (color-scheme is inherited): light unless the page declares dark
 * support, so a light-only course page never gets a dark quiz; theme="auto" follows the system,
 * theme="light" / "dark" fix it (in any case, as readSettings reads it).
 */
export const themeStyles = css`
  :host {
    display: block;
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
  :host([theme='auto' i]) { color-scheme: light dark; }
  :host([theme='light' i]) { color-scheme: light; }
  :host([theme='dark' i]) { color-scheme: dark; }
`;

/** Buttons (44 px targets, WCAG 2.5.5) and focus on headings moved to by script: every element's. */
export const buttonStyles = css`
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
`;
