/**
 * Locating the problems of meaning that the fast path (validate.ts) only doubts: which rule a
 * question breaks, and where, or which question ids repeat. Needed only when a bank fails, so
 * it comes with the messages (issues.ts) and the player's entry does not carry it.
 */
import type { Question } from './schema.js';
import { normalizeAnswer } from './text.js';
import { allDifferent, splitCloze, type Doubt, type MeaningProblem, type Path, type Repeated } from './validate.js';

/** Reports each value that appeared earlier in the list (`keys` are the values as compared). */
function reportRepeats(values: readonly string[], keys: readonly string[], what: Repeated, path: (index: number) => Path, problems: MeaningProblem[]): void {
  const seen = new Map<string, number>();
  keys.forEach((key, index) => {
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else problems.push({ code: 'meaning', rule: 'duplicate', path: path(index), what, value: values[index]!, first: path(first) });
  });
}

/** Ids compared as written, texts as typed answers are (`normalizeAnswer`). */
function checkUnique(values: readonly string[], what: Repeated, path: (index: number) => Path, problems: MeaningProblem[], asText = false): void {
  const keys = asText ? values.map(normalizeAnswer) : values;
  if (!allDifferent(keys)) reportRepeats(values, keys, what, path, problems);
}

/** Checks one question whose shape is valid; `at` is its path (`['questions', 3]`). */
export function checkQuestion(question: Question, at: Path, problems: MeaningProblem[]): void {
  const under = (field: string, sub?: string) => (i: number): Path => (sub ? [...at, field, i, sub] : [...at, field, i]);
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const ids = question.choices.map((c) => c.id);
      checkUnique(ids, 'choice id', under('choices', 'id'), problems);
      checkUnique(question.choices.map((c) => c.text), 'choice text', under('choices', 'text'), problems, true);
      if (question.type === 'single') {
        if (!ids.includes(question.answer)) problems.push({ code: 'meaning', rule: 'unknown-answer', path: [...at, 'answer'], value: question.answer, choices: question.choices });
      } else {
        question.answer.forEach((answer, i) => {
          if (!ids.includes(answer)) problems.push({ code: 'meaning', rule: 'unknown-answer', path: [...at, 'answer', i], value: answer, choices: question.choices });
        });
        checkUnique(question.answer, 'answer', under('answer'), problems);
      }
      break;
    }
    case 'match': {
      const { pairs } = question;
      checkUnique(pairs.map((p) => p.id), 'pair id', under('pairs', 'id'), problems);
      checkUnique(pairs.map((p) => p.left), 'left-hand text', under('pairs', 'left'), problems, true);
      checkUnique(
        question.distractors ? [...pairs.map((p) => p.right), ...question.distractors] : pairs.map((p) => p.right),
        'right-hand text',
        (i) => (i < pairs.length ? [...at, 'pairs', i, 'right'] : [...at, 'distractors', i - pairs.length]),
        problems,
        true,
      );
      break;
    }
    case 'order':
      checkUnique(question.items.map((item) => item.id), 'item id', under('items', 'id'), problems);
      checkUnique(question.items.map((item) => item.text), 'item text', under('items', 'text'), problems, true);
      break;
    case 'cloze': {
      const ids = question.blanks.map((b) => b.id);
      checkUnique(ids, 'blank id', under('blanks', 'id'), problems);
      const used = splitCloze(question.text).flatMap((part) => (typeof part === 'string' ? [] : [part.blank]));
      for (const name of new Set(used)) {
        if (!ids.includes(name)) problems.push({ code: 'meaning', rule: 'undefined-blank', path: [...at, 'text'], value: name });
      }
      checkUnique(used, 'blank', () => [...at, 'text'], problems);
      question.blanks.forEach((blank, i) => {
        if (!used.includes(blank.id)) problems.push({ code: 'meaning', rule: 'unused-blank', path: [...at, 'blanks', i], value: blank.id });
      });
      break;
    }
    case 'true-false':
      break;
  }
}

/**
 * Question ids used twice in the bank. `places` gives each id's question index when not every
 * question is listed (a bank with shape problems: the questions with a string id).
 */
export function checkQuestionIds(ids: readonly string[], problems: MeaningProblem[], places?: readonly number[]): void {
  checkUnique(ids, 'question id', (i) => ['questions', places ? places[i]! : i, 'id'], problems);
}

function isDoubt(problem: object): problem is Doubt {
  return 'rule' in problem && problem.rule === 'doubt';
}

/** The problems with each doubt replaced by the problems it stands for, in its place. */
export function locateDoubts<P extends object>(problems: readonly (P | Doubt)[]): (P | MeaningProblem)[] {
  return problems.flatMap((problem): (P | MeaningProblem)[] => {
    if (!isDoubt(problem)) return [problem];
    const found: MeaningProblem[] = [];
    if ('ids' in problem) checkQuestionIds(problem.ids, found);
    else checkQuestion(problem.question, problem.path, found);
    return found;
  });
}
