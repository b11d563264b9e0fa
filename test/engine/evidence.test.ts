import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { indexSource, locateQuote, splitCloze } from '../../src/engine/index.js';

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

  it('does not find a quote that starts or ends inside a word ("safe" in "unsafe")', () => {
    const source = 'The mayor said the bridge was “unsafe”. Repairs start Monday.';
    const find = (quote: string) => locateQuote(indexSource(source), quote);
    assert.equal(find('safe”.'), null);
    assert.equal(find('the bridge was “unsa'), null);
    assert.deepEqual(find('“unsafe”.'), { start: 30, end: 39 });
    assert.deepEqual(find('Repairs start'), { start: 40, end: 53 });
  });

  it('finds a later whole-word occurrence after one inside a word', () => {
    const source = 'An unsafe bridge; a safe road.';
    const range = locateQuote(indexSource(source), 'safe road')!;
    assert.equal(source.slice(range.start, range.end), 'safe road');
  });

  it('maps every quote back to its own words, across runs of every kind of whitespace', () => {
    const gaps = [' ', '  ', '\n', '\u00a0', ' \t\n ', '\r\n'];
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const source = `\n ${words.map((word, i) => `${word}${gaps[i % gaps.length]}`).join('')}`;
    const index = indexSource(source);
    for (let from = 0; from < words.length; from += 3) {
      for (let to = from; to < words.length; to += 5) {
        const quote = words.slice(from, to + 1).join(' ');
        const range = locateQuote(index, quote)!;
        assert.equal(source.slice(range.start, range.end).replace(/\s+/g, ' '), quote);
        assert.equal(range.start, source.indexOf(`${words[from]}${gaps[from % gaps.length]}`));
      }
    }
  });

  it('forgives nothing else: case, punctuation, a dropped word, an empty quote', () => {
    assert.equal(found('The shipments.'), null);
    assert.equal(found('the shipments'  + '!'), null);
    assert.equal(found('It’s believed and not shown'), null);
    assert.equal(found('   '), null);
  });
});

describe('splitCloze', () => {
  it('cuts a cloze text into words and blanks, spaces inside braces allowed', () => {
    assert.deepEqual(splitCloze('It is {{hedge}} that {{ length }}.'), ['It is ', { blank: 'hedge' }, ' that ', { blank: 'length' }, '.']);
    assert.deepEqual(splitCloze('no blanks'), ['no blanks']);
  });
});

describe('a source at the size limit', () => {
  it('is indexed and searched in one pass (a quadratic index froze the tab here)', () => {
    const sentence = 'The council met\u00a0 on “Monday”. ';
    const source = sentence.repeat(Math.floor(1_000_000 / sentence.length)) + 'The last words.';
    const index = indexSource(source);
    const range = locateQuote(index, 'The last words.')!;
    assert.equal(source.slice(range.start, range.end), 'The last words.');
  });
});
