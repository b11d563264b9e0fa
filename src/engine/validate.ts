/**
 * The bank's meaning, checked after its shape: what a schema cannot see because it needs
 * several fields at once. Each rule adds issues; none stops the others, so a teacher sees
 * every problem in one pass.
 */
import { indexSource, locateQuote, type TextRange } from './evidence.js';
import type { BankIssue } from './issues.js';
import type { Bank, Question } from './schema.js';
import { normalizeAnswer } from './text.js';

/** Where each question's evidence quotes stand in `source.text`, by question id, in quote order. */
export type EvidenceRanges = ReadonlyMap<string, readonly TextRange[]>;

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

type Report = (path: string, message: string) => void;

/** Reports each value that appeared earlier in the list, at `path(index)`. */
function checkUnique(values: readonly string[], what: string, path: (index: number) => string, report: Report, same = (v: string) => v): void {
  const seen = new Map<string, number>();
  values.forEach((value, index) => {
    const key = same(value);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else report(path(index), `${what} ${JSON.stringify(value)} is used twice (first at ${path(first)})`);
  });
}

function checkQuestion(question: Question, at: string, report: Report): void {
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const ids = question.choices.map((c) => c.id);
      checkUnique(ids, 'the choice id', (i) => `${at}.choices[${i}].id`, report);
      checkUnique(question.choices.map((c) => c.text), 'the choice text', (i) => `${at}.choices[${i}].text`, report, normalizeAnswer);
      const answers = question.type === 'single' ? [question.answer] : question.answer;
      answers.forEach((answer, i) => {
        if (!ids.includes(answer)) {
          const path = question.type === 'single' ? `${at}.answer` : `${at}.answer[${i}]`;
          report(path, `the answer names choice "${answer}", which is not one of this question's choices (${[...new Set(ids)].join(', ')})`);
        }
      });
      if (question.type === 'multiple') checkUnique(question.answer, 'the answer', (i) => `${at}.answer[${i}]`, report);
      break;
    }
    case 'match':
      checkUnique(question.pairs.map((p) => p.id), 'the pair id', (i) => `${at}.pairs[${i}].id`, report);
      checkUnique(question.pairs.map((p) => p.left), 'the left-hand text', (i) => `${at}.pairs[${i}].left`, report, normalizeAnswer);
      checkUnique(
        [...question.pairs.map((p) => p.right), ...(question.distractors ?? [])],
        'the right-hand text',
        (i) => (i < question.pairs.length ? `${at}.pairs[${i}].right` : `${at}.distractors[${i - question.pairs.length}]`),
        report,
        normalizeAnswer,
      );
      break;
    case 'order':
      checkUnique(question.items.map((item) => item.id), 'the item id', (i) => `${at}.items[${i}].id`, report);
      checkUnique(question.items.map((item) => item.text), 'the item text', (i) => `${at}.items[${i}].text`, report, normalizeAnswer);
      break;
    case 'cloze': {
      const ids = question.blanks.map((b) => b.id);
      checkUnique(ids, 'the blank id', (i) => `${at}.blanks[${i}].id`, report);
      const used = splitCloze(question.text).flatMap((part) => (typeof part === 'string' ? [] : [part.blank]));
      for (const name of new Set(used)) {
        if (!ids.includes(name)) report(`${at}.text`, `the text has a blank {{${name}}} that is not defined in blanks`);
      }
      checkUnique(used, 'the blank', () => `${at}.text`, report);
      question.blanks.forEach((blank, i) => {
        if (!used.includes(blank.id)) report(`${at}.blanks[${i}]`, `the blank "${blank.id}" is not used in the text (write it as {{${blank.id}}})`);
      });
      break;
    }
    case 'true-false':
      break;
  }
}

/** Checks the meaning of a bank whose shape is valid. */
export function validateBank(bank: Bank): { issues: BankIssue[]; evidence: EvidenceRanges } {
  const issues: BankIssue[] = [];
  const evidence = new Map<string, TextRange[]>();
  const sourceIndex = indexSource(bank.source.text);
  // Banks quote the same sentence from many questions: find each distinct quote once.
  const found = new Map<string, TextRange | null>();
  const locate = (quote: string) => {
    if (!found.has(quote)) found.set(quote, locateQuote(sourceIndex, quote));
    return found.get(quote)!;
  };
  checkUnique(bank.questions.map((q) => q.id), 'the question id', (i) => `questions[${i}].id`, (path, message) => issues.push({ path, message }));
  bank.questions.forEach((question, index) => {
    const at = `questions[${index}]`;
    const report: Report = (path, message) => issues.push({ path, questionId: question.id, message });
    checkQuestion(question, at, report);
    const ranges: TextRange[] = [];
    question.evidence.forEach((quote, i) => {
      const range = locate(quote);
      if (range) ranges.push(range);
      else {
        const shown = quote.length > 80 ? `${quote.slice(0, 80)}…` : quote;
        report(`${at}.evidence[${i}]`, `the evidence quote "${shown}" is not in source.text (quotes must be copied word for word)`);
      }
    });
    if (!evidence.has(question.id)) evidence.set(question.id, ranges);
  });
  return { issues, evidence };
}
