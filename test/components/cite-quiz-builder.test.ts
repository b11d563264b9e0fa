// <cite-quiz-builder>: the bank's questions in a table, filters, picks, settings, the live
// preview, the outputs (snippet, iframe, link, JSON), coverage of the source; keyboard, axe,
// French and RTL.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/cite-quiz-builder.js';
import type { CiteQuizBuilder } from '../../src/components/cite-quiz-builder/cite-quiz-builder.js';
import type { CiteQuiz } from '../../src/components/cite-quiz/cite-quiz.js';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/engine/index.js';
import { $, $$, button, expectAccessible, focused, tabTo, textOf } from './helpers.js';

const BANK = '/test/fixtures/valid-bank.json';

async function builder(): Promise<CiteQuizBuilder> {
  const el = await fixture<CiteQuizBuilder>(html`<cite-quiz-builder src=${BANK} cdn="/dist/cdn/" lang="en"></cite-quiz-builder>`);
  await waitUntil(() => $(el, 'table'), 'the table appears', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const rows = (el: CiteQuizBuilder) => $$(el, 'tbody tr');
const meta = (quiz: CiteQuiz) => [...quiz.shadowRoot!.querySelectorAll('.meta li')].map(textOf);
const rowIds = (el: CiteQuizBuilder) => rows(el).map((row) => textOf(row.querySelector('.id')));
const output = (el: CiteQuizBuilder, kind: string) => $<HTMLTextAreaElement>(el, `#output-${kind}`)!.value;

async function set(el: CiteQuizBuilder, selector: string, value: string | boolean): Promise<void> {
  const field = $<HTMLInputElement | HTMLSelectElement>(el, selector)!;
  if (typeof value === 'boolean') (field as HTMLInputElement).checked = value;
  else field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function pick(el: CiteQuizBuilder, ...ids: string[]): Promise<void> {
  for (const id of ids) {
    const box = $$<HTMLInputElement>(el, 'input.pick').find((b) => b.getAttribute('aria-label') === `Pick question ${id}`)!;
    box.click();
    await el.updateComplete;
  }
}

/** The prompts of a quiz's questions, in the order a learner meets them. */
async function promptsOf(quiz: CiteQuiz): Promise<string[]> {
  await waitUntil(() => quiz.shadowRoot?.querySelector('#start-heading'), 'the start screen', { timeout: 5000 });
  const root = quiz.shadowRoot!;
  [...root.querySelectorAll('button')].find((b) => textOf(b) === 'Start')!.click();
  const prompts: string[] = [];
  for (;;) {
    await waitUntil(() => root.querySelector('.prompt'), 'a question', { timeout: 5000 });
    await quiz.updateComplete;
    prompts.push(textOf(root.querySelector('.prompt')));
    const next = [...root.querySelectorAll('button')].find((b) => textOf(b) === 'Next');
    if (!next) return prompts;
    next.click();
    await quiz.updateComplete;
  }
}

describe('<cite-quiz-builder> questions', () => {
  it('is accessible', async () => {
    const el = await builder();
    await expectAccessible(el);
  });

  it('is accessible in every state: filtered to nothing, picks, settings changed, a bank that cannot be used', async () => {
    const el = await builder();
    await set(el, '#filter-text', 'nothing says this');
    await expectAccessible(el);
    await set(el, '#filter-text', '');
    await pick(el, 'day', 'who');
    await set(el, '#setting-time-limit', '10');
    await set(el, '#setting-extend', false);
    await set(el, '#setting-source', 'closed');
    await set(el, '#setting-attempts', '2');
    await expectAccessible(el);
    const broken = await fixture<CiteQuizBuilder>(html`<cite-quiz-builder src="/__test__/status/404" lang="en"></cite-quiz-builder>`);
    await waitUntil(() => $(broken, '[role="alert"]'), 'the error shows', { timeout: 5000 });
    expect(textOf($(broken, '[role="alert"]'))).to.equal('The question bank cannot be used: /__test__/status/404 could not be loaded.');
    await expectAccessible(broken);
  });

  it('lists every question with its type, prompt, tags, difficulty, correct answer and evidence', async () => {
    const el = await builder();
    expect(rowIds(el)).to.deep.equal(['day', 'streets', 'unsafe', 'who', 'sequence', 'repairs']);
    const day = rows(el)[0]!;
    expect([...day.children].map(textOf)).to.deep.equal([
      '', 'One answer', 'day On which day did the council meet?', 'timeline', '1', 'Monday', 'On Monday the council met.', 'Preview',
    ]);
    expect(textOf($(el, '#shown-count'))).to.equal('Showing 6 of 6 questions · 0 picked');
  });

  it('filters by tag, type, difficulty and text', async () => {
    const el = await builder();
    await set(el, '#filter-tag', 'timeline');
    expect(rowIds(el)).to.deep.equal(['day', 'sequence']);
    await set(el, '#filter-difficulty', '2');
    expect(rowIds(el)).to.deep.equal(['sequence']);
    await set(el, '#filter-tag', '');
    await set(el, '#filter-difficulty', '');
    await set(el, '#filter-type', 'match');
    expect(rowIds(el)).to.deep.equal(['who']);
    await set(el, '#filter-type', '');
    await set(el, '#filter-text', 'BRIDGE');
    expect(rowIds(el)).to.deep.equal(['unsafe', 'who']);
    await set(el, '#filter-text', 'nothing says this');
    expect(rows(el)).to.have.length(0);
    expect(textOf($(el, '.questions'))).to.contain('No question matches these filters.');
  });

  it('picks by hand, all shown, or N at random from those shown, and the snippet asks those', async () => {
    const el = await builder();
    await pick(el, 'who', 'day');
    expect(textOf($(el, '#shown-count'))).to.equal('Showing 6 of 6 questions · 2 picked');
    expect(parseSettings(JSON.parse(output(el, 'json'))).settings.questions).to.deep.equal(['day', 'who'], 'in bank order');
    await set(el, '#filter-tag', 'timeline');
    button(el, 'Pick all shown').click();
    await el.updateComplete;
    expect(parseSettings(JSON.parse(output(el, 'json'))).settings.questions).to.deep.equal(['day', 'who', 'sequence']);
    button(el, 'Clear picks').click();
    await el.updateComplete;
    expect(JSON.parse(output(el, 'json')).questions).to.equal(undefined);
    await set(el, '#filter-tag', '');
    await set(el, '#random-count', '3');
    button(el, 'Pick at random from those shown').click();
    await el.updateComplete;
    const picked = parseSettings(JSON.parse(output(el, 'json'))).settings.questions;
    expect(picked).to.have.length(3);
    await waitUntil(() => textOf($(el, '[role="status"]')) === 'Picked 3 questions at random.');
  });
});

describe('<cite-quiz-builder> question preview', () => {
  it('shows a question as learners see it, checks it with the player\'s feedback, and gives focus back', async () => {
    const el = await builder();
    const opener = $$<HTMLButtonElement>(el, 'button.preview-question').find((b) => b.getAttribute('aria-label') === 'Preview question day')!;
    expect(textOf(opener)).to.equal('Preview');
    opener.focus();
    opener.click();
    await waitUntil(() => $<HTMLDialogElement>(el, '#question-preview')?.open, 'the dialog opens');
    await waitUntil(() => focused(el)?.id === 'question-preview-heading');
    const dialog = $(el, '#question-preview')!;
    expect(textOf(dialog.querySelector('h2'))).to.equal('Question day as learners see it');
    expect(textOf(dialog.querySelector('legend'))).to.equal('On which day did the council meet?');
    expect([...dialog.querySelectorAll('.choice')].map(textOf).sort()).to.deep.equal(['Friday', 'Monday', 'Tuesday']);
    await expectAccessible(el);
    const monday = [...dialog.querySelectorAll<HTMLLabelElement>('.choice')].find((c) => textOf(c) === 'Monday')!;
    monday.querySelector('input')!.click();
    await el.updateComplete;
    button(el, 'Check answer').click();
    await el.updateComplete;
    await waitUntil(() => dialog.querySelector('.verdict'));
    expect(textOf(dialog.querySelector('.verdict'))).to.equal('✓ Correct');
    expect(textOf(dialog.querySelector('.explanation'))).to.contain('On Monday the council met.');
    await waitUntil(() => focused(el)?.id === 'feedback-why');
    await expectAccessible(el);
    button(el, 'Close').click();
    await waitUntil(() => !$<HTMLDialogElement>(el, '#question-preview')!.open);
    await waitUntil(() => focused(el) === opener, 'focus back on the Preview button');
  });
});

describe('<cite-quiz-builder> settings and outputs', () => {
  async function configured(): Promise<CiteQuizBuilder> {
    const el = await builder();
    await pick(el, 'repairs', 'day', 'who', 'sequence');
    await set(el, '#setting-count', '3');
    await set(el, '#setting-seed', 'class-7');
    await set(el, '#setting-shuffle', false);
    await set(el, '#setting-feedback', 'end');
    await set(el, '#setting-pass-mark', '80');
    await set(el, '#setting-time-limit', '15');
    await set(el, '#setting-extend', false);
    await set(el, '#setting-attempts', '3');
    await set(el, '#setting-source', 'closed');
    await set(el, '#setting-lang', 'fr');
    return el;
  }
  const expected = {
    ...DEFAULT_SETTINGS, questions: ['day', 'who', 'sequence', 'repairs'], count: 3, seed: 'class-7', shuffle: false, feedback: 'end',
    passMark: 80, timeLimit: 900, extend: 'none', attempts: 3, source: 'closed', lang: 'fr',
  };

  it('writes every setting into the embed snippet', async () => {
    const el = await configured();
    const bankUrl = new URL(BANK, location.href).href;
    expect(output(el, 'embed')).to.equal(
      `<script type="module" src="${new URL('/dist/cdn/citequiz.js', location.href).href}"></script>\n`
      + `<cite-quiz src="${bankUrl}" seed="class-7" questions="day who sequence repairs" count="3" shuffle="none" feedback="end" pass-mark="80" time-limit="15:00" extend="none" attempts="3" source="closed" lang="fr"></cite-quiz>`,
    );
  });

  it('gives a link whose query round-trips every setting, and an iframe on the same address', async () => {
    const el = await configured();
    const link = new URL(output(el, 'link'));
    expect(link.pathname).to.equal('/dist/cdn/player.html');
    expect(link.searchParams.get('src')).to.equal(new URL(BANK, location.href).href);
    expect(parseSettings(Object.fromEntries(link.searchParams))).to.deep.equal({ settings: expected, warnings: [] });
    expect($<HTMLAnchorElement>(el, '#open-link')!.href).to.equal(link.href);
    const iframe = new DOMParser().parseFromString(output(el, 'iframe'), 'text/html').querySelector('iframe')!;
    expect(iframe.getAttribute('src')).to.equal(link.href);
    expect(iframe.getAttribute('title')).to.equal('A small bank with every question type');
    expect(parseSettings(JSON.parse(output(el, 'json')))).to.deep.equal({ settings: expected, warnings: [] });
  });

  it('the link opens the configured quiz in the iframe player, every setting applied', async () => {
    const el = await configured();
    const frame = document.createElement('iframe');
    frame.src = output(el, 'link');
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('cite-quiz')?.shadowRoot?.querySelector('#start-heading'), 'the player shows the quiz', { timeout: 10000 });
      const quiz = frame.contentDocument!.querySelector('cite-quiz') as CiteQuiz;
      for (const [name, value] of Object.entries(JSON.parse(output(el, 'json')) as Record<string, string>)) {
        expect(quiz.getAttribute(name), name).to.equal(value);
      }
      expect(quiz.warnings).to.deep.equal([]);
      await waitUntil(() => meta(quiz).length === 4, 'the French start screen', { timeout: 5000 });
      expect(meta(quiz)).to.deep.equal(['3 questions', 'Temps limite : 15 minutes', 'Seuil de réussite : 80 %', 'Tentative 1 sur 3']);
    } finally {
      frame.remove();
    }
  });

  it('never writes extend="none" without a time limit', async () => {
    const el = await builder();
    expect($<HTMLInputElement>(el, '#setting-extend')!.disabled).to.equal(true);
    await set(el, '#setting-time-limit', '10');
    await set(el, '#setting-extend', false);
    expect(JSON.parse(output(el, 'json')).extend).to.equal('none');
    await set(el, '#setting-time-limit', '0');
    expect(JSON.parse(output(el, 'json')).extend).to.equal(undefined);
  });

  it('copies each output and says "Copied" in a live region', async () => {
    const el = await builder();
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
    try {
      for (const kind of ['embed', 'iframe', 'link', 'json']) {
        $<HTMLButtonElement>(el, `#copy-${kind}`)!.click();
        await waitUntil(() => textOf($(el, '[role="status"]')) === 'Copied', `"Copied" after copying ${kind}`);
        expect(copied.at(-1)).to.equal(output(el, kind));
        await waitUntil(() => true);
      }
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('selects the text to copy by hand when the clipboard refuses', async () => {
    const el = await builder();
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => { throw new DOMException('denied', 'NotAllowedError'); } } });
    try {
      $<HTMLButtonElement>(el, '#copy-embed')!.click();
      await waitUntil(() => textOf($(el, '[role="status"]')).startsWith('Could not copy'));
      expect(focused(el)?.id).to.equal('output-embed');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });

  it('previews the configured quiz live, beside the settings', async () => {
    const el = await configured();
    const quiz = $<CiteQuiz>(el, '.preview cite-quiz')!;
    for (const [name, value] of Object.entries(JSON.parse(output(el, 'json')) as Record<string, string>)) {
      if (name !== 'src') expect(quiz.getAttribute(name), name).to.equal(value);
    }
    await waitUntil(() => quiz.shadowRoot?.querySelector('#start-heading'), 'the preview shows its start screen', { timeout: 5000 });
    await set(el, '#setting-pass-mark', '90');
    const again = $<CiteQuiz>(el, '.preview cite-quiz')!;
    expect(again.getAttribute('pass-mark')).to.equal('90');
    expect(again.getAttribute('persist'), 'trying it uses none of the attempts').to.equal('off');
  });

  it('the embed snippet pasted into a plain page asks the same questions in the same order as the preview', async () => {
    const el = await builder();
    await pick(el, 'repairs', 'day', 'who', 'sequence', 'streets');
    await set(el, '#setting-count', '4');
    await set(el, '#setting-seed', 'same-order');
    const preview = await promptsOf($<CiteQuiz>(el, '.preview cite-quiz')!);
    expect(preview).to.have.length(4);
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A plain page</title></head><body>${output(el, 'embed')}</body></html>`;
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('cite-quiz')?.shadowRoot?.querySelector('#start-heading'), 'the pasted quiz starts', { timeout: 10000 });
      expect(await promptsOf(frame.contentDocument!.querySelector('cite-quiz') as CiteQuiz)).to.deep.equal(preview);
    } finally {
      frame.remove();
    }
  });
});

describe('<cite-quiz-builder> coverage', () => {
  // The fixture's source has 4 sentences; "day" and "sequence" quote the first, "unsafe" the
  // second, "repairs" the third, "streets" the fourth, "who" the second and the fourth.
  it('says how many sentences the questions test, counted by hand', async () => {
    const el = await builder();
    expect(textOf($(el, '#coverage-line'))).to.equal('The 6 questions the quiz draws from test 4 of 4 sentences of the source (100%).');
    expect(textOf($(el, '.coverage'))).to.contain('Every sentence of the source is tested.');
    await pick(el, 'day');
    expect(textOf($(el, '#coverage-line'))).to.equal('The 1 question the quiz draws from test 1 of 4 sentences of the source (25%).');
    await pick(el, 'who');
    expect(textOf($(el, '#coverage-line'))).to.equal('The 2 questions the quiz draws from test 3 of 4 sentences of the source (75%).');
    expect($$(el, '.source-text mark').map(textOf)).to.deep.equal([
      'On Monday the council met.', 'The mayor said the bridge was “unsafe”.', 'Residents’ groups from Alder, Birch and Cedar streets objected.',
    ]);
  });

  it('moves to the next untested passage, and round again', async () => {
    const el = await builder();
    await pick(el, 'repairs');
    button(el, 'Next untested passage').click();
    await el.updateComplete;
    await waitUntil(() => focused(el)?.id === 'untested-0');
    expect(textOf(focused(el))).to.equal('On Monday the council met. The mayor said the bridge was “unsafe”.');
    await waitUntil(() => textOf($(el, '[role="status"]')) === 'Untested passage 1 of 2');
    button(el, 'Next untested passage').click();
    await waitUntil(() => focused(el)?.id === 'untested-1');
    button(el, 'Next untested passage').click();
    await waitUntil(() => focused(el)?.id === 'untested-0');
    await expectAccessible(el);
  });
});

describe('<cite-quiz-builder> keyboard, language and direction', () => {
  it('picks, configures and copies by keyboard alone', async () => {
    const el = await builder();
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
    try {
      await tabTo(el, (f) => f.id === 'filter-text');
      await sendKeys({ type: 'which day' });
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(['day']);
      await tabTo(el, (f) => f.getAttribute('aria-label') === 'Pick question day');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      await tabTo(el, (f) => f.id === 'setting-pass-mark');
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '75' });
      await el.updateComplete;
      await tabTo(el, (f) => f.id === 'copy-embed');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => copied.length === 1);
      expect(copied[0]).to.contain('questions="day"').and.to.contain('pass-mark="75"');
      await tabTo(el, (f) => f.id === 'next-untested');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focused(el)?.id === 'untested-0');
      // A question's preview, by keyboard: open, answer, check, Escape back to its button.
      const preview = await tabTo(el, (f) => f.getAttribute('aria-label') === 'Preview question day', true);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focused(el)?.id === 'question-preview-heading', 'focus in the dialog');
      await tabTo(el, (f) => f instanceof HTMLInputElement && f.type === 'radio');
      await sendKeys({ press: 'Space' });
      await tabTo(el, (f) => f.tagName === 'BUTTON' && textOf(f) === 'Check answer');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '#question-preview .verdict'), 'checked');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => focused(el) === preview, 'focus back on Preview');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });

  it('speaks French, and lays out right to left', async () => {
    const el = await fixture<CiteQuizBuilder>(html`<div dir="rtl" lang="fr"><cite-quiz-builder src=${BANK} cdn="/dist/cdn/"></cite-quiz-builder></div>`).then((d) => d.firstElementChild as CiteQuizBuilder);
    await waitUntil(() => $(el, 'table'), 'the table appears', { timeout: 5000 });
    expect(textOf($(el, '#shown-count'))).to.equal('6 questions affichées sur 6 · 0 choisie');
    expect(textOf($(el, '#questions-heading'))).to.equal('Questions');
    expect(textOf(rows(el)[0]!.children[1]!)).to.equal('Une réponse');
    expect(textOf($(el, '#coverage-line'))).to.equal('Les 6 questions où le quiz puise portent sur 4 des 4 phrases du texte (100 %).');
    const table = $(el, 'table')!.getBoundingClientRect();
    const firstCell = $(el, 'thead th')!.getBoundingClientRect();
    expect(Math.round(firstCell.right)).to.equal(Math.round(table.right), 'the first column is on the right');
    await expectAccessible(el);
  });
});
