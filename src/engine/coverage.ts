/**
 * How much of the source a set of questions tests: the source cut into sentences, and which of
 * them an evidence quote of the chosen questions touches. A teacher sees what is quoted and can
 * walk through the passages no question covers yet.
 */
import type { TextRange } from './evidence.js';
import type { EvidenceRanges } from './validate.js';

export interface SourceCoverage {
  /** Every sentence of the source, in order, and whether a quote touches it. */
  sentences: { range: TextRange; tested: boolean }[];
  /** How many sentences a quote touches. */
  tested: number;
  /** The quoted stretches of the source, merged where they touch or overlap, in order. */
  quoted: TextRange[];
  /** Runs of consecutive untested sentences within a paragraph, in order: the passages to look at next. */
  untested: TextRange[];
}

/**
 * A full stop after one of these does not end a sentence. Initialisms ("U.S.", "e.g.") are
 * never taken for a sentence's end either: "the U.S. Ambassador" is one sentence; the price is
 * that a sentence ending in one is joined to the next.
 */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'vs', 'etc', 'jr', 'sr', 'gen', 'gov', 'sen', 'rep', 'col', 'lt', 'mt', 'inc', 'ltd', 'co', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/**
 * The sentences of a text, as ranges without their surrounding whitespace. A sentence ends at
 * `.`, `!` or `?` (with any closing quotes or brackets after it) followed by whitespace and a
 * word that does not start in lower case ("“Why?” he asked" is one sentence), unless
 * the word before a full stop is an abbreviation or an initialism; a line break always ends one
 * (a title has no full stop).
 */
export function splitSentences(text: string): TextRange[] {
  const sentences: TextRange[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    let start = line.index;
    const end = line.index + line[0].length;
    for (const stop of line[0].matchAll(/([\p{L}\p{N}.]*)[.!?]+["'”’)\]]*(?=\s+(?![\s\p{Ll}]))/gu)) {
      const word = stop[1]!;
      const isFullStop = stop[0].startsWith(`${word}.`);
      if (isFullStop && (ABBREVIATIONS.has(word.toLowerCase()) || /^(?:\p{L}\.)*\p{L}$/u.test(word))) continue;
      const stopEnd = line.index + stop.index + stop[0].length;
      pushTrimmed(text, start, stopEnd, sentences);
      start = stopEnd;
    }
    pushTrimmed(text, start, end, sentences);
  }
  return sentences;
}

function pushTrimmed(text: string, start: number, end: number, into: TextRange[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) into.push({ start, end });
}

const overlaps = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;

/** Sorted, with ranges that touch or overlap merged into one. */
function merge(ranges: readonly TextRange[]): TextRange[] {
  const merged: TextRange[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** The coverage of `sourceText` by the evidence quotes of the questions in `questionIds`. */
export function sourceCoverage(sourceText: string, evidence: EvidenceRanges, questionIds: Iterable<string>): SourceCoverage {
  const quoted = merge([...questionIds].flatMap((id) => evidence.get(id) ?? []));
  const sentences = splitSentences(sourceText).map((range) => ({ range, tested: quoted.some((q) => overlaps(q, range)) }));
  const untested: TextRange[] = [];
  sentences.forEach((sentence, i) => {
    if (sentence.tested) return;
    const before = sentences[i - 1];
    // An untested sentence right after another, in the same paragraph, extends its passage.
    if (before && !before.tested && !sourceText.slice(before.range.end, sentence.range.start).includes('\n')) untested[untested.length - 1]!.end = sentence.range.end;
    else untested.push({ ...sentence.range });
  });
  return { sentences, tested: sentences.filter((s) => s.tested).length, quoted, untested };
}

/** The first untested passage after `position` (a character offset), wrapping to the first; null when every sentence is tested. */
export function nextUntested(coverage: SourceCoverage, position: number): TextRange | null {
  return coverage.untested.find((range) => range.start > position) ?? coverage.untested[0] ?? null;
}
