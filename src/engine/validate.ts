/**
 * The bank's meaning, checked after its shape: what a schema cannot see because it needs
 * several fields at once. Each rule adds a problem; none stops the others, so a teacher sees
 * every problem in one pass. Problems are located, not worded: `issues.ts` writes the messages,
 * and is loaded only when a bank fails.
 *
 * Fast path (issue 8): a clean question costs a few comparisons per rule, with no paths built
 * and nothing allocated for reporting; only a rule that finds a problem walks its list again to
 * say where.
 */
import { indexSource, locateQuote, type TextRange } from './evidence.js';
import type { Bank, Question } from './schema.js';
import { normalizeAnswer } from './text.js';

/** Where each question's evidence quotes stand in `source.text`, by question id, in quote order. */
export type EvidenceRanges = ReadonlyMap<string, readonly TextRange[]>;

export type Path = (string | number)[];

/** What may be repeated within a question (or a bank, for question ids). */
export type Repeated = 'question id' | 'choice id' | 'choice text' | 'answer' | 'pair id' | 'left-hand text'
  | 'right-hand text' | 'item id' | 'item text' | 'blank id' | 'blank';

/** A problem of meaning, located (by locate.ts); `issues.ts` puts it into words. */
export type MeaningProblem =
  | { code: 'meaning'; rule: 'duplicate'; path: Path; what: Repeated; value: string; first: Path }
  | { code: 'meaning'; rule: 'unknown-answer'; path: Path; value: string; choices: { id: string; text: string }[] }
  | { code: 'meaning'; rule: 'undefined-blank' | 'unused-blank' | 'missing-quote'; path: Path; value: string };

/**
 * What the fast path doubts, in a failed check: a question that breaks a rule of meaning, or the
 * bank's question ids (one is repeated). `locateDoubts` (locate.ts, loaded with the messages
 * when a bank fails) finds which rule, and where.
 */
export type Doubt =
  | { code: 'meaning'; rule: 'doubt'; path: Path; question: Question }
  | { code: 'meaning'; rule: 'doubt'; path: []; ids: readonly string[] };

/** `{{blankId}}` in a cloze text; spaces inside the braces are allowed. */
const BLANK_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** A cloze text cut into its words and its blanks, in order: `["It is ", { blank: "hedge" }, "."]`. */
export type ClozePart = string | { blank: string };

