// The conformance suite every question type runs: render, answer by keyboard, score, feedback,
// axe clean before and after checking.
import { expect, oneEvent } from '@open-wc/testing';
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
      expect(textOf($(el, '#feedback-heading'))).to.equal('✓ Correct');
      expect(focused(el)?.id).to.equal('feedback-heading');
      expect(textOf($(el, '.explanation-text'))).to.equal(question.explanation);
      expect($$(el, '.evidence blockquote').map(textOf)).to.deep.equal(question.evidence.map((q: string) => q.replace(/\s+/g, ' ').trim()));
      await expectAccessible(el);
    });

    it('scores an untouched question below full marks when checked, says so, and locks it', async () => {
      await tabToButton(el, 'Check answer');
      const answered = oneEvent(el, 'quiz-answer');
      await press(el, 'Enter');
      const { detail } = await answered;
      expect(detail.correct).to.equal(false);
      if (type === 'order') {
        // An order question is scored as it stands on screen: shuffled, never already right.
        expect(detail.score).to.be.above(0).and.below(detail.maxScore);
        expect(textOf($(el, '#feedback-heading'))).to.equal(`◐ Partly correct: ${Number(detail.score.toFixed(2))} of 2 points`);
      } else {
        expect(detail.score).to.equal(0);
        expect(textOf($(el, '#feedback-heading'))).to.equal('✗ Incorrect');
      }
      expect($(el, 'fieldset')!.hasAttribute('disabled')).to.equal(true);
      await expectAccessible(el);
    });
  });
}
