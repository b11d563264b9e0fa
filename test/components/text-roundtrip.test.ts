// Property: any string a bank holds is shown to the learner as exactly the same text, and
// never becomes an element.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { $, $$, button, click, fixtureBank, quizWith } from './helpers.js';

/** Strings with markup, entities, quotes, RTL, emoji and combining marks mixed in. */
const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1 }),
  fc.constantFrom('<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=1</script>', '"><svg onload=window.__pwned=1>', '&amp; &lt;b&gt;', '\\u0000 \\', 'שלום עולם', 'e\u0301te\u0301', '👩‍👩‍👧 ok'),
).map((s) => `x ${s.trim()} x`); // the schema trims: keep the text's own ends visible

describe('text round-trip', () => {
  it('shows any prompt and choice text exactly as written, and creates no element from it', async () => {
    await fc.assert(fc.asyncProperty(hostile, hostile, async (prompt, choice) => {
      const bank = await fixtureBank();
      bank.questions = [{ ...bank.questions[0]!, prompt, choices: [{ id: 'a', text: choice }, { id: 'b', text: `${choice} (other)` }], answer: 'a' }];
      const el = await quizWith(bank, { shuffle: 'none' });
      await click(el, button(el, 'Start'));
      expect($(el, 'legend')!.textContent).to.equal(prompt);
      expect($$(el, '.choice span')[0]!.textContent).to.equal(choice);
      expect($$(el, 'img, script, svg, iframe, object').length).to.equal(0);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      el.parentElement!.remove();
    }), { numRuns: 25 });
  });
});
