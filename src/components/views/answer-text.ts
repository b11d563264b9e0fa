/**
 * The correct answer as plain text, for the review after submitting and the builder's table:
 * what the bank holds as correct, in the learner's language where the words are ours.
 */
import { splitCloze, type Question } from '../../engine/index.js';
import type { Messages } from '../../i18n/messages.js';

const list = (items: readonly string[]) => items.join('; ');

/** An order on one line: "1. First  2. Second". */
export const numbered = (texts: readonly string[]): string => texts.map((text, i) => `${i + 1}. ${text}`).join('  ');

export function describeCorrect(question: Question, t: Messages): string {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return list([question.answer].flat().flatMap((id) => question.choices.find((c) => c.id === id)?.text ?? []));
    case 'true-false':
      return question.answer ? t.trueLabel : t.falseLabel;
    case 'match':
      // A colon, not an arrow: an arrow would point the wrong way in a right-to-left page.
      return list(question.pairs.map((p) => `${p.left}: ${p.right}`));
    case 'order':
      return numbered(question.items.map((item) => item.text));
    case 'cloze':
      return splitCloze(question.text).map((part) => {
        if (typeof part === 'string') return part;
        return `[${question.blanks.find((b) => b.id === part.blank)?.accept[0] ?? '…'}]`;
      }).join('');
  }
}
