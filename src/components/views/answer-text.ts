/**
 * Answers as plain text, for the review after submitting: what the learner gave and what the
 * bank holds as correct, in the learner's language where the words are ours.
 */
import { isAnswered, responseEntry, splitCloze, type Question } from '../../engine/index.js';
import type { Messages } from '../../i18n/messages.js';

const list = (items: readonly string[]) => items.join('; ');

function choiceTexts(question: Question, ids: readonly unknown[]): string[] {
  if (question.type !== 'single' && question.type !== 'multiple') return [];
  return ids.flatMap((id) => question.choices.find((c) => c.id === id)?.text ?? []);
}

function clozeFilled(question: Question, response: unknown): string {
  if (question.type !== 'cloze') return '';
  return splitCloze(question.text).map((part) => {
    if (typeof part === 'string') return part;
    return `[${responseEntry(response, part.blank)?.trim() || '…'}]`;
  }).join('');
}

export function describeResponse(question: Question, response: unknown, t: Messages): string {
  if (!isAnswered(question, response)) return t.notAnswered;
  switch (question.type) {
    case 'single':
      return list(choiceTexts(question, [response]));
    case 'multiple':
      return list(choiceTexts(question, response as unknown[]));
    case 'true-false':
      return response ? t.trueLabel : t.falseLabel;
    case 'match': {
      // A colon, not an arrow: an arrow would point the wrong way in a right-to-left page.
      return list(question.pairs.map((p) => `${p.left}: ${responseEntry(response, p.id) || '…'}`));
    }
    case 'order': {
      const ids = Array.isArray(response) ? response : [];
      return ids.map((id, i) => `${i + 1}. ${question.items.find((item) => item.id === id)?.text ?? ''}`).join('  ');
    }
    case 'cloze':
      return clozeFilled(question, response);
  }
}

export function describeCorrect(question: Question, t: Messages): string {
  switch (question.type) {
    case 'single':
      return list(choiceTexts(question, [question.answer]));
    case 'multiple':
      return list(choiceTexts(question, question.answer));
    case 'true-false':
      return question.answer ? t.trueLabel : t.falseLabel;
    case 'match':
      return list(question.pairs.map((p) => `${p.left}: ${p.right}`));
    case 'order':
      return question.items.map((item, i) => `${i + 1}. ${item.text}`).join('  ');
    case 'cloze':
      return clozeFilled(question, Object.fromEntries(question.blanks.map((b) => [b.id, b.accept[0]])));
  }
}
