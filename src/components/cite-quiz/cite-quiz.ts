import { LitElement, adoptStyles, html, nothing, type CSSResultOrNative, type PropertyValues, type TemplateResult } from 'lit';
import {
  clampPassMark, newSeed, readSettings, selectionProblems, storageKey,
  type PlannedQuestion, type QuizResult, type QuizSettings, type SavedResponse,
  type SettingAttribute, type SettingProblem, type SettingsRead, type SettingValue, type SettingWarning, type Snapshot, type TextRange,
} from '../../engine/index.js';
import type { AttemptStanding } from '../../engine/attempt-log.js';
import { QuizErrorEvent, QuizProgressEvent, QuizReadyEvent } from '../../events.js';
import { en, inheritedLang, listOf, loadMessages, type Messages, type StartMessages } from '../../i18n/messages.js';
import type { ApplyStrings } from '../../i18n/strings.js';
import { DEFAULT_LOAD_TIMEOUT_MS } from '../../controllers/fetch-bank.js';
import { QuizController, type AttemptSettings, type LoadError, type Phase } from '../../controllers/quiz-controller.js';
import type { StorageLike } from '../../controllers/storage-controller.js';
import { renderAnswerControls } from '../views/question-controls.js';
import type { ReportingHost } from '../../reporting/connect.js';
import type { AfterScreens, Player } from './after.js';
import type { StudyScreens } from './study.js';
import type { AttemptLimit } from './attempts.js';
import { styles } from './cite-quiz.styles.js';

/**
 * Everything after the start screen and the first question is one chunk, fetched only through
 * this import() and never imported statically. A new feature (study mode, reporting, a language)
 * adds its own chunk the same way: a function like this one, called only when the feature is
 * used, so a page that does not use it never downloads it (test/browser/chunks.test.ts).
 */
const loadAfterChunk = () => import('./after.js');
/** Study mode (ts-fsrs and the schedule): its own chunk, requested only with mode="study". */
const loadStudyChunk = () => import('./study.js');
/** The `attempts` limit (its storage and count), only for a quiz that sets one. */
const loadAttemptsChunk = () => import('./attempts.js');
/** `report`'s code (src/reporting): fetched only when `report` is set. */
const loadReporting = () => import('../../reporting/connect.js');
const REPORTED_EVENTS = ['quiz-ready', 'quiz-answer', 'quiz-complete'];
/** A site's own wording (the `strings` property): checked and applied by a chunk of its own. */
const loadStringsChunk = () => import('../../i18n/strings.js');
const asWritten: ApplyStrings = (messages) => messages;
/** The settings' warnings in words: a chunk requested only when some setting is not understood. */
const loadSettingWarnings = () => import('../../engine/settings-warnings.js');

/**
 * Where a link goes, shown beside its title so a bank cannot label one site with another's name:
 * the host of a web link, the address of a mail link (the schema allows no other).
 */
const linkHost = (url: string) => new URL(url).host || url.slice('mailto:'.length);


/**
 * A quiz from a citequiz/v1 question bank, one question at a time, in which every correct
 * answer is shown with the quote from the source that supports it.
 *
 * @summary The citequiz player: start screen, questions, feedback, results and review; or, with
 * `mode="study"`, a deck studied card by card on a spaced-repetition schedule.
 * @tagname cite-quiz
 *
 * The bank comes from the `bank` property, else from a `<script type="application/json">`
 * child (not rendered), else from `src`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart header - The question number, timer and "Read the report" button.
 * @csspart progress - The progress bar.
 * @csspart question - The current question's form.
 * @csspart prompt - A question's prompt (the legend of its fieldset).
 * @csspart choice - One answer option (also match rows, order items, the cloze sentence).
 * @csspart feedback - Right or wrong, the explanation and the evidence, after checking.
 * @csspart evidence - A quote from the source with its "Show in the report" button.
 * @csspart results - The score screen and review.
 * @csspart error - The alert shown when the bank cannot be loaded or is invalid.
 * @csspart reader - The dialog that shows the source with a quote highlighted.
 * @csspart button - Every button; the main action also has `button--primary`.
 * @csspart resume - On the start screen of a returning learner: the attempt under way ("12 of 20 answered, 4 min left").
 * @csspart notice - One sentence about saved progress (not restored, cannot be saved, ended in another tab).
 *
 * @cssprop [--cite-quiz-accent=#1d4ed8] - Buttons, focus ring, progress.
 * @cssprop [--cite-quiz-background=#ffffff] - The quiz's background (dark theme: #111827).
 * @cssprop [--cite-quiz-color=#111827] - The quiz's text (dark theme: #f3f4f6).
 * @cssprop [--cite-quiz-muted=#4b5563] - Secondary text.
 * @cssprop [--cite-quiz-border=#6b7280] - Borders of panels and controls.
 * @cssprop [--cite-quiz-correct=#166534] - Marks a right answer (always with a word and a symbol).
 * @cssprop [--cite-quiz-wrong=#991b1b] - Marks a wrong answer (always with a word and a symbol).
 * @cssprop [--cite-quiz-highlight=#fde68a] - The quote highlighted in the source.
 * @cssprop [--cite-quiz-radius=0.5rem] - Corner radius.
 * @cssprop [--cite-quiz-font=inherit] - Font family.
 *
 * @fires {QuizReadyEvent} quiz-ready - The bank is loaded and valid: `{ bankId, title, questionCount }`.
 * @fires {QuizErrorEvent} quiz-error - The bank could not be loaded or is invalid, or (kind `lms`) a report to a course site failed: `{ kind, message, issues? }`.
 * @fires {QuizAnswerEvent} quiz-answer - A question was scored (on Check, or at submit for the rest): `{ questionId, type, response, correct, score, maxScore }`.
 * @fires {QuizCompleteEvent} quiz-complete - The attempt was submitted: `{ bankId, seed, score, maxScore, scaled, passed, durationMs, responses }`.
 * @fires {QuizStatementEvent} quiz-statement - With `report="xapi"` or `"cmi5"`, an xAPI statement was made: `{ statement }`.
 * @fires {QuizProgressEvent} quiz-progress - The learner changed saved progress (an answer, a check, a flag, the position, the clock, a start, a submit): the snapshot `getState()` returns.
 */
