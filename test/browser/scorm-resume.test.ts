// report="scorm" resumes (issue 11): the learner leaves mid-attempt (pagehide: Terminate with exit
// suspend), the LMS relaunches the SCO with what the first session committed and entry=resume,
// and a new element offers Resume with the same answers, position and remaining time. A
// completed attempt relaunched does not resume; a bank changed since is told in one sentence and
// the quiz starts anew. scorm-again is the LMS; a spy on every API call finds none out of session
// and no error code. persist="off" throughout, so the state can only have come from the LMS.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { CiteQuiz } from '../../src/components/cite-quiz/cite-quiz.js';
import type { QuizErrorEvent } from '../../src/events.js';
import { $, $$, answerSome, button, checkedValues, click, fixtureBank, focused, quizWith, shownSeconds, textOf, type TestBank } from '../components/helpers.js';
import { installLms, removeLms, type LmsSpy } from './lms-helpers.js';

const ATTRIBUTES = { seed: 'lms', shuffle: 'none', 'time-limit': '600', persist: 'off', report: 'scorm' };

/** The elements an LMS keeps between launches (suspend data, position, status), as scorm-again loads them. */
function launchData(version: '1.2' | '2004', committed: Record<string, string>, entry: string): Record<string, unknown> {
  const cmi: Record<string, unknown> = {};
  const values = { ...committed, [version === '1.2' ? 'cmi.core.entry' : 'cmi.entry']: entry };
  for (const [element, value] of Object.entries(values)) {
    if (!/^cmi\.(suspend_data|location|entry|completion_status|core\.lesson_location|core\.lesson_status|core\.entry)$/.test(element)) continue;
    const path = element.split('.').slice(1);
    let node = cmi;
    for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[path.at(-1)!] = value;
  }
  return { cmi };
}

/** The quiz as the LMS launches it: ATTRIBUTES (its seed among them) override quizWith's. */
const create = (bank: TestBank): Promise<CiteQuiz> => quizWith(bank, ATTRIBUTES);

const answersOf = (el: CiteQuiz) => Object.fromEntries(Object.entries(el.getState()!.attempt!.answers).map(([id, a]) => [id, [a.response, a.checked]]));
const leave = () => window.dispatchEvent(new PageTransitionEvent('pagehide'));

