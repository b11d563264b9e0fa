// report="scorm" against scorm-again, an LMS-side SCORM 1.2 / 2004 runtime, as the LMS in the
// page: a whole quiz reports score, status, interactions and session time; a spy on every API
// call finds none out of session and no error code; values stay in their vocabularies; an LMS
// that refuses a value gets a quiz-error of kind lms and the answer is kept.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { expandSnapshot, planAttempt, type SavedAttempt } from '../../src/engine/index.js';
import type { QuizCompleteEvent, QuizErrorEvent } from '../../src/events.js';
import { mustLoad } from '../fixtures/must-load.js';
import { answerByKeyboard, button, click, fixtureBank, quizWith, type TestBank } from '../components/helpers.js';
import { installLms, removeLms, reportTo, VOCABULARY, type LmsSpy, type ScormApi } from './lms-helpers.js';

/** Starts, answers `answered` (ids) correctly by keyboard, leaves the rest, and submits. */
async function takeQuiz(el: HTMLElement & { submit(): void; updateComplete: Promise<boolean> }, bank: TestBank, seed: string, answered: string[]): Promise<QuizCompleteEvent> {
  await click(el as never, button(el as never, 'Start'));
  const order = planAttempt(mustLoad(bank), { seed }).questions.map((q) => q.question.id);
  for (const [i, id] of order.entries()) {
    if (answered.includes(id)) await answerByKeyboard(el as never, bank, id);
    if (i < order.length - 1) await click(el as never, button(el as never, 'Next'));
  }
  const complete = oneEvent(el, 'quiz-complete') as Promise<QuizCompleteEvent>;
  el.submit();
  return complete;
}

/** The attempt in the last suspend_data written before it was submitted. */
function lastAttemptSaved(spy: LmsSpy): SavedAttempt {
  const attempts = spy.sets().filter(([element]) => element === 'cmi.suspend_data').map(([, data]) => expandSnapshot(data)?.attempt);
  return attempts.filter((attempt) => attempt).at(-1)!;
}

const ALL = ['day', 'streets', 'unsafe', 'who', 'sequence', 'repairs'];
const TYPES: Record<string, string> = { day: 'choice', streets: 'choice', unsafe: 'true-false', who: 'matching', sequence: 'sequencing', repairs: 'fill-in' };

