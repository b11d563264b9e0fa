/**
 * The answer controls of each question type, with native elements only: radios and checkboxes
 * in a fieldset whose legend is the prompt, one select per match item, Move up / Move down
 * buttons for ordering (never drag-only, WCAG 2.5.7), and text inputs inside the cloze sentence.
 * Bank text goes through text bindings only, so markup in a bank shows as characters.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { responseEntry, responseMap, splitCloze, type PlannedQuestion, type QuestionOfType } from '../../engine/index.js';
import type { StartMessages } from '../../i18n/messages.js';
import type { ChoiceMark } from './feedback.js';

export interface QuestionViewContext {
  planned: PlannedQuestion;
  /** What the learner has answered so far, or undefined. */
  response: unknown;
  /** Checked with immediate feedback: shown, no longer editable. */
  locked: boolean;
  t: StartMessages;
  /** The bank's language, set on every element showing bank text. */
  lang: string;
  respond(response: unknown): void;
  /** Says something through the element's live region. */
  announce(text: string): void;
  /** Focuses the element matching `selector` in the shadow root once the update is rendered. */
  focusAfterUpdate(selector: string): void;
  /** Enter in a text box: does what the visible primary button does (Check, or Next). */
  enter(): void;
  /** A checked option's mark (`choiceMark`), once the feedback's code is in. */
  mark?: ((picked: boolean, right: boolean) => ChoiceMark) | undefined;
}

const legend = (ctx: QuestionViewContext) => html`<legend part="prompt" class="prompt" lang=${ctx.lang}>${ctx.planned.question.prompt}</legend>`;


/**
 * One radio or checkbox option. Once the question is checked, `ctx.mark` (views/feedback.ts,
 * loaded with the feedback) says what the option was, in words and a symbol, never colour alone,
 * and names its state as a part token for themes.
 */
function option(ctx: QuestionViewContext, input: TemplateResult, label: string, lang: string, picked: boolean, right: boolean): TemplateResult {
  const marked = ctx.locked ? ctx.mark?.(picked, right) : undefined;
  const state = marked?.state ? `choice--${marked.state}` : '';
  return html`<label part="choice ${state}" class="choice ${state}">
    ${input}
    <span lang=${lang}>${label}</span>
    ${marked?.mark ?? nothing}
  </label>`;
}

function choiceList(ctx: QuestionViewContext, question: QuestionOfType<'single' | 'multiple'>): TemplateResult {
  const multiple = question.type === 'multiple';
  const picked = new Set(multiple ? (Array.isArray(ctx.response) ? (ctx.response as string[]) : []) : [ctx.response]);
  const byId = new Map(question.choices.map((c) => [c.id, c]));
  // A multiple answer lists the picked choices in the order they are shown.
  const toggle = (id: string, on: boolean) =>
    ctx.respond(multiple ? ctx.planned.layout.filter((choiceId) => (choiceId === id ? on : picked.has(choiceId))) : id);
  return html`<fieldset class="choices" ?disabled=${ctx.locked} aria-describedby=${multiple ? 'select-all' : nothing}>
    ${legend(ctx)}
    ${multiple ? html`<p class="select-all" id="select-all">${ctx.t.selectAll}</p>` : nothing}
    ${ctx.planned.layout.map((id) => {
      const right = multiple ? question.answer.includes(id) : question.answer === id;
      const input = html`<input type=${multiple ? 'checkbox' : 'radio'} name="answer" .value=${id} .checked=${picked.has(id)}
        @change=${(e: Event) => toggle(id, (e.target as HTMLInputElement).checked)} />`;
      return option(ctx, input, byId.get(id)!.text, ctx.lang, picked.has(id), right);
    })}
  </fieldset>`;
}

function trueFalse(ctx: QuestionViewContext, question: QuestionOfType<'true-false'>): TemplateResult {
  const choice = (value: boolean, label: string) => option(ctx,
    html`<input type="radio" name="answer" .value=${String(value)} .checked=${ctx.response === value} @change=${() => ctx.respond(value)} />`,
    label, ctx.t.lang, ctx.response === value, question.answer === value);
  return html`<fieldset class="choices" ?disabled=${ctx.locked}>
    ${legend(ctx)} ${choice(true, ctx.t.trueLabel)} ${choice(false, ctx.t.falseLabel)}
  </fieldset>`;
}

/**
 * A closed select shows one line, cut at its width (about 35 characters at 375 px, 80 in a wide
 * quiz): a longer choice is repeated in full under it on a narrow quiz, for the eye only (the
 * select's value is what a screen reader reads).
 */
const LONG_CHOICE = 30;

