/**
 * Study mode's state on one element, bound to the engine's schedule (engine/schedule.ts): the
 * deck, the learner's progress (read from and saved to storage), the card on screen, its answer
 * and its score. The study view renders this state and turns the learner's actions into calls
 * here; what is due, how an answer scores and how it is graded are the engine's rules.
 */
import type { ReactiveControllerHost } from 'lit';
import type { StorageController, StorageFault, StorageOptions, StoredCodec } from './storage-controller.js';
import { isAnswered, outcomeOf, type scoreQuestion, type Bank, type PlannedQuestion, type Question, type QuestionScore } from '../engine/index.js';
import {
  cardOf, emptyProgress, exportProgress, gradeAdjustments, gradeOf, importProgress, mergeProgress, nextCard, planCard, previewDue, review,
  studyDeck, studySession, topicMastery, weakestQuestions,
  type GradeAdjustment, type ImportResult, type StudyGrade, type StudyProgress, type StudySession, type TopicMastery,
} from '../engine/schedule.js';

/** Why saved progress is not in use: storage cannot be reached or is full, or held unreadable data. */
export type StorageProblem = { kind: StorageFault } | { kind: 'unreadable'; message: string };

/**
 * Study progress in storage: validated on the way in like an imported file, and merged card by
 * card with another tab's (the later review of each card wins).
 */
function studyCodec(bankId: string, questionIds: readonly string[]): StoredCodec<StudyProgress, string> {
  return {
    decode: (text) => {
      const read = importProgress(text, bankId, questionIds);
      return read.ok ? { ok: true, value: read.progress } : { ok: false, problem: read.message };
    },
    encode: (value) => JSON.stringify(value),
    merge: mergeProgress,
  };
}

export interface StudySettings {
  tags?: readonly string[] | undefined;
  difficulty?: readonly number[] | undefined;
  newPerDay?: number | undefined;
}

/** `session`: the overview (counts, mastery, weakest); `card`: a card being answered or graded. */
export type StudyPhase = 'session' | 'card';

export class StudyController {
  phase: StudyPhase = 'session';
  deck: Question[] = [];
  progress: StudyProgress = emptyProgress('');
  current: PlannedQuestion | null = null;
  response: unknown = undefined;
  /** The current card's score once checked; it is then graded. */
  score: QuestionScore | null = null;
  /** Studying ahead: due times and the daily limit are set aside until the session screen. */
  ahead = false;
  /** Why the card on screen is shown: new, due, studied ahead, or practised from the weakest. */
  kind: 'new' | 'due' | 'ahead' | 'practice' = 'due';
  storageProblem: StorageProblem | null = null;
  private settings: StudySettings = {};
  private bankId = '';
  /** Every question of the bank: progress keeps cards outside today's selection of tags. */
  private bankQuestionIds: string[] = [];

  private readonly storage: StorageController<StudyProgress>;

  /**
   * `now` is the clock: every date comes from it, so tests run days in milliseconds.
   * `createStorage` makes the storage controller and `scoreOf` is the engine's scoreQuestion: both
   * live in the after chunk, so they are handed in.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly now: () => number,
    createStorage: (options: StorageOptions<StudyProgress>) => StorageController<StudyProgress>,
    private readonly scoreOf: typeof scoreQuestion,
  ) {
    this.storage = createStorage({
      onFault: (kind) => {
        this.storageProblem = { kind };
        host.requestUpdate();
      },
      onExternalChange: (theirs) => {
        // Another tab studied: take its reviews in, and show them on the session screen.
        this.progress = mergeProgress(this.progress, theirs);
        host.requestUpdate();
      },
    });
  }

  /**
   * Starts studying `bank` with `settings` on the session screen, with the progress saved under
   * the bank, the page and `persist` ("off": nothing is saved).
   */
  open(bank: Bank, settings: StudySettings, persist: string): void {
    this.bankId = bank.id;
    this.bankQuestionIds = bank.questions.map((q) => q.id);
    this.settings = settings;
    this.deck = studyDeck(bank, settings);
    this.storageProblem = null;
    this.storage.bind({ bankId: bank.id, persist, kind: 'study' }, studyCodec(bank.id, this.bankQuestionIds));
    const saved = this.storage.read();
    if (saved.found && !saved.ok) this.storageProblem = { kind: 'unreadable', message: saved.problem };
    this.progress = saved.found && saved.ok ? saved.value : emptyProgress(bank.id);
    this.toSession();
  }

