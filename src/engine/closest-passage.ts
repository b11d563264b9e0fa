/**
 * For an evidence quote that is not in the source: the passage of the source it was most likely
 * copied from, and the first word where the two part. Part of the messages chunk (it runs only
 * for a failing bank). Words are compared as quotes are matched: curly and straight quotes alike.
 */
import { straightenQuotes } from './text.js';

export interface ClosestPassage {
  /** The passage of the source, as written there, with the first differing word marked »so«. */
  passage: string;
  /** The differing word in the source and in the quote; absent when every word is the same
   * (the quote then starts or ends inside a word of the source). */
  sourceWord?: string;
  quoteWord?: string;
  /** Where the differing word starts in the quote, to show that part of a long quote. */
  quoteOffset: number;
}

interface Word {
  text: string;
  key: string;
  start: number;
}

function wordsOf(text: string): Word[] {
  return Array.from(text.matchAll(/\S+/g), (match) => ({ text: match[0], key: straightenQuotes(match[0]), start: match.index }));
}

/** Words this frequent in the source say little about where a quote comes from. */
const COMMON = 500;
/** How far the passage may end from the quote's length: a quote may have dropped or added words. */
const SLACK = 3;
/** Characters of context kept on each side of the marked word. */
const CONTEXT = 70;

/** Finds closest passages in one source; build it once for all of a bank's missing quotes. */
export class PassageFinder {
  private readonly words: Word[];
  private readonly positions = new Map<string, number[]>();
  private straightSource: string | undefined;

  constructor(private readonly source: string) {
    this.words = wordsOf(source);
    this.words.forEach((word, i) => {
      const key = word.key.toLowerCase();
      const list = this.positions.get(key);
      if (list) list.push(i);
      else this.positions.set(key, [i]);
    });
  }

  /** The passage that shares most words with the quote at the same distances, or null if none. */
  find(quote: string): ClosestPassage | null {
    const quoteWords = wordsOf(quote);
    // Each quote word found at source word i votes for the passage starting at i - (its place).
    const votes = new Map<number, number>();
    quoteWords.forEach((word, j) => {
      const at = this.positions.get(word.key.toLowerCase());
      if (!at || (at.length > COMMON && quoteWords.length > 1)) return;
      for (const i of at) votes.set(i - j, (votes.get(i - j) ?? 0) + 1);
    });
    let start = 0;
    let best = 0;
    for (const [candidate, count] of votes) if (count > best || (count === best && candidate < start)) [start, best] = [candidate, count];
    if (!best) return this.insideWords(quote);
    start = Math.max(0, start);
    const end = this.endOf(start, quoteWords);
    let differ = 0;
    while (differ < quoteWords.length && start + differ < end && quoteWords[differ]!.key === this.words[start + differ]!.key) differ++;
    if (differ === quoteWords.length) return this.insideWords(quote);
    const first = this.words[start]!;
    const last = this.words[end - 1]!;
    const sourceWord = start + differ < end ? this.words[start + differ] : undefined;
    const quoteWord = differ < quoteWords.length ? quoteWords[differ] : undefined;
    let passage: string;
    if (sourceWord) {
      const before = this.source.slice(first.start, sourceWord.start);
      const after = this.source.slice(sourceWord.start + sourceWord.text.length, last.start + last.text.length);
      passage = `${clipStart(before)}»${sourceWord.text}«${clipEnd(after)}`;
    } else passage = clipEnd(this.source.slice(first.start, last.start + last.text.length));
    return {
      passage,
      ...(sourceWord && quoteWord ? { sourceWord: sourceWord.text, quoteWord: quoteWord.text } : {}),
      quoteOffset: quoteWord?.start ?? 0,
    };
  }

  /** Where the passage starting at `start` ends: at the quote's last word (punctuation aside), if it is near. */
  private endOf(start: number, quoteWords: readonly Word[]): number {
    const length = quoteWords.length;
    const loose = (key: string) => key.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    const last = loose(quoteWords[length - 1]!.key);
    for (let shift = 0; shift <= SLACK; shift++) {
      for (const end of shift ? [start + length - shift, start + length + shift] : [start + length]) {
        if (end > start && end <= this.words.length && loose(this.words[end - 1]!.key) === last) return end;
      }
    }
    return Math.min(this.words.length, start + length);
  }

  /**
   * A quote whose words are all in the source but that starts or ends inside a word of it
   * ("safe" in "unsafe"): the whole words it stands in.
   */
  private insideWords(quote: string): ClosestPassage | null {
    const pattern = straightenQuotes(quote).trim().split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
    this.straightSource ??= straightenQuotes(this.source); // the same length as the source
    const match = new RegExp(pattern).exec(this.straightSource);
    if (!match) return null;
    const from = this.source.slice(0, match.index).search(/\S*$/);
    const to = match.index + match[0].length + /^\S*/.exec(this.source.slice(match.index + match[0].length))![0].length;
    return { passage: clipEnd(this.source.slice(from, to)), quoteOffset: 0 };
  }
}

function clipStart(text: string): string {
  return text.length > CONTEXT ? `…${text.slice(text.length - CONTEXT).replace(/^\S*\s/, '')}` : text;
}

function clipEnd(text: string): string {
  return text.length > CONTEXT ? `${text.slice(0, CONTEXT).replace(/\s\S*$/, '')}…` : text;
}
