import { LitElement, adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  DEFAULT_SETTINGS, DIFFICULTIES, QUESTION_TYPES, loadBankText, newSeed, planAttempt, settingsToAttributes, shuffle,
  type LoadSuccess, type PlannedQuestion, type Question, type QuestionScore, type QuestionType, type QuizSettings, type TextRange,
} from '../../engine/index.js';
import { nextUntested, sourceCoverage } from '../../engine/coverage.js';
import { DEFAULT_LOAD_TIMEOUT_MS, fetchBankText } from '../../controllers/fetch-bank.js';
import { inheritedLang, loadMessages, type Messages } from '../../i18n/messages.js';
import { builderMessages, type BuilderMessages } from '../../i18n/builder.js';
import { renderAnswerControls } from '../views/question-controls.js';

/**
 * The player's after chunk: scoring, the feedback view, answers as text and the English strings. The
 * builder loads it as the player does, so the views stay in one chunk.
 */
const loadPlayerViews = () => import('../cite-quiz/after.js');
type PlayerViews = Awaited<ReturnType<typeof loadPlayerViews>>;
import { styles } from './cite-quiz-builder.styles.js';

type Filters = { text: string; tag: string; type: '' | QuestionType; difficulty: string };
type Output = 'embed' | 'iframe' | 'link' | 'json';

/** Text safe inside a double-quoted HTML attribute or element content. */
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/**
 * A teacher's view of a question bank: every question in a filterable table, picked by hand or
 * at random; the quiz's settings; a live preview of the configured <cite-quiz>; the snippets
 * and link that put it on a page; and how much of the source the picked questions test.
 *
 * @summary Builds a configured <cite-quiz> from a question bank.
 * @tagname cite-quiz-builder
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart table - The table of questions.
 * @csspart preview - The live preview of the configured quiz.
 * @csspart output - Each snippet with its Copy button.
 * @csspart coverage - The source with quoted passages marked.
 *
 * @cssprop [--cite-quiz-accent=#1d4ed8] - Buttons, focus ring.
 * @cssprop [--cite-quiz-highlight=#fde68a] - Quoted passages of the source.
 */
export class CiteQuizBuilder extends LitElement {
  static override styles = styles;
  // Static properties rather than decorators, like the player (see cite-quiz.ts).
  static override properties = {
    src: {},
    lang: {},
    cdn: {},
    loaded: { state: true },
    loadError: { state: true },
    filters: { state: true },
    picked: { state: true },
    settings: { state: true },
    randomCount: { state: true },
    announcement: { state: true },
    untestedAt: { state: true },
    playerT: { state: true },
    previewing: { state: true },
    views: { state: true },
  };
  /** Where citequiz.js and player.html are served from when `cdn` is not set (the CDN entry sets its own folder). */
  static defaultCdn = '';

  declare private loaded: LoadSuccess | null;
  declare private loadError: string;
  declare private filters: Filters;
  /** The picked question ids, in bank order; none picked means the quiz draws from the whole bank. */
  declare private picked: ReadonlySet<string>;
  declare private settings: QuizSettings;
  declare private randomCount: number;
  declare private announcement: string;
  /** The untested passage last moved to, for "next untested passage". */
  declare private untestedAt: number;
  /** The player's strings (answers as text, the question preview) in the builder's language. */
  declare private playerT: Messages | null;
  /** The player's views and English strings, once their chunk is in. */
  declare private views: PlayerViews | null;
  /** The question shown in the preview dialog, as a learner meets it, with the response and the score once checked. */
  declare private previewing: { planned: PlannedQuestion; response: unknown; score: QuestionScore | null } | null;
  /** The Preview button that opened the dialog: focus goes back there. */
  private previewOpener: HTMLElement | null = null;
  private loading: AbortController | null = null;
  private previewQuiz: { key: string; element: HTMLElement } | null = null;

  /** URL of the question bank (JSON, format citequiz/v1). */
  declare src: string;
  /** The builder's interface language (BCP 47): English or French. Defaults to the page's. */
  declare lang: string;
  /** The folder (URL) that serves citequiz.js and player.html, for the snippets and link. */
  declare cdn: string;