  get session(): StudySession {
    return studySession(this.deck, this.progress, this.now(), this.settings);
  }

  get mastery(): TopicMastery[] {
    return topicMastery(this.deck, this.progress, this.now());
  }

  get weakest(): { question: Question; mastery: number }[] {
    return weakestQuestions(this.deck, this.progress, this.now());
  }

  /** Whether a card is there to study now, on schedule. */
  get hasNext(): boolean {
    return nextCard(this.deck, this.progress, this.now(), this.settings) !== undefined;
  }

  /** Shows the next card (ahead of schedule when `ahead`); false, on the session screen, when none is left. */
  begin(ahead = false): boolean {
    this.ahead = ahead;
    const now = this.now();
    const question = nextCard(this.deck, this.progress, now, { ...this.settings, ahead });
    if (!question) {
      this.toSession();
      return false;
    }
    const card = cardOf(this.progress, question.id);
    this.show(question, !card ? 'new' : card.due > now ? 'ahead' : 'due');
    return true;
  }

  /** Practises one question now, whatever its schedule (from the weakest questions). */
  practise(questionId: string): void {
    const question = this.deck.find((q) => q.id === questionId);
    if (question) this.show(question, 'practice');
  }

  private show(question: Question, kind: StudyController['kind']): void {
    this.kind = kind;
    this.current = planCard(this.progress, question);
    this.response = undefined;
    this.score = null;
    this.phase = 'card';
    this.host.requestUpdate();
  }

  /**
   * Back to the session screen. A card already checked is graded as answered first: the answer
   * was given and scored, so it counts, as a checked question does in a quiz.
   */
  endSession(): void {
    if (this.score) this.grade();
    this.toSession();
  }

  toSession(): void {
    this.current = null;
    this.score = null;
    this.ahead = false;
    this.phase = 'session';
    this.host.requestUpdate();
  }

  respond(response: unknown): void {
    if (this.score || !this.current) return;
    this.response = response;
    this.host.requestUpdate();
  }

  /** Scores the card; null, and nothing locked, when it has no answer yet. */
  check(): QuestionScore | null {
    if (!this.current || this.score || !isAnswered(this.current.question, this.response)) return null;
    this.score = this.scoreOf(this.current.question, this.response);
    this.host.requestUpdate();
    return this.score;
  }

  /** The adjustments offered for the checked card ("It was easy", "I guessed"). */
  get adjustments(): GradeAdjustment[] {
    return this.score ? gradeAdjustments(outcomeOf(this.score)) : [];
  }

  /** The grade the checked card gets with `adjustment` (or as answered), and when it would come back. */
  gradeFor(adjustment?: GradeAdjustment): { grade: StudyGrade; due: number } | null {
    if (!this.score || !this.current) return null;
    const grade = gradeOf(outcomeOf(this.score), adjustment);
    return { grade, due: previewDue(this.progress, this.current.question.id, this.now())[grade] };
  }

  /** Records the checked card's grade, saves, and shows the next card (or the session screen). Returns the grade. */
  grade(adjustment?: GradeAdjustment): StudyGrade | null {
    const graded = this.gradeFor(adjustment);
    if (!graded || !this.score || !this.current) return null;
    const credit = this.score.maxScore > 0 ? this.score.score / this.score.maxScore : 0;
    this.progress = review(this.progress, this.current.question.id, { grade: graded.grade, credit }, this.now());
    this.save();
    this.begin(this.ahead);
    return graded.grade;
  }

  /** The progress as the text of a file. */
  exportText(): string {
    return exportProgress(this.progress);
  }

  /** Reads an exported file and puts it together with this progress (the later review of each card wins). */
  importText(text: string): ImportResult {
    const result = importProgress(text, this.bankId, this.bankQuestionIds);
    if (result.ok) {
      this.progress = mergeProgress(this.progress, result.progress);
      this.save();
      this.toSession();
    }
    return result;
  }

  /** Saves, taking in what another tab saved meanwhile. */
  private save(): void {
    this.progress = this.storage.save(this.progress);
  }
}