export class CiteQuiz extends LitElement {
  static override styles = styles;
  // Plain static properties, no decorators: TypeScript's decorator helper would cost the bundle
  // about 0.5 KB gzip. Fields are `declare`d (no class field shadows Lit's accessors) and get
  // their defaults in the constructor.
  static override properties = {
    src: {},
    bank: { attribute: false },
    seed: {},
    // Every setting is kept as given (text from an attribute, or a number from script) and read
    // by the engine's readSettings; what it cannot understand becomes a warning (a lazy chunk words it).
    questions: {},
    count: {},
    tags: {},
    difficulty: {},
    shuffle: {},
    feedback: {},
    passMark: { attribute: 'pass-mark' },
    lang: {},
    timeLimit: { attribute: 'time-limit' },
    extend: {},
    attempts: {},
    source: {},
    theme: { reflect: true },
    loadTimeout: { attribute: false },
    mode: {},
    newPerDay: { attribute: 'new-per-day', type: Number },
    clock: { attribute: false },
    report: {},
    persist: {},
    storage: { attribute: false },
    strings: { attribute: false },
    // Private state; `attribute: false` too, or the manifest's analyzer lists them as attributes.
    announcement: { state: true, attribute: false },
    translation: { state: true, attribute: false },
    applyStrings: { state: true, attribute: false },
    notice: { state: true, attribute: false },
  };

  private readonly quiz = new QuizController(this, {
    onLoaded: (error) => this.#onLoaded(error),
    onBank: (bank) => {
      this.#progressMayBeStored = this.#storedProgressExists(bank.id);
      this.#connectProgress();
    },
    onProgress: () => this.#saveProgress(),
  });
  // The private state below starts undefined (false, none yet) without an initializer: each one
  // would be an assignment in the entry's constructor.
  /**
   * Storage may hold this bank's progress: the start screen then waits for the after chunk,
   * which reads it, before offering Start (a first visit never waits).
   */
  #progressMayBeStored?: boolean;
  /** Progress changed before the after chunk (which writes it) arrived, or while the element was out of the page. */
  #unsaved?: boolean;
  /** The bank saved progress is bound to. */
  #progressBank: unknown;

  /** The text of the live region. */
  declare private announcement: string;
  /** One sentence about saved progress (not restored, cannot be saved), shown on the screen it arose on. */
  declare private notice: { text: string; phase: Phase } | undefined;
  /** The interface strings when `lang` (or the page's) is translated; null for English. */
  declare private translation?: Messages | null;
  /** Puts the site's `strings` in place in a catalogue, once their chunk is in. */
  declare private applyStrings: ApplyStrings;
  /** The `strings` object last asked for, and its chunk's arrival. */
  #stringsFor: unknown;
  #stringsReady?: Promise<unknown>;
  /** The after screens, once their chunk is in. */
  #screens?: AfterScreens;
  /** Their chunk, requested once; resolves with null when it cannot be loaded (offline). */
  #afterLoading?: Promise<AfterScreens | null>;
  #afterFailed?: boolean;
  /** Presses made before the after screens arrived, done in order when they do. */
  #afterQueue: ((after: AfterScreens) => void)[] = [];
  /** The last render showed a "Loading…" line where a lazy screen (after or study) goes. */
  #waitingForAfter?: boolean;
  /** Study mode's screens, once their chunk is in. */
  #study?: StudyScreens;
  /** Their chunk (with the after chunk, for its strings and reader), requested once. */
  #studyLoading?: Promise<StudyScreens | null>;
  #studyFailed?: boolean;
  /** English, whole, once the after chunk is in: start strings from the entry, the rest from it. */
  #english?: Messages;
  #languageTag?: string;
  #languageReady?: Promise<void>;
  /** The question the learner left for the confirmation: "Keep working" goes back there. */
  #confirmReturnIndex = 0;
  /** What the last load was given, so a change of `src` or `bank` at any time loads again. */
  #loadedFrom?: { src: string; bank: unknown; persist: string; mode: string };
  /** Set when a reload starts with focus in the quiz: focus follows the outcome (never on a first load). */
  #focusOnLoad?: boolean;
  #pendingFocus?: string | undefined;
  #attemptSeed = '';
  /** The settings last parsed, and the values they were parsed from. */
  #parsedFrom?: { key: string; parsed: SettingsRead };
  /** Warnings already written to the console, so each is said once. */
  readonly #warned = new Set<string>();
  /** Puts the settings' problems into words, once its chunk is in; requested at the first problem. */
  #wordWarnings?: (problems: readonly SettingProblem[]) => SettingWarning[];
  #warningWordsLoading?: Promise<void>;
  /** The `attempts` limit, once its chunk is in; null without a limit. */
  #attemptLimit?: AttemptLimit;
  #attemptsLoading?: Promise<void>;
  #attemptsFailed?: boolean;