for (const version of ['1.2', '2004'] as const) {
  const key = (v12: string, v2004: string) => (version === '1.2' ? v12 : v2004);

  describe(`report="scorm" resumes, SCORM ${version}`, () => {
    let bank: TestBank;
    const spies: LmsSpy[] = [];

    /** A new LMS session in the page, loaded with `launch`. */
    function launch(data: Record<string, unknown> = {}): LmsSpy {
      const { spy } = installLms(version, data);
      spies.push(spy);
      return spy;
    }

    /** The first session: some answers, then the learner leaves; what the LMS committed. */
    async function firstSession(): Promise<{ el: CiteQuiz; spy: LmsSpy }> {
      const spy = launch();
      const el = await create(bank);
      await waitUntil(() => spy.calls.length > 0, 'the adapter opened the session');
      await answerSome(el);
      return { el, spy };
    }

    beforeEach(async () => {
      bank = await fixtureBank();
      spies.length = 0;
    });

    afterEach(() => {
      leave();
      removeLms();
      for (const spy of spies) {
        expect(spy.outOfSession(), 'calls before Initialize or after Terminate').to.deep.equal([]);
        expect(JSON.stringify(spy.errors()), 'error codes').to.equal('[]');
      }
    });

    it('leaving mid-attempt exits with suspend; the relaunch offers Resume with the same answers, position and time left', async () => {
      const { el: first, spy } = await firstSession();
      const before = { answers: answersOf(first), clock: first.getState()!.attempt!.clock, seconds: shownSeconds(first) };
      leave();
      expect(spy.calls.at(-1)!.name).to.equal(key('LMSFinish', 'Terminate'));
      const committed = spy.committed();
      // Every change is written (SetValue); Commit comes on opening, after the checked answer and on leaving, not on each change.
      const commits = spy.calls.filter((c) => c.name === key('LMSCommit', 'Commit')).length;
      const writes = spy.sets().filter(([element]) => element === 'cmi.suspend_data').length;
      expect(writes, 'suspend_data written on each change').to.be.at.least(5);
      expect(commits, 'Commit not on every change').to.be.below(writes);
      expect(committed[key('cmi.core.exit', 'cmi.exit')]).to.equal('suspend');
      expect(committed[key('cmi.core.lesson_location', 'cmi.location')], 'the position').to.equal('3');
      expect(committed['cmi.suspend_data']!.length).to.be.at.most(version === '1.2' ? 4096 : 64_000);
      first.parentElement!.remove();

      const again = launch(launchData(version, committed, 'resume'));
      const el = await create(bank);
      await waitUntil(() => $$(el, 'button').some((b) => textOf(b) === 'Resume'), 'Resume offered');
      expect(textOf($(el, '.resume'))).to.equal('You have an attempt under way: 2 of 6 answered, 10 min left.');
      await click(el, button(el, 'Resume'));
      expect(focused(el)?.id).to.equal('question-heading');
      expect(textOf($(el, '#question-heading'))).to.equal('Question 3 of 6');
      expect(Math.abs(shownSeconds(el) - before.seconds)).to.be.at.most(1);
      expect(answersOf(el)).to.deep.equal(before.answers);
      expect(el.getState()!.attempt!.clock!.deadline).to.equal(before.clock!.deadline);
      await click(el, button(el, 'Back'));
      expect(checkedValues(el)).to.deep.equal(['alder', 'elm']);
      await click(el, button(el, 'Back'));
      expect(checkedValues(el)).to.deep.equal(['mon']);
      expect(textOf($(el, '.feedback .verdict')), 'the check is kept').to.contain('Correct');
      // The relaunched session keeps the LMS current: leaving again suspends at question 1.
      leave();
      expect(again.committed()[key('cmi.core.exit', 'cmi.exit')]).to.equal('suspend');
      expect(again.committed()[key('cmi.core.lesson_location', 'cmi.location')]).to.equal('1');
    });

    it('a submitted attempt exits normally and a relaunch starts afresh, not at Resume', async () => {
      const { el: first, spy } = await firstSession();
      const complete = oneEvent(first, 'quiz-complete');
      first.submit();
      await complete;
      leave();
      const committed = spy.committed();
      expect(committed[key('cmi.core.exit', 'cmi.exit')]).to.equal(key('', 'normal'));
      first.parentElement!.remove();

      // The LMS hands back the suspend data even so (entry "" after a normal exit).
      launch(launchData(version, committed, ''));
      const el = await create(bank);
      expect(button(el, 'Start')).to.exist;
      expect($$(el, 'button').map(textOf)).not.to.include('Resume');
      await click(el, button(el, 'Start'));
      expect(textOf($(el, '#question-heading'))).to.equal('Question 1 of 6');
      expect(checkedValues(el)).to.deep.equal([]);
    });

    it('a bank changed since the learner left: one sentence, no LMS error, and the quiz starts anew', async () => {
      const { el: first, spy } = await firstSession();
      leave();
      const committed = spy.committed();
      first.parentElement!.remove();

      launch(launchData(version, committed, 'resume'));
      const changed: TestBank = { ...bank, questions: bank.questions.map((q) => (q['id'] === 'day' ? { ...q, prompt: `${q['prompt']} (revised)` } : q)) };
      const errors: QuizErrorEvent[] = [];
      const el = document.createElement('cite-quiz');
      el.addEventListener('quiz-error', (e) => errors.push(e));
      for (const [name, value] of Object.entries(ATTRIBUTES)) el.setAttribute(name, value);
      el.bank = changed;
      await fixture(html`<div>${el}</div>`);
      await waitUntil(() => errors.length > 0, 'the learner is told');
      expect(errors.map((e) => [e.detail.kind, e.detail.message])).to.deep.equal([['invalid', 'The questions have changed since this state was saved.']]);
      await el.updateComplete;
      expect($$(el, 'button').map(textOf)).not.to.include('Resume');
      await click(el, button(el, 'Start'));
      expect(textOf($(el, '#question-heading'))).to.equal('Question 1 of 6');
    });
  });
}