for (const version of ['1.2', '2004'] as const) {
  const key = (v12: string, v2004: string) => (version === '1.2' ? v12 : v2004);

  describe(`report="scorm", SCORM ${version} (scorm-again as the LMS)`, () => {
    let api: ScormApi;
    let spy: LmsSpy;
    let stop: (() => void) | undefined;

    function install(launch: Record<string, unknown> = {}): void {
      ({ api, spy } = installLms(version, launch));
    }

    afterEach(() => {
      stop?.();
      stop = undefined;
      removeLms();
    });

    it('a whole quiz: score, status, every interaction in its format, session time; no call out of session, no error code', async () => {
      install();
      const bank = await fixtureBank();
      const el = await quizWith(bank, { seed: 'scorm', feedback: 'end' });
      stop = reportTo(el, 'scorm');
      await waitUntil(() => spy.calls.length > 0, 'the adapter opened the session');
      await takeQuiz(el, bank, 'scorm', ALL);
      await waitUntil(() => spy.values()[key('cmi.core.lesson_status', 'cmi.success_status')] === 'passed', 'the result reached the LMS');
      window.dispatchEvent(new PageTransitionEvent('pagehide'));

      const cmi = spy.values();
      if (version === '1.2') {
        expect(cmi['cmi.core.score.raw']).to.equal('100');
        expect(cmi['cmi.core.score.min']).to.equal('0');
        expect(cmi['cmi.core.score.max']).to.equal('100');
        expect(cmi['cmi.core.exit']).to.equal('');
        expect(cmi['cmi.core.session_time']).to.match(/^\d{4}:\d\d:\d\d\.\d\d$/);
      } else {
        expect(cmi['cmi.score.raw']).to.equal('7');
        expect(cmi['cmi.score.max']).to.equal('7');
        expect(cmi['cmi.score.scaled']).to.equal('1');
        expect(cmi['cmi.completion_status']).to.equal('completed');
        expect(cmi['cmi.exit']).to.equal('normal');
        expect(cmi['cmi.session_time']).to.match(/^PT(\d+H)?(\d+M)?[\d.]+S$/);
      }
      // Each question once, with its type and a response equal to its correct pattern (all right).
      const interactions = ALL.map((_, n) => ({
        id: cmi[`cmi.interactions.${n}.id`],
        type: cmi[`cmi.interactions.${n}.type`],
        result: cmi[`cmi.interactions.${n}.result`],
        pattern: cmi[`cmi.interactions.${n}.correct_responses.0.pattern`],
        response: cmi[`cmi.interactions.${n}.${key('student_response', 'learner_response')}`],
      }));
      expect(interactions.map((i) => i.id).sort()).to.deep.equal([...ALL].sort());
      for (const interaction of interactions) {
        expect(interaction.type, interaction.id).to.equal(TYPES[interaction.id!]);
        expect(interaction.result, interaction.id).to.equal('correct');
        if (interaction.id !== 'repairs') expect(interaction.response, interaction.id).to.equal(interaction.pattern);
      }
      const who = interactions.find((i) => i.id === 'who')!;
      expect(who.pattern).to.equal(key('a.a,b.b', 'mayor[.]mayor-right[,]groups[.]groups-right'));
      // Whatever the LMS stored is in what the adapter set, and the LMS took every call.
      expect(spy.outOfSession(), 'calls before Initialize or after Terminate').to.deep.equal([]);
      expect(JSON.stringify(spy.errors()), 'error codes').to.equal('[]');
      expect(spy.calls.at(-1)!.name).to.equal(key('LMSFinish', 'Terminate'));
      expect(api.isTerminated()).to.equal(true);
      for (const [element, value] of spy.sets()) {
        const rule = Object.entries(VOCABULARY[version]).find(([pattern]) => new RegExp(pattern).test(element));
        if (rule) expect(value, element).to.match(rule[1]);
      }
    });

    it('a failed attempt: failed, the partial score, a response only where answered; suspend data whole JSON', async () => {
      install();
      const bank = await fixtureBank();
      const el = await quizWith(bank, { seed: 'scorm', feedback: 'end', 'pass-mark': '80' });
      stop = reportTo(el, 'scorm');
      const { detail } = await takeQuiz(el, bank, 'scorm', ['day', 'unsafe', 'sequence']);
      expect(detail.score).to.equal(4);
      const cmi = spy.values();
      expect(cmi[key('cmi.core.lesson_status', 'cmi.success_status')]).to.equal('failed');
      expect(cmi[key('cmi.core.score.raw', 'cmi.score.raw')]).to.equal(key('57.14', '4'));
      const sets = spy.sets().map(([element]) => element);
      const indexOf = (id: string) => Number(Object.entries(cmi).find(([k, v]) => /^cmi\.interactions\.\d+\.id$/.test(k) && v === id)![0].split('.')[2]);
      expect(sets).to.include(`cmi.interactions.${indexOf('day')}.${key('student_response', 'learner_response')}`);
      expect(sets).not.to.include(`cmi.interactions.${indexOf('who')}.${key('student_response', 'learner_response')}`);
      expect(cmi[`cmi.interactions.${indexOf('who')}.result`]).to.equal(key('wrong', 'incorrect'));
      // Whole JSON of the compact state: during the attempt it held the answers; once submitted, nothing to resume.
      expect(Object.keys(lastAttemptSaved(spy).answers).sort()).to.deep.equal(['day', 'sequence', 'unsafe']);
      expect(expandSnapshot(cmi['cmi.suspend_data']!)!.attempt).to.equal(null);
      expect(spy.errors()).to.deep.equal([]);
    });

    it("the LMS's own pass threshold wins over the pass mark", async () => {
      install(version === '1.2' ? { cmi: { student_data: { mastery_score: '90' } } } : { cmi: { scaled_passing_score: '0.9' } });
      const bank = await fixtureBank();
      const el = await quizWith(bank, { seed: 'scorm', feedback: 'end', 'pass-mark': '50' });
      stop = reportTo(el, 'scorm');
      const { detail } = await takeQuiz(el, bank, 'scorm', ['day', 'streets', 'unsafe', 'sequence']);
      expect(detail.passed, 'the quiz itself passes at 50%').to.equal(true);
      expect(spy.values()[key('cmi.core.lesson_status', 'cmi.success_status')]).to.equal('failed');
      expect(spy.errors()).to.deep.equal([]);
    });

    it('a value the LMS refuses is a quiz-error of kind lms with its code; the rest is still sent', async () => {
      install();
      // This LMS refuses the interaction ids (as a 1.2 LMS without interactions would).
      const original = api[key('LMSSetValue', 'SetValue')]!.bind(api);
      api[key('LMSSetValue', 'SetValue')] = (element: string, value: string) => original(/\.id$/.test(element) ? element.replace(/id$/, 'no_such_element') : element, value);
      const bank = await fixtureBank();
      const el = await quizWith(bank, { seed: 'scorm', feedback: 'immediate' });
      const errors: QuizErrorEvent[] = [];
      el.addEventListener('quiz-error', (e) => errors.push(e));
      stop = reportTo(el, 'scorm');
      await takeQuiz(el, bank, 'scorm', ['day']);
      expect(errors.length).to.be.greaterThan(0);
      expect(errors[0]!.detail.kind).to.equal('lms');
      expect(errors[0]!.detail.message).to.match(/^The LMS refused cmi\.interactions\.\d+\.id = "\w+" \(SCORM error \d{3}/);
      expect(errors[0]!.bubbles && errors[0]!.composed).to.equal(true);
      const cmi = spy.values();
      expect(Object.keys(lastAttemptSaved(spy).answers)).to.include('day');
      expect(cmi[key('cmi.core.lesson_status', 'cmi.success_status')]).to.equal('failed');
    });
  });
}

describe('report="scorm" with no LMS', () => {
  it('says so with a quiz-error of kind lms, and the quiz works', async () => {
    const bank = await fixtureBank();
    const el = await quizWith(bank, { seed: 'scorm', feedback: 'end' });
    const error = oneEvent(el, 'quiz-error') as Promise<QuizErrorEvent>;
    const stop = reportTo(el, 'scorm');
    const { detail } = await error;
    expect(detail.kind).to.equal('lms');
    expect(detail.message).to.contain('no SCORM LMS was found');
    const { detail: result } = await takeQuiz(el, bank, 'scorm', ['day']);
    expect(result.score).to.equal(1);
    stop();
  });
});
