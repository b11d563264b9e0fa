import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'gift-pegjs';
import { QTI_MANIFEST_NAMESPACE, QTI_NAMESPACE } from '../../src/interchange/qti.js';
import { citequiz, fixture, parseXml, scratch } from './helpers.js';

const at = scratch();
const BANK_PATH = fixture('valid-bank.json');
const BANK = JSON.parse(readFileSync(BANK_PATH, 'utf8'));

/** The fixture bank with markup-like, GIFT-special and XML-special text in its first question. */
const TRICKY_PROMPT = 'Is <b>this</b> & "that" {a} ~b =c #d :e \\f\nmonday?';
const trickyPath = at('tricky.json');
writeFileSync(trickyPath, JSON.stringify({ ...BANK, questions: [{ ...BANK.questions[0], prompt: TRICKY_PROMPT }, ...BANK.questions.slice(1)] }));

const children = (el: Element, name: string) => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);
const child = (el: Element, name: string) => children(el, name)[0]!;
const textOf = (el: Element, name: string) => child(child(el, name), 'text').textContent;

describe('citequiz export --to moodle-xml', () => {
  it('writes well-formed Moodle XML with the elements Moodle\'s importer reads, for every type', async () => {
    const out = at('bank.xml');
    const run = await citequiz('export', trickyPath, '--to', 'moodle-xml', '--out', out);
    assert.equal(run.code, 0, run.err);
    assert.equal(run.out.split('\n')[0], `Wrote ${out}: 6 questions of 6 as moodle-xml.`);
    const quiz = parseXml(readFileSync(out, 'utf8')).documentElement;
    assert.equal(quiz.localName, 'quiz');
    const [category, ...questions] = children(quiz, 'question');
    assert.equal(category!.getAttribute('type'), 'category');
    assert.equal(textOf(category!, 'category'), '$course$/A small bank with every question type');
    assert.deepEqual(questions.map((q) => [q.getAttribute('type'), textOf(q, 'name')]), [
      ['multichoice', 'day'], ['multichoice', 'streets'], ['truefalse', 'unsafe'], ['matching', 'who'], ['ordering', 'sequence'], ['cloze', 'repairs'],
    ]);
    const [day, streets, unsafe, who, sequence, repairs] = questions as [Element, Element, Element, Element, Element, Element];
    for (const [q, source] of questions.map((q, i) => [q, BANK.questions[i]] as const)) {
      assert.equal(child(q, 'questiontext').getAttribute('format'), q === repairs ? 'html' : 'plain_text');
      const feedback = textOf(q, 'generalfeedback');
      assert.ok(feedback.startsWith(`${source.explanation}\n\nEvidence from the source:\n`), feedback);
      for (const quote of source.evidence) assert.ok(feedback.includes(`“${quote}”`), quote);
      assert.equal(child(q, 'defaultgrade').textContent, String(source.points ?? 1));
      assert.equal(child(q, 'idnumber').textContent, source.id);
    }
    // The prompt comes back as the same text: escaped for XML, never read as markup.
    assert.equal(textOf(day, 'questiontext'), TRICKY_PROMPT);
    const answers = (q: Element) => children(q, 'answer').map((a) => [a.getAttribute('fraction'), child(a, 'text').textContent]);
    assert.equal(child(day, 'single').textContent, 'true');
    assert.deepEqual(answers(day), [['100', 'Monday'], ['0', 'Tuesday'], ['0', 'Friday']]);
    assert.equal(textOf(children(day, 'answer')[1]!, 'feedback'), 'The report says Monday.');
    assert.equal(child(streets, 'single').textContent, 'false');
    assert.deepEqual(answers(streets), [['33.3333333', 'Alder'], ['33.3333333', 'Birch'], ['33.3333333', 'Cedar'], ['-33.3333333', 'Elm']]);
    assert.deepEqual(answers(unsafe), [['100', 'true'], ['0', 'false']]);
    assert.deepEqual(children(who, 'subquestion').map((s) => [child(s, 'text').textContent, textOf(s, 'answer')]), [
      ['The mayor', 'called the bridge unsafe'], ["Residents' groups", 'objected'], ['', 'approved the repairs'],
    ]);
    assert.deepEqual(answers(sequence), [['1', 'The council met'], ['2', 'The mayor spoke'], ['3', 'Repairs estimated'], ['4', 'Groups objected']]);
    assert.equal(child(sequence, 'gradingtype').textContent, 'LONGEST_ORDERED_SUBSET');
    assert.equal(textOf(repairs, 'questiontext'), '<p>Complete the sentence from the report.</p><p>It is {1:SHORTANSWER:=believed} that repairs will take a {1:SHORTANSWER:=year~=one year}.</p>');
    assert.deepEqual(children(child(day, 'tags'), 'tag').map((tag) => child(tag, 'text').textContent), ['timeline']);
  });
});

