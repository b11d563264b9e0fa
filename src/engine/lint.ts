/**
 * Lint: what a valid bank may still get wrong. Warnings, never errors; each names its question
 * (or the questions, for a bank-wide pattern) and a path, like a validation issue.
 *
 * - a distractor whose text appears in the source: it may be true after all;
 * - a prompt or explanation that drops a hedge its evidence has ("accused", "believed",
 *   "thought to", "according to", "has said"): the question then states an allegation as fact;
 * - near-duplicate questions (the same prompt, or nearly the same words);
 * - an order question of two items (a coin toss, scored 0 or 1);
 * - the correct answer always (or nearly always) in the same position, the right choices of
 *   every multiple-choice question first, or every true-false answer the same: a learner who
 *   spots it needs no reading;
 * - a difficulty spread with an empty level.
 *
 * An authoring tool: not re-exported from the engine's index, which the drop-in bundle re-exports
 * whole, so the player never carries it. Import it from this module.
 */
import { indexSource, locateQuote } from './evidence.js';
import type { Bank, Question } from './schema.js';
import { normalizeAnswer } from './text.js';
import { splitCloze } from './validate.js';

export type LintRule =
  | 'distractor-in-source'
  | 'dropped-hedge'
  | 'near-duplicate'
  | 'two-item-order'
  | 'answer-position'
  | 'difficulty-gap';

export interface LintWarning {
  rule: LintRule;
  /** Where to look, written as in validation issues: `questions[3].choices[1]`, or `questions`. */
  path: string;
  /** The question the warning is about; bank-wide warnings name theirs in `questionIds`. */
  questionId?: string;
  questionIds?: string[];
  message: string;
}

/**
 * Words that attribute a claim instead of stating it. The first list is what the evidence may
 * hedge with; a prompt or explanation keeps the hedge when it has any word of the second, wider
 * list ("Kirby said", "the U.S. alleges" keep an "according to" of the evidence).
 */
const HEDGES = /\b(?:accus(?:e|es|ed|ing|ation|ations)|alleg(?:e|es|ed|edly|ation|ations)|believ(?:e|es|ed)|thought to|according to|(?:has|have|had) said)\b/i;
const ATTRIBUTIONS = /\b(?:accus\w*|alleg\w*|believ\w*|thought|think\w*|according|sa(?:y|ys|id|ying)|claim\w*|assert\w*|stat(?:e|es|ed)|told|tell\w*|report\w*|suspect\w*|argu\w*|deni\w*|den(?:y|ies)|insist\w*|warn\w*|assess\w*|conclud\w*|suggest\w*|quot\w*|announc\w*|spok\w*|speak\w*|describ\w*|call(?:s|ed)?)\b/i;

/** Questions compared pairwise for near duplicates up to this many (beyond it, exact duplicates only). */
const PAIRWISE_LIMIT = 3_000;
const NEAR_DUPLICATE = 0.8;
const STOP_WORDS = new Set('a an the of to in on at for and or is are was were be by with from that this which who what how did does do it its as'.split(' '));

