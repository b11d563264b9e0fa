// Shared helpers for the browser tests of <cite-quiz> and <cite-quiz-builder>: fixtures, shadow-root queries, axe with
// target-size on, and keyboard-only navigation.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../../src/define/cite-quiz.js';
import type { LitElement } from 'lit';
import type { CiteQuiz } from '../../src/components/cite-quiz/cite-quiz.js';
import type { BankInput } from '../../src/engine/index.js';
import type { QuizAnswerEvent, QuizCompleteEvent, QuizErrorEvent, QuizReadyEvent } from '../../src/events.js';

// Saved progress is on by default: every test starts in a browser that has never seen a quiz.
beforeEach(() => localStorage.clear());

export type TestBank = Omit<BankInput, 'questions'> & { questions: Record<string, any>[] };

/** A fresh copy of test/fixtures/valid-bank.json (every question type, 7 points in all). */
export async function fixtureBank(): Promise<TestBank> {
  return (await fetch('/test/fixtures/valid-bank.json')).json();
}

/** The fixture bank cut down to the questions with these ids, in this order. */
export async function bankWith(...ids: string[]): Promise<TestBank> {
  const bank = await fixtureBank();
  bank.questions = ids.map((id) => bank.questions.find((q) => q.id === id)!);
  return bank;
}

/**
 * Renders <cite-quiz> with a bank object and waits until it is ready. Seeded ("test") unless
 * the test gives its own seed, so what a test sees never depends on chance.
 */
export async function quizWith(bank: unknown, attributes: Record<string, string> = {}): Promise<CiteQuiz> {
  const element = document.createElement('cite-quiz');
  for (const [name, value] of Object.entries({ seed: 'test', ...attributes })) element.setAttribute(name, value);
  element.bank = bank;
  const ready = oneEvent(element, 'quiz-ready');
  await fixture(html`<div>${element}</div>`);
  await ready;
  await element.updateComplete;
  return element;
}

export interface EventLog {
  ready: QuizReadyEvent[];
  error: QuizErrorEvent[];
  answer: QuizAnswerEvent[];
  complete: QuizCompleteEvent[];
}

/** Every public event fired on `el` from now on. */
export function recordEvents(el: CiteQuiz): EventLog {
  const log: EventLog = { ready: [], error: [], answer: [], complete: [] };
  el.addEventListener('quiz-ready', (e) => log.ready.push(e));
  el.addEventListener('quiz-error', (e) => log.error.push(e));
  el.addEventListener('quiz-answer', (e) => log.answer.push(e));
  el.addEventListener('quiz-complete', (e) => log.complete.push(e));
  return log;
}

export const $ = <T extends Element = HTMLElement>(el: LitElement, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: LitElement, selector: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const focused = (el: LitElement): Element | null => el.shadowRoot!.activeElement;
/** Visible text of the element with whitespace folded. */
export const textOf = (node: Element | null): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The button whose own text is `label`. */
export function button(el: LitElement, label: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) => textOf(b) === label);
  if (!found) throw new Error(`no button "${label}" in: ${$$<HTMLButtonElement>(el, 'button').map((b) => textOf(b)).join(' | ')}`);
  return found;
}

/** Clicks and waits for the element to render what follows. */
export async function click(el: LitElement, target: HTMLElement): Promise<void> {
  target.click();
  await el.updateComplete;
  await el.updateComplete;
}

/** axe-core on the element and its shadow root, with the off-by-default target-size rule on. */
export async function expectAccessible(el: Element): Promise<void> {
  const axe = (window as unknown as { axe: { run: (el: Element, options: object) => Promise<{ violations: { id: string; help: string; nodes: { html: string }[] }[] }> } }).axe;
  const results = await axe.run(el, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } });
  expect(results.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.html).join(' ; ')}`)).to.deep.equal([]);
}

/** Presses Tab (or Shift+Tab) until `matches` holds for the focused element in the quiz. */
export async function tabTo(el: LitElement, matches: (focused: HTMLElement) => boolean, backwards = false): Promise<HTMLElement> {
  for (let i = 0; i < 40; i++) {
    const current = focused(el) as HTMLElement | null;
    if (current && matches(current)) return current;
    if (backwards) {
      // puppeteer has no "Shift+Tab" key: hold Shift down around Tab.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    } else await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached the element; focus is on ${(focused(el) as HTMLElement | null)?.outerHTML ?? document.activeElement?.outerHTML}`);
}