export function splitCloze(text: string): ClozePart[] {
  const parts: ClozePart[] = [];
  let last = 0;
  for (const match of text.matchAll(BLANK_PATTERN)) {
    parts.push(text.slice(last, match.index), { blank: match[1]! });
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

/** True when no value of the list is repeated: pairs compared for a short list, a set for a long one. */
export function allDifferent(keys: readonly string[]): boolean {
  if (keys.length > 16) return new Set(keys).size === keys.length;
  for (let i = 1; i < keys.length; i++) for (let j = 0; j < i; j++) if (keys[i] === keys[j]) return false;
  return true;
}

/** True when no two entries share an id: each pair compared, nothing allocated. */
function distinctIds(entries: readonly { id: string }[]): boolean {
  for (let i = 1; i < entries.length; i++) {
    const id = entries[i]!.id;
    for (let j = 0; j < i; j++) if (entries[j]!.id === id) return false;
  }
  return true;
}

/**
 * True when two texts are certainly different as typed answers compare them (`normalizeAnswer`),
 * decided in place: after a start they share (printable ASCII and spaces, the same but for the
 * case of letters, which normalises alike in both), they differ at a printable ASCII character
 * other than by its case. False: maybe the same.
 */
function surelyDifferent(a: string, b: string): boolean {
  for (let i = 0; i < a.length && i < b.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === 32 && y === 32) continue;
    // Beyond printable ASCII, normalising may change a character or move the ones after it.
    if (x < 33 || x > 126 || y < 33 || y > 126) return false;
    if (x !== y && ((x | 32) !== (y | 32) || (x | 32) < 97 || (x | 32) > 122)) return true;
  }
  return false;
}

/**
 * True when no two entries' `field` texts are the same as typed answers compare them
 * (`normalizeAnswer`); texts that differ early (the common case) are compared in place.
 */
function distinctTexts<K extends string>(entries: readonly Record<K, string>[], field: K): boolean {
  for (let i = 1; i < entries.length; i++) {
    for (let j = 0; j < i; j++) {
      if (!surelyDifferent(entries[i]![field], entries[j]![field])) return allDifferent(entries.map((entry) => normalizeAnswer(entry[field])));
    }
  }
  return true;
}

/** True when `list` has an entry with this id. */
function hasId(list: readonly { id: string }[], id: string): boolean {
  for (let i = 0; i < list.length; i++) if (list[i]!.id === id) return true;
  return false;
}

/**
 * The fast path: true when `checkQuestion` (locate.ts) would find nothing, decided with few allocations
 * (fewer objects to collect while the freshly parsed bank is still young). A question it doubts
 * goes through `checkQuestion`, which says where the problem is. (test/engine/properties.test.ts
 * checks the two agree.)
 */
export function isClean(question: Question): boolean {
  switch (question.type) {
    case 'single':
      return distinctIds(question.choices) && distinctTexts(question.choices, 'text') && hasId(question.choices, question.answer);
    case 'multiple':
      return distinctIds(question.choices) && distinctTexts(question.choices, 'text')
        && question.answer.every((answer) => hasId(question.choices, answer)) && allDifferent(question.answer);
    case 'match':
      return distinctIds(question.pairs) && distinctTexts(question.pairs, 'left')
        && distinctTexts([...question.pairs, ...(question.distractors ?? []).map((right) => ({ right }))], 'right');
    case 'order':
      return distinctIds(question.items) && distinctTexts(question.items, 'text');
    case 'cloze': {
      // Clean when the blanks in the text and the defined ones match one for one.
      const used = Array.from(question.text.matchAll(BLANK_PATTERN), (match) => match[1]!);
      return used.length === question.blanks.length && distinctIds(question.blanks) && allDifferent(used)
        && used.every((name) => hasId(question.blanks, name));
    }
    case 'true-false':
      return true;
  }
}

/**
 * Checks the meaning of each question whose shape is valid (all but the ids, which are the
 * bank's: `checkQuestionIds`, locate.ts); a question with a problem comes back as a doubt. `indexes` gives each one's place in the bank when only some are
 * checked (a bank with shape problems has its other questions checked too). Quotes are looked
 * for in `sourceText` when there is one.
 */
export function checkMeaning(
  questions: readonly Question[], sourceText: string | undefined, indexes?: readonly number[],
): { problems: (MeaningProblem | Doubt)[]; evidence: Map<string, readonly TextRange[]> } {
  const problems: (MeaningProblem | Doubt)[] = [];
  const evidence = new Map<string, readonly TextRange[]>();
  const sourceIndex = sourceText === undefined ? undefined : indexSource(sourceText);
  // Banks quote the same sentence from many questions: each distinct quote is looked for once,
  // and its list of one range is shared by the questions that quote only it (most do), so a
  // clean question allocates nothing while the freshly parsed bank is still young.
  const found = new Map<string, TextRange | null>();
  for (let i = 0; i < questions.length; i++) {
    const question = questions[i]!;
    // The question's path is built only for a question that has a problem.
    const place = indexes ? indexes[i]! : i;
    if (!isClean(question)) problems.push({ code: 'meaning', rule: 'doubt', path: ['questions', place], question });
    if (!sourceIndex) continue;
    const ranges: TextRange[] = [];
    for (let q = 0; q < question.evidence.length; q++) {
      const quote = question.evidence[q]!;
      let range = found.get(quote);
      if (range === undefined) found.set(quote, (range = locateQuote(sourceIndex, quote)));
      if (range) ranges.push(range);
      else problems.push({ code: 'meaning', rule: 'missing-quote', path: ['questions', place, 'evidence', q], value: quote });
    }
    if (!evidence.has(question.id)) evidence.set(question.id, ranges);
  }
  return { problems, evidence };
}

/** Checks the meaning of a bank whose shape is valid. */
export function validateBank(bank: Bank): { problems: (MeaningProblem | Doubt)[]; evidence: EvidenceRanges } {
  const meaning = checkMeaning(bank.questions, bank.source.text);
  // `evidence` holds each distinct id once: fewer entries than questions means a repeated id,
  // and only then are the ids listed, for locate.ts to say which (first, before the other problems).
  const problems: (MeaningProblem | Doubt)[] = [];
  if (meaning.evidence.size < bank.questions.length) problems.push({ code: 'meaning', rule: 'doubt', path: [], ids: bank.questions.map((q) => q.id) });
  return { problems: problems.concat(meaning.problems), evidence: meaning.evidence };
}
