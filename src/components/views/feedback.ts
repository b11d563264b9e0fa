/**
 * What a checked question shows, for every component that checks answers (the player's
 * feedback and review; study mode and the builder's preview next): the verdict in a word and a
 * symbol, the learner's answer beside the correct one, per-choice notes, the explanation and
 * the evidence quotes, each with "Show in the report" (or the chapter, the article: the source's
 * kind). Bank text goes through text bindings only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  creditBreakdown, isAnswered, outcomeOf, responseEntry, type Outcome, type PlannedQuestion, type QuestionScore, type SourceKind, type TextRange,
} from '../../engine/index.js';
import type { Messages } from '../../i18n/messages.js';
import { describeCorrect, numbered } from './answer-text.js';

/** The symbol beside the words of a verdict, a checked option and a marked row: never colour alone. */
export const SYMBOLS = { correct: '✓', partial: '◐', wrong: '✗', missed: '○' } as const;

/** Right, partly right (with the points) or wrong, as the words a live region reads. */
export function verdictText(score: QuestionScore, t: Messages): string {
  const outcome = outcomeOf(score);
  if (outcome === 'correct') return t.correct;
  return outcome === 'partial' ? t.partly(score.score, score.maxScore) : t.incorrect;
}

/** A verdict line: never colour alone, always a symbol and words. */
export function renderVerdict(outcome: Outcome, words: string): TemplateResult {
  return html`<p class="verdict verdict--${outcome}">
    <span class="verdict-icon" aria-hidden="true">${SYMBOLS[outcome]}</span>
    ${words}
  </p>`;
}

export interface FeedbackContext {
  planned: PlannedQuestion;
  /** The learner's response to this question. */
  response: unknown;
  t: Messages;
  /** The bank's language, set on every element showing bank text. */
  lang: string;
  /** What the source is (`source.kind`): "What the chapter says", "Show in the chapter". */
  kind: SourceKind;
  /** Where each evidence quote is in the source; a quote without one gets no button. */
  ranges: readonly (TextRange | undefined)[];
  /** Opens the source at a quote; null when the source may not be opened now. */
  open: ((range: TextRange, opener: HTMLElement) => void) | null;
  /** Heading level of "Why" and "What the report says": 3 under a question, 4 in a review (under its h3). */
  level: 3 | 4;
}

/** A checked option: its state (a part token), and its mark in a symbol and words. */
export interface ChoiceMark {
  state: 'correct' | 'wrong' | 'missed' | '';
  mark: TemplateResult | typeof nothing;
}

/**
 * What a checked option was: "✓ You picked it, correct", "✗ You picked it, wrong", "○ Correct,
 * you missed it", or nothing (not picked, not right). For the checked question and the review.
 */
export function choiceMark(t: Messages, picked: boolean, right: boolean): ChoiceMark {
  const state = picked ? (right ? 'correct' : 'wrong') : right ? 'missed' : '';
  const words = state === 'correct' ? t.pickedRight : state === 'wrong' ? t.pickedWrong : t.missed;
  return {
    state,
    mark: state ? html`<span class="choice-mark"><span aria-hidden="true">${SYMBOLS[state]}</span> ${words}</span>` : nothing,
  };
}

/** One marked row: ✓ or ✗ with the word for screen readers, the text, and the correction beside a wrong one. */
function row(right: boolean, t: Messages, content: TemplateResult | string, correction: string | null, lang: string): TemplateResult {
  return html`<li class="row row--${right ? 'right' : 'wrong'}">
    <span class="row-mark" aria-hidden="true">${SYMBOLS[right ? 'correct' : 'wrong']}</span> <span class="visually-hidden">${right ? t.rowRight : t.rowWrong}: </span>
    <span class="row-text"><span lang=${lang}>${content}</span>${correction === null ? nothing : html` <span class="row-correction" lang=${lang}>(${correction})</span>`}</span>
  </li>`;
}

/**
 * The learner's answer beside the correct one. Match, order and cloze: one row per pair, item or
 * blank, marked by the engine's breakdown, with the correct one beside a wrong one. Choices (in a
 * review, where no form shows them): each option with what it was, as the checked form says it.
 */
