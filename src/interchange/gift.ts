/**
 * Moodle GIFT, both ways. Reading uses gift-pegjs (a PEG grammar of the format), never a
 * hand-written parser. Node only: the player never loads this module.
 *
 * GIFT → citequiz: multiple choice → single (one right answer) or multiple (weighted answers);
 * true-false → true-false; matching → match (an answer with no left side becomes a distractor);
 * short answer and missing word → cloze with one blank. Numerical and essay questions have no
 * equivalent and are left out, by name; descriptions are skipped; `$CATEGORY:` becomes a tag.
 * GIFT has no evidence: an imported question gets an empty evidence list (and an empty
 * explanation without general feedback), which the validator reports for each question, until
 * the author quotes the source. General feedback written by our own export is read back into
 * explanation and evidence.
 *
 * citequiz → GIFT: order questions and clozes of several blanks have no GIFT form and are left
 * out, by name. Explanation and evidence go into the general feedback.
 */
import { parse, type GIFTQuestion, type TextFormat, type TextChoice } from 'gift-pegjs';
import { splitCloze, type Bank, type BankInput, type Question } from '../engine/index.js';
import { generalFeedback, readGeneralFeedback, type ExportResult, type InterchangeNote } from './feedback.js';

type QuestionInput = BankInput['questions'][number];

export interface GiftImport {
  questions: QuestionInput[];
  notes: InterchangeNote[];
}

