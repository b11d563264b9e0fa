// What a plain page with a plain <cite-quiz src> downloads, through a whole quiz: the built
// entry and the after chunk, and nothing else. A rule every future feature keeps: study mode,
// reporting, the builder and any language arrive as chunks loaded only when used, so none of
// them may show up here. A French page adds the French chunk, and only it.
import { expect, waitUntil } from '@open-wc/testing';

type Quiz = HTMLElement & { shadowRoot: ShadowRoot; updateComplete: Promise<boolean> };

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every script the page requested, as paths under dist/cdn/ (anything else keeps its full path). */
function scriptsRequested(frame: HTMLIFrameElement): string[] {
  return frame.contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith('.js') || path.endsWith('.mjs'))
    .map((path) => path.replace(/^\/dist\/cdn\//, ''));
}

/** A plain page in `lang`: the drop-in script and a <cite-quiz> with a `src` (and `attributes`), nothing else. */
const plainPage = (lang: string, attributes = '') => `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <title>A plain page</title>
  <script type="module" src="/dist/cdn/citequiz.js"></script>
</head>
<body>
  <cite-quiz src="/test/fixtures/valid-bank.json"${attributes}></cite-quiz>
</body>
</html>`;

async function openPage(lang: string, attributes = '', heading = '#start-heading'): Promise<{ frame: HTMLIFrameElement; quiz: Quiz }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.srcdoc = plainPage(lang, attributes);
  document.body.append(frame);
  const quiz = () => frame.contentDocument?.querySelector('cite-quiz') as Quiz | null;
  await waitUntil(() => quiz()?.shadowRoot?.querySelector(heading), 'the first screen is shown', { timeout: 5000 });
  return { frame, quiz: quiz()! };
}

const buttonOf = (quiz: Quiz, label: string) => [...quiz.shadowRoot.querySelectorAll('button')].find((b) => text(b) === label);

async function press(quiz: Quiz, label: string): Promise<void> {
  const target = buttonOf(quiz, label);
  if (!target) throw new Error(`no button "${label}" in: ${[...quiz.shadowRoot.querySelectorAll('button')].map(text).join(' | ')}`);
  target.click();
  await quiz.updateComplete;
}

type Labels = Record<'start' | 'read' | 'close' | 'check' | 'next' | 'submit' | 'submitNow' | 'show' | 'tryAgain', string>;

/**
 * A whole quiz through every screen: each question answered where a click answers it, and
 * checked; the report opened from a question and from the review; submitted; tried again.
 */
async function takeWholeQuiz(quiz: Quiz, labels: Labels): Promise<void> {
  const root = quiz.shadowRoot;
  await press(quiz, labels.start);
  await press(quiz, labels.read);
  await press(quiz, labels.close);
  for (;;) {
    root.querySelector<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')?.click();
    await quiz.updateComplete;
    await press(quiz, labels.check);
    if (!buttonOf(quiz, labels.next)) break; // the last question
    await press(quiz, labels.next);
  }
  await press(quiz, labels.submit);
  await press(quiz, labels.submitNow);
  await waitUntil(() => root.querySelector('#results-heading'), 'results shown');
  await press(quiz, labels.show);
  expect(root.querySelector('mark'), 'the quote is marked in the report').not.to.equal(null);
  await press(quiz, labels.close);
  await press(quiz, labels.tryAgain);
  expect(root.querySelector('#question-heading'), 'a new attempt').not.to.equal(null);
}

const AFTER = /^chunks\/after-[\w-]{8}\.js$/;
const FRENCH = /^chunks\/fr-[\w-]{8}\.js$/;
const STUDY = /^chunks\/study-[\w-]{8}\.js$/;
const ISSUES = /^chunks\/issues-[\w-]{8}\.js$/;

