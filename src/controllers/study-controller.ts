/**
 * Study mode's state on one element, bound to the engine's schedule (engine/schedule.ts): the
 * deck, the learner's progress (read from and saved to storage), the card on screen, its answer
 * and its score. The study view renders this state and turns the learner's actions into calls
 * here; what is due, how an answer scores and how it is graded are the engine's rules.
 */
import type { ReactiveControllerHost } from 'lit';
import { isAnswered, outcomeOf, scoreQuestion, type Bank, type PlannedQuestion, type Question, type QuestionScore } from '../engine/index.js';
import {
  cardOf, emptyProgress, exportProgress, gradeAdjustments, gradeOf, importProgress, mergeProgress, nextCard, planCard, previewDue, review,
  studyDeck, studySession, topicMastery, weakestQuestions,
  type GradeAdjustment, type ImportResult, type StudyGrade, type StudyProgress, type StudySession, type TopicMastery,
} from '../engine/schedule.js';

/** The part of the Web Storage API study mode uses: `localStorage`, or a host page's own. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Why progress is not being kept: storage cannot be used at all, is full, or held unreadable data. */
export type StorageProblem = { kind: 'unavailable' } | { kind: 'full' } | { kind: 'unreadable'; message: string };

export interface StudySettings {
  tags?: readonly string[] | undefined;
  difficulty?: readonly number[] | undefined;
  newPerDay?: number | undefined;
}

/** `session`: the overview (counts, mastery, weakest); `card`: a card being answered or graded. */
export type StudyPhase = 'session' | 'card';

/** Where a bank's study progress is kept: one key per bank, shared by every page that studies it. */
export const studyStorageKey = (bankId: string): string => `citequiz:study:${bankId}`;

/** Needs no lifecycle hooks: it only asks the host to render when its state changes. */
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

  /**
   * `now` is the clock (every date comes from it, so tests run days in milliseconds); `storage`
   * gives the storage to use, or throws or returns null when there is none.
   */
  constructor(
    private readonly host: Pick<ReactiveControllerHost, 'requestUpdate'>,
    private readonly now: () => number,
    private readonly storage: () => StorageLike | null,
  ) {}

  /** Starts studying `bank` with `settings`: its saved progress is read back, and the session screen shown. */
  open(bank: Bank, settings: StudySettings): void {
    this.bankId = bank.id;
    this.bankQuestionIds = bank.questions.map((q) => q.id);
    this.settings = settings;
    this.deck = studyDeck(bank, settings);
    this.progress = this.read() ?? emptyProgress(bank.id);
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
    this.score = scoreQuestion(this.current.question, this.response);
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

  private openStorage(): StorageLike | null {
    try {
      const storage = this.storage();
      if (!storage) this.storageProblem = { kind: 'unavailable' };
      return storage;
    } catch {
      this.storageProblem = { kind: 'unavailable' };
      return null;
    }
  }

  /** The saved progress, or null (with the reason in `storageProblem` when there was a problem). */
  private read(): StudyProgress | null {
    this.storageProblem = null;
    const storage = this.openStorage();
    let text: string | null = null;
    try {
      text = storage?.getItem(studyStorageKey(this.bankId)) ?? null;
    } catch {
      this.storageProblem = { kind: 'unavailable' };
    }
    if (text === null) return null;
    const result = importProgress(text, this.bankId, this.bankQuestionIds);
    if (result.ok) return result.progress;
    this.storageProblem = { kind: 'unreadable', message: result.message };
    return null;
  }

  /**
   * Saves, first taking in what another tab saved meanwhile (the later review of each card wins),
   * so two tabs studying the same bank do not undo each other.
   */
  private save(): void {
    const storage = this.openStorage();
    if (!storage) return;
    const key = studyStorageKey(this.bankId);
    try {
      const stored = storage.getItem(key);
      const theirs = stored === null ? null : importProgress(stored, this.bankId, this.bankQuestionIds);
      if (theirs?.ok) this.progress = mergeProgress(this.progress, theirs.progress);
      storage.setItem(key, exportProgress(this.progress));
      if (this.storageProblem?.kind !== 'unreadable') this.storageProblem = null;
    } catch (error) {
      this.storageProblem = { kind: (error as Error)?.name === 'QuotaExceededError' ? 'full' : 'unavailable' };
    }
  }
}