describe('citequiz export --to qti3', () => {
  it('writes a zipped QTI 3.0 package: a manifest and one well-formed item per question, with response processing', async () => {
    const out = at('bank-qti.zip');
    const run = await citequiz('export', trickyPath, '--to', 'qti3', '--out', out);
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, /^Wrote .*bank-qti\.zip: 6 questions of 6 as qti3\.\n {2}question "sequence": order scores all or nothing in QTI/);
    const files = unzipSync(readFileSync(out));
    assert.deepEqual(Object.keys(files).sort(), ['imsmanifest.xml', 'items/day.xml', 'items/repairs.xml', 'items/sequence.xml', 'items/streets.xml', 'items/unsafe.xml', 'items/who.xml']);
    const manifest = parseXml(strFromU8(files['imsmanifest.xml']!)).documentElement;
    assert.equal(manifest.namespaceURI, QTI_MANIFEST_NAMESPACE);
    const resources = Array.from(manifest.getElementsByTagNameNS(QTI_MANIFEST_NAMESPACE, 'resource'));
    assert.deepEqual(resources.map((r) => [r.getAttribute('type'), r.getAttribute('href')]), BANK.questions.map((q: { id: string }) => ['imsqti_item_xmlv3p0', `items/${q.id}.xml`]));

    const interactions: Record<string, string> = { day: 'qti-choice-interaction', streets: 'qti-choice-interaction', unsafe: 'qti-choice-interaction', who: 'qti-match-interaction', sequence: 'qti-order-interaction', repairs: 'qti-text-entry-interaction' };
    for (const question of BANK.questions) {
      const item = parseXml(strFromU8(files[`items/${question.id}.xml`]!)).documentElement;
      const all = (name: string) => Array.from(item.getElementsByTagNameNS(QTI_NAMESPACE, name));
      assert.equal(item.namespaceURI, QTI_NAMESPACE, question.id);
      assert.equal(item.localName, 'qti-assessment-item');
      assert.equal(item.getAttribute('identifier'), question.id);
      assert.equal(item.getAttribute('xml:lang'), 'en');
      // Every element is in the QTI namespace: none was written without it, or in another.
      assert.deepEqual([...new Set(Array.from(item.getElementsByTagName('*')).map((e) => e.namespaceURI))], [QTI_NAMESPACE]);
      assert.equal(all(interactions[question.id]!).length, question.type === 'cloze' ? 2 : 1, question.id);
      const declared = all('qti-response-declaration').map((d) => d.getAttribute('identifier'));
      const interactionResponses = all(interactions[question.id]!).map((i) => i.getAttribute('response-identifier'));
      assert.deepEqual(interactionResponses, declared, `${question.id}: each interaction has its response declared`);
      assert.deepEqual(all('qti-outcome-declaration').map((o) => o.getAttribute('identifier')), ['SCORE', 'MAXSCORE', 'FEEDBACK']);
      assert.equal(child(all('qti-outcome-declaration')[1]!, 'qti-default-value').textContent, String(question.points ?? 1));
      const processing = child(item, 'qti-response-processing');
      assert.ok(processing, `${question.id} has response processing`);
      assert.deepEqual(children(processing, 'qti-set-outcome-value').map((s) => s.getAttribute('identifier')), ['SCORE', 'FEEDBACK']);
      const feedback = child(item, 'qti-modal-feedback');
      assert.equal(feedback.getAttribute('outcome-identifier'), 'FEEDBACK');
      const shown = child(feedback, 'qti-content-body').textContent!;
      assert.ok(shown.startsWith(question.explanation), question.id);
      for (const quote of question.evidence) assert.ok(shown.includes(quote), quote);
    }
    const day = parseXml(strFromU8(files['items/day.xml']!)).documentElement;
    assert.equal(day.getElementsByTagNameNS(QTI_NAMESPACE, 'qti-prompt')[0]!.textContent, TRICKY_PROMPT);
    const correct = (file: string) => Array.from(parseXml(strFromU8(files[file]!)).documentElement.getElementsByTagNameNS(QTI_NAMESPACE, 'qti-correct-response')).map((c) => Array.from(c.getElementsByTagNameNS(QTI_NAMESPACE, 'qti-value')).map((v) => v.textContent));
    assert.deepEqual(correct('items/day.xml'), [['mon']]);
    assert.deepEqual(correct('items/streets.xml'), [['alder', 'birch', 'cedar']]);
    assert.deepEqual(correct('items/unsafe.xml'), [['true']]);
    assert.deepEqual(correct('items/who.xml'), [['L_mayor R_mayor', 'L_groups R_groups']]);
    assert.deepEqual(correct('items/sequence.xml'), [['met', 'said', 'believed', 'objected']]);
    assert.deepEqual(correct('items/repairs.xml'), [['believed'], ['year']]);
    const mapping = (file: string) => Array.from(parseXml(strFromU8(files[file]!)).documentElement.getElementsByTagNameNS(QTI_NAMESPACE, 'qti-map-entry')).map((e) => [e.getAttribute('map-key'), e.getAttribute('mapped-value')]);
    assert.deepEqual(mapping('items/streets.xml'), [['alder', '0.333333'], ['birch', '0.333333'], ['cedar', '0.333333'], ['elm', '-0.333333']]);
    assert.deepEqual(mapping('items/repairs.xml'), [['believed', '0.5'], ['year', '0.5'], ['one year', '0.5']]);
  });
});

