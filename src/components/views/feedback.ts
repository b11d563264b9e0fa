/**
 * What a checked question shows, for every component that checks answers (the player's
 * feedback and review; study mode and the builder's preview next): the verdict in a word and a
 * symbol, the learner's answer beside the correct one, per-choice notes, the explanation and
 * the evidence quotes, each with "Show in the report". Bank text goes through text bindings only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { outcomeOf, type PlannedQuestion, type QuestionScore, type TextRange } from '../../engine/index.js';
import type { Messages } from '../../i18n/messages.js';
import { describeCorrect, describeResponse } from './answer-text.js';

const VERDICT_ICONS = { correct: '✓', partial: '◐', wrong: '✗' } as const;

/** Right, partly right (with the points) or wrong, as the words a live region reads. */
export function verdictText(score: QuestionScore, t: Messages): string {
  const outcome = outcomeOf(score);
  if (outcome === 'correct') return t.correct;
  return outcome === 'partial' ? t.partly(score.score, score.maxScore) : t.incorrect;
}

/** A verdict line: never colour alone, always a symbol and words. */
export function renderVerdict(outcome: keyof typeof VERDICT_ICONS, words: string): TemplateResult {
  return html`<p class="verdict verdict--${outcome}">
    <span class="verdict-icon" aria-hidden="true">${VERDICT_ICONS[outcome]}</span>
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
  /** Where each evidence quote is in the source; a quote without one gets no button. */
  ranges: readonly (TextRange | undefined)[];
  /** Opens the source at a quote; null when the source may not be opened now. */
  open: ((range: TextRange, opener: HTMLElement) => void) | null;
  /** Heading level of "Why" and "What the report says": 3 under a question, 5 in a review. */
  level: 3 | 5;
}

/** The learner's answer beside the correct one, as text. */
export function renderAnswers({ planned, response, t, lang }: FeedbackContext): TemplateResult {
  return html`<dl class="answers">
    <div><dt>${t.yourAnswer}</dt><dd lang=${lang}>${describeResponse(planned.question, response, t)}</dd></div>
    <div><dt>${t.correctAnswer}</dt><dd lang=${lang}>${describeCorrect(planned.question, t)}</dd></div>
  </dl>`;
}

/** A single or multiple question's per-choice feedback, for the choices the learner picked. */
export function renderChoiceFeedback({ planned: { question }, response, lang }: FeedbackContext): TemplateResult | typeof nothing {
  if (question.type !== 'single' && question.type !== 'multiple') return nothing;
  const picked = Array.isArray(response) ? response : [response];
  const notes = question.choices.filter((c) => c.feedback && picked.includes(c.id));
  return notes.length ? html`<ul class="choice-feedback" lang=${lang}>${notes.map((c) => html`<li><strong>${c.text}</strong>: ${c.feedback}</li>`)}</ul>` : nothing;
}

/** Explanation and evidence quotes, each with a button that opens the source at the quote. */
export function renderExplanation({ planned: { question }, t, lang, ranges, open, level }: FeedbackContext): TemplateResult {
  const first = level === 3;
  return html`<div class="explanation">
    <p class="subheading" role="heading" aria-level=${level} id=${first ? 'feedback-why' : nothing} tabindex=${first ? '-1' : nothing}>${t.explanation}</p>
    <p class="explanation-text" lang=${lang}>${question.explanation}</p>
    <p class="subheading" role="heading" aria-level=${level}>${t.evidence}</p>
    <ul class="evidence-list">
      ${question.evidence.map((quote, i) => html`<li part="evidence" class="evidence">
        <blockquote lang=${lang}>${quote}</blockquote>
        ${open && ranges[i]
          ? html`<button type="button" part="button" class="link" @click=${(e: Event) => open(ranges[i]!, e.currentTarget as HTMLElement)}>${t.showInReport}</button>`
          : nothing}
      </li>`)}
    </ul>
  </div>`;
}

/** Everything a checked question shows, in order: verdict, answers when wrong, notes, explanation. */
export function renderFeedback(ctx: FeedbackContext, score: QuestionScore, showAnswers: boolean): TemplateResult {
  return html`${renderVerdict(outcomeOf(score), verdictText(score, ctx.t))}${showAnswers ? renderAnswers(ctx) : nothing}${renderChoiceFeedback(ctx)}${renderExplanation(ctx)}`;
}
