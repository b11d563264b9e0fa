/**
 * A quiz's settings as a teacher writes them: attributes of <cite-quiz>, parameters of a URL
 * query, or the builder's JSON. One function reads every value, so each is understood the same
 * way everywhere, and what cannot be understood is never dropped silently: it gives a warning
 * naming the attribute, the value and what is used instead.
 */
import type { AttemptPlan } from './attempt.js';

export const FEEDBACK_MODES = ['immediate', 'end', 'none'] as const;
export const SOURCE_ACCESS = ['open', 'closed'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
export const EXTEND_MODES = ['allowed', 'none'] as const;
export const SHUFFLE_MODES = ['all', 'none'] as const;
export const DIFFICULTIES = [1, 2, 3] as const;

export type FeedbackMode = (typeof FEEDBACK_MODES)[number];
export type SourceAccess = (typeof SOURCE_ACCESS)[number];
export type Theme = (typeof THEMES)[number];
export type ExtendMode = (typeof EXTEND_MODES)[number];

export interface QuizSettings {
  /** Reproduces selection and order; empty: each attempt draws its own. */
  seed: string;
  /** Ask this many questions, drawn from those that match; undefined: all of them. */
  count: number | undefined;
  /** Only questions having one of these tags; empty: any. */
  tags: string[];
  /** Only these questions, in this order unless shuffled; empty: any. */
  questions: string[];
  /** Only questions of these difficulties; empty: any. */
  difficulty: number[];
  /** Shuffle questions and choices; false keeps the bank's (or `questions`') order. */
  shuffle: boolean;
  feedback: FeedbackMode;
  /** Percent of the points needed to pass, 0 to 100. */
  passMark: number;
  /** Seconds for the whole quiz; 0: no limit. */
  timeLimit: number;
  /** `none`: the learner cannot add time or turn the limit off (an essential limit). */
  extend: ExtendMode;
  /** Attempts allowed per learner; undefined: no limit. */
  attempts: number | undefined;
  source: SourceAccess;
  theme: Theme;
  /** The interface language (BCP 47); empty: the page's. */
  lang: string;
}

export const DEFAULT_SETTINGS: Readonly<QuizSettings> = Object.freeze({
  seed: '',
  count: undefined,
  tags: [],
  questions: [],
  difficulty: [],
  shuffle: true,
  feedback: 'immediate',
  passMark: 60,
  timeLimit: 0,
  extend: 'allowed',
  attempts: undefined,
  source: 'open',
  theme: 'auto',
  lang: '',
});

/** Each setting's attribute name (also its URL query parameter), in the order they are written out. */
export const SETTING_ATTRIBUTES = {
  seed: 'seed',
  questions: 'questions',
  count: 'count',
  tags: 'tags',
  difficulty: 'difficulty',
  shuffle: 'shuffle',
  feedback: 'feedback',
  passMark: 'pass-mark',
  timeLimit: 'time-limit',
  extend: 'extend',
  attempts: 'attempts',
  source: 'source',
  lang: 'lang',
  theme: 'theme',
} as const satisfies Record<keyof QuizSettings, string>;

export type SettingAttribute = (typeof SETTING_ATTRIBUTES)[keyof QuizSettings];

/** A value as it may arrive: an attribute's text, or a property set from script. */
export type SettingValue = string | number | boolean | readonly (string | number)[] | null | undefined;

export interface SettingWarning {
  attribute: SettingAttribute;
  /** The value as given. */
  value: string;
  /** What is used instead, as an attribute value would say it ("60", "all questions"). */
  used: string;
  /** The whole warning, in English (for the teacher, like the validator's messages). */
  message: string;
}

export interface ParsedSettings {
  settings: QuizSettings;
  warnings: SettingWarning[];
}

/** Two or three letters, then subtags: the shape of a BCP 47 tag such as "en" or "fr-CA". */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const WHOLE_NUMBER = /^\d+$/;

function asText(value: SettingValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value === true) return '';
  return Array.isArray(value) ? value.join(' ') : String(value).trim();
}

/** Items separated by spaces or commas (a teacher writes either), without repeats. */
export function splitList(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).filter(Boolean))];
}

/** Seconds from `900`, `15:00` (mm:ss) or `1:30:00` (h:mm:ss); null when it is none of them. */
export function parseDuration(text: string): number | null {
  if (WHOLE_NUMBER.test(text)) return Number(text);
  const parts = /^(\d+):(\d{1,2})(?::(\d{1,2}))?$/.exec(text);
  if (!parts) return null;
  const numbers = parts.slice(1).filter((p) => p !== undefined).map(Number);
  // Every part after the first is minutes or seconds, so under 60.
  if (numbers.slice(1).some((n) => n >= 60)) return null;
  return numbers.reduce((total, n) => total * 60 + n, 0);
}

/**
 * Reads every setting from attribute values (or URL query parameters, or properties: numbers
 * and arrays are accepted too). Missing or empty values take the default without a word;
 * values that cannot be understood take one too, with a warning. Keywords are case-insensitive;
 * lists are separated by spaces or commas. Names it does not know (such as `src`) are ignored.
 */
