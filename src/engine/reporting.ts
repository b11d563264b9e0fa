/**
 * Reporting a quiz to a course site: a scored question or a whole result turned into SCORM 1.2
 * and SCORM 2004 data-model values and xAPI statements. Pure: the clock and randomness (for
 * statement ids and registrations) are passed in, and the runtime adapters in src/reporting
 * only move these values to an LMS or an LRS.
 *
 * Interaction types: single and multiple are `choice`, true-false is `true-false`, match is
 * `matching`, order is `sequencing`, cloze is `fill-in`. Patterns follow each spec:
 * - SCORM 2004 and xAPI (the same format): choice `a[,]b`; true-false `true`; matching
 *   `source[.]target[,]source[.]target`; sequencing `a[,]b[,]c`; fill-in
 *   `{case_matters=false}believed[,]year` (one entry per blank, the first accepted answer; a
 *   response is the typed text alone, `believed[,]a year`).
 * - SCORM 1.2: identifiers are single characters (0-9, a-z), so choices, items, sources and
 *   targets are lettered in bank order (a, b, c, ...; see `letterOf`); choice `a,b`; true-false
 *   `t` or `f`; matching `a.b,b.c`; sequencing `a,b,c`; fill-in the text (255 characters).
 * Match targets have no ids in a bank: a pair's right-hand text is target `<pairId>-right`, the
 * n-th distractor `distractor-<n>`.
 */
import type { Question, QuestionOfType } from './schema.js';
import { responseEntry, roundScore, stringList } from './responses.js';

export type ScormVersion = '1.2' | '2004';
export type InteractionType = 'choice' | 'true-false' | 'matching' | 'sequencing' | 'fill-in';

/** A question as the learner left it: what they answered and what it scored. */
export interface AnsweredQuestion {
  question: Question;
  /** The response as `quiz-answer` reports it; null or undefined when unanswered. */
  response: unknown;
  score: number;
  maxScore: number;
  correct: boolean;
  /** When it was scored (ms since the epoch). */
  timestamp: number;
  /** Time spent on it, when known (ms). */
  latencyMs?: number | undefined;
}

/** The parts of a quiz result that a course site keeps. */
export interface ReportedResult {
  score: number;
  maxScore: number;
  /** score ÷ maxScore in [0, 1]. */
  scaled: number;
  passed: boolean;
  durationMs: number;
}

export type ScormValues = [element: string, value: string][];

const INTERACTION_TYPES: Record<Question['type'], InteractionType> = {
  single: 'choice',
  multiple: 'choice',
  'true-false': 'true-false',
  match: 'matching',
  order: 'sequencing',
  cloze: 'fill-in',
};

export function interactionTypeOf(question: Question): InteractionType {
  return INTERACTION_TYPES[question.type];
}

const round2 = (value: number): number => Math.round(value * 100) / 100;
const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

// ---------------------------------------------------------------------------------------------
// Times

