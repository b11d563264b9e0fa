import { css } from 'lit';

/**
 * The theme every citequiz element reads: each colour from a --cite-quiz-* custom property
 * with a fallback (so a theme set on :root reaches inside), as light-dark(light, dark) so the
 * scheme follows prefers-color-scheme, or the element's `theme` attribute (in any case, as
 * parseSettings reads it).
 */
export const themeStyles = css`
  :host {
    display: block;
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
  :host([theme='light' i]) { color-scheme: light; }
  :host([theme='dark' i]) { color-scheme: dark; }
`;