function match(ctx: QuestionViewContext, question: QuestionOfType<'match'>): TemplateResult {
  const chosen = responseMap(ctx.response);
  return html`<fieldset class="match" ?disabled=${ctx.locked}>
    ${legend(ctx)}
    ${question.pairs.map((pair, i) => html`<div class="match-row" part="choice">
      <label for="match-${i}" lang=${ctx.lang}>${pair.left}</label>
      <select id="match-${i}" @change=${(e: Event) => ctx.respond({ ...chosen, [pair.id]: (e.target as HTMLSelectElement).value })}>
        <option value="" .selected=${!responseEntry(chosen, pair.id)}>${ctx.t.choose}</option>
        ${ctx.planned.layout.map((right) => html`<option lang=${ctx.lang} .value=${right} .selected=${responseEntry(chosen, pair.id) === right}>${right}</option>`)}
      </select>
      ${(responseEntry(chosen, pair.id)?.length ?? 0) > LONG_CHOICE
        ? html`<span class="match-chosen" aria-hidden="true" lang=${ctx.lang}>${responseEntry(chosen, pair.id)}</span>`
        : nothing}
    </div>`)}
  </fieldset>`;
}

function order(ctx: QuestionViewContext, question: QuestionOfType<'order'>): TemplateResult {
  // Until the learner moves an item, the arrangement shown is the shuffled start (unanswered).
  const arrangement = Array.isArray(ctx.response) ? (ctx.response as string[]) : [...ctx.planned.layout];
  const text = new Map(question.items.map((item) => [item.id, item.text]));
  const move = (from: number, by: -1 | 1) => {
    const next = arrangement.slice();
    const [id] = next.splice(from, 1);
    next.splice(from + by, 0, id!);
    ctx.respond(next);
    const to = from + by;
    ctx.announce(ctx.t.moved(text.get(id!)!, to + 1, next.length));
    // Keep focus on the moved item's button that moved it; at either end its other button, the one still enabled.
    const up = by === -1 ? to > 0 : to === next.length - 1;
    ctx.focusAfterUpdate(`[data-position="${to}"] [data-move="${up ? 'up' : 'down'}"]`);
  };
  return html`<fieldset class="order" ?disabled=${ctx.locked}>
    ${legend(ctx)}
    <ol class="order-list">
      ${arrangement.map((id, i) => html`<li part="choice" class="order-item" data-position=${i}>
        <span class="order-number" aria-hidden="true">${i + 1}.</span>
        <span class="order-text" lang=${ctx.lang}>${text.get(id)}</span>
        <span class="order-buttons">
          <button type="button" data-move="up" aria-label=${ctx.t.moveUp(text.get(id)!, i + 1, arrangement.length)} ?disabled=${i === 0} @click=${() => move(i, -1)}>↑</button>
          <button type="button" data-move="down" aria-label=${ctx.t.moveDown(text.get(id)!, i + 1, arrangement.length)} ?disabled=${i === arrangement.length - 1} @click=${() => move(i, 1)}>↓</button>
        </span>
      </li>`)}
    </ol>
  </fieldset>`;
}

function cloze(ctx: QuestionViewContext, question: QuestionOfType<'cloze'>): TemplateResult {
  const typed = responseMap(ctx.response);
  const parts = splitCloze(question.text);
  const count = parts.length >> 1; // words and blanks alternate, words at both ends
  let index = 0;
  // Each input is named "Blank 1 of 2" and described by the whole sentence it stands in.
  return html`<fieldset class="cloze" ?disabled=${ctx.locked}>
    ${legend(ctx)}
    <p class="cloze-text" part="choice" id="cloze-sentence" lang=${ctx.lang}>${parts.map((part) => {
      if (typeof part === 'string') return part;
      index += 1;
      return html`<input class="blank" type="text" autocomplete="off" spellcheck="false" aria-label=${ctx.t.blank(index, count)}
        aria-describedby="cloze-sentence" .value=${responseEntry(typed, part.blank) ?? ''}
        @input=${(e: Event) => ctx.respond({ ...typed, [part.blank]: (e.target as HTMLInputElement).value })}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key !== 'Enter' || e.isComposing) return;
          e.preventDefault();
          ctx.enter();
        }} />`;
    })}</p>
  </fieldset>`;
}

export function renderAnswerControls(ctx: QuestionViewContext): TemplateResult | typeof nothing {
  const question = ctx.planned.question;
  switch (question.type) {
    case 'single':
    case 'multiple':
      return choiceList(ctx, question);
    case 'true-false':
      return trueFalse(ctx, question);
    case 'match':
      return match(ctx, question);
    case 'order':
      return order(ctx, question);
    case 'cloze':
      return cloze(ctx, question);
  }
}