const quote = (text: string): string => JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}…` : text);

/** The text a question asks: its prompt, and a cloze's sentence with its blanks filled (a blank may hold the hedge). */
function askedText(question: Question): string {
  if (question.type !== 'cloze') return question.prompt;
  const filled = splitCloze(question.text).map((part) => (typeof part === 'string' ? part : question.blanks.find((b) => b.id === part.blank)?.accept[0] ?? '')).join('');
  return `${question.prompt} ${filled}`;
}

function contentWords(text: string): Set<string> {
  return new Set(normalizeAnswer(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w && !STOP_WORDS.has(w)));
}

function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

function distractorsInSource(bank: Bank, at: (i: number) => string): LintWarning[] {
  const index = indexSource(bank.source.text);
  const inSource = (text: string) => locateQuote(index, text) !== null;
  return bank.questions.flatMap((q, i): LintWarning[] => {
    const ownEvidence = indexSource(q.evidence.join('\n'));
    const warn = (path: string, text: string, what: string): LintWarning => ({
      rule: 'distractor-in-source', path, questionId: q.id,
      message: locateQuote(ownEvidence, text)
        ? `${what} ${quote(text)} appears in this question's own evidence: check that it is really wrong`
        : `${what} ${quote(text)} appears word for word in the source: check that it is really wrong here`,
    });
    switch (q.type) {
      case 'single':
      case 'multiple': {
        const right = new Set(q.type === 'single' ? [q.answer] : q.answer);
        return q.choices.flatMap((c, j) => (!right.has(c.id) && inSource(c.text) ? [warn(`${at(i)}.choices[${j}]`, c.text, 'the wrong choice')] : []));
      }
      case 'true-false':
        return q.answer === false && inSource(q.prompt) ? [warn(`${at(i)}.prompt`, q.prompt, 'the false statement')] : [];
      case 'match':
        return (q.distractors ?? []).flatMap((d, j) => (inSource(d) ? [warn(`${at(i)}.distractors[${j}]`, d, 'the distractor')] : []));
      default:
        return [];
    }
  });
}

function droppedHedges(bank: Bank, at: (i: number) => string): LintWarning[] {
  return bank.questions.flatMap((q, i) => {
    const hedge = q.evidence.map((e) => HEDGES.exec(e)?.[0]).find((h) => h !== undefined);
    if (!hedge) return [];
    const fields: Array<['prompt' | 'explanation' | 'text', string]> = [['prompt', askedText(q)], ['explanation', q.explanation]];
    return fields
      .filter(([, text]) => !ATTRIBUTIONS.test(text))
      .map(([field, text]): LintWarning => ({
        rule: 'dropped-hedge', path: `${at(i)}.${field}`, questionId: q.id,
        message: `the evidence says "${hedge.toLowerCase()}", but the ${field} ${quote(text)} attributes nothing: it may state a claim as a fact`,
      }));
  });
}

function nearDuplicates(bank: Bank, at: (i: number) => string): LintWarning[] {
  const questions = bank.questions;
  const warnings: LintWarning[] = [];
  const warn = (i: number, j: number, how: string) => warnings.push({
    rule: 'near-duplicate', path: at(j), questionId: questions[j]!.id, questionIds: [questions[i]!.id, questions[j]!.id],
    message: `nearly the same question as "${questions[i]!.id}" (${how}): ${quote(askedText(questions[i]!))} and ${quote(askedText(questions[j]!))}`,
  });
  if (questions.length > PAIRWISE_LIMIT) {
    const first = new Map<string, number>();
    questions.forEach((q, j) => {
      const key = normalizeAnswer(askedText(q));
      const i = first.get(key);
      if (i === undefined) first.set(key, j);
      else warn(i, j, 'the same words');
    });
    return warnings;
  }
  const words = questions.map((q) => contentWords(askedText(q)));
  for (let j = 1; j < questions.length; j++) {
    for (let i = 0; i < j; i++) {
      const score = similarity(words[i]!, words[j]!);
      if (score >= NEAR_DUPLICATE) {
        warn(i, j, score === 1 ? 'the same words' : `${Math.round(score * 100)}% of their words in common`);
        break;
      }
    }
  }
  return warnings;
}

function twoItemOrders(bank: Bank, at: (i: number) => string): LintWarning[] {
  return bank.questions.flatMap((q, i): LintWarning[] =>
    q.type === 'order' && q.items.length === 2
      ? [{ rule: 'two-item-order', path: `${at(i)}.items`, questionId: q.id, message: 'an order question of two items is a coin toss, scored 0 or 1: add items, or ask it as a single-choice or true-false question' }]
      : []);
}

/**
 * The right choice's place among single-choice questions (the player shuffles choices unless
 * `shuffle="none"`, but exports to GIFT, Moodle and QTI, and printed copies, keep the bank's
 * order), and true-false answers all alike.
 */