export const tabToButton = (el: LitElement, label: string) => tabTo(el, (f) => f.tagName === 'BUTTON' && textOf(f) === label);

export async function press(el: LitElement, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
  await el.updateComplete;
}

/**
 * Answers the current question correctly with the keyboard alone: Tab to each control, then
 * Space, arrows or typing, as a learner would.
 */
export async function answerByKeyboard(el: CiteQuiz, bank: TestBank, questionId: string): Promise<void> {
  const question = bank.questions.find((q) => q.id === questionId)!;
  switch (question.type) {
    case 'single':
    case 'true-false': {
      const want = question.type === 'single' ? question.answer : String(question.answer);
      await tabTo(el, (f) => f instanceof HTMLInputElement && f.type === 'radio');
      await press(el, 'Space');
      for (let i = 0; i < 10 && (focused(el) as HTMLInputElement).value !== want; i++) await press(el, 'ArrowDown');
      break;
    }
    case 'multiple':
      for (const id of question.answer as string[]) {
        await tabTo(el, (f) => f instanceof HTMLInputElement && f.value === id);
        await press(el, 'Space');
      }
      break;
    case 'match':
      for (const [i, pair] of (question.pairs as { right: string }[]).entries()) {
        const select = await tabTo(el, (f) => f.id === `match-${i}`) as HTMLSelectElement;
        for (let n = 0; n < 10 && select.value !== pair.right; n++) await press(el, 'ArrowDown');
      }
      break;
    case 'order': {
      const items = question.items as { id: string; text: string }[];
      // Bring each item to its place from the top: focus its "Move up" button, press Space until it is there.
      for (const [target, item] of items.entries()) {
        const position = () => $$(el, '.order-item').findIndex((li) => textOf(li.querySelector('.order-text')) === item.text);
        if (position() === target) continue;
        await tabTo(el, (f) => f.getAttribute('aria-label')?.startsWith(`Move up: ${item.text} (position `) === true);
        for (let n = 0; n < items.length && position() > target; n++) await press(el, 'Space');
        if (position() !== target) throw new Error(`could not move "${item.text}" to ${target + 1}`);
      }
      break;
    }
    case 'cloze':
      for (const blank of question.blanks as { accept: string[] }[]) {
        await tabTo(el, (f) => f instanceof HTMLInputElement && f.classList.contains('blank') && f.value === '');
        await sendKeys({ type: blank.accept[0]! });
        await el.updateComplete;
      }
      break;
  }
}

/**
 * Holds back (`close`) or refuses (`fail`) every request for the module at `path` on the test
 * server (test/server-routes.mjs, /__test__/gate) during the enclosing describe block, with the
 * page's cache off so the request reaches the server; lets it through after. Returns the gate:
 * `open` releases it, `held` answers "yes" while a request waits.
 */
export function gateChunk(path: string, how: 'close' | 'fail'): (action: 'open' | 'held') => Promise<string> {
  const gate = async (action: 'close' | 'fail' | 'open' | 'held') => (await fetch(`/__test__/gate/${action}?path=${encodeURIComponent(path)}`)).text();
  before(async () => {
    await executeServerCommand('disable-browser-cache');
    await gate(how);
  });
  after(() => gate('open'));
  return gate;
}

/** Clicks the choice (radio or checkbox) with this value. */
export async function choose(el: CiteQuiz, value: string): Promise<void> {
  $<HTMLInputElement>(el, `input[value="${value}"]`)!.click();
  await el.updateComplete;
}

/** Seconds left on the clock as shown ("Time left: 9:58"). */
export function shownSeconds(el: CiteQuiz): number {
  const [, minutes, seconds] = /(\d+):(\d\d)/.exec(textOf($(el, '.timer span')))!;
  return Number(minutes) * 60 + Number(seconds);
}

/** The values of the checked choices on screen. */
export const checkedValues = (el: CiteQuiz) => $$<HTMLInputElement>(el, 'input:checked').map((i) => i.value);

/**
 * On the fixture bank (with day, streets and unsafe first, unshuffled): starts, answers and
 * checks "day", answers "streets" partly, and stops on "unsafe" (question 3).
 */
export async function answerSome(el: CiteQuiz): Promise<void> {
  await click(el, button(el, 'Start'));
  await choose(el, 'mon');
  await click(el, button(el, 'Check answer'));
  await click(el, button(el, 'Next'));
  await choose(el, 'alder');
  await choose(el, 'elm');
  await click(el, button(el, 'Next'));
}
