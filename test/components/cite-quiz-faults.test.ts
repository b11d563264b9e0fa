// Faults <cite-quiz> must survive (QUALITY.md: "Loading from a URL", "Hostile text", "The host
// page"): what the learner sees in the alert, what the host page hears, and that nothing throws.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define/cite-quiz.js';
import { $, $$, recordEvents, type EventLog, bankWith, button, click, expectAccessible, fixtureBank, focused, quizWith, textOf, type TestBank } from './helpers.js';
import type { CiteQuiz } from '../../src/components/cite-quiz/cite-quiz.js';
import type { QuizAnswerEvent, QuizCompleteEvent, QuizErrorDetail, QuizErrorEvent, QuizReadyEvent } from '../../src/events.js';

const FIXTURE_URL = '/test/fixtures/valid-bank.json';
const FIXTURE_TITLE = 'A small bank with every question type';
const QUICK_CHECK = '/questions/us-accuses-north-korea-quick-check.json';

// ---------------------------------------------------------------------------------------------
// Anything thrown out of the element (or a promise it drops) during a test is recorded here.

const thrown: string[] = [];
const onError = (e: ErrorEvent) => thrown.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => thrown.push(`unhandledrejection: ${String(e.reason)}`);

beforeEach(() => {
  thrown.length = 0;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});

afterEach(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});

/** Lets late callbacks run, then checks that nothing reached window.onerror / unhandledrejection. */
async function expectNothingThrown(): Promise<void> {
  await aTimeout(50);
  expect(thrown, 'errors thrown out of the element').to.deep.equal([]);
}

// ---------------------------------------------------------------------------------------------

function expectPublic(event: Event): void {
  expect(event.bubbles, `${event.type} bubbles`).to.equal(true);
  expect(event.composed, `${event.type} is composed`).to.equal(true);
}

interface Failed {
  el: CiteQuiz;
  detail: QuizErrorDetail;
  log: EventLog;
}

/** Renders <cite-quiz> configured by `configure` (before it connects) and waits for quiz-error. */
async function failedLoad(configure: (el: CiteQuiz) => void): Promise<Failed> {
  const el = document.createElement('cite-quiz');
  configure(el);
  const log = recordEvents(el);
  const failed = oneEvent<QuizErrorEvent>(el, 'quiz-error');
  await fixture(html`<div>${el}</div>`);
  const event = await failed;
  await el.updateComplete;
  expectPublic(event);
  expect(log.ready, 'quiz-ready after a failed load').to.have.length(0);
  expect(log.error, 'quiz-error fired once').to.have.length(1);
  return { el, detail: event.detail, log };
}

const alertOf = (el: CiteQuiz) => $(el, '[role="alert"]');

/** Buttons outside the (closed) source reader: what the learner can press in the error state. */
const visibleButtons = (el: CiteQuiz) => $$<HTMLButtonElement>(el, 'button').filter((b) => !b.closest('dialog')).map(textOf);

