import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { indexSource, locateQuote } from '../../src/engine/index.js';

const SOURCE = 'He said “continue to monitor”\u00a0 the shipments.\nIt’s   believed, not shown.';

function found(quote: string): string | null {
  const range = locateQuote(indexSource(SOURCE), quote);
  return range && SOURCE.slice(range.start, range.end);
}

describe('evidence matching', () => {
  it('finds an exact quote and maps it back to the original text', () => {
    assert.equal(found('the shipments.'), 'the shipments.');
  });

  it('forgives straight for curly quotes and apostrophes', () => {
    assert.equal(found('said "continue to monitor"'), 'said “continue to monitor”');
    assert.equal(found("It's believed"), 'It’s   believed');
  });

  it('forgives any run of whitespace, non-breaking spaces included, and a line break', () => {
    assert.equal(found('monitor” the shipments. It’s believed'), 'monitor”\u00a0 the shipments.\nIt’s   believed');
    assert.equal(found('  the   shipments.  '), 'the shipments.');
  });

  it('forgives nothing else: case, punctuation, a dropped word, an empty quote', () => {
    assert.equal(found('The shipments.'), null);
    assert.equal(found('the shipments'  + '!'), null);
    assert.equal(found('It’s believed and not shown'), null);
    assert.equal(found('   '), null);
  });
});