function renderAnswers({ planned, response, t, lang }: FeedbackContext): TemplateResult {
  const { question } = planned;
  const answered = isAnswered(question, response);
  const yours = (given: string) => html`<div><dt>${t.yourAnswer}</dt><dd lang=${lang}>${given}</dd></div>`;
  const correct = html`<div><dt>${t.correctAnswer}</dt><dd lang=${lang}>${describeCorrect(question, t)}</dd></div>`;
  const breakdown = creditBreakdown(question, response);
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'true-false': {
      const options = question.type === 'true-false'
        ? [{ id: true, text: t.trueLabel, lang: t.lang }, { id: false, text: t.falseLabel, lang: t.lang }]
        : planned.layout.map((id) => ({ id, text: question.choices.find((c) => c.id === id)!.text, lang }));
      const picked = (id: unknown) => (Array.isArray(response) ? response.includes(id) : response === id);
      const right = (id: unknown) => (Array.isArray(question.answer) ? question.answer.includes(id as string) : question.answer === id);
      return html`${answered ? nothing : html`<dl class="answers">${yours(t.notAnswered)}</dl>`}<ul class="rows rows--choices">${options.map(({ id, text, lang: textLang }) => {
        const { state, mark } = choiceMark(t, picked(id), right(id));
        return html`<li class="row ${state ? `row--${state}` : ''}"><span class="row-text"><span lang=${textLang}>${text}</span> ${mark}</span></li>`;
      })}</ul>`;
    }
    case 'match':
      if (breakdown.kind !== 'parts') break;
      return html`<ul class="rows">${question.pairs.map((pair, i) => {
        const given = responseEntry(response, pair.id);
        return row(breakdown.marks[i]!, t, `${pair.left}: ${given || t.notAnswered}`, breakdown.marks[i] ? null : t.correctIs(pair.right), lang);
      })}</ul>`;
    case 'cloze':
      if (breakdown.kind !== 'parts') break;
      return html`<ul class="rows">${question.blanks.map((blank, i) => {
        const given = responseEntry(response, blank.id)?.trim();
        return row(breakdown.marks[i]!, t, `${t.blankLabel(i + 1)}: ${given || t.notAnswered}`, breakdown.marks[i] ? null : t.correctIs(blank.accept[0]!), lang);
      })}</ul><dl class="answers">${correct}</dl>`;
    case 'order': {
      if (breakdown.kind !== 'moves') break;
      const ids = response as string[];
      const text = (id: string) => question.items.find((item) => item.id === id)?.text ?? '';
      // Scored only when arranged in full: else unanswered, or (a restored state) not these items.
      if (!breakdown.kept) return html`<dl class="answers">${yours(answered ? numbered(ids.map(text)) : t.notAnswered)}${correct}</dl>`;
      return html`<ol class="rows">${ids.map((id, i) => row(breakdown.kept![i]!, t, `${i + 1}. ${text(id)}`,
        breakdown.kept![i] ? null : t.belongsAt(question.items.findIndex((item) => item.id === id) + 1), lang))}</ol><dl class="answers">${correct}</dl>`;
    }
  }
  // Not reached: each type's breakdown is of its own kind (the checks above only narrow the type).
  return html`<dl class="answers">${correct}</dl>`;
}

/** How partial credit was computed, from the engine's breakdown: "2 right, 1 wrong of 3: 0.33 points". */
function renderCredit({ planned: { question }, response, t }: FeedbackContext, score: QuestionScore): TemplateResult | typeof nothing {
  if (score.correct || !isAnswered(question, response)) return nothing;
  const breakdown = creditBreakdown(question, response);
  let line: string;
  if (breakdown.kind === 'picks') line = t.creditPicks(breakdown.right, breakdown.wrong, breakdown.of, score.score);
  else if (breakdown.kind === 'parts') line = (question.type === 'match' ? t.creditPairs : t.creditBlanks)(breakdown.right, breakdown.of, score.score);
  else if (breakdown.kind === 'moves' && breakdown.kept) line = t.creditMoves(breakdown.moves, breakdown.of + 1, score.score);
  else return nothing;
  return html`<p class="credit">${line}</p>`;
}

/** A single or multiple question's per-choice feedback, for the choices the learner picked. */
function renderChoiceFeedback({ planned: { question }, response, lang }: FeedbackContext): TemplateResult | typeof nothing {
  if (question.type !== 'single' && question.type !== 'multiple') return nothing;
  const picked = Array.isArray(response) ? response : [response];
  const notes = question.choices.filter((c) => c.feedback && picked.includes(c.id));
  return notes.length ? html`<ul class="choice-feedback" lang=${lang}>${notes.map((c) => html`<li><strong>${c.text}</strong>: ${c.feedback}</li>`)}</ul>` : nothing;
}

/** Explanation and evidence quotes, each with a button that opens the source at the quote. */
function renderExplanation({ planned: { question }, t, lang, kind, ranges, open, level }: FeedbackContext): TemplateResult {
  const first = level === 3;
  return html`<div class="explanation">
    <p class="subheading" role="heading" aria-level=${level} id=${first ? 'feedback-why' : nothing} tabindex=${first ? '-1' : nothing}>${t.explanation}</p>
    <p class="explanation-text" lang=${lang}>${question.explanation}</p>
    <p class="subheading" role="heading" aria-level=${level}>${t[`evidence.${kind}`]}</p>
    <ul class="evidence-list">
      ${question.evidence.map((quote, i) => html`<li part="evidence" class="evidence">
        <blockquote lang=${lang}>${quote}</blockquote>
        ${open && ranges[i]
          ? html`<button type="button" part="button" class="link" @click=${(e: Event) => open(ranges[i]!, e.currentTarget as HTMLElement)}>${t[`showIn.${kind}`]}</button>`
          : nothing}
      </li>`)}
    </ul>
  </div>`;
}

/**
 * Everything a checked question shows, in order: verdict, how partial credit was computed, the
 * answers (`showAnswers`; choices only where no checked form shows them), notes, explanation.
 */
export function renderFeedback(ctx: FeedbackContext, score: QuestionScore, showAnswers: boolean): TemplateResult {
  const choices = ['single', 'multiple', 'true-false'].includes(ctx.planned.question.type);
  const answers = showAnswers && (ctx.level === 4 || !choices);
  return html`${renderVerdict(outcomeOf(score), verdictText(score, ctx.t))}${renderCredit(ctx, score)}${answers ? renderAnswers(ctx) : nothing}${renderChoiceFeedback(ctx)}${renderExplanation(ctx)}`;
}