function answerPositions(bank: Bank): LintWarning[] {
  const warnings: LintWarning[] = [];
  const singles = bank.questions.filter((q): q is Extract<Question, { type: 'single' }> => q.type === 'single');
  if (singles.length >= 3) {
    const counts = new Map<number, string[]>();
    for (const q of singles) {
      const position = q.choices.findIndex((c) => c.id === q.answer);
      counts.set(position, [...(counts.get(position) ?? []), q.id]);
    }
    const [position, ids] = [...counts].sort((a, b) => b[1].length - a[1].length)[0]!;
    const share = ids.length / singles.length;
    if (share === 1 || (singles.length >= 4 && share >= 0.75)) {
      warnings.push({
        rule: 'answer-position', path: 'questions', questionIds: ids,
        message: `the correct answer is choice ${position + 1} in ${share === 1 ? 'every one' : `${ids.length}`} of the ${singles.length} single-choice questions: vary its position (the player shuffles choices, but exports and shuffle="none" keep this order)`,
      });
    }
  }
  const multiples = bank.questions.filter((q): q is Extract<Question, { type: 'multiple' }> => q.type === 'multiple');
  const rightFirst = (q: Extract<Question, { type: 'multiple' }>) => q.choices.slice(0, q.answer.length).every((c) => q.answer.includes(c.id));
  if (multiples.length >= 3 && multiples.every(rightFirst)) {
    warnings.push({
      rule: 'answer-position', path: 'questions', questionIds: multiples.map((q) => q.id),
      message: `the right choices come first in every one of the ${multiples.length} multiple-choice questions: mix them with the wrong ones`,
    });
  }
  const trueFalse = bank.questions.filter((q): q is Extract<Question, { type: 'true-false' }> => q.type === 'true-false');
  if (trueFalse.length >= 3 && trueFalse.every((q) => q.answer === trueFalse[0]!.answer)) {
    warnings.push({
      rule: 'answer-position', path: 'questions', questionIds: trueFalse.map((q) => q.id),
      message: `every true-false question (${trueFalse.length}) has the answer ${trueFalse[0]!.answer}: a learner who notices needs no reading`,
    });
  }
  return warnings;
}

function difficultyGaps(bank: Bank): LintWarning[] {
  const levels = bank.questions.map((q) => q.difficulty).filter((d) => d !== undefined);
  if (levels.length === 0) return [];
  const empty = ([1, 2, 3] as const).filter((level) => !levels.includes(level));
  if (empty.length === 0) return [];
  const counts = ([1, 2, 3] as const).map((level) => `${level}: ${levels.filter((d) => d === level).length}`).join(', ');
  return [{
    rule: 'difficulty-gap', path: 'questions',
    message: `no question has difficulty ${empty.join(' or ')} (${counts}): a quiz drawn by difficulty there finds nothing`,
  }];
}

/** Every warning for a valid bank (load it with `loadBank` first), in the order of the rules above. */
export function lintBank(bank: Bank): LintWarning[] {
  const at = (i: number) => `questions[${i}]`;
  return [
    ...distractorsInSource(bank, at),
    ...droppedHedges(bank, at),
    ...nearDuplicates(bank, at),
    ...twoItemOrders(bank, at),
    ...answerPositions(bank),
    ...difficultyGaps(bank),
  ];
}

/** Warnings as text, in the shape of `formatIssues`: `⚠ question "q1": message` then `→ at path`. */
export function formatWarnings(warnings: readonly LintWarning[]): string {
  return warnings
    .map((w) => {
      const where = w.questionId !== undefined ? `question "${w.questionId}": ` : w.questionIds ? `questions ${w.questionIds.map((id) => `"${id}"`).join(', ')}: ` : '';
      return `⚠ ${where}${w.message}\n  → at ${w.path}`;
    })
    .join('\n');
}