  /** URL of the question bank (JSON, format citequiz/v1). */
  declare src: string;
  /** The bank as an object; takes precedence over an inline script and `src`. */
  declare bank: unknown;
  /** Seed for selection and order; without one each attempt draws its own and reports it. */
  declare seed: string;
  /** Question ids, separated by spaces or commas: only these, in this order when not shuffled. */
  declare questions: string | readonly string[];
  /** Ask this many questions, drawn from those that match (all when unset). */
  declare count: string | number | undefined;
  /** Tags, separated by spaces or commas: only questions having one of them. */
  declare tags: string | readonly string[];
  /** Difficulties (1, 2, 3), separated by spaces or commas: only questions of these. */
  declare difficulty: string | readonly number[];
  /** `none` keeps the order of the bank (or of `questions`) for questions and choices; `all` shuffles. */
  declare shuffle: string;
  /** `immediate`: Check per question; `end`: everything in the review; `none`: the score only. */
  declare feedback: string;
  /** Percent of the points needed to pass: `80` or `80%`. */
  declare passMark: string | number;
  /** The interface language (BCP 47); English and French are complete. Defaults to the page's. */
  declare lang: string;
  /** The time for the whole quiz: seconds, `mm:ss` or `h:mm:ss`. */
  declare timeLimit: string | number;
  /** `allowed`: the learner can add time or turn the limit off; `none`: an essential limit, no such controls. */
  declare extend: string;
  /** Attempts allowed per learner, counted in the browser's storage; unset: no limit. */
  declare attempts: string | number | undefined;
  /** `closed`: no way to the source (not even the start screen's link) until the results. */
  declare source: string;
  /**
   * `light` or `dark` fix the colour scheme; `auto` follows the system (prefers-color-scheme).
   * Unset, the quiz follows the host page: light unless the page declares dark support in its
   * `color-scheme`, so a light-only course page never gets a dark quiz.
   */
  declare theme: string;
  /** Milliseconds to wait for `src` before giving up with a timeout error. */
  declare loadTimeout: number;
  /** `study`: the bank (or its `tags` selection) as a deck on a spaced-repetition schedule; otherwise a quiz. */
  declare mode: string;
  /** Study mode: new cards started per day (a whole number; default 20). */
  declare newPerDay: number | undefined;
  /** The time in ms, for study mode's schedule; `Date.now` unless a test or demo moves it. */
  declare clock: () => number;
  /** `scorm`, `xapi` or `cmi5`: report to a course site (README, "Course sites"); its code loads only then. */
  declare report: string;
  // The xAPI settings are read by the adapter when it needs them, so they need no reactivity (and
  // cost the entry nothing): set them before or after `report`, before or after the upgrade.
  /** xAPI: the quiz's activity id (an IRI; attribute `activity-id`); derived from the bank id when unset. */
  declare activityId?: string;
  /** xAPI: the LRS's base URL; statements go to `<lrsEndpoint>statements`. Property only. */
  declare lrsEndpoint?: string;
  /** xAPI: the LRS's Authorization header value. Property only, never logged. */
  declare lrsAuth?: string;
  /** xAPI: the learner, an xAPI Agent such as `{ mbox: "mailto:…" }`. Property only. */
  declare actor?: Record<string, unknown>;
  /** xAPI and cmi5: milliseconds to wait for the LRS before trying again later (default 10000). */
  declare lrsTimeout?: number;
  /** What reports as `report` says: resolves with what stops it (nothing when its chunk could not be loaded). */
  #reporting?: Promise<(() => void) | void>;
  /** The save slot of this quiz's progress: any string (two quizzes with different values never share); `off` saves nothing. */
  declare persist: string;
  /** Where progress is saved: localStorage unless set (sessionStorage, or any getItem/setItem/removeItem object). */
  declare storage: StorageLike | undefined;
  /**
   * The site's own wording: interface string keys and their text, `{ start: 'Begin' }`, with
   * `{placeholders}` where a message takes values (README: "Your own wording"). Plain text, never
   * HTML. Assign a new object to change it.
   */
  declare strings: Record<string, string> | undefined;

  constructor() {
    super();
    this.announcement = '';
    this.persist = '';
    this.applyStrings = asWritten;
    this.src = '';
    this.seed = '';
    this.questions = '';
    this.tags = '';
    this.difficulty = '';
    this.shuffle = '';
    this.feedback = 'immediate';
    this.passMark = 60;
    this.lang = '';
    this.timeLimit = 0;
    this.extend = 'allowed';
    this.source = 'open';
    this.loadTimeout = DEFAULT_LOAD_TIMEOUT_MS;
    this.mode = '';
    this.clock = Date.now;
    this.report = '';
  }

  /** The result of the last submitted attempt (a copy), or null. */
  get result(): QuizResult | null {
    return this.quiz.result && structuredClone(this.quiz.result);
  }

  /** The settings as the engine reads them from the attributes (or properties). */
  get #parsed(): SettingsRead {
    const given: Record<SettingAttribute, SettingValue> = {
      seed: this.seed, questions: this.questions, count: this.count, tags: this.tags, difficulty: this.difficulty,
      shuffle: this.shuffle, feedback: this.feedback, 'pass-mark': this.passMark, 'time-limit': this.timeLimit,
      extend: this.extend, attempts: this.attempts, source: this.source, lang: this.lang, theme: this.theme,
    };
    const key = JSON.stringify(given);
    if (this.#parsedFrom?.key !== key) this.#parsedFrom = { key, parsed: readSettings(given) };
    return this.#parsedFrom.parsed;
  }

