// The conformance suite every question type runs: render, answer by keyboard, score, feedback,
// axe clean before and after checking.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { $, $$, answerByKeyboard, bankWith, expectAccessible, focused, press, quizWith, tabToButton, textOf, type TestBank } from './helpers.js';
import type { CiteQuiz } from '../../src/components/cite-quiz/cite-quiz.js';

const TYPES: [string, string][] = [
  ['single', 'day'],
  ['multiple', 'streets'],
  ['true-false', 'unsafe'],
  ['match', 'who'],
  ['order', 'sequence'],
  ['cloze', 'repairs'],
];

async function startQuiz(el: CiteQuiz): Promise<void> {
  await tabToButton(el, 'Start');
  await press(el, 'Enter');
}

for (const [type, id] of TYPES) {
  describe(`question type ${type}`, () => {
    let bank: TestBank;
    let el: CiteQuiz;

    beforeEach(async () => {
      bank = await bankWith(id);
      el = await quizWith(bank, { seed: 'conformance' });
      await startQuiz(el);
    });

    it('is accessible (axe, target-size on) before checking', async () => {
      await expectAccessible(el);
    });

    it('shows the prompt as the legend of its fieldset, and focuses the question heading', () => {
      const question = bank.questions[0]!;
      expect(textOf($(el, 'fieldset legend'))).to.equal(question.prompt);
      expect(focused(el)?.id).to.equal('question-heading');
      expect(textOf(focused(el) as Element)).to.equal('Question 1 of 1');
    });

    it('is answered by keyboard, checked, scored in full and explained', async () => {
      await answerByKeyboard(el, bank, id);
      await tabToButton(el, 'Check answer');
      const answered = oneEvent(el, 'quiz-answer');
      await press(el, 'Enter');
      const { detail } = await answered;
      const question = bank.questions[0]!;
      const points = question.points ?? 1;
      expect(detail).to.include({ questionId: id, type, correct: true, score: points, maxScore: points });
      expect(textOf($(el, '.feedback .verdict'))).to.equal('✓ Correct');
      await waitUntil(() => textOf($(el, '[role="status"]')) === 'Correct', 'the verdict is announced');
      expect(focused(el)?.id, 'focus moves on to the explanation').to.equal('feedback-why');
      expect(textOf($(el, '.explanation-text'))).to.equal(question.explanation);
      expect($$(el, '.evidence blockquote').map(textOf)).to.deep.equal(question.evidence.map((q: string) => q.replace(/\s+/g, ' ').trim()));
      await expectAccessible(el);
    });

    it('does not lock an unanswered question on Check, and says to answer first', async () => {
      await tabToButton(el, 'Check answer');
      let answered = 0;
      el.addEventListener('quiz-answer', () => answered++);
      await press(el, 'Enter');
      // An order question the learner never moved is unanswered too, though items are on screen.
      await waitUntil(() => textOf($(el, '[role="status"]')) === 'Answer the question first, or go on with Next.');
      expect(answered).to.equal(0);
      expect($(el, '.feedback')).to.equal(null);
      expect($(el, 'fieldset')!.hasAttribute('disabled')).to.equal(false);
      expect(textOf(focused(el))).to.equal('Check answer');
      await expectAccessible(el);
    });
  });
}