/** The prompt of a cloze whose GIFT question had the answer inside the sentence. */
export const MISSING_WORD_PROMPT = 'Fill in the blank.';
const GIFT_BLANK = '_____';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** GIFT text as plain text: HTML tags removed (bank text is never markup), entities decoded. */
function plain(text: TextFormat | null | undefined, onHtml: () => void): string {
  const value = text?.text ?? '';
  if (!/<\/?[a-z][^>]*>|&[a-z]+;|&#\d+;/i.test(value)) return value.trim();
  onHtml();
  return value
    .replace(/<br\s*\/?>|<\/p>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:([a-z]+)|#(\d+));/gi, (all, name?: string, code?: string) =>
      code ? String.fromCodePoint(Number(code)) : (ENTITIES[name!.toLowerCase()] ?? all))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function slug(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[-_.]+|-+$/g, '').slice(0, 64);
}

/** Parses GIFT text; a syntax error is thrown as gift-pegjs gives it (with line and column). */
export function giftToQuestions(text: string): GiftImport {
  const parsed: GIFTQuestion[] = parse(text);
  const questions: QuestionInput[] = [];
  const notes: InterchangeNote[] = [];
  const usedIds = new Set<string>();
  let category: string | undefined;
  let position = 0;

  for (const item of parsed) {
    if (item.type === 'Category') {
      category = slug(item.title.replace(/^\$(?:course|cat\d|module|system)\$\/?/i, '')) || undefined;
      continue;
    }
    position += 1;
    const name = item.title ? `"${item.title}"` : `question ${position}`;
    if (item.type === 'Description') {
      notes.push({ message: `${name} is a description (no question): left out` });
      continue;
    }
    if (item.type === 'Numerical' || item.type === 'Essay') {
      notes.push({ message: `${name} is ${item.type === 'Numerical' ? 'a numerical' : 'an essay'} question, which citequiz has no equivalent for: left out` });
      continue;
    }
    const base = slug(item.title ?? '') || `q${position}`;
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base.slice(0, 60)}-${n}`;
    usedIds.add(id);
    let hadHtml = false;
    const text = (t: TextFormat | null | undefined) => plain(t, () => { hadHtml = true; });
    const feedback = readGeneralFeedback(text(item.globalFeedback));
    const tags = [...new Set([...(category ? [category] : []), ...(item.tags ?? []).map(slug).filter(Boolean)])];
    const common = {
      id,
      explanation: feedback.explanation,
      evidence: feedback.evidence,
      ...(tags.length ? { tags } : {}),
    };
    const stem = text(item.stem);
    const question = convert(item, stem, common, text, (message) => notes.push({ questionId: id, message }));
    if (hadHtml) notes.push({ questionId: id, message: 'HTML in the question was turned into plain text (bank text is never markup)' });
    questions.push(question);
  }
  return { questions, notes };
}

type Common = Pick<QuestionInput, 'id' | 'explanation' | 'evidence' | 'tags'>;

function convert(
  item: Exclude<GIFTQuestion, { type: 'Category' | 'Description' | 'Numerical' | 'Essay' }>,
  stem: string,
  common: Common,
  text: (t: TextFormat | null | undefined) => string,
  note: (message: string) => void,
): QuestionInput {
  switch (item.type) {
    case 'TF':
      if (item.trueFeedback || item.falseFeedback) note('true-false feedback per answer has no place in citequiz: only the general feedback was kept');
      return { ...common, type: 'true-false', prompt: stem, answer: item.isTrue };
    case 'Matching': {
      const pairs = item.matchPairs.filter((p) => text(p.subquestion) !== '');
      const distractors = item.matchPairs.filter((p) => text(p.subquestion) === '').map((p) => p.subanswer.trim());
      return {
        ...common, type: 'match', prompt: stem,
        pairs: pairs.map((p, i) => ({ id: `p${i + 1}`, left: text(p.subquestion), right: p.subanswer.trim() })),
        ...(distractors.length ? { distractors } : {}),
      };
    }
    case 'Short': {
      const accept = item.choices.filter((c) => c.isCorrect || (c.weight ?? 0) > 0).map((c) => text(c.text));
      if (item.choices.some((c) => c.weight !== null && c.weight > 0 && c.weight < 100)) note('answers worth part of the mark were accepted as fully right');
      const embedded = item.hasEmbeddedAnswers && stem.includes(GIFT_BLANK);
      return {
        ...common, type: 'cloze',
        prompt: embedded ? MISSING_WORD_PROMPT : stem,
        text: embedded ? stem.replace(GIFT_BLANK, '{{answer}}') : '{{answer}}',
        blanks: [{ id: 'answer', accept }],
      };
    }
    case 'MC':
      return multipleChoice(item.choices, stem, common, text, note);
  }
}

function multipleChoice(
  giftChoices: TextChoice[],
  stem: string,
  common: Common,
  text: (t: TextFormat | null | undefined) => string,
  note: (message: string) => void,
): QuestionInput {
  const choices = giftChoices.map((c, i) => {
    const feedback = text(c.feedback);
    return { id: `c${i + 1}`, text: text(c.text), ...(feedback ? { feedback } : {}) };
  });
  const right = giftChoices.flatMap((c, i) => (c.isCorrect || (c.weight ?? 0) > 0 ? [choices[i]!.id] : []));
  const weighted = giftChoices.some((c) => c.weight !== null);
  if (right.length === 1 && !weighted) return { ...common, type: 'single', prompt: stem, choices, answer: right[0]! };
  // citequiz's partial credit: each right pick earns 1 ÷ rights, each wrong pick costs as much.
  const share = 100 / right.length;
  const ours = (i: number) => (right.includes(choices[i]!.id) ? share : -share);
  const sameAsMoodle = giftChoices.every((c, i) => Math.abs((c.weight ?? (c.isCorrect ? 100 : 0)) - ours(i)) < 0.01);
  if (!sameAsMoodle) note(`the answers' percentages were replaced by citequiz's partial credit: each right choice earns ${Math.round(share * 100) / 100}%, each wrong one costs as much`);
  return { ...common, type: 'multiple', prompt: stem, choices, answer: right, scoring: 'partial' };
}

/** Backslash before every character GIFT gives a meaning; a line break as `\n`. */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

const percent = (value: number) => `${Math.round(value * 100_000) / 100_000}`;

function giftAnswers(question: Question, note: (message: string) => void): string | undefined {
  const fb = (feedback: string | undefined) => (feedback ? ` #${escapeGift(feedback)}` : '');
  switch (question.type) {
    case 'single':
      return question.choices.map((c) => `${c.id === question.answer ? '=' : '~'}${escapeGift(c.text)}${fb(c.feedback)}`).join('\n');
    case 'multiple': {
      if (question.scoring === 'all-or-nothing') note('"all-or-nothing" scoring has no GIFT form: Moodle gives partial credit');
      const share = 100 / question.answer.length;
      return question.choices.map((c) => `~%${percent(question.answer.includes(c.id) ? share : -share)}%${escapeGift(c.text)}${fb(c.feedback)}`).join('\n');
    }
    case 'true-false':
      return question.answer ? 'TRUE' : 'FALSE';
    case 'match':
      return [
        ...question.pairs.map((p) => `=${escapeGift(p.left)} -> ${escapeGift(p.right)}`),
        ...(question.distractors ?? []).map((d) => `= -> ${escapeGift(d)}`),
      ].join('\n');
    default:
      return undefined;
  }
}

function giftQuestion(question: Question, note: (message: string) => void): string | undefined {
  const tags = (question.tags ?? []).map((t) => `[tag:${t}]`).join(' ');
  const head = `${tags ? `// ${tags}\n` : ''}::${escapeGift(question.id)}::`;
  const general = `####${escapeGift(generalFeedback(question))}`;
  if (question.type === 'cloze') {
    const parts = splitCloze(question.text);
    if (question.blanks.length !== 1) {
      note(`a cloze of ${question.blanks.length} blanks has no GIFT form (a GIFT question has one answer): left out (use --to moodle-xml)`);
      return undefined;
    }
    const answers = `{${question.blanks[0]!.accept.map((a) => `=${escapeGift(a)}`).join(' ')}\n${general}}`;
    const sentence = parts.map((p) => (typeof p === 'string' ? escapeGift(p) : answers)).join('');
    const prompt = question.prompt === MISSING_WORD_PROMPT ? '' : `${escapeGift(question.prompt)} `;
    return `${head} ${prompt}${sentence.trim() === answers ? answers : sentence}`;
  }
  const answers = giftAnswers(question, note);
  if (answers === undefined) {
    note('order questions have no GIFT form: left out (use --to moodle-xml, or qti3)');
    return undefined;
  }
  const inline = question.type === 'single' && question.prompt.includes(GIFT_BLANK);
  if (inline) {
    const [before, after] = [question.prompt.slice(0, question.prompt.indexOf(GIFT_BLANK)), question.prompt.slice(question.prompt.indexOf(GIFT_BLANK) + GIFT_BLANK.length)];
    return `${head} ${escapeGift(before)}{\n${answers}\n${general}\n}${escapeGift(after)}`;
  }
  return `${head} ${escapeGift(question.prompt)} {\n${answers}\n${general}\n}`;
}

/** The bank as GIFT text, with a note for each question left out or changed. */
export function bankToGift(bank: Bank): ExportResult<string> {
  const notes: InterchangeNote[] = [];
  const blocks = bank.questions.flatMap((q) => {
    const block = giftQuestion(q, (message) => notes.push({ questionId: q.id, message }));
    return block === undefined ? [] : [block];
  });
  const header = `// ${bank.title} (citequiz bank "${bank.id}"), from "${bank.source.title}"\n// Explanations and evidence quotes are in each question's general feedback.`;
  return { output: `${[header, ...blocks].join('\n\n')}\n`, exported: blocks.length, notes };
}
