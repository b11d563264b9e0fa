/**
 * Text normalisation, in one place, for the two comparisons the engine makes:
 * evidence quotes against the source, and typed cloze answers against accepted ones.
 */

const ASCII = /^[\x00-\x7f]*$/;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/g;

/** Curly quotes and apostrophes to straight ones. */
export function straightenQuotes(text: string): string {
  return text.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
}

/**
 * For comparing typed answers: case, surrounding and repeated whitespace, diacritics and curly
 * quotes are ignored; everything else (spelling, punctuation, digits) counts.
 */
export function normalizeAnswer(text: string): string {
  // Plain ASCII has no curly quotes and no diacritics: skip the costly steps (a 10,000-question
  // bank compares some 40,000 choice texts when it loads).
  if (ASCII.test(text)) return text.replace(/\s+/g, ' ').trim().toLowerCase();
  return straightenQuotes(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('en');
}