describe('citequiz export --to gift', () => {
  it('escapes what GIFT gives a meaning, so the text parses back unchanged, and names what it leaves out', async () => {
    const out = at('tricky.gift');
    const run = await citequiz('export', trickyPath, '--to', 'gift', '--out', out);
    assert.equal(run.code, 0);
    assert.equal(run.out, [
      `Wrote ${out}: 4 questions of 6 as gift (2 left out).`,
      '  question "sequence": order questions have no GIFT form: left out (use --to moodle-xml, or qti3)',
      '  question "repairs": a cloze of 2 blanks has no GIFT form (a GIFT question has one answer): left out (use --to moodle-xml)',
    ].join('\n'));
    const [day, streets] = parse(readFileSync(out, 'utf8'));
    assert.ok(day?.type === 'MC' && streets?.type === 'MC');
    assert.equal(day.stem.text, TRICKY_PROMPT);
    assert.deepEqual(day.tags, ['timeline']);
    assert.deepEqual(streets.choices.map((c) => c.weight), [33.33333, 33.33333, 33.33333, -33.33333]);
  });

  it('refuses an invalid bank, an unknown format, and an existing file without --force', async () => {
    const broken = await citequiz('export', fixture('broken-bank.json'), '--to', 'gift', '--out', at('b.gift'));
    assert.equal(broken.code, 1);
    assert.match(broken.err, /broken-bank\.json: not exported, \d+ problems to fix first\n✖/);
    const unknown = await citequiz('export', BANK_PATH, '--to', 'pdf', '--out', at('b.pdf'));
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /^Missing a known format: --to pdf is not one of gift, moodle-xml, qti3/);
    const existing = at('exists.gift');
    writeFileSync(existing, 'mine');
    const refused = await citequiz('export', BANK_PATH, '--to', 'gift', '--out', existing);
    assert.equal(refused.code, 1);
    assert.equal(refused.err, `Cannot write ${existing}: the file already exists (add --force to replace it)`);
    assert.equal(readFileSync(existing, 'utf8'), 'mine');
  });
});
