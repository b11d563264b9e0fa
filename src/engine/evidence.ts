/**
 * Finding evidence quotes in the source text. A quote matches when it equals a stretch of the
 * source after two normalisations only: runs of whitespace (non-breaking spaces included) count
 * as one space, and curly quotes and apostrophes count as straight ones. Nothing else is
 * forgiven, so a quote cannot drift from what the source says.
 */
import { straightenQuotes } from './text.js';

/** A quote's place in the source, as `source.text.slice(start, end)`. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * The source, normalised once, and where its whitespace was folded, so that a match in the
 * normalised text maps back to a range of the original for highlighting.
 */
export interface EvidenceIndex {
  readonly normalized: string;
  /** The place in `normalized` of each run of several whitespace characters folded into one space. */
  readonly folds: readonly number[];
  /** How many characters the folds up to and including each one removed. */
  readonly removed: readonly number[];
}

/** Runs that normalising changes: two or more whitespace characters, or one that is not a space. */
const FOLDED_WHITESPACE = /\s\s+|[^\S ]/g;

export function indexSource(sourceText: string): EvidenceIndex {
  const folds: number[] = [];
  const removed: number[] = [];
  let total = 0;
  // One replace over the source (straightening quotes keeps its length); a single space, the
  // common case, is not even visited.
  const normalized = straightenQuotes(sourceText).replace(FOLDED_WHITESPACE, (run: string, at: number) => {
    if (run.length > 1) {
      folds.push(at - total);
      total += run.length - 1;
      removed.push(total);
    }
    return ' ';
  });
  return { normalized, folds, removed };
}

/** The place in the original source of the character at `at` in the normalised one. */
function originalOffset(index: EvidenceIndex, at: number): number {
  const { folds, removed } = index;
  // The last fold before `at`, by binary search: the characters it and earlier folds removed.
  let low = 0;
  let high = folds.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (folds[middle]! < at) low = middle + 1;
    else high = middle;
  }
  return at + (low ? removed[low - 1]! : 0);
}

function normalizeQuote(quote: string): string {
  return straightenQuotes(quote).replace(/\s+/g, ' ').trim();
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/**
 * Where `quote` stands in the indexed source (its first occurrence), or null if it does not.
 * A quote that starts or ends inside a word of the source does not count: "safe" is not found
 * in "unsafe", which would let a quote say the opposite of the source.
 */
export function locateQuote(index: EvidenceIndex, quote: string): TextRange | null {
  const needle = normalizeQuote(quote);
  if (!needle) return null;
  const text = index.normalized;
  const splitsWord = (inside: string, outside: string | undefined) =>
    outside !== undefined && WORD_CHARACTER.test(inside) && WORD_CHARACTER.test(outside);
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (splitsWord(needle[0]!, text[at - 1]) || splitsWord(needle[needle.length - 1]!, text[end])) continue;
    // A quote starts and ends on a character that is not whitespace: it was not folded.
    return { start: originalOffset(index, at), end: originalOffset(index, end - 1) + 1 };
  }
  return null;
}