export function parseSettings(attributes: Readonly<Partial<Record<SettingAttribute, SettingValue>>>): ParsedSettings {
  const warnings: SettingWarning[] = [];
  const warn = (attribute: SettingAttribute, value: string, problem: string, used: string, usedText = used): void => {
    warnings.push({ attribute, value, used, message: `${attribute}="${value}" ${problem}; using ${usedText}` });
  };
  const text = (attribute: SettingAttribute) => asText(attributes[attribute]);

  function keyword<T extends string>(attribute: SettingAttribute, allowed: readonly T[], fallback: T): T {
    const value = text(attribute);
    if (!value) return fallback;
    const match = allowed.find((word) => word === value.toLowerCase());
    if (match) return match;
    warn(attribute, value, `is not one of ${allowed.join(', ')}`, fallback);
    return fallback;
  }

  function positiveWhole(attribute: SettingAttribute, none: string): number | undefined {
    const value = text(attribute);
    if (!value || value.toLowerCase() === 'all' || value.toLowerCase() === 'unlimited') return undefined;
    if (WHOLE_NUMBER.test(value) && Number(value) > 0) return Number(value);
    warn(attribute, value, 'is not a whole number above 0', '', none);
    return undefined;
  }

  function passMark(): number {
    const value = text('pass-mark');
    if (!value) return DEFAULT_SETTINGS.passMark;
    const parts = /^(\d+(?:\.\d+)?|\.\d+)\s*%?$/.exec(value);
    if (!parts) {
      warn('pass-mark', value, 'is not a percent (write 80 or 80%)', String(DEFAULT_SETTINGS.passMark));
      return DEFAULT_SETTINGS.passMark;
    }
    const percent = Number(parts[1]);
    if (percent > 100) {
      warn('pass-mark', value, 'is over 100%', '100');
      return 100;
    }
    // Not refused (0.5% is a possible pass mark), but almost surely a fraction meant as a percent.
    if (percent > 0 && percent < 1 && !value.includes('%')) {
      const meant = Math.round(percent * 10_000) / 100;
      warn('pass-mark', value, `is read as ${percent}% (for ${meant}% write ${meant})`, String(percent));
    }
    return percent;
  }

  function timeLimit(): number {
    const value = text('time-limit');
    if (!value || value.toLowerCase() === 'none') return 0;
    const seconds = parseDuration(value);
    if (seconds === null) warn('time-limit', value, 'is not seconds, mm:ss or h:mm:ss (900 or 15:00)', '0', 'no time limit');
    return seconds ?? 0;
  }

  function difficulty(): number[] {
    const value = text('difficulty');
    const words = splitList(value);
    const known = words.filter((word) => (DIFFICULTIES as readonly number[]).includes(Number(word)) && WHOLE_NUMBER.test(word));
    const unknown = words.filter((word) => !known.includes(word));
    const used = [...new Set(known.map(Number))].sort((a, b) => a - b);
    if (unknown.length) {
      warn('difficulty', value, `names ${unknown.join(', ')}, not a difficulty (1, 2 or 3)`, used.join(' '), used.length ? `difficulty ${used.join(' ')}` : 'every difficulty');
    }
    return used;
  }

  function questions(): string[] {
    const value = text('questions');
    const words = value.split(/[\s,]+/).filter(Boolean);
    const ids = splitList(value);
    const repeated = [...new Set(words.filter((word, i) => words.indexOf(word) !== i))];
    if (repeated.length) warn('questions', value, `names ${repeated.join(', ')} more than once`, ids.join(' '), 'each once');
    return ids;
  }

  function lang(): string {
    const value = text('lang');
    if (!value || LANGUAGE_TAG.test(value)) return value;
    warn('lang', value, 'is not a language tag such as en or fr-CA', '', "the page's language");
    return '';
  }

  const settings: QuizSettings = {
    seed: text('seed'),
    questions: questions(),
    count: positiveWhole('count', 'every question that matches'),
    tags: splitList(text('tags')),
    difficulty: difficulty(),
    shuffle: keyword('shuffle', SHUFFLE_MODES, 'all') === 'all',
    feedback: keyword('feedback', FEEDBACK_MODES, DEFAULT_SETTINGS.feedback),
    passMark: passMark(),
    timeLimit: timeLimit(),
    extend: keyword('extend', EXTEND_MODES, DEFAULT_SETTINGS.extend),
    attempts: positiveWhole('attempts', 'no limit'),
    source: keyword('source', SOURCE_ACCESS, DEFAULT_SETTINGS.source),
    lang: lang(),
    theme: keyword('theme', THEMES, DEFAULT_SETTINGS.theme),
  };
  if (settings.extend === 'none' && !settings.timeLimit) {
    warn('extend', text('extend'), 'applies only with a time-limit, and there is none', 'none', 'no time limit');
  }
  return { settings, warnings };
}

/** A warning for items of a list setting that the bank does not have: the rest are used. */
function unknownItems(attribute: 'questions' | 'tags', listed: readonly string[], unknown: readonly string[], problem: string): SettingWarning {
  const value = listed.join(' ');
  const used = listed.filter((item) => !unknown.includes(item)).join(' ');
  return {
    attribute, value, used,
    message: `${attribute}="${value}" names ${unknown.join(', ')}, ${problem}; using ${used || 'none, so no question matches'}`,
  };
}

/**
 * Warnings that need the bank: ids in `questions` and tags in `tags` it does not have, and a
 * `count` larger than the questions that match.
 */
export function selectionWarnings(settings: QuizSettings, plan: AttemptPlan): SettingWarning[] {
  const { unknownQuestionIds, unknownTags, requested, matching } = plan.selection;
  const warnings: SettingWarning[] = [];
  if (unknownQuestionIds.length) warnings.push(unknownItems('questions', settings.questions, unknownQuestionIds, 'not in the bank'));
  if (unknownTags.length) warnings.push(unknownItems('tags', settings.tags, unknownTags, 'which no question has'));
  if (requested !== undefined && requested > matching) {
    warnings.push({
      attribute: 'count', value: String(requested), used: String(matching),
      message: `count="${requested}" asks for more than the ${matching} questions that match; using ${matching}`,
    });
  }
  return warnings;
}
