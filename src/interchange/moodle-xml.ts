/**
 * The bank as Moodle XML (the format Moodle's question bank imports: qformat_xml). Every type has
 * a Moodle equivalent: single and multiple → multichoice, true-false → truefalse, match →
 * matching (distractors as answers with no question), order → ordering (the Ordering question
 * type, qtype_ordering), cloze → cloze (embedded SHORTANSWER answers). Bank text is plain text:
 * written with format="plain_text" (Moodle escapes it when showing it), except a cloze's text,
 * which Moodle reads as HTML around its answer codes and so is written HTML-escaped.
 * Explanation and evidence go into the general feedback. Node only.
 */
import { splitCloze, type Bank, type Question } from '../engine/index.js';
import { escapeXml, generalFeedback, type ExportResult, type InterchangeNote } from './feedback.js';

const TEXT = 'plain_text';

const text = (value: string) => `<text>${escapeXml(value)}</text>`;
const formatted = (element: string, value: string, format = TEXT) => `<${element} format="${format}">${text(value)}</${element}>`;
/** A fraction as Moodle writes it (percent, at most 7 decimals). */
const fraction = (value: number) => `${Math.round(value * 1e7) / 1e7}`;

function answer(fractionPercent: number, value: string, feedback?: string): string {
  return `<answer fraction="${fraction(fractionPercent)}" format="${TEXT}">${text(value)}${feedback ? formatted('feedback', feedback) : ''}</answer>`;
}

/** Characters with a meaning inside a Moodle cloze answer code, escaped with a backslash. */
const clozeAnswer = (value: string) => value.replace(/[\\}#~/"]/g, (c) => `\\${c}`);
const html = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');

function body(question: Question, note: (message: string) => void): { type: string; parts: string[] } {
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const single = question.type === 'single';
      const rights = single ? [question.answer] : question.answer;
      const share = 100 / rights.length;
      if (question.type === 'multiple' && question.scoring === 'all-or-nothing') note('"all-or-nothing" scoring becomes Moodle\'s partial credit (right choices share 100%, wrong ones cost as much)');
      return {
        type: 'multichoice',
        parts: [
          `<single>${single}</single>`, '<shuffleanswers>1</shuffleanswers>', '<answernumbering>abc</answernumbering>',
          ...question.choices.map((c) => answer(rights.includes(c.id) ? share : single ? 0 : -share, c.text, c.feedback)),
        ],
      };
    }
    case 'true-false':
      return { type: 'truefalse', parts: [answer(question.answer ? 100 : 0, 'true'), answer(question.answer ? 0 : 100, 'false')] };
    case 'match':
      return {
        type: 'matching',
        parts: [
          '<shuffleanswers>1</shuffleanswers>',
          ...question.pairs.map((p) => `<subquestion format="${TEXT}">${text(p.left)}<answer>${text(p.right)}</answer></subquestion>`),
          ...(question.distractors ?? []).map((d) => `<subquestion format="${TEXT}">${text('')}<answer>${text(d)}</answer></subquestion>`),
        ],
      };
    case 'order':
      note('order becomes Moodle\'s Ordering question (qtype_ordering) graded by the longest ordered subset, close to but not the same as citequiz\'s moves');
      return {
        type: 'ordering',
        parts: [
          '<layouttype>VERTICAL</layouttype>', '<selecttype>ALL</selecttype>', `<selectcount>${question.items.length}</selectcount>`,
          '<gradingtype>LONGEST_ORDERED_SUBSET</gradingtype>', '<showgrading>SHOW</showgrading>',
          ...question.items.map((item, i) => `<answer fraction="${i + 1}" format="${TEXT}">${text(item.text)}</answer>`),
        ],
      };
    case 'cloze':
      return { type: 'cloze', parts: [] };
  }
}

/** A cloze's question text: the prompt, then the sentence with Moodle's `{1:SHORTANSWER:=a~=b}` codes. */
function clozeText(question: Extract<Question, { type: 'cloze' }>): string {
  const sentence = splitCloze(question.text).map((part) => {
    if (typeof part === 'string') return html(part);
    const blank = question.blanks.find((b) => b.id === part.blank)!;
    // Weight 1 each: Moodle shares the points equally between blanks, as citequiz does.
    return `{1:SHORTANSWER:${blank.accept.map((a) => `=${clozeAnswer(a)}`).join('~')}}`;
  }).join('');
  return `<p>${html(question.prompt)}</p><p>${sentence}</p>`;
}

function questionXml(question: Question, note: (message: string) => void): string {
  const { type, parts } = body(question, note);
  const questionText = question.type === 'cloze' ? formatted('questiontext', clozeText(question), 'html') : formatted('questiontext', question.prompt);
  const tags = question.tags?.length ? `<tags>${question.tags.map((t) => `<tag>${text(t)}</tag>`).join('')}</tags>` : '';
  return [
    `  <question type="${type}">`,
    `    <name>${text(question.id)}</name>`,
    `    ${questionText}`,
    `    ${formatted('generalfeedback', generalFeedback(question))}`,
    `    <defaultgrade>${question.points}</defaultgrade>`,
    '    <penalty>0</penalty>',
    '    <hidden>0</hidden>',
    `    <idnumber>${escapeXml(question.id)}</idnumber>`,
    ...parts.map((p) => `    ${p}`),
    ...(tags ? [`    ${tags}`] : []),
    '  </question>',
  ].join('\n');
}

/** The bank as one Moodle XML file: a category named after the bank, then every question. */
export function bankToMoodleXml(bank: Bank): ExportResult<string> {
  const notes: InterchangeNote[] = [];
  const questions = bank.questions.map((q) => questionXml(q, (message) => notes.push({ questionId: q.id, message })));
  const category = `  <question type="category">\n    <category>${text(`$course$/${bank.title}`)}</category>\n    <info format="${TEXT}">${text(`From "${bank.source.title}"; citequiz bank "${bank.id}"`)}</info>\n  </question>`;
  return { output: `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${[category, ...questions].join('\n')}\n</quiz>\n`, exported: questions.length, notes };
}
