// The package `citequiz package` makes, unzipped and served as an LMS would, in an iframe under a
// page holding scorm-again as the LMS's API (SCORM 1.2 and 2004): the manifest parses and names
// one SCO; the quiz finds the API in its parent, and its score, status and answers reach the LMS.
import { expect, waitUntil } from '@open-wc/testing';
import { planAttempt } from '../../src/engine/index.js';
import { mustLoad } from '../fixtures/must-load.js';
import { fixtureBank } from '../components/helpers.js';
import { installLms, removeLms } from './lms-helpers.js';

type QuizInFrame = HTMLElement & { shadowRoot: ShadowRoot; updateComplete: Promise<boolean>; submit(): void };

for (const version of ['1.2', '2004'] as const) {
  const key = (v12: string, v2004: string) => (version === '1.2' ? v12 : v2004);
  const base = `/__test__/scorm-package/${version}/`;

  describe(`citequiz package --scorm ${version}, taken in Chromium against scorm-again`, () => {
    afterEach(() => {
      document.querySelectorAll('iframe').forEach((frame) => frame.remove());
      removeLms();
    });

    it('the manifest is well-formed XML with one SCO at index.html and the mastery score', async () => {
      const xml = new DOMParser().parseFromString(await (await fetch(`${base}imsmanifest.xml`)).text(), 'application/xml');
      expect(xml.querySelector('parsererror'), 'well-formed').to.equal(null);
      expect(xml.querySelector('schemaversion')!.textContent).to.equal(key('1.2', '2004 4th Edition'));
      const resources = [...xml.getElementsByTagName('resource')];
      expect(resources.length).to.equal(1);
      expect(resources[0]!.getAttribute('href')).to.equal('index.html');
      expect(resources[0]!.getAttribute(key('adlcp:scormtype', 'adlcp:scormType'))).to.equal('sco');
      const mastery = version === '1.2' ? xml.getElementsByTagName('adlcp:masteryscore')[0] : xml.getElementsByTagName('imsss:minNormalizedMeasure')[0];
      expect(mastery!.textContent).to.equal(key('80', '0.8'));
      for (const file of [...xml.getElementsByTagName('file')].map((f) => f.getAttribute('href'))) {
        expect((await fetch(`${base}${file}`)).status, file!).to.equal(200);
      }
    });

    it('a learner takes the quiz: score, status, interactions and session time reach the LMS; no error, no call out of session', async () => {
      // The LMS sets the mastery score from the manifest, as a real one does at launch.
      const { api, spy } = installLms(version, version === '1.2' ? { cmi: { student_data: { mastery_score: '80' } } } : { cmi: { scaled_passing_score: '0.8' } });

      const frame = document.createElement('iframe');
      frame.src = `${base}index.html`;
      frame.style.width = '800px';
      frame.style.height = '600px';
      document.body.append(frame);
      const quiz = () => frame.contentDocument?.querySelector('cite-quiz') as QuizInFrame | null;
      await waitUntil(() => quiz()?.shadowRoot?.querySelector('button.primary'), 'the packaged quiz shows its start screen', { timeout: 5000 });
      await waitUntil(() => spy.calls.length > 0, 'the quiz opened the session with the LMS in its parent');
      const el = quiz()!;
      (el.shadowRoot.querySelector('button.primary') as HTMLButtonElement).click();
      await el.updateComplete;
      // The choice questions right, the rest left: 3 of 7 points, under the mastery score.
      const order = planAttempt(mustLoad(await fixtureBank()), { seed: 'package' }).questions.map((q) => q.question);
      for (const [i, question] of order.entries()) {
        const picks = question.type === 'single' ? [question.answer] : question.type === 'multiple' ? question.answer : question.type === 'true-false' ? [String(question.answer)] : [];
        for (const value of picks) {
          (el.shadowRoot.querySelector(`input[value="${value}"]`) as HTMLInputElement).click();
          await el.updateComplete;
        }
        if (i < order.length - 1) [...el.shadowRoot.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Next')!.click();
        await el.updateComplete;
      }
      el.submit();
      await waitUntil(() => spy.values()[key('cmi.core.lesson_status', 'cmi.success_status')] === 'failed', 'the result reached the LMS');
      frame.remove(); // the learner leaves: pagehide closes the session
      await waitUntil(() => api.isTerminated(), 'the session was closed');
      const cmi = spy.values();
      expect(cmi[key('cmi.core.score.raw', 'cmi.score.raw')]).to.equal(key('42.86', '3'));
      expect(cmi[key('cmi.core.session_time', 'cmi.session_time')]).to.match(new RegExp(key('^\\d{4}:\\d\\d:\\d\\d\\.\\d\\d$', '^PT')));
      expect(Object.keys(cmi).filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k)).length).to.equal(6);
      expect(spy.outOfSession()).to.deep.equal([]);
      expect(JSON.stringify(spy.errors())).to.equal('[]');
    });
  });
}