/** Nothing of a quiz is on screen: no start screen, no question, no Start button. */
function expectNothingPartial(el: CiteQuiz): void {
  expect($(el, '.start'), 'start screen').to.equal(null);
  expect($(el, '#start-heading'), 'start heading').to.equal(null);
  expect($(el, 'form'), 'question form').to.equal(null);
  expect($(el, 'fieldset'), 'question fieldset').to.equal(null);
  expect(visibleButtons(el)).to.not.include('Start');
}

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2)}`;

// ---------------------------------------------------------------------------------------------

describe('<cite-quiz> loading from a URL', () => {
  for (const [status, retry] of [[404, false], [500, true]] as const) {
    it(`a ${status} says the quiz could not be loaded, what the learner can do, the status and URL for the teacher${retry ? ', and offers Try again' : ', and no Try again'}`, async () => {
      const url = `/__test__/status/${status}`;
      const { el, detail } = await failedLoad((q) => q.setAttribute('src', url));
      const message = `The question bank could not be loaded: the server answered ${status} for ${url}.`;
      expect(detail).to.deep.equal({ kind: 'network', message });
      const alert = alertOf(el);
      expect(alert, 'role=alert').to.not.equal(null);
      expect(textOf(alert!.querySelector('h2'))).to.equal('This quiz could not be loaded');
      expect(textOf(alert!.querySelector('h2 + p'))).to.equal(retry
        ? 'Check your connection, then try again. If it keeps happening, tell whoever runs this course.'
        : 'Trying again will not help: please tell whoever runs this course (your teacher), with the details below.');
      const details = alert!.querySelector('details')!;
      expect(textOf(details.querySelector('summary'))).to.equal('Details for the teacher');
      expect(textOf(details.querySelector('p'))).to.equal(message);
      expect(details.open, 'the technical detail starts folded').to.equal(false);
      expect(visibleButtons(el)).to.deep.equal(retry ? ['Try again'] : []);
      if (retry) expect(button(el, 'Try again').closest('[role="alert"]')).to.equal(alert);
      expectNothingPartial(el);
      await expectAccessible(el);
      await expectNothingThrown();
    });
  }

  it('an unreachable server says the file could not be reached or is not shared with this site', async () => {
    const url = 'http://127.0.0.1:9/bank.json';
    const { el, detail } = await failedLoad((q) => q.setAttribute('src', url));
    const message = `The question bank at ${url} could not be reached: you may be offline, or the file is not shared with this site.`;
    expect(detail).to.deep.equal({ kind: 'network', message });
    expect(textOf(alertOf(el))).to.include(message);
    expect(visibleButtons(el)).to.deep.equal(['Try again']);
    await expectNothingThrown();
  });

  it('an HTML page instead of JSON says it looks like a web page', async () => {
    const { el, detail } = await failedLoad((q) => q.setAttribute('src', '/demo/index.html'));
    expect(detail.kind).to.equal('parse');
    expect(detail.message).to.include('this looks like a web page, not a question bank (JSON)');
    expect(detail.issues).to.deep.equal([{ path: '(the file)', message: 'this looks like a web page, not a question bank (JSON)' }]);
    const alert = alertOf(el);
    expect(textOf(alert)).to.include('The question bank has a problem:');
    expect(textOf(alert!.querySelector('.issues li'))).to.equal('this looks like a web page, not a question bank (JSON) at (the file)');
    expectNothingPartial(el);
    await expectNothingThrown();
  });

  // With a Content-Length the size is known at once; streamed in chunks, the bytes are counted.
  for (const url of ['/__test__/huge', '/__test__/huge-chunked']) {
    it(`an oversized file is refused at the stated 5 MB cap (${url})`, async () => {
      const { el, detail } = await failedLoad((q) => q.setAttribute('src', url));
      const message = `The file at ${url} is larger than the 5 MB a question bank may be.`;
      expect(detail).to.deep.equal({ kind: 'parse', message });
      expect(textOf(alertOf(el))).to.include(message);
      expectNothingPartial(el);
      await expectNothingThrown();
    });
  }

  it('a slow server times out with a clear message and Try again', async () => {
    const url = '/__test__/slow/2000';
    const started = performance.now();
    const { el, detail } = await failedLoad((q) => {
      q.loadTimeout = 300;
      q.setAttribute('src', url);
    });
    expect(performance.now() - started, 'gave up long before the server answered').to.be.below(1500);
    expect(detail.kind).to.equal('timeout');
    expect(detail.message).to.equal(`The question bank at ${url} did not arrive within 0.3 seconds.`);
    expect(detail.issues).to.equal(undefined);
    const alert = alertOf(el);
    expect(textOf(alert)).to.include(detail.message);
    expect(button(el, 'Try again').closest('[role="alert"]')).to.equal(alert);
    await expectAccessible(el);
    await expectNothingThrown();
  });

  it('Try again after a failed load (503) loads the bank and shows its start screen', async () => {
    const url = `/__test__/flaky/${unique()}`;
    const { el, detail, log } = await failedLoad((q) => q.setAttribute('src', url));
    expect(detail).to.deep.equal({ kind: 'network', message: `The question bank could not be loaded: the server answered 503 for ${url}.` });
    const ready = oneEvent<QuizReadyEvent>(el, 'quiz-ready');
    await click(el, button(el, 'Try again'));
    const event = await ready;
    await el.updateComplete;
    expectPublic(event);
    expect(event.detail).to.deep.equal({ bankId: 'fixture-bank', title: FIXTURE_TITLE, questionCount: 6 });
    expect(alertOf(el), 'the alert is gone').to.equal(null);
    expect(textOf($(el, '#start-heading'))).to.equal(FIXTURE_TITLE);
    expect(visibleButtons(el)).to.include('Start');
    expect(log.error, 'no second error').to.have.length(1);
    expect(log.ready).to.have.length(1);
    await expectNothingThrown();
  });

  // The first while "Loading the quiz…" is on screen; the second in the same task as appending
  // the element, the usual host-page pattern.
  for (const when of ['while loading', 'right after appending'] as const) {
    it(`changing src ${when} aborts the slow request, loads the new one, and no late answer lands`, async () => {
      const key = `src-change-${when.replace(/\W/g, '-')}`;
      const el = document.createElement('cite-quiz');
      el.setAttribute('src', `/__test__/slow/800?file=${QUICK_CHECK}&key=${key}`);
      const log = recordEvents(el);
      const ask = async (what: string) => (await fetch(`/__test__/${what}/${key}`)).text();
      if (when === 'while loading') {
        await fixture(html`<div>${el}</div>`);
        expect(textOf($(el, '.loading'))).to.equal('Loading the quiz…');
        // Changed once the request is on its way (the load starts when the interface language is in).
        await waitUntil(async () => (await ask('received')) === 'yes', 'the first request reached the server', { timeout: 5000 });
      } else {
        (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      }
      el.src = FIXTURE_URL;
      await waitUntil(() => log.ready.length > 0, 'the new bank is ready');
      // Right after appending, src may change before the first load has sent its request: then
      // nothing was sent to abandon. A request that was sent must be seen abandoned.
      if ((await ask('received')) === 'yes') {
        await waitUntil(async () => (await ask('aborted')) === 'yes', 'the server saw the old request abandoned', { timeout: 5000 });
      }
      expect(log.ready.map((e) => e.detail.bankId)).to.deep.equal(['fixture-bank']);
      expect(log.error.map((e) => e.detail.message)).to.deep.equal([]);
      expect(textOf($(el, '#start-heading'))).to.equal(FIXTURE_TITLE);
      await expectNothingThrown();
    });
  }

  it('removing the element in the same task as appending it: no load, no event', async () => {
    const el = document.createElement('cite-quiz');
    el.setAttribute('src', FIXTURE_URL);
    const log = recordEvents(el);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(el);
    el.remove();
    await aTimeout(500);
    expect([log.ready.length, log.error.length]).to.deep.equal([0, 0]);
    await expectNothingThrown();
  });

  it('setting src right after appending an element without a bank loads that src', async () => {
    const el = document.createElement('cite-quiz');
    const log = recordEvents(el);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(el);
    el.src = FIXTURE_URL;
    await waitUntil(() => log.ready.length + log.error.length > 0, 'neither quiz-ready nor quiz-error', { timeout: 3000 });
    await aTimeout(100);
    expect(log.error.map((e) => e.detail.message)).to.deep.equal([]);
    expect(log.ready.map((e) => e.detail.bankId)).to.deep.equal(['fixture-bank']);
    expect(textOf($(el, '#start-heading'))).to.equal(FIXTURE_TITLE);
    await expectNothingThrown();
  });

  it('removing the element during a slow load aborts it: no event fires afterwards, nothing throws', async () => {
    const el = document.createElement('cite-quiz');
    el.setAttribute('src', '/__test__/slow/800?key=removed-while-loading');
    const log = recordEvents(el);
    let onDocument = 0;
    const count = () => onDocument++;
    document.addEventListener('quiz-ready', count);
    document.addEventListener('quiz-error', count);
    try {
      await fixture(html`<div>${el}</div>`);
      expect(textOf($(el, '.loading'))).to.equal('Loading the quiz…');
      // Removed once the request is on its way (the load starts when the interface language is in).
      await waitUntil(async () => (await (await fetch('/__test__/received/removed-while-loading')).text()) === 'yes', 'the request reached the server', { timeout: 5000 });
      el.remove();
      await waitUntil(async () => (await (await fetch('/__test__/aborted/removed-while-loading')).text()) === 'yes', 'the server saw the request abandoned', { timeout: 5000 });
      await aTimeout(1000); // past the moment the server would have answered
      expect(log.ready, 'quiz-ready after removal').to.have.length(0);
      expect(log.error, 'quiz-error after removal').to.have.length(0);
      expect(onDocument, 'events heard on document').to.equal(0);
    } finally {
      document.removeEventListener('quiz-ready', count);
      document.removeEventListener('quiz-error', count);
    }
    await expectNothingThrown();
  });
});

// ---------------------------------------------------------------------------------------------

describe('<cite-quiz> refusing a bad bank', () => {
  it('no bank at all (no src, no bank, no script) says how to give one', async () => {
    const { el, detail } = await failedLoad(() => {});
    const message = 'No question bank was given: set the src attribute, the bank property, or put the bank in a <script type="application/json"> inside <cite-quiz>.';
    expect(detail).to.deep.equal({ kind: 'invalid', message });
    expect(textOf(alertOf(el))).to.include(message);
    expect(visibleButtons(el), 'no Try again for a missing bank').to.deep.equal([]);
    expectNothingPartial(el);
    await expectNothingThrown();
  });

  for (const [name, text, problem] of [
    ['text that is not JSON', '{ "format": "citequiz/v1", ', 'this is not valid JSON'],
    ['an empty script', '   \n  ', 'the file is empty'],
  ] as const) {
    it(`an inline script with ${name} is a parse error`, async () => {
      const { el, detail } = await failedLoad((q) => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = text;
        q.append(script);
      });
      expect(detail.kind).to.equal('parse');
      expect(detail.issues).to.have.length(1);
      expect(detail.issues![0]!.path).to.equal('(the file)');
      expect(detail.issues![0]!.message).to.include(problem);
      const alert = alertOf(el);
      expect(textOf(alert)).to.include('The question bank has a problem:');
      expect(textOf(alert!.querySelector('.issues li'))).to.include(problem).and.to.include('at (the file)');
      expect(visibleButtons(el), 'no Try again for a parse error').to.deep.equal([]);
      expectNothingPartial(el);
      await expectNothingThrown();
    });
  }

  it('an invalid bank lists every issue with its path and question id, renders nothing partial, no Try again', async () => {
    const bank = await fixtureBank();
    bank.questions[0]!.answer = 'nope'; // a dangling answer
    bank.questions[1]!.id = 'day'; // a duplicate id
    const { el, detail } = await failedLoad((q) => {
      q.bank = bank;
    });
    expect(detail.kind).to.equal('invalid');
    const issues = detail.issues!;
    expect(issues.map((i) => i.path)).to.have.members(['questions[0].answer', 'questions[1].id']);
    const dangling = issues.find((i) => i.path === 'questions[0].answer')!;
    expect(dangling.questionId).to.equal('day');
    expect(dangling.message).to.include('"nope"');
    expect(issues.find((i) => i.path === 'questions[1].id')!.message).to.include('"day" is used twice');

    const alert = alertOf(el);
    expect(textOf(alert)).to.include('The question bank has 2 problems:');
    const items = [...alert!.querySelectorAll('.issues li')].map(textOf);
    expect(items).to.have.length(issues.length);
    for (const issue of issues) {
      const shown = items.find((item) => item.endsWith(`at ${issue.path}`));
      expect(shown, `the alert lists ${issue.path}`).to.not.equal(undefined);
      expect(shown).to.include(issue.message);
      if (issue.questionId !== undefined) expect(shown!.startsWith(`question “${issue.questionId}”: `), shown).to.equal(true);
    }
    expectNothingPartial(el);
    expect(visibleButtons(el), 'no Try again for an invalid bank').to.deep.equal([]);
    await expectAccessible(el);
    await expectNothingThrown();
  });

  for (const url of ['javascript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
    it(`a source url ${JSON.stringify(url)} is refused by the schema at source.url`, async () => {
      const bank = await fixtureBank();
      bank.source.url = url;
      const { el, detail } = await failedLoad((q) => {
        q.bank = bank;
      });
      expect(detail.kind).to.equal('invalid');
      expect(detail.issues!.map((i) => i.path)).to.deep.equal(['source.url']);
      expect(detail.issues![0]!.message).to.include('http://, https:// or mailto:');
      expect(textOf(alertOf(el)!.querySelector('.issues li'))).to.include('at source.url');
      expect($(el, 'a'), 'no link rendered').to.equal(null);
      expectNothingPartial(el);
      await expectNothingThrown();
    });
  }
});

// ---------------------------------------------------------------------------------------------

const MARKUP = '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=1</script> "><svg onload="window.__pwned=1">';
const PLAIN = `& &amp; &lt; < \\ \\n 😀 👩‍🔬 🇫🇷 مرحبا بالعالم שלום e\u0301 n\u0303`;
const hostile = (label: string) => `${label} ${MARKUP} ${PLAIN}`;

describe('<cite-quiz> hostile text', () => {
  type Win = Window & { __pwned?: unknown };

  beforeEach(() => {
    delete (window as Win).__pwned;
  });

  async function hostileBank(): Promise<{ bank: TestBank; quote: string }> {
    const bank = await bankWith('day');
    const quote = `On Monday ${MARKUP} ${PLAIN} the council met.`;
    bank.title = hostile('Title');
    bank.description = hostile('Description');
    bank.source = {
      title: hostile('Source title'),
      text: `Before. ${quote} After ${MARKUP} ${PLAIN}.`,
      url: 'https://example.org/report',
      publisher: hostile('Publisher'),
    };
    const question = bank.questions[0]!;
    question.prompt = hostile('Prompt');
    question.choices = [
      { id: 'mon', text: hostile('Monday'), feedback: hostile('Feedback on Monday') },
      { id: 'tue', text: hostile('Tuesday'), feedback: hostile('Feedback on Tuesday') },
      { id: 'fri', text: hostile('Friday') },
    ];
    question.explanation = hostile('Why');
    question.evidence = [quote];
    return { bank, quote };
  }

  function expectNoElementsFromText(el: CiteQuiz): void {
    expect($$(el, 'img, script, svg, iframe, object').map((n) => n.outerHTML), 'elements in the shadow root').to.deep.equal([]);
    expect([...el.querySelectorAll('img, script, svg')].map((n) => n.outerHTML), 'elements in the light DOM').to.deep.equal([]);
    expect($$(el, '[onerror], [onload]'), 'event-handler attributes').to.deep.equal([]);
  }

  it('markup, &, \\, emoji, RTL and combining marks are shown exactly as written and nothing runs', async () => {
    const { bank, quote } = await hostileBank();
    const el = await quizWith(bank, { shuffle: 'none', seed: 'hostile' });
    expect($(el, '#start-heading')!.textContent).to.equal(bank.title);
    expect(textOf($(el, '.start'))).to.include(bank.description!.replace(/\s+/g, ' '));
    expect($(el, '.facts a')!.textContent).to.equal(bank.source.title);
    expectNoElementsFromText(el);

    await click(el, button(el, 'Start'));
    const question = bank.questions[0]!;
    expect($(el, 'fieldset legend')!.textContent).to.equal(question.prompt);
    expect($$(el, '.choice span').map((s) => s.textContent)).to.deep.equal(question.choices.map((c: { text: string }) => c.text));
    expectNoElementsFromText(el);

    const answered = oneEvent<QuizAnswerEvent>(el, 'quiz-answer');
    $<HTMLInputElement>(el, 'input[value="mon"]')!.click();
    await el.updateComplete;
    await click(el, button(el, 'Check answer'));
    const { detail } = await answered;
    expect(detail).to.include({ questionId: 'day', correct: true });
    expect($(el, '.explanation-text')!.textContent).to.equal(question.explanation);
    expect($$(el, '.evidence blockquote').map((b) => b.textContent)).to.deep.equal([quote]);
    const monday = question.choices[0] as { text: string; feedback: string };
    expect($$(el, '.choice-feedback li').map((li) => li.textContent)).to.deep.equal([`${monday.text}: ${monday.feedback}`]);
    expectNoElementsFromText(el);

    await click(el, button(el, 'Show in the report'));
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open, 'the reader is open').to.equal(true);
    expect($(el, '#reader-title')!.textContent).to.equal(bank.source.title);
    expect($(el, '#reader-mark')!.textContent, 'the highlighted quote').to.equal(quote);
    expect($(el, '.reader-text')!.textContent).to.equal(bank.source.text);
    expect(focused(el)?.id).to.equal('reader-mark');
    expectNoElementsFromText(el);
    dialog.close();
    await el.updateComplete;

    await aTimeout(200); // an <img onerror> would have fired by now
    expect((window as Win).__pwned, 'window.__pwned').to.equal(undefined);
    await expectNothingThrown();
  });

  it('hostile text in the review after submitting is shown as written too', async () => {
    const { bank, quote } = await hostileBank();
    const el = await quizWith(bank, { shuffle: 'none', seed: 'hostile', feedback: 'end' });
    await click(el, button(el, 'Start'));
    $<HTMLInputElement>(el, 'input[value="tue"]')!.click();
    await el.updateComplete;
    await click(el, button(el, 'Submit answers'));
    const complete = oneEvent<QuizCompleteEvent>(el, 'quiz-complete');
    await click(el, button(el, 'Submit now'));
    await complete;
    await el.updateComplete;
    const question = bank.questions[0]!;
    expect($(el, '.review .review-prompt')!.textContent).to.equal(question.prompt);
    expect($(el, '.review .explanation-text')!.textContent).to.equal(question.explanation);
    expect($(el, '.review blockquote')!.textContent).to.equal(quote);
    expect(textOf($(el, '.review .rows')), 'your answer and the correct one').to.include(question.choices[1].text.replace(/\s+/g, ' ')).and.to.include(question.choices[0].text.replace(/\s+/g, ' '));
    expectNoElementsFromText(el);
    await aTimeout(200);
    expect((window as Win).__pwned, 'window.__pwned').to.equal(undefined);
    await expectNothingThrown();
  });
});

// ---------------------------------------------------------------------------------------------

describe('<cite-quiz> on a host page', () => {
  it('two quizzes on one page are independent', async () => {
    const a = await quizWith(await bankWith('day', 'unsafe'), { shuffle: 'none', seed: 'a' });
    const b = await quizWith(await bankWith('day', 'unsafe'), { shuffle: 'none', seed: 'b' });
    const logA = recordEvents(a);
    const logB = recordEvents(b);

    await click(a, button(a, 'Start'));
    expect(textOf($(b, '#start-heading')), 'B is still on its start screen').to.equal(FIXTURE_TITLE);
    $<HTMLInputElement>(a, 'input[value="mon"]')!.click();
    await a.updateComplete;
    await click(a, button(a, 'Check answer'));
    await a.updateComplete;

    expect(logA.answer.map((e) => e.detail.questionId)).to.deep.equal(['day']);
    expectPublic(logA.answer[0]!);
    expect(textOf($(a, '.feedback .verdict'))).to.equal('✓ Correct');
    expect(logB.answer, 'quiz-answer on B').to.have.length(0);
    expect(textOf($(b, '#start-heading'))).to.equal(FIXTURE_TITLE);
    expect($(b, 'fieldset'), 'B shows no question').to.equal(null);

    await click(b, button(b, 'Start'));
    expect(textOf($(b, '#question-heading'))).to.equal('Question 1 of 2');
    expect($$<HTMLInputElement>(b, 'input[type="radio"]').filter((r) => r.checked), 'B has no answer picked').to.deep.equal([]);
    expect($(b, 'fieldset')!.hasAttribute('disabled'), 'B is not locked').to.equal(false);
    expect($(b, '.feedback'), 'B shows no feedback').to.equal(null);
    // A keeps its own answer and lock.
    expect($<HTMLInputElement>(a, 'input[value="mon"]')!.checked).to.equal(true);
    expect($(a, 'fieldset')!.hasAttribute('disabled')).to.equal(true);

    await click(b, button(b, 'Submit answers'));
    await click(b, button(b, 'Submit now'));
    await b.updateComplete;
    expect(logB.complete).to.have.length(1);
    expect(logB.answer.map((e) => e.detail.questionId)).to.have.members(['day', 'unsafe']);
    expect(logA.complete, 'quiz-complete on A').to.have.length(0);
    expect(logA.answer, 'no more quiz-answer on A').to.have.length(1);
    expect(a.result, 'A has no result').to.equal(null);
    expect(b.result).to.not.equal(null);
    expect(textOf($(a, '#question-heading'))).to.equal('Question 1 of 2');
    expect([...logA.ready, ...logA.error, ...logB.ready, ...logB.error]).to.have.length(0);
    await expectNothingThrown();
  });

  it('loading the bundle a second time does not throw and keeps <cite-quiz> defined', async () => {
    const defined = customElements.get('cite-quiz');
    expect(defined, 'defined by src/define').to.not.equal(undefined);
    const bundle = '/dist/cdn/citequiz.js';
    const module = (await import(/* @vite-ignore */ bundle)) as { CiteQuiz: unknown };
    expect(module.CiteQuiz, 'the bundle exports its own CiteQuiz').to.be.a('function');
    expect(customElements.get('cite-quiz'), 'the first definition is kept').to.equal(defined);
    // A second import of the same bundle is a no-op too.
    await import(/* @vite-ignore */ `${bundle}?again`);
    expect(customElements.get('cite-quiz')).to.equal(defined);
    // And the element still works.
    const el = await quizWith(await fixtureBank());
    expect(el).to.be.instanceOf(defined!);
    expect(textOf($(el, '#start-heading'))).to.equal(FIXTURE_TITLE);
    await expectNothingThrown();
  });
});
