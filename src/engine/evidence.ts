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
 * The source, normalised once, with each normalised character's place in the original, so a
 * match in normalised text maps back to a range of the original for highlighting.
 */
export interface EvidenceIndex {
  readonly normalized: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

const WHITESPACE = /\s/;

export function indexSource(sourceText: string): EvidenceIndex {
  const straight = straightenQuotes(sourceText); // same length: one character for one
  // Characters collected in an array and joined once: growing a string and asking it about its
  // end at every step is quadratic, and a 1,000,000-character source would freeze the tab.
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < straight.length; i++) {
    const char = straight[i]!;
    const space = WHITESPACE.test(char);
    if (space && lastWasSpace) {
      ends[ends.length - 1] = i + 1;
      continue;
    }
    chars.push(space ? ' ' : char);
    starts.push(i);
    ends.push(i + 1);
    lastWasSpace = space;
  }
  return { normalized: chars.join(''), starts, ends };
}

function normalizeQuote(quote: string): string {
  return straightenQuotes(quote).replace(/\s+/g, ' ').trim();
}

/** Where `quote` stands in the indexed source (its first occurrence), or null if it does not. */
export function locateQuote(index: EvidenceIndex, quote: string): TextRange | null {
  const needle = normalizeQuote(quote);
  if (!needle) return null;
  const at = index.normalized.indexOf(needle);
  if (at < 0) return null;
  return { start: index.starts[at]!, end: index.ends[at + needle.length - 1]! };
}
