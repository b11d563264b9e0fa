// source.kind: the player names the source as what it is, in English and in French, during the
// quiz ("Read the chapter") and in the feedback ("What the chapter says", "Show in the chapter").
import { expect } from '@open-wc/testing';
import type { CiteQuiz } from '../../src/components/cite-quiz/cite-quiz.js';
import { $$, bankWith, button, click, expectAccessible, quizWith, textOf } from './helpers.js';

/** A one-question bank (the single-choice "day") whose source is of `kind`. */
async function bankOfKind(kind: string | undefined) {
  const bank = await bankWith('day');
  if (kind) (bank.source as { kind?: string }).kind = kind;
  return bank;
}

/** Starts, answers "Monday", checks: the question's feedback is on screen. */
async function checkedFirstQuestion(el: CiteQuiz): Promise<void> {
  await click(el, button(el, el.lang === 'fr' ? 'Commencer' : 'Start'));
  await click(el, $$<HTMLInputElement>(el, 'input').find((input) => input.value === 'mon')!);
  await click(el, button(el, el.lang === 'fr' ? 'Vérifier la réponse' : 'Check answer'));
}

const evidenceHeading = (el: CiteQuiz) => textOf($$(el, '.feedback .subheading')[1]!);

describe('<cite-quiz> source.kind', () => {
  it('a chapter bank is accessible and says "Read the chapter", "What the chapter says", "Show in the chapter"', async () => {
    const el = await quizWith(await bankOfKind('chapter'));
    await checkedFirstQuestion(el);
    await expectAccessible(el);
    const buttons = $$(el, 'button').map(textOf);
    expect(buttons).to.include.members(['Read the chapter', 'Show in the chapter']);
    expect(buttons.join(' ')).not.to.contain('report');
    expect(evidenceHeading(el)).to.equal('What the chapter says');
  });

  it('says it in French with the chapter\'s article: "Lire le chapitre", "Voir dans le chapitre"', async () => {
    const el = await quizWith(await bankOfKind('chapter'), { lang: 'fr' });
    await checkedFirstQuestion(el);
    expect($$(el, 'button').map(textOf)).to.include.members(['Lire le chapitre', 'Voir dans le chapitre']);
    expect(evidenceHeading(el)).to.equal('Ce que dit le chapitre');
    await expectAccessible(el);
  });

  it('gives each kind its own words, in French with its own article', async () => {
    const expected: [string | undefined, string, string][] = [
      [undefined, 'Read the report', 'Lire le rapport'],
      ['article', 'Read the article', 'Lire l’article'],
      ['transcript', 'Read the transcript', 'Lire la transcription'],
      ['document', 'Read the document', 'Lire le document'],
    ];
    for (const [kind, english, french] of expected) {
      for (const [lang, words] of [['en', english], ['fr', french]] as const) {
        // Several quizzes of one bank in one test: persist off, or each would offer to resume the one before.
        const el = await quizWith(await bankOfKind(kind), { lang, persist: 'off' });
        await click(el, button(el, lang === 'fr' ? 'Commencer' : 'Start'));
        expect($$(el, 'button').map(textOf), `${kind ?? 'no kind'} in ${lang}`).to.include(words);
      }
    }
  });

});