  /** The settings in use. */
  get #used(): QuizSettings {
    return this.#parsed.settings;
  }

  /**
   * What the settings could not say, each with what is used instead: values that cannot be
   * understood, and (once the bank is in) ids and tags it does not have, and a `count` larger
   * than what matches. Each is also written once to the console. Their words are a chunk of
   * their own, requested at the first one: `updateComplete` waits for it.
   */
  get warnings(): SettingWarning[] {
    return this.#wordWarnings?.(this.#settingProblems) ?? [];
  }

  /** The warnings without their words (the entry's part): what `warnings` says. */
  get #settingProblems(): SettingProblem[] {
    const plan = this.quiz.plan;
    return [...this.#parsed.problems, ...(plan ? selectionProblems(this.#used, plan) : [])];
  }

  /**
   * The learner's progress as JSON-ready data (a copy): the attempt under way, the last
   * attempt's summary; null before the bank is loaded. `restore()` takes it back.
   */
  getState(): Snapshot | null {
    return this.quiz.snapshot && structuredClone(this.quiz.snapshot);
  }

  /**
   * Takes back a state from `getState()` or `quiz-progress` (an object or JSON text), once the
   * bank is loaded: validated against this bank and its content. The start screen then offers
   * to resume its attempt. When it does not fit, fires quiz-error (kind `invalid`), changes
   * nothing and resolves false.
   */
  async restore(state: unknown): Promise<boolean> {
    const after = await this.#loadAfter();
    if (after) return after.progress.restore(state);
    this.dispatchEvent(new QuizErrorEvent({ kind: 'invalid', message: this.#t.unavailable }));
    return false;
  }

  /**
   * Loads the strings for the wanted language, and the chunk that applies the site's `strings`,
   * when either changes; resolves when they are in.
   */
  #syncLanguage(): Promise<unknown> {
    const wanted = this.#used.lang || inheritedLang(this) || 'en';
    if (wanted !== this.#languageTag) {
      this.#languageTag = wanted;
      this.#languageReady = loadMessages(wanted).then((translation) => {
        if (this.#languageTag === wanted) this.translation = translation;
      });
    }
    if (this.strings !== this.#stringsFor) {
      const strings = (this.#stringsFor = this.strings);
      // Offline, the chunk fails to load: the quiz keeps its default wording.
      this.#stringsReady = strings == null
        ? Promise.resolve((this.applyStrings = asWritten))
        : loadStringsChunk().then(({ stringsApplier }) => {
          if (this.#stringsFor === strings) this.applyStrings = stringsApplier(strings);
        }, () => {});
    }
    return Promise.all([this.#languageReady, this.#stringsReady]);
  }

  /** The strings of the start screen and a question, in the quiz's language. */
  get #t(): StartMessages {
    return this.applyStrings(this.translation ?? en);
  }

  /** The language bank text is written in, set on every element that shows it (WCAG 3.1.2). */
  get #bankLang(): string {
    return this.quiz.bank?.language ?? this.#t.lang;
  }

  /** The pass mark as a fraction, clamped by the engine's rule. */
  get #passFraction(): number {
    return clampPassMark(this.#used.passMark / 100);
  }

  get #studyMode(): boolean {
    return this.mode === 'study';
  }

  /** What draws an attempt: the settings in use (the engine reads only its selection's), with `seed`. */
  #settings(seed: string): AttemptSettings {
    return { ...this.#used, seed };
  }

  /** Requests the attempts chunk (once); the start screen waits for it when `attempts` is set. */
  #loadAttempts(): Promise<void> {
    // The storage controller comes from the after chunk (every quiz loads it): imported by the
    // attempts chunk too, it would become a shared chunk of its own, one more request per quiz.
    this.#attemptsLoading ??= Promise.all([loadAttemptsChunk(), loadAfterChunk()]).then(([{ AttemptLimit }, { StorageController }]) => {
      this.#attemptLimit = new AttemptLimit(this, StorageController);
      this.requestUpdate();
    }, () => {
      // Offline: the limit cannot be checked, so the quiz does not start (an exam must not be retaken by going offline).
      this.#attemptsFailed = true;
      this.requestUpdate();
    });
    return this.#attemptsLoading;
  }

  /** Where the learner stands against `attempts`; null without a limit, or before it is known. */
  get #standing(): AttemptStanding | null {
    const limit = this.#used.attempts;
    const bank = this.quiz.bank;
    return limit === undefined || !this.#attemptLimit || !bank ? null : this.#attemptLimit.standing(bank.id, this.persist, limit);
  }

  /** Whether Start may begin an attempt: always without `attempts`, else while one is left (not before the count is read). */
  get #canStart(): boolean {
    return this.#used.attempts === undefined || (this.#standing?.next ?? null) !== null;
  }

  /**
   * Loads the bank again from wherever it comes from, ending whatever attempt was under way.
   * The interface language is in first, so quiz-ready and quiz-error speak it.
   */
  #reload(): void {
    this.#screens?.timer.stop();
    this.#screens?.closeReader();
    if (this.shadowRoot?.activeElement) {
      // The learner was in the quiz (Try again, or the bank replaced under them): keep focus
      // with it, on the loading line and then on whatever the load shows.
      this.#focusOnLoad = true;
      this.#focusAfterUpdate('#loading');
    }
    const inline = this.querySelector('script[type="application/json"]');
    this.#loadedFrom = { src: this.src, bank: this.bank, persist: this.persist, mode: this.mode };
    this.#attemptSeed = this.seed || newSeed(Math.random);
    const source = { object: this.bank, inlineJson: inline?.textContent ?? undefined, url: this.src || undefined, timeoutMs: this.loadTimeout };
    const settings = this.#settings(this.#attemptSeed);
    // The attempts chunk only when a limit is set: without one, the load starts as soon as the
    // language is in, before an update that follows in the same task (a new `src`) aborts it.
    const ready = this.#used.attempts === undefined ? this.#syncLanguage() : Promise.all([this.#syncLanguage(), this.#loadAttempts()]);
    // Removed while it loaded: connectedCallback loads again if the element comes back.
    void ready.then(() => {
      if (this.isConnected) return this.quiz.load(source, settings);
    });
  }

  /** Fires quiz-ready or quiz-error once what it describes is on screen. */
  #onLoaded(error: LoadError | null): void {
    if (this.#focusOnLoad) {
      this.#focusOnLoad = false;
      this.#focusAfterUpdate(error ? '#error-heading' : this.#studyMode ? '#session-heading' : '#start-heading');
    }
    if (error) {
      // The error screen is in the after chunk: the event fires once it is on screen.
      void this.#loadAfter().then(async (after) => {
        await this.updateComplete;
        if (this.quiz.error !== error) return; // loading again already
        this.dispatchEvent(new QuizErrorEvent(after ? after.errorDetail(error) : { kind: error.kind, message: this.#t.unavailable }));
      });
      return;
    }
    const bank = this.quiz.bank!;
    this.dispatchEvent(new QuizReadyEvent({ bankId: bank.id, title: bank.title, questionCount: this.quiz.questions.length }));
    // Fetched while the learner reads the start screen, so it is in before they need it.
    void this.#loadAfter();
    if (this.#studyMode) {
      if (this.#study) this.#study.open();
      else void this.#loadStudy();
    }
  }

  /** Styles of the lazy chunks, added to the element's own as each chunk arrives. */
  #chunkStyles: CSSResultOrNative[] = [];

  #addStyles(styles: readonly CSSResultOrNative[]): void {
    this.#chunkStyles.push(...styles);
    adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof LitElement).elementStyles, ...this.#chunkStyles]);
  }

  /**
   * Requests the study chunk (once) and opens the deck when it arrives. Its screens show once
   * the after chunk is in too (the feedback's strings and styles, the reader).
   */
  #loadStudy(): Promise<StudyScreens | null> {
    this.#studyLoading ??= Promise.all([loadStudyChunk(), loadAfterChunk()]).then(([{ StudyScreens, studyStyles }, views]) => {
      this.#addStyles([studyStyles]);
      // The player's strings come with the after chunk; whichever handler runs first sets them.
      this.#english ??= views.english;
      const study = new StudyScreens(this, () => ({
        ...this.#player(),
        openReader: (range, opener) => this.#openReader(range, opener),
        study: { tags: this.#used.tags, newPerDay: this.newPerDay },
      }), () => this.clock(), views);
      if (this.quiz.bank) study.open();
      this.#study = study;
      this.requestUpdate();
      return study;
    }, () => {
      this.#studyFailed = true;
      this.requestUpdate();
      return null;
    });
    return this.#studyLoading;
  }

  /** Requests the after screens' chunk (once) and sets them up when it arrives. */
  #loadAfter(): Promise<AfterScreens | null> {
    this.#afterLoading ??= loadAfterChunk().then(async ({ AfterScreens, afterStyles, english }) => {
      this.#addStyles(afterStyles);
      this.#english = english;
      const after = new AfterScreens(this, () => this.#player());
      this.#screens = after;
      this.#connectProgress();
      this.requestUpdate();
      // Rendered first, so a queued press finds what it acts on (the reader's dialog).
      await this.updateComplete;
      for (const action of this.#afterQueue.splice(0)) action(after);
      return after;
    }, () => {
      this.#afterFailed = true;
      this.#afterQueue = [];
      this.requestUpdate();
      return null;
    });
    return this.#afterLoading;
  }

  /** Does `action` with the after screens: now when they are in, else as soon as they arrive. */
  #withAfter(action: (after: AfterScreens) => void): void {
    if (this.#screens) return action(this.#screens);
    if (this.#afterFailed) return; // offline: nothing would ever run it (the screen says so)
    this.#afterQueue.push(action);
    this.requestUpdate();
    void this.#loadAfter();
  }

  /** What the after screens read and do, as of now. */
  #player(): Player {
    const used = this.#used;
    return {
      quiz: this.quiz,
      t: this.applyStrings(this.translation ?? this.#english!),
      lang: this.#bankLang,
      feedback: used.feedback,
      source: used.source,
      extend: used.extend,
      canTryAgain: this.#canStart,
      passMark: this.#passFraction,
      announce: (text) => this.#announce(text),
      focusAfterUpdate: (selector) => this.#focusAfterUpdate(selector),
      go: (index) => this.#go(index),
      keepWorking: () => this.#go(this.#confirmReturnIndex),
      reload: () => this.#reload(),
      tryAgain: () => this.#tryAgain(),
      start: () => this.start(),
      reset: () => this.reset(),
      shuffled: used.shuffle,
      persist: this.persist,
      storage: this.storage,
      notify: (text) => this.#notify(text),
    };
  }

  /** Whether storage holds anything under this bank's key (true when it cannot be asked: the after chunk says why). */
  #storedProgressExists(bankId: string): boolean {
    const key = storageKey({ bankId, path: location.pathname, persist: this.persist });
    try {
      return key !== null && (this.storage ?? localStorage).getItem(key) !== null;
    } catch {
      return true;
    }
  }

  /** The learner changed their progress: stored (once the after chunk that writes it is in), and the host told. */
  #saveProgress(): void {
    this.#unsaved = true;
    this.#connectProgress();
    void this.updateComplete.then(() => {
      if (this.quiz.snapshot) this.dispatchEvent(new QuizProgressEvent(structuredClone(this.quiz.snapshot)));
    });
  }

  /**
   * One sentence about saved progress, shown on the current screen (or `phase`; while the bank
   * loads, the start screen) and announced.
   */
  #notify(text: string, phase: Phase = this.quiz.phase === 'loading' ? 'start' : this.quiz.phase): void {
    this.notice = { text, phase };
    this.#announce(text);
  }

  /**
   * Also waits for the after chunk when what is on screen, or a press, waits for it: a test
   * (or a host) awaiting updateComplete sees the screen the learner will see. And for the
   * warnings' words, when a setting is not understood, so `warnings` is filled by then.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (this.#warningWordsLoading && !this.#wordWarnings) {
      await this.#warningWordsLoading;
      done = await super.getUpdateComplete();
    }
    if ((this.#waitingForAfter || this.#afterQueue.length > 0) && this.#afterLoading && !this.#screens) {
      await this.#afterLoading;
      done = await super.getUpdateComplete();
    }
    if (this.#studyLoading && !this.#study && !this.#studyFailed) {
      await this.#studyLoading;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // First connection, or back in the page after a removal aborted the load.
    if (this.quiz.phase === 'idle' || this.quiz.phase === 'loading') this.#reload();
    else this.#connectProgress();
  }

  /**
   * Saved progress follows the bank on screen, once the after chunk (which reads and writes it)
   * is in and while the element is in the page: bound to the bank's key, and what changed
   * before written. A removed element touches storage no more.
   */
  #connectProgress(): void {
    const bank = this.quiz.bank;
    if (!this.#screens || !bank || !this.isConnected) return;
    if (this.#progressBank !== bank) {
      this.#progressBank = bank;
      this.#screens.progress.bind(bank);
    }
    if (this.#unsaved) {
      this.#unsaved = false;
      this.#screens.progress.save();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('report')) this.#connectReporting();
    if (changed.has('lang') || changed.has('strings')) void this.#syncLanguage();
    if (changed.has('attempts') && this.#used.attempts !== undefined) void this.#loadAttempts();
    if (this.notice && this.notice.phase !== this.quiz.phase) this.notice = undefined; // said on the screen it was about
    if (this.#loadedFrom && (this.#loadedFrom.src !== this.src || this.#loadedFrom.bank !== this.bank || this.#loadedFrom.persist !== this.persist || this.#loadedFrom.mode !== this.mode)) {
      this.#reload();
    } else if (this.#study && this.quiz.bank && (changed.has('tags') || changed.has('newPerDay'))) {
      this.quiz.newAttempt(this.#settings(this.#attemptSeed));
      if (this.quiz.phase === 'start') this.#study.open();
    } else if ((this.quiz.phase === 'start' || (this.quiz.phase === 'error' && this.quiz.bank)) && (['seed', 'questions', 'count', 'tags', 'difficulty', 'shuffle'] as const).some((key) => changed.has(key))) {
      // Settings changed before the learner started: draw the attempt they now describe.
      this.#attemptSeed = this.seed || this.#attemptSeed;
      this.quiz.newAttempt(this.#settings(this.#attemptSeed));
    }
  }

  /**
   * Starts reporting as `report` says, after stopping what reported before. Events fired while
   * its chunk loads wait in `early`, and the chunk takes them over, so an early answer is kept.
   */
  #connectReporting(): void {
    void this.#reporting?.then((stop) => stop?.());
    const kind = this.report;
    if (!kind) return;
    const early: Event[] = [];
    const keep = (event: Event): unknown => early.push(event);
    for (const name of REPORTED_EVENTS) this.addEventListener(name, keep);
    const host: ReportingHost = { element: this, bank: () => this.quiz.bank, passMark: () => this.#passFraction };
    this.#reporting = loadReporting().then(({ connectReporting }) => connectReporting(kind, host, early, keep), () => {
      // Offline when the chunk was asked for: the quiz goes on, and the host page is told.
      for (const name of REPORTED_EVENTS) this.removeEventListener(name, keep);
      this.dispatchEvent(new QuizErrorEvent({ kind: 'lms', message: `report="${kind}": its code could not be loaded, so nothing is reported` }));
    });
  }

  protected override updated(): void {
    if (this.#settingProblems.length) {
      // Offline, the chunk fails to load: the quiz still uses what it read, without a word (as with `strings`).
      this.#warningWordsLoading ??= loadSettingWarnings().then(({ settingWarnings }) => {
        this.#wordWarnings = settingWarnings;
        this.requestUpdate();
      }, () => {});
    }
    for (const warning of this.warnings) {
      if (this.#warned.has(warning.message)) continue;
      this.#warned.add(warning.message);
      console.warn(`citequiz: ${warning.message}`);
    }
    if (this.#pendingFocus) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.#pendingFocus);
      // Not on screen until the after chunk arrives: focus waits on the "Loading…" line, never on <body>.
      if (target || !this.#waitingForAfter || this.#afterFailed || this.#studyFailed) this.#pendingFocus = undefined;
      (target ?? this.renderRoot.querySelector<HTMLElement>('#loading'))?.focus();
    }
  }

  #focusAfterUpdate(selector: string): void {
    this.#pendingFocus = selector;
    this.requestUpdate();
  }

  #announce(text: string): void {
    // Clearing first makes a repeated message ("Correct", "Correct") be read again.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }

  /**
   * Starts the attempt: the first question, and the clock if there is a time limit. An attempt
   * saved before (offered for Resume) is discarded: this is "Start over". Not in study mode.
   */
  start(): void {
    if (this.quiz.phase !== 'start' || this.#studyMode) return;
    if (!this.#canStart) {
      this.#focusAfterUpdate('#start-heading');
      return;
    }
    // Counted as it starts, so leaving halfway (or reloading) still uses the attempt.
    this.#attemptLimit?.recordStart(newSeed(Math.random));
    this.#screens?.timer.stop();
    const { timeLimit } = this.#used;
    this.quiz.start(timeLimit > 0 ? timeLimit : 0);
    // The clock is the after chunk's: a timed start keeps it waiting there until the chunk arrives.
    if (timeLimit > 0) this.#withAfter((after) => after.syncClock());
    this.#focusAfterUpdate('#question-heading');
  }

  /**
   * Submits the attempt now, without asking; fires quiz-answer for unchecked questions and
   * quiz-complete. Scoring is in the after chunk: when it cannot be fetched (offline), fires
   * quiz-error (kind `network`) instead and the attempt stays as it is.
   */
  submit(): void {
    if (this.#afterFailed) this.dispatchEvent(new QuizErrorEvent({ kind: 'network', message: this.#t.unavailable }));
    else this.#withAfter((after) => after.finish());
  }

  /** Back to the start screen with a new attempt (the same seed when `seed` is set); in study mode, to the session screen. */
  reset(): void {
    if (!this.quiz.bank) return;
    if (this.#study) {
      this.#screens?.closeReader();
      this.#study.endSession();
      return;
    }
    this.#screens?.timer.stop();
    this.#screens?.closeReader();
    this.#attemptSeed = this.seed || newSeed(Math.random);
    this.quiz.newAttempt(this.#settings(this.#attemptSeed));
    this.#focusAfterUpdate('#start-heading');
  }

  #check(planned: PlannedQuestion): void {
    if (!this.quiz.check(planned)) {
      this.#announce(this.#t.answerFirst);
      return;
    }
    // Focus goes on to the explanation that follows the verdict (kept on "Loading…" until the
    // feedback's chunk is in); the verdict and quiz-answer come from that chunk, which scores.
    this.#focusAfterUpdate('#feedback-why');
    const response = this.quiz.responseTo(planned);
    this.#withAfter((after) => after.checked(planned, response));
  }

  #go(index: number): void {
    this.quiz.goTo(index);
    this.#screens?.closeNavigator();
    this.#focusAfterUpdate('#question-heading');
  }

  /** Enter in a text box: what the visible primary button does (Check, else Next, else Submit answers). */
  #primaryAction(planned: PlannedQuestion): void {
    if (this.#used.feedback === 'immediate' && !this.quiz.checked(planned.question.id)) this.#check(planned);
    else if (this.quiz.index < this.quiz.questions.length - 1) this.#go(this.quiz.index + 1);
    else this.#askToSubmit();
  }

  #askToSubmit(): void {
    this.#confirmReturnIndex = this.quiz.index;
    this.quiz.confirm();
    this.#focusAfterUpdate('#confirm-heading');
  }

  #tryAgain(): void {
    this.#attemptSeed = newSeed(Math.random);
    this.quiz.newAttempt(this.#settings(this.#attemptSeed));
    this.start();
  }

  #openReader(range: TextRange | null, opener: HTMLElement): void {
    this.#withAfter((after) => after.openReader(range, opener));
  }

  /** A "Loading…" line where a lazy screen goes until its chunk is in (or why it is not). */
  #renderWaiting(failed = this.#afterFailed): TemplateResult {
    this.#waitingForAfter = true;
    void this.#loadAfter();
    return failed
      ? html`<p part="error" class="error" id="loading" tabindex="-1" role="alert">${this.#t.unavailable}</p>`
      : this.#renderLoading();
  }

  /** "Loading…", focusable: focus waits there for what is on its way. */
  #renderLoading(): TemplateResult {
    return html`<p class="loading" id="loading" tabindex="-1">${this.#t.loading}</p>`;
  }

  #renderStart(): TemplateResult {
    const { bank, plan } = this.quiz;
    const t = this.#t;
    const { timeLimit, source, attempts } = this.#used;
    const asked = this.quiz.questions.length;
    const { requested, narrowedBy } = plan!.selection;
    const standing = this.#standing;
    return html`<section class="start">
      <h2 id="start-heading" tabindex="-1" lang=${this.#bankLang}>${bank!.title}</h2>
      ${bank!.description ? html`<p lang=${this.#bankLang}>${bank!.description}</p>` : nothing}
      <dl class="facts">
        <div><dt>${t.source}</dt><dd lang=${this.#bankLang}>${bank!.source.url && source !== 'closed'
          ? html`<a href=${bank!.source.url} rel="noopener noreferrer" target="_blank">${bank!.source.title}</a>
              <span class="link-host">(${linkHost(bank!.source.url)})</span>`
          : bank!.source.title}${bank!.source.publisher ? html`, ${bank!.source.publisher}` : nothing}</dd></div>
      </dl>
      <ul class="meta">
        <li>${requested === undefined || requested <= asked
          ? t.questionCount(asked)
          : narrowedBy.length
            ? t.fewerMatch(asked, listOf(narrowedBy.map((setting) => t[`chosen.${setting}`]), t.and))
            : t.fewerInBank(asked)}</li>
        ${timeLimit > 0 ? html`<li>${t.timeLimit(timeLimit)}</li>` : nothing}
        <li>${t.passMark(Math.round(this.#passFraction * 100))}</li>
        ${standing ? this.#attemptLimit!.render(standing, attempts!, t) : nothing}
      </ul>
      ${this.#attemptsFailed
        ? html`<p part="error" class="error" role="alert">${t.unavailable}</p>`
        : this.#canStart
          ? this.#renderReturning()
          : nothing}
    </section>`;
  }

  /**
   * Start, or what the after chunk offers a returning learner once it has read storage. Start is
   * rendered at the same place by the same template before and after the chunk arrives, so a
   * keyboard learner's focus on it is never lost to <body>.
   */
  #renderReturning(): TemplateResult {
    const progress = this.#screens?.progress;
    const first = progress?.renderResume() ?? (!progress && this.#progressMayBeStored && !this.#afterFailed
      ? this.#renderWaiting()
      : html`<button type="button" part="button button--primary" class="primary" @click=${() => this.start()}>${this.#t.start}</button>`);
    return html`${progress?.renderNotes() ?? nothing}<div class="actions">${first}${progress?.renderPractise() ?? nothing}</div>`;
  }

  #renderQuestion(): TemplateResult {
    const planned = this.quiz.current!;
    const { question } = planned;
    const t = this.#t;
    const count = this.quiz.questions.length;
    const index = this.quiz.index;
    const checked = this.quiz.checked(question.id);
    const { feedback, source } = this.#used;
    return html`<div part="header" class="header">
        <h2 id="question-heading" tabindex="-1">${t.progress(index + 1, count)}</h2>
        ${this.#screens?.renderTimer() ?? nothing}
        ${source !== 'closed'
          ? html`<button type="button" part="button" class="link" @click=${(e: Event) => this.#openReader(null, e.currentTarget as HTMLElement)}>${t[`read.${this.quiz.bank!.source.kind}`]}</button>`
          : nothing}
      </div>
      <div class="progress-row">
        <progress part="progress" max=${count} .value=${index + 1} aria-label=${t.progress(index + 1, count)}></progress>
        ${this.#screens?.renderNavigatorToggle() ?? nothing}
      </div>
      ${this.#screens?.renderNavigator() ?? nothing}
      <form part="question" class="question" @submit=${(e: Event) => e.preventDefault()}>
        ${renderAnswerControls({
          planned,
          response: this.quiz.responseTo(planned),
          locked: checked,
          t,
          lang: this.#bankLang,
          respond: (response) => this.quiz.respond(question.id, response as SavedResponse),
          announce: (text) => this.#announce(text),
          focusAfterUpdate: (selector) => this.#focusAfterUpdate(selector),
          enter: () => this.#primaryAction(planned),
          mark: this.#screens?.choiceMark,
        })}
        ${question.hint && !checked ? html`<details class="hint"><summary>${t.hint}</summary><p lang=${this.#bankLang}>${question.hint}</p></details>` : nothing}
        ${feedback === 'immediate' && !checked
          ? html`<button type="button" part="button button--primary" class="primary" @click=${() => this.#check(planned)}>${t.check}</button>`
          : nothing}
      </form>
      ${checked ? (this.#screens?.renderFeedback(planned) ?? this.#renderWaiting()) : nothing}
      <div class="nav">
        <button type="button" part="button" ?disabled=${index === 0} @click=${() => this.#go(index - 1)}>${t.back}</button>
        ${index < count - 1 ? html`<button type="button" part="button" @click=${() => this.#go(index + 1)}>${t.next}</button>` : nothing}
        ${this.#screens?.renderFlag(question.id) ?? nothing}
        <button type="button" part="button ${index === count - 1 ? 'button--primary' : ''}" class=${index === count - 1 ? 'primary' : ''} @click=${() => this.#askToSubmit()}>${t.finish}</button>
      </div>`;
  }

  #renderPhase(): TemplateResult | typeof nothing {
    switch (this.quiz.phase) {
      case 'idle':
      case 'loading':
        return this.#renderLoading();
      case 'error':
        return this.#screens?.renderError() ?? this.#renderWaiting();
      case 'start':
        if (!this.#studyMode) return this.#renderStart();
        if (this.#study && this.#screens) return this.#study.render();
        void this.#loadStudy();
        return this.#renderWaiting(this.#afterFailed || this.#studyFailed);
      case 'question':
        return this.#renderQuestion();
      case 'confirm':
        return this.#screens?.renderConfirm() ?? this.#renderWaiting();
      case 'results':
        return this.#screens?.renderResults() ?? this.#renderWaiting();
    }
  }

  override render(): TemplateResult {
    this.#waitingForAfter = false;
    // Direction is inherited from the page through CSS; the styles use logical properties only.
    return html`<div part="base" class="base" lang=${this.#t.lang}>
      ${this.notice ? html`<p part="notice" class="notice">${this.notice.text}</p>` : nothing}
      ${this.#renderPhase()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.#screens?.renderReader() ?? nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cite-quiz': CiteQuiz;
  }
}
