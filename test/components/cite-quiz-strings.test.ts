// <cite-quiz>'s `strings`: a site's own wording for the start screen, the questions and the
// after screens (their lazy chunk), with placeholders, over English or French; a wrong key warns
// and changes nothing else.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { CiteQuiz } from '../../src/components/cite-quiz/cite-quiz.js';
import { $, $$, bankWith, button, click, expectAccessible, fixtureBank, textOf } from './helpers.js';

/** <cite-quiz> with `strings` set before it is on the page, ready. */
async function quizWithStrings(strings: unknown, attributes: Record<string, string> = {}, bank?: unknown): Promise<CiteQuiz> {
  const element = document.createElement('cite-quiz');
  for (const [name, value] of Object.entries({ seed: 'test', shuffle: 'none', ...attributes })) element.setAttribute(name, value);
  element.strings = strings as Record<string, string>;
  element.bank = bank ?? await fixtureBank();
  const ready = oneEvent(element, 'quiz-ready');
  await fixture(html`<div>${element}</div>`);
  await ready;
  await element.updateComplete;
  return element;
}

/** console.warn's messages while `during` runs. */
async function warningsDuring(during: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
  try {
    await during();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

const SITE_WORDING = {
  start: 'Begin the quiz',
  progress: 'Step {index} of {count}',
  resultsTitle: 'How you did',
  scoreLine: '{score}/{max} ({percent} percent)',
};

describe('<cite-quiz> strings', () => {
  it('is accessible with a site\'s wording, on the start screen and the results', async () => {
    const el = await quizWithStrings(SITE_WORDING);
    await expectAccessible(el);
    await click(el, button(el, 'Begin the quiz'));
    el.submit();
    await el.updateComplete;
    expect(textOf($(el, '#results-heading'))).to.equal('How you did');
    await expectAccessible(el);
  });

  it('changes the Start button, a string with placeholders, and the results screen (the lazy chunk)', async () => {
    const el = await quizWithStrings(SITE_WORDING, { feedback: 'end' });
    expect($$(el, 'button').map(textOf)).to.include('Begin the quiz').and.not.to.include('Start');
    await click(el, button(el, 'Begin the quiz'));
    expect(textOf($(el, '#question-heading'))).to.equal('Step 1 of 6');
    expect($(el, 'progress')!.getAttribute('aria-label')).to.equal('Step 1 of 6');
    await click(el, button(el, 'Next'));
    expect(textOf($(el, '#question-heading'))).to.equal('Step 2 of 6');
    await click(el, button(el, 'Submit answers'));
    expect(textOf($(el, '#confirm-heading')), 'a key not overridden keeps its wording').to.equal('Submit your answers?');
    await click(el, button(el, 'Submit now'));
    expect(textOf($(el, '#results-heading'))).to.equal('How you did');
    expect(textOf($(el, '.score'))).to.equal('0/7 (0 percent)');
  });

  it('shows an override as text, never as markup', async () => {
    const el = await quizWithStrings({ start: '<b>Go</b> {now}', source: '<img src=x onerror=alert(1)>' }, {});
    // {now} is unknown: that override is left out, the other one is shown as written.
    expect(textOf($(el, '.facts dt'))).to.equal('<img src=x onerror=alert(1)>');
    expect($(el, '.facts img')).to.equal(null);
    expect($$(el, 'button').map(textOf)).to.include('Start');
  });

  it('applies over French, with numbers formatted in French', async () => {
    const el = await quizWithStrings({ start: 'C’est parti', scoreLine: '{score} / {max} · {percent}' }, { lang: 'fr' }, await bankWith('streets'));
    expect($$(el, 'button').map(textOf)).to.include('C’est parti');
    expect(textOf($(el, '.meta li')), 'the rest is French').to.equal('1 question');
    await click(el, button(el, 'C’est parti'));
    await click(el, $$<HTMLInputElement>(el, 'input').find((input) => input.value === 'alder')!);
    el.submit();
    await el.updateComplete;
    expect(textOf($(el, '.score'))).to.equal('0,33 / 1 · 33');
    expect(textOf($(el, '#results-heading'))).to.equal('Votre résultat');
  });

  it('adds a language: lang marks the interface for screen readers', async () => {
    const el = await quizWithStrings({ lang: 'de', start: 'Beginnen', questionCount: '{count} Fragen' }, { lang: 'de' });
    expect($(el, '.base')!.getAttribute('lang')).to.equal('de');
    expect(textOf($(el, '.meta li'))).to.equal('6 Fragen');
    expect($$(el, 'button').map(textOf)).to.include('Beginnen');
  });

  it('an unknown key, or a placeholder missing, warns naming the key; the quiz works in its own words', async () => {
    let el!: CiteQuiz;
    const warnings = await warningsDuring(async () => {
      el = await quizWithStrings({ strat: 'Go', progress: 'Step {index}', next: 'Onwards' });
      await click(el, button(el, 'Start'));
    });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.match(/^citequiz: strings\.strat is not an interface string/);
    expect(warnings[1]).to.match(/^citequiz: strings\.progress takes \{index\}, \{count\}: \{count\} is missing/);
    expect(textOf($(el, '#question-heading'))).to.equal('Question 1 of 6');
    expect($$(el, 'button').map(textOf)).to.include('Onwards');
    await expectAccessible(el);
  });

  it('changes one kind of source\'s wording (showIn.chapter), in the after chunk', async () => {
    const bank = await bankWith('day');
    Object.assign(bank.source, { kind: 'chapter' });
    const el = await quizWithStrings({ 'showIn.chapter': 'See it in the chapter' }, {}, bank);
    await click(el, button(el, 'Start'));
    await click(el, $$<HTMLInputElement>(el, 'input').find((input) => input.value === 'mon')!);
    await click(el, button(el, 'Check answer'));
    expect($$(el, 'button').map(textOf)).to.include.members(['Read the chapter', 'See it in the chapter']);
  });

  it('takes a new object at any time, and undefined brings the default wording back', async () => {
    const el = await quizWithStrings(undefined);
    expect($$(el, 'button').map(textOf)).to.include('Start');
    el.strings = { start: 'Go on' };
    await waitUntil(() => $$(el, 'button').map(textOf).includes('Go on'), 'the new wording once its chunk is in');
    el.strings = undefined;
    await el.updateComplete;
    expect($$(el, 'button').map(textOf)).to.include('Start');
  });
});
