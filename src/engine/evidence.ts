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

export function indexSource(sourceText: string): EvidenceIndex {
  const straight = straightenQuotes(sourceText); // same length: one character for one
  // Runs of text and of whitespace, each handled whole; pieces joined once at the end (growing a
  // string character by character was quadratic, and froze a tab on a 1,000,000-character source).
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const run of straight.matchAll(/\s+|\S+/g)) {
    const at = run.index;
    const text = run[0];
    if (/\s/.test(text[0]!)) {
      pieces.push(' ');
      starts.push(at);
      ends.push(at + text.length);
    } else {
      pieces.push(text);
      for (let i = 0; i < text.length; i++) {
        starts.push(at + i);
        ends.push(at + i + 1);
      }
    }
  }
  return { normalized: pieces.join(''), starts, ends };
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
    return { start: index.starts[at]!, end: index.ends[end - 1]! };
  }
  return null;
}