/** SCORM 1.2 CMITimespan, HHHH:MM:SS.SS (hours capped at 9999). */
export function scorm12Time(ms: number): string {
  const hundredths = Math.min(Math.round(Math.max(0, ms) / 10), 9999 * 360_000 + 359_999);
  const hours = Math.floor(hundredths / 360_000);
  const minutes = Math.floor((hundredths % 360_000) / 6_000);
  const seconds = (hundredths % 6_000) / 100;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(hours).padStart(4, '0')}:${pad(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** An ISO 8601 duration (SCORM 2004 timeinterval, xAPI duration): `PT1H2M3.45S`, to the hundredth. */
export function isoDuration(ms: number): string {
  const hundredths = Math.round(Math.max(0, ms) / 10);
  const hours = Math.floor(hundredths / 360_000);
  const minutes = Math.floor((hundredths % 360_000) / 6_000);
  const seconds = (hundredths % 6_000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || (!hours && !minutes) ? `${seconds}S` : ''}`;
}

/** A SCORM 2004 time (second.fraction to the hundredth, UTC): `2026-11-28T04:21:25.12Z`. */
export function scorm2004Timestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/(\.\d\d)\dZ$/, '$1Z');
}

// ---------------------------------------------------------------------------------------------
// Patterns

/** SCORM 1.2's single-character identifier for the n-th option: a-z, then 0-9, then the id itself. */
export function letterOf(index: number, fallback: string): string {
  return index < 36 ? 'abcdefghijklmnopqrstuvwxyz0123456789'[index]! : fallback;
}

interface Target {
  id: string;
  text: string;
}

/** A match question's targets: each pair's right-hand text, then the distractors. */
export function matchTargets(question: QuestionOfType<'match'>): Target[] {
  return [
    ...question.pairs.map((pair) => ({ id: `${pair.id}-right`, text: pair.right })),
    ...(question.distractors ?? []).map((text, i) => ({ id: `distractor-${i + 1}`, text })),
  ];
}

/** Keeps a fill-in entry clear of the pattern's delimiters and within 250 characters. */
function fillInEntry(text: string): string {
  return text.replace(/\[[,.:]\]/g, ' ').replace(/^\{/, '(').slice(0, 250);
}


/**
 * The parts of a pattern, before joining: a list of identifiers (choice, sequencing, fill-in),
 * of source-target pairs (matching), or one boolean (true-false).
 */
type PatternParts = { kind: 'list'; items: string[] } | { kind: 'pairs'; pairs: [string, string][] } | { kind: 'boolean'; value: boolean | null };

function correctParts(question: Question): PatternParts {
  switch (question.type) {
    case 'single':
      return { kind: 'list', items: [question.answer] };
    case 'multiple':
      return { kind: 'list', items: [...question.answer] };
    case 'true-false':
      return { kind: 'boolean', value: question.answer };
    case 'match':
      return { kind: 'pairs', pairs: question.pairs.map((pair) => [pair.id, `${pair.id}-right`]) };
    case 'order':
      return { kind: 'list', items: question.items.map((item) => item.id) };
    case 'cloze':
      return { kind: 'list', items: question.blanks.map((blank) => fillInEntry(blank.accept[0]!)) };
  }
}

function responseParts(question: Question, response: unknown): PatternParts {
  switch (question.type) {
    case 'single':
      return { kind: 'list', items: typeof response === 'string' ? [response] : [] };
    case 'multiple': {
      // A set: in bank order, so the same picks always read the same.
      const picked = new Set(stringList(response));
      return { kind: 'list', items: question.choices.map((c) => c.id).filter((id) => picked.has(id)) };
    }
    case 'true-false':
      return { kind: 'boolean', value: typeof response === 'boolean' ? response : null };
    case 'match': {
      const targets = matchTargets(question);
      const pairs: [string, string][] = [];
      for (const pair of question.pairs) {
        const text = responseEntry(response, pair.id);
        const target = targets.find((t) => t.text === text);
        if (target) pairs.push([pair.id, target.id]);
      }
      return { kind: 'pairs', pairs };
    }
    case 'order':
      return { kind: 'list', items: stringList(response) };
    case 'cloze':
      return { kind: 'list', items: question.blanks.map((blank) => fillInEntry(responseEntry(response, blank.id) ?? '')) };
  }
}

/** The SCORM 2004 / xAPI form of a pattern: `[,]` between entries, `[.]` inside a pair. */
function joinPattern(parts: PatternParts): string {
  switch (parts.kind) {
    case 'list':
      return parts.items.join('[,]');
    case 'pairs':
      return parts.pairs.map(([source, target]) => `${source}[.]${target}`).join('[,]');
    case 'boolean':
      return parts.value === null ? '' : String(parts.value);
  }
}

/** The SCORM 1.2 form: options lettered in bank order, `,` between entries, `.` inside a pair. */
function joinPattern12(question: Question, parts: PatternParts): string {
  const lettered = (ids: readonly string[]) => (id: string): string => letterOf(ids.indexOf(id), id);
  switch (question.type) {
    case 'single':
    case 'multiple':
      return (parts as { items: string[] }).items.map(lettered(question.choices.map((c) => c.id))).join(',');
    case 'order':
      return (parts as { items: string[] }).items.map(lettered(question.items.map((item) => item.id))).join(',');
    case 'true-false': {
      const { value } = parts as { value: boolean | null };
      return value === null ? '' : value ? 't' : 'f';
    }
    case 'match': {
      const source = lettered(question.pairs.map((p) => p.id));
      const target = lettered(matchTargets(question).map((t) => t.id));
      return (parts as { pairs: [string, string][] }).pairs.map(([s, t]) => `${source(s)}.${target(t)}`).join(',');
    }
    case 'cloze':
      return (parts as { items: string[] }).items.join(',').slice(0, 255);
  }
}

/** The correct-response pattern in SCORM 2004 / xAPI format. */
export function correctPattern(question: Question): string {
  // Typed answers are compared ignoring case; only a correct pattern carries the delimiter.
  return (question.type === 'cloze' ? '{case_matters=false}' : '') + joinPattern(correctParts(question));
}

/** The learner's response in SCORM 2004 / xAPI format; "" when unanswered. */
export function responsePattern(question: Question, response: unknown): string {
  if (response === null || response === undefined) return '';
  return joinPattern(responseParts(question, response));
}

// ---------------------------------------------------------------------------------------------
// SCORM data-model values

/** `cmi.interactions.<index>.*` for one answered question, in the order an LMS expects them. */
export function scormInteractionValues(version: ScormVersion, index: number, answered: AnsweredQuestion): ScormValues {
  const { question, response } = answered;
  const prefix = `cmi.interactions.${index}.`;
  const answeredAtAll = response !== null && response !== undefined;
  if (version === '1.2') {
    const values: ScormValues = [
      [`${prefix}id`, question.id],
      [`${prefix}type`, interactionTypeOf(question)],
      [`${prefix}correct_responses.0.pattern`, joinPattern12(question, correctParts(question))],
      [`${prefix}weighting`, String(question.points)],
      [`${prefix}result`, answered.correct ? 'correct' : 'wrong'],
      [`${prefix}time`, new Date(answered.timestamp).toISOString().slice(11, 19)],
    ];
    if (answeredAtAll) values.splice(3, 0, [`${prefix}student_response`, joinPattern12(question, responseParts(question, response))]);
    if (answered.latencyMs !== undefined) values.push([`${prefix}latency`, scorm12Time(answered.latencyMs)]);
    return values;
  }
  const values: ScormValues = [
    [`${prefix}id`, question.id],
    [`${prefix}type`, interactionTypeOf(question)],
    [`${prefix}description`, question.prompt.slice(0, 250)],
    [`${prefix}correct_responses.0.pattern`, correctPattern(question)],
    [`${prefix}weighting`, String(question.points)],
    [`${prefix}result`, answered.correct ? 'correct' : 'incorrect'],
    [`${prefix}timestamp`, scorm2004Timestamp(answered.timestamp)],
  ];
  if (answeredAtAll) values.splice(4, 0, [`${prefix}learner_response`, responsePattern(question, response)]);
  if (answered.latencyMs !== undefined) values.push([`${prefix}latency`, isoDuration(answered.latencyMs)]);
  return values;
}

/**
 * The pass threshold as a fraction: the LMS's when it sets one (1.2 `mastery_score`, 0 to 100;
 * 2004 `scaled_passing_score`, 0 to 1, given here already as a fraction), else the quiz's.
 */
export function passThreshold(lmsThreshold: string, version: ScormVersion, quizPassMark: number): number {
  const value = lmsThreshold.trim() === '' ? NaN : Number(lmsThreshold);
  if (!Number.isFinite(value)) return quizPassMark;
  return clamp(version === '1.2' ? value / 100 : value, 0, 1);
}

/** Score and status for a finished attempt; `threshold` is the fraction needed to pass (see `passThreshold`). */
export function scormResultValues(version: ScormVersion, result: Pick<ReportedResult, 'score' | 'maxScore'>, threshold: number): ScormValues {
  const scaled = clamp(result.maxScore > 0 ? result.score / result.maxScore : 0, 0, 1);
  const passed = result.maxScore > 0 && scaled >= threshold;
  if (version === '1.2') {
    return [
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', String(round2(scaled * 100))],
      ['cmi.core.lesson_status', passed ? 'passed' : 'failed'],
    ];
  }
  return [
    ['cmi.score.min', '0'],
    ['cmi.score.max', String(result.maxScore)],
    ['cmi.score.raw', String(clamp(result.score, 0, result.maxScore))],
    ['cmi.score.scaled', String(roundScore(scaled))],
    ['cmi.completion_status', 'completed'],
    ['cmi.success_status', passed ? 'passed' : 'failed'],
  ];
}

/** The status of a session just begun, set only when the LMS has none yet (`not attempted`). */
export function scormStartValues(version: ScormVersion): ScormValues {
  return version === '1.2' ? [['cmi.core.lesson_status', 'incomplete']] : [['cmi.completion_status', 'incomplete']];
}

/**
 * Time and exit for the session: `finished` (the attempt was submitted) exits normally, otherwise
 * `suspend`, so the LMS keeps suspend_data for the next launch.
 */
export function scormExitValues(version: ScormVersion, finished: boolean, sessionMs: number): ScormValues {
  return version === '1.2'
    ? [['cmi.core.session_time', scorm12Time(sessionMs)], ['cmi.core.exit', finished ? '' : 'suspend']]
    : [['cmi.session_time', isoDuration(sessionMs)], ['cmi.exit', finished ? 'normal' : 'suspend']];
}

/** Where the learner is: the question's position in the attempt, from 1 (`index` from 0). */
export function scormLocationValues(version: ScormVersion, index: number): ScormValues {
  return [[version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location', String(index + 1)]];
}

/** The largest `cmi.suspend_data` each version guarantees. */
export const SUSPEND_DATA_LIMIT: Record<ScormVersion, number> = { '1.2': 4096, '2004': 64_000 };

// ---------------------------------------------------------------------------------------------
// xAPI statements

export const VERBS = {
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;
export type VerbName = keyof typeof VERBS;

const ACTIVITY_TYPES = {
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
} as const;

/** An xAPI statement as sent: plain JSON. */
export type Statement = Record<string, unknown> & { id: string; verb: { id: string; display: LanguageMap } };

/** A version 4 UUID from a source of floats in [0, 1). */
export function uuidFrom(random: () => number): string {
  const bytes = Array.from({ length: 16 }, () => Math.floor(random() * 256) & 0xff);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The quiz's activity id: the `activity-id` base when given, else one derived from the bank id
 * (`urn:citequiz:bank:<id>`), so every launch of one bank reports to the same activity.
 */
export function quizActivityId(bankId: string, base?: string): string {
  return base?.trim() ? base.trim().replace(/\/+$/, '') : `urn:citequiz:bank:${encodeURIComponent(bankId)}`;
}

/** A question's activity id under the quiz's: `<quiz>/questions/<question id>`. */
export function questionActivityId(quizId: string, questionId: string): string {
  return `${quizId}/questions/${encodeURIComponent(questionId)}`;
}

/** What every statement of one attempt shares. */
export interface StatementContext {
  /** An xAPI Agent (or Group): given by the host page or the cmi5 launch, never made up. */
  actor: Record<string, unknown>;
  /** A UUID for this attempt (cmi5: the launch's registration). */
  registration: string;
  /** The quiz's activity id (see `quizActivityId`). */
  quizId: string;
  bank: { title: string; language: string };
  /** Context every statement carries (cmi5's context template); merged under our own. */
  contextTemplate?: Record<string, unknown> | undefined;
  now: () => number;
  random: () => number;
}

type LanguageMap = Record<string, string>;

/**
 * Our context over a template's (cmi5's context template): context activities and extensions are
 * added to the template's, everything else is ours. The template is not changed.
 */
function mergeContext(template: Record<string, unknown> | undefined, own: Record<string, unknown>): Record<string, unknown> {
  const base = JSON.parse(JSON.stringify(template ?? {})) as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...base, ...own };
  const baseActivities = (base['contextActivities'] ?? {}) as Record<string, unknown[]>;
  const ownActivities = (own['contextActivities'] ?? {}) as Record<string, unknown[]>;
  const keys = new Set([...Object.keys(baseActivities), ...Object.keys(ownActivities)]);
  if (keys.size) {
    merged['contextActivities'] = Object.fromEntries([...keys].map((key) => [key, [...(baseActivities[key] ?? []), ...(ownActivities[key] ?? [])]]));
  }
  if (base['extensions'] || own['extensions']) merged['extensions'] = { ...(base['extensions'] as object), ...(own['extensions'] as object) };
  return merged;
}

function statement(context: StatementContext, verb: VerbName, object: Record<string, unknown>, result: Record<string, unknown> | undefined, ownContext: Record<string, unknown>): Statement {
  const lang = context.bank.language;
  return {
    id: uuidFrom(context.random),
    actor: context.actor,
    verb: { id: VERBS[verb], display: { 'en-US': verb } },
    object: { objectType: 'Activity', ...object },
    ...(result ? { result } : {}),
    context: mergeContext(context.contextTemplate, { registration: context.registration, language: lang, ...ownContext }),
    timestamp: new Date(context.now()).toISOString(),
  };
}

function quizObject(context: StatementContext): Record<string, unknown> {
  return {
    id: context.quizId,
    definition: { type: ACTIVITY_TYPES.assessment, name: { [context.bank.language]: context.bank.title } },
  };
}

/** The interaction components of a question's definition: choices, or source and target (fill-in has none). */
function interactionComponents(question: Question, lang: string): Record<string, { id: string; description: LanguageMap }[]> {
  const component = (id: string, text: string) => ({ id, description: { [lang]: text } });
  switch (question.type) {
    case 'single':
    case 'multiple':
      return { choices: question.choices.map((c) => component(c.id, c.text)) };
    case 'order':
      return { choices: question.items.map((item) => component(item.id, item.text)) };
    case 'match':
      return {
        source: question.pairs.map((p) => component(p.id, p.left)),
        target: matchTargets(question).map((t) => component(t.id, t.text)),
      };
    case 'true-false':
    case 'cloze':
      return {};
  }
}

/**
 * `answered` for one question: the question as a cmi.interaction activity (under the quiz) with
 * its pattern and components, and the learner's response, success, score and duration.
 */
export function answeredStatement(context: StatementContext, answered: AnsweredQuestion): Statement {
  const { question } = answered;
  const lang = context.bank.language;
  const description = question.type === 'cloze' ? `${question.prompt} ${question.text}` : question.prompt;
  return statement(context, 'answered', {
    id: questionActivityId(context.quizId, question.id),
    definition: {
      type: ACTIVITY_TYPES.interaction,
      name: { [lang]: question.prompt },
      description: { [lang]: description },
      interactionType: interactionTypeOf(question),
      correctResponsesPattern: [correctPattern(question)],
      ...interactionComponents(question, lang),
    },
  }, {
    response: responsePattern(question, answered.response),
    success: answered.correct,
    score: scoreOf(answered.score, answered.maxScore),
    ...(answered.latencyMs !== undefined ? { duration: isoDuration(answered.latencyMs) } : {}),
  }, { contextActivities: { parent: [quizObject(context)] } });
}

function scoreOf(score: number, maxScore: number): Record<string, number> {
  const raw = clamp(score, 0, maxScore);
  return { scaled: maxScore > 0 ? roundScore(raw / maxScore) : 0, raw, min: 0, max: maxScore };
}

/** `completed` for the quiz, with the score and the time taken. */
export function completedStatement(context: StatementContext, result: ReportedResult, extraContext: Record<string, unknown> = {}): Statement {
  return statement(context, 'completed', quizObject(context), {
    score: scoreOf(result.score, result.maxScore),
    completion: true,
    duration: isoDuration(result.durationMs),
  }, extraContext);
}

/** `passed` or `failed` for the quiz, against the threshold `passed` was judged by. */
export function verdictStatement(context: StatementContext, result: ReportedResult, extraContext: Record<string, unknown> = {}): Statement {
  return statement(context, result.passed ? 'passed' : 'failed', quizObject(context), {
    score: scoreOf(result.score, result.maxScore),
    success: result.passed,
    completion: true,
    duration: isoDuration(result.durationMs),
  }, extraContext);
}

/** A statement with only a verb and the quiz (cmi5's initialized and terminated). */
export function quizStatement(context: StatementContext, verb: 'initialized' | 'terminated', extraContext: Record<string, unknown> = {}, durationMs?: number): Statement {
  return statement(context, verb, quizObject(context), durationMs === undefined ? undefined : { duration: isoDuration(durationMs) }, extraContext);
}