const QUIZZES = [
  {
    quiz: 'an English quiz', lang: 'en', chunks: [AFTER],
    labels: {
      start: 'Start', read: 'Read the report', close: 'Close', check: 'Check answer', next: 'Next', submit: 'Submit answers',
      submitNow: 'Submit now', show: 'Show in the report', tryAgain: 'Try again',
    },
  },
  {
    quiz: 'a French quiz', lang: 'fr', chunks: [FRENCH, AFTER],
    labels: {
      start: 'Commencer', read: 'Lire le rapport', close: 'Fermer', check: 'Vérifier la réponse', next: 'Suivante', submit: 'Envoyer les réponses',
      submitNow: 'Envoyer maintenant', show: 'Voir dans le rapport', tryAgain: 'Recommencer',
    },
  },
];

describe('the chunks a plain page with a plain <cite-quiz src> loads', () => {
  // Each page is a learner's first visit: no attempt saved by the one before to resume.
  beforeEach(() => localStorage.clear());
  for (const { quiz: name, lang, chunks, labels } of QUIZZES) {
    it(`${name}: the entry, then ${chunks.length === 1 ? 'the after chunk' : 'its language and the after chunk'} while the start screen shows, and nothing else`, async () => {
      const { frame, quiz } = await openPage(lang);
      await waitUntil(() => chunks.every((chunk) => scriptsRequested(frame).some((file) => chunk.test(file))), 'the chunks are asked for on the start screen');
      expect(quiz.shadowRoot.querySelector('#question-heading'), 'before Start').to.equal(null);
      await takeWholeQuiz(quiz, labels);
      const [entry, ...rest] = scriptsRequested(frame);
      expect(entry).to.equal('citequiz.js');
      expect(rest.length, rest.join(', ')).to.equal(chunks.length);
      for (const chunk of chunks) expect(rest.filter((file) => chunk.test(file)), rest.join(', ')).to.have.length(1);
      frame.remove();
    });
  }
});

describe('the chunks a plain page with <cite-quiz mode="study"> loads', () => {
  it('the entry, the after chunk, the study chunk and the messages it puts a refused file into, and nothing else, through a card and its feedback', async () => {
    localStorage.clear();
    const { frame, quiz } = await openPage('en', ' mode="study"', '#session-heading');
    await press(quiz, 'Study now');
    quiz.shadowRoot.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
    await quiz.updateComplete;
    await press(quiz, 'Check answer');
    await press(quiz, 'Show in the report');
    expect(quiz.shadowRoot.querySelector('mark'), 'the quote is marked in the report').not.to.equal(null);
    await press(quiz, 'Close');
    await press(quiz, 'Next card');
    const [entry, ...rest] = scriptsRequested(frame);
    expect(entry).to.equal('citequiz.js');
    expect(rest.length, rest.join(', ')).to.equal(3);
    for (const chunk of [AFTER, STUDY, ISSUES]) expect(rest.filter((file) => chunk.test(file)), rest.join(', ')).to.have.length(1);
    frame.remove();
    localStorage.clear();
  });
});

describe('the chunk a page loads for settings it cannot understand', () => {
  const WARNINGS = /^chunks\/settings-warnings-[\w-]{8}\.js$/;
  type WarnedQuiz = Quiz & { warnings: { message: string }[] };

  it('none for settings written in any way it reads: their warnings\' words stay on the server', async () => {
    const { frame, quiz } = await openPage('en', ' pass-mark="80%" time-limit="15:00" feedback="End" tags="timeline, outcome" difficulty="1,2"');
    await waitUntil(() => scriptsRequested(frame).some((file) => AFTER.test(file)), 'the after chunk is asked for on the start screen');
    await quiz.updateComplete;
    expect(scriptsRequested(frame).filter((file) => WARNINGS.test(file))).to.deep.equal([]);
    frame.remove();
  });

  it('its warnings\' words, once, for a value it cannot understand: `warnings` is filled when updateComplete resolves', async () => {
    const { frame, quiz } = await openPage('en', ' pass-mark="eighty"');
    await quiz.updateComplete;
    expect((quiz as WarnedQuiz).warnings.map((w) => w.message)).to.deep.equal(['pass-mark="eighty" is not a percent (write 80 or 80%); using 60']);
    expect(scriptsRequested(frame).filter((file) => WARNINGS.test(file))).to.have.length(1);
    frame.remove();
  });
});