  constructor() {
    super();
    this.src = '';
    this.lang = '';
    this.cdn = '';
    this.loaded = null;
    this.loadError = '';
    this.filters = { text: '', tag: '', type: '', difficulty: '' };
    this.picked = new Set();
    this.settings = { ...DEFAULT_SETTINGS };
    this.randomCount = 5;
    this.announcement = '';
    this.untestedAt = -1;
    this.playerT = null;
    this.views = null;
    this.previewing = null;
  }

  private get t(): BuilderMessages {
    return builderMessages(this.uiLang);
  }

  private get uiLang(): string {
    return this.lang || inheritedLang(this) || 'en';
  }

  private get bankUrl(): string {
    return new URL(this.src, document.baseURI).href;
  }

  private get cdnBase(): string {
    return new URL(this.cdn || CiteQuizBuilder.defaultCdn || './', document.baseURI).href;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) void this.load();
    if (changed.has('lang')) void loadMessages(this.uiLang).then((messages) => (this.playerT = messages));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void loadPlayerViews().then((views) => {
      adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof LitElement).elementStyles, views.feedbackStyles]);
      this.views = views;
    }, () => (this.loadError = this.t.loadFailed(this.t.unreachable('citequiz'))));
  }

  /** The player's strings in the builder's language (answers as text, the question preview). */
  private get quizT(): Messages {
    return this.playerT ?? this.views!.english;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loading?.abort();
  }

  private async load(): Promise<void> {
    this.loading?.abort();
    const loading = (this.loading = new AbortController());
    this.loaded = null;
    this.loadError = '';
    if (!this.src) return;
    const fetched = await fetchBankText(this.src, loading.signal, DEFAULT_LOAD_TIMEOUT_MS);
    if (loading.signal.aborted) return;
    if (!fetched.ok) {
      this.loadError = this.t.loadFailed(this.t.unreachable(this.src));
      return;
    }
    const result = loadBankText(fetched.text);
    if (result.ok) {
      this.loaded = result;
      this.picked = new Set();
    } else this.loadError = this.t.loadFailed(result.message);
  }

  private announce(text: string): void {
    // Cleared first, so the same words twice ("Copied", "Copied") are read twice.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }

  // ---- Questions: filters and picks ----

  private get shownQuestions(): Question[] {
    const { text, tag, type, difficulty } = this.filters;
    const needle = text.trim().toLocaleLowerCase();
    return (this.loaded?.bank.questions ?? []).filter((q) =>
      (!tag || (q.tags ?? []).includes(tag))
      && (!type || q.type === type)
      && (!difficulty || String(q.difficulty ?? '') === difficulty)
      && (!needle || [q.id, q.prompt, q.explanation, ...q.evidence, this.views!.describeCorrect(q, this.quizT)].some((s) => s.toLocaleLowerCase().includes(needle))));
  }

  private setFilter(key: keyof Filters, value: string): void {
    this.filters = { ...this.filters, [key]: value };
  }

  private setPicked(ids: Iterable<string>): void {
    // Kept in bank order: the order learners get when questions are not shuffled.
    const wanted = new Set(ids);
    this.picked = new Set(this.loaded!.bank.questions.filter((q) => wanted.has(q.id)).map((q) => q.id));
  }

  private togglePick(id: string, on: boolean): void {
    const next = new Set(this.picked);
    if (on) next.add(id);
    else next.delete(id);
    this.setPicked(next);
  }

  private pickRandom(): void {
    const ids = shuffle(this.shownQuestions.map((q) => q.id), Math.random).slice(0, Math.max(1, this.randomCount));
    this.setPicked(ids);
    this.announce(this.t.pickedRandom(ids.length));
  }

  // ---- One question, as a learner sees it ----

  private openPreview(question: Question, opener: HTMLElement): void {
    // Laid out as the configured quiz would (its seed and shuffle), in a plan of its own.
    const planned = planAttempt(this.loaded!.bank, { seed: this.settings.seed || 'preview', questions: [question.id], shuffle: this.settings.shuffle }).questions[0]!;
    this.previewOpener = opener;
    this.previewing = { planned, response: undefined, score: null };
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLDialogElement>('#question-preview')!.showModal();
      this.renderRoot.querySelector<HTMLElement>('#question-preview-heading')!.focus();
    });
  }

  private checkPreview(): void {
    const previewing = this.previewing!;
    if (previewing.response === undefined) return;
    const score = this.views!.scoreQuestion(previewing.planned.question, previewing.response);
    this.previewing = { ...previewing, score };
    this.focusAfterUpdate('#feedback-why');
  }

  private onPreviewClose(): void {
    this.previewing = null;
    this.previewOpener?.focus();
    this.previewOpener = null;
  }

  private focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  private renderQuestionPreview(): TemplateResult {
    const previewing = this.previewing;
    const t = this.t;
    const lang = this.loaded!.bank.language;
    const ranges = previewing ? this.loaded!.evidence.get(previewing.planned.question.id) ?? [] : [];
    return html`<dialog id="question-preview" class="question-preview" aria-labelledby="question-preview-heading" @close=${() => this.onPreviewClose()}>
      ${previewing
        ? html`<div class="dialog-header">
            <h2 id="question-preview-heading" tabindex="-1">${t.previewTitle(previewing.planned.question.id)}</h2>
            <button type="button" id="question-preview-close" @click=${() => this.renderRoot.querySelector<HTMLDialogElement>('#question-preview')!.close()}>${t.close}</button>
          </div>
          <form class="question" @submit=${(e: Event) => e.preventDefault()}>
            ${renderAnswerControls({
              planned: previewing.planned,
              response: previewing.response,
              locked: previewing.score !== null,
              t: this.quizT,
              lang,
              respond: (response) => (this.previewing = { ...previewing, response }),
              announce: (text) => this.announce(text),
              focusAfterUpdate: (selector) => this.focusAfterUpdate(selector),
              // Enter in a blank does what the visible primary button does, as in the player.
              enter: () => {
                if (!previewing.score) this.checkPreview();
              },
            })}
            ${previewing.score ? nothing : html`<button type="button" class="primary" @click=${() => this.checkPreview()}>${t.check}</button>`}
          </form>
          ${previewing.score
            ? html`<section class="feedback">${this.views!.renderFeedback({
                planned: previewing.planned, response: previewing.response, t: this.quizT, lang, kind: this.loaded!.bank.source.kind, ranges, open: null, level: 3,
              }, previewing.score, !previewing.score.correct)}</section>`
            : nothing}`
        : nothing}
    </dialog>`;
  }

  // ---- Settings and outputs ----

  private setSetting<K extends keyof QuizSettings>(key: K, value: QuizSettings[K]): void {
    this.settings = { ...this.settings, [key]: value };
  }

  /** The settings the outputs carry: the form's, with the picks as `questions`. */
  private get quizSettings(): QuizSettings {
    return { ...this.settings, questions: [...this.picked] };
  }

  private get quizAttributes(): Record<string, string> {
    return { src: this.bankUrl, ...settingsToAttributes(this.quizSettings) };
  }

  private get playerUrl(): string {
    const url = new URL('player.html', this.cdnBase);
    for (const [name, value] of Object.entries(this.quizAttributes)) url.searchParams.set(name, value);
    return url.href;
  }

  private output(kind: Output): string {
    const attributes = this.quizAttributes;
    switch (kind) {
      case 'embed': {
        const written = Object.entries(attributes).map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
        return `<script type="module" src="${escapeHtml(new URL('citequiz.js', this.cdnBase).href)}"></script>\n<cite-quiz${written}></cite-quiz>`;
      }
      case 'iframe':
        return `<iframe src="${escapeHtml(this.playerUrl)}" title="${escapeHtml(this.loaded!.bank.title)}" width="100%" height="720"></iframe>`;
      case 'link':
        return this.playerUrl;
      case 'json':
        return JSON.stringify(attributes, null, 2);
    }
  }

  private async copy(kind: Output): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.output(kind));
      this.announce(this.t.copied);
    } catch {
      // No clipboard (permission, an old browser): leave the text selected for Ctrl+C.
      const field = this.renderRoot.querySelector<HTMLTextAreaElement>(`#output-${kind}`)!;
      field.focus();
      field.select();
      this.announce(this.t.copyFailed);
    }
  }

  /** The configured <cite-quiz>, made again (so back at its start screen) whenever a setting changes. */
  private get preview(): HTMLElement {
    const attributes = { ...this.quizAttributes };
    delete attributes.src; // the bank is handed over as an object: no second download
    const key = JSON.stringify(attributes);
    if (this.previewQuiz?.key !== key) {
      const element = document.createElement('cite-quiz');
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      // Trying the quiz here must not use up a teacher's attempts, nor save anything.
      element.setAttribute('persist', 'off');
      element.bank = this.loaded!.bank;
      this.previewQuiz = { key, element };
    }
    return this.previewQuiz.element;
  }

  // ---- Coverage ----

  private get coverage() {
    const { bank, evidence } = this.loaded!;
    const pool = this.picked.size ? this.picked : bank.questions.map((q) => q.id);
    return { pool: this.picked.size || bank.questions.length, ...sourceCoverage(bank.source.text, evidence, pool) };
  }

  private goToNextUntested(): void {
    const coverage = this.coverage;
    const current = coverage.untested[this.untestedAt];
    const next = nextUntested(coverage, current ? current.start : -1);
    if (!next) return;
    this.untestedAt = coverage.untested.indexOf(next);
    this.announce(this.t.untestedAt(this.untestedAt + 1, coverage.untested.length));
    void this.updateComplete.then(() => {
      const target = this.renderRoot.querySelector<HTMLElement>(`#untested-${this.untestedAt}`);
      target?.focus();
      target?.scrollIntoView({ block: 'center' });
    });
  }

  // ---- Rendering ----

  private renderFilters(): TemplateResult {
    const t = this.t;
    const bank = this.loaded!.bank;
    const tags = [...new Set(bank.questions.flatMap((q) => q.tags ?? []))].sort();
    const types = QUESTION_TYPES.filter((type) => bank.questions.some((q) => q.type === type));
    const select = (key: keyof Filters, label: string, options: [string, string][]) => html`<label class="field">
      <span>${label}</span>
      <select id="filter-${key}" .value=${this.filters[key]} @change=${(e: Event) => this.setFilter(key, (e.target as HTMLSelectElement).value)}>
        <option value="">${t.any}</option>
        ${options.map(([value, text]) => html`<option value=${value} ?selected=${this.filters[key] === value}>${text}</option>`)}
      </select>
    </label>`;
    return html`<div class="filters" role="search">
      <label class="field">
        <span>${t.search}</span>
        <input id="filter-text" type="search" .value=${this.filters.text} @input=${(e: Event) => this.setFilter('text', (e.target as HTMLInputElement).value)} />
      </label>
      ${select('tag', t.tag, tags.map((tag) => [tag, tag]))}
      ${select('type', t.type, types.map((type) => [type, t.typeNames[type]]))}
      ${select('difficulty', t.difficulty, DIFFICULTIES.map(String).map((d) => [d, d]))}
    </div>`;
  }

  private renderTable(shown: readonly Question[]): TemplateResult {
    const t = this.t;
    const lang = this.loaded!.bank.language;
    return html`<div class="table-scroll" role="region" aria-labelledby="questions-heading shown-count" tabindex="0">
      <table part="table">
        <thead><tr>
          <th scope="col">${t.pickColumn}</th><th scope="col">${t.type}</th><th scope="col">${t.prompt}</th><th scope="col">${t.tags}</th>
          <th scope="col">${t.difficulty}</th><th scope="col">${t.answer}</th><th scope="col">${t.evidence}</th><th scope="col">${t.preview}</th>
        </tr></thead>
        <tbody>
          ${shown.map((q) => html`<tr class=${this.picked.has(q.id) ? 'picked' : ''}>
            <td><input type="checkbox" class="pick" .checked=${this.picked.has(q.id)} aria-label=${t.pick(q.id)}
              @change=${(e: Event) => this.togglePick(q.id, (e.target as HTMLInputElement).checked)} /></td>
            <td>${t.typeNames[q.type]}</td>
            <th scope="row" lang=${lang}><span class="id">${q.id}</span> ${q.prompt}</th>
            <td>${(q.tags ?? []).join(', ')}</td>
            <td>${q.difficulty ?? ''}</td>
            <td lang=${lang}>${this.views!.describeCorrect(q, this.quizT)}</td>
            <td lang=${lang}>${q.evidence.map((quote) => html`<blockquote>${quote}</blockquote>`)}</td>
            <td><button type="button" class="preview-question" aria-label=${t.previewQuestion(q.id)} @click=${(e: Event) => this.openPreview(q, e.currentTarget as HTMLElement)}>${t.preview}</button></td>
          </tr>`)}
        </tbody>
      </table>
    </div>`;
  }

  private renderQuestions(): TemplateResult {
    const t = this.t;
    const shown = this.shownQuestions;
    return html`<section class="questions" aria-labelledby="questions-heading">
      <h2 id="questions-heading">${t.questionsHeading}</h2>
      ${this.renderFilters()}
      <p id="shown-count">${t.shown(shown.length, this.loaded!.bank.questions.length, this.picked.size)}</p>
      <div class="actions">
        <button type="button" id="pick-all" ?disabled=${!shown.length} @click=${() => this.setPicked([...this.picked, ...shown.map((q) => q.id)])}>${t.pickAllShown}</button>
        <button type="button" id="clear-picks" ?disabled=${!this.picked.size} @click=${() => this.setPicked([])}>${t.clearPicks}</button>
        <span class="random">
          <label class="field inline"><span>${t.randomCount}</span>
            <input id="random-count" type="number" min="1" max=${shown.length} .value=${String(this.randomCount)}
              @input=${(e: Event) => (this.randomCount = Number((e.target as HTMLInputElement).value) || 1)} />
          </label>
          <button type="button" id="pick-random" ?disabled=${!shown.length} @click=${() => this.pickRandom()}>${t.pickRandom}</button>
        </span>
      </div>
      ${shown.length ? this.renderTable(shown) : html`<p>${t.noMatch}</p>`}
    </section>`;
  }

  private renderSettings(): TemplateResult {
    const t = this.t;
    const s = this.settings;
    const number = (id: string, label: string, value: number | undefined, apply: (n: number) => void, help = '', min = 0, max?: number) => html`<label class="field">
      <span>${label}</span>
      <input id=${id} type="number" min=${min} max=${max ?? nothing} step="1" .value=${value === undefined ? '' : String(value)} aria-describedby=${help ? `${id}-help` : nothing}
        @input=${(e: Event) => apply(Math.max(min, Math.round(Number((e.target as HTMLInputElement).value) || 0)))} />
      ${help ? html`<small id="${id}-help">${help}</small>` : nothing}
    </label>`;
    const choice = <K extends 'feedback' | 'source'>(key: K, label: string, labels: Record<QuizSettings[K], string>) => html`<label class="field">
      <span>${label}</span>
      <select id="setting-${key}" @change=${(e: Event) => this.setSetting(key, (e.target as HTMLSelectElement).value as QuizSettings[K])}>
        ${(Object.keys(labels) as QuizSettings[K][]).map((value) => html`<option value=${value} ?selected=${s[key] === value}>${labels[value]}</option>`)}
      </select>
    </label>`;
    return html`<section class="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">${t.settingsHeading}</h2>
      <p>${this.picked.size ? t.poolPicked(this.picked.size) : t.poolAll}</p>
      ${number('setting-count', t.perLearner, s.count, (n) => this.setSetting('count', n || undefined), t.perLearnerHelp)}
      <div class="field">
        <label for="setting-seed">${t.seed}</label>
        <span class="inline">
          <input id="setting-seed" type="text" .value=${s.seed} aria-describedby="setting-seed-help" spellcheck="false"
            @change=${(e: Event) => this.setSetting('seed', (e.target as HTMLInputElement).value.trim())} />
          <button type="button" id="new-seed" @click=${() => this.setSetting('seed', newSeed(Math.random))}>${t.newSeed}</button>
        </span>
        <small id="setting-seed-help">${t.seedHelp}</small>
      </div>
      <label class="check"><input id="setting-shuffle" type="checkbox" .checked=${s.shuffle} @change=${(e: Event) => this.setSetting('shuffle', (e.target as HTMLInputElement).checked)} /> ${t.shuffle}</label>
      ${choice('feedback', t.feedback, t.feedbackModes)}
      ${number('setting-pass-mark', t.passMark, s.passMark, (n) => this.setSetting('passMark', Math.min(100, n)), '', 0, 100)}
      ${number('setting-time-limit', t.timeLimit, s.timeLimit / 60, (n) => this.setSetting('timeLimit', n * 60), t.timeLimitHelp)}
      <div class="field">
        <label class="check"><input id="setting-extend" type="checkbox" .checked=${s.extend === 'allowed'} ?disabled=${!s.timeLimit} aria-describedby="setting-extend-help"
          @change=${(e: Event) => this.setSetting('extend', (e.target as HTMLInputElement).checked ? 'allowed' : 'none')} /> ${t.extendAllowed}</label>
        <small id="setting-extend-help">${t.extendHelp}</small>
      </div>
      ${number('setting-attempts', t.attempts, s.attempts ?? 0, (n) => this.setSetting('attempts', n || undefined), t.attemptsHelp)}
      ${choice('source', t.source, t.sourceModes)}
      <label class="field">
        <span>${t.language}</span>
        <select id="setting-lang" @change=${(e: Event) => this.setSetting('lang', (e.target as HTMLSelectElement).value)}>
          ${[['', t.languagePage], ['en', 'English'], ['fr', 'Français']].map(([value, label]) => html`<option value=${value!} lang=${value || nothing} ?selected=${s.lang === value}>${label}</option>`)}
        </select>
      </label>
    </section>`;
  }

  private renderOutputs(): TemplateResult {
    const t = this.t;
    const outputs: [Output, string][] = [['embed', t.embed], ['iframe', t.iframe], ['link', t.link], ['json', t.json]];
    return html`<section class="outputs" aria-labelledby="outputs-heading">
      <h2 id="outputs-heading">${t.outputsHeading}</h2>
      ${outputs.map(([kind, label]) => html`<div part="output" class="output">
        <label for="output-${kind}">${label}</label>
        <textarea id="output-${kind}" readonly rows=${kind === 'link' ? 2 : 5} spellcheck="false" .value=${this.output(kind)}></textarea>
        <span class="inline">
          <button type="button" id="copy-${kind}" @click=${() => this.copy(kind)}>${t.copy(label)}</button>
          ${kind === 'link' ? html`<a id="open-link" href=${this.playerUrl} target="_blank" rel="noopener">${t.openLink}</a>` : nothing}
        </span>
      </div>`)}
    </section>`;
  }

  private renderCoverage(): TemplateResult {
    const t = this.t;
    const { bank } = this.loaded!;
    const coverage = this.coverage;
    const text = bank.source.text;
    // Quoted and untested stretches never overlap (a sentence a quote touches is tested).
    const marks: { range: TextRange; untested: number }[] = [
      ...coverage.quoted.map((range) => ({ range, untested: -1 })),
      ...coverage.untested.map((range, i) => ({ range, untested: i })),
    ].sort((a, b) => a.range.start - b.range.start);
    let at = 0;
    const pieces: (string | TemplateResult)[] = [];
    for (const { range, untested } of marks) {
      pieces.push(text.slice(at, range.start));
      const piece = text.slice(range.start, range.end);
      pieces.push(untested < 0
        ? html`<mark>${piece}</mark>`
        : html`<span class="untested ${untested === this.untestedAt ? 'untested--current' : ''}" id="untested-${untested}" tabindex="-1">${piece}</span>`);
      at = range.end;
    }
    pieces.push(text.slice(at));
    return html`<section part="coverage" class="coverage" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">${t.coverageHeading}</h2>
      <p id="coverage-line">${t.coverage(coverage.tested, coverage.sentences.length, coverage.pool)}</p>
      ${coverage.untested.length
        ? html`<button type="button" id="next-untested" @click=${() => this.goToNextUntested()}>${t.nextUntested}</button>`
        : html`<p>${t.allTested}</p>`}
      <div class="source-text" role="region" tabindex="0" aria-label=${t.sourceText} lang=${bank.language}>${pieces}</div>
    </section>`;
  }

  override render(): TemplateResult {
    const t = this.t;
    const bank = this.views ? this.loaded?.bank : undefined;
    return html`<div part="base" class="base" lang=${t.lang}>
      ${bank
        ? html`<p class="bank" lang=${bank.language}>${t.bankSummary(bank.title, bank.questions.length)}</p>
          ${this.renderQuestions()}
          <div class="configure">
            ${this.renderSettings()}
            <section part="preview" class="preview" aria-labelledby="preview-heading">
              <h2 id="preview-heading">${t.livePreview}</h2>
              ${this.preview}
            </section>
          </div>
          ${this.renderOutputs()}
          ${this.renderCoverage()}`
        : this.loadError
          ? html`<p role="alert" class="error">${this.loadError}</p>`
          : html`<p>${t.loading}</p>`}
      ${bank ? this.renderQuestionPreview() : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cite-quiz-builder': CiteQuizBuilder;
  }
}
