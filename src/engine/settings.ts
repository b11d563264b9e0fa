/**
 * A quiz's settings as a teacher writes them: attributes of <cite-quiz>, parameters of a URL
 * query, or the builder's JSON. One function reads every value, so each is understood the same
 * way everywhere, and what cannot be understood is never dropped silently: it is listed as a
 * problem (the attribute, the value, what is used instead and why), which settings-warnings.ts
 * puts into words. The player carries this module in its entry and loads the words only when a
 * page has a problem, so a quiz whose attributes are all valid pays only for reading them.
 */
import type { AttemptPlan } from './attempt.js';
import type { SETTING_ATTRIBUTES } from './settings-attributes.js';

// The keywords each setting takes; the first is the default.
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

/**
 * A setting's attribute name (also its URL query parameter). The names are listed once, in
 * settings-attributes.ts, with the builder's writing (the player never needs the list).
 */
export type SettingAttribute = (typeof SETTING_ATTRIBUTES)[keyof QuizSettings];

/** Percent of the points needed to pass when `pass-mark` does not say. */
const DEFAULT_PASS_MARK = 60;

/** A value as it may arrive: an attribute's text, or a property set from script. */
export type SettingValue = string | number | boolean | readonly (string | number)[] | null | undefined;

/** Why a value is not used as given: each is one sentence of settings-warnings.ts. */
export type SettingProblemKind =
  | 'keyword' | 'whole-number' | 'percent' | 'over-100' | 'fraction' | 'duration' | 'difficulty' | 'repeated'
  | 'language' | 'needs-time-limit' | 'not-in-bank' | 'no-such-tag' | 'too-few';

/** A value that could not be understood (or, with the bank, not wholly used), without words. */
export interface SettingProblem {
  attribute: SettingAttribute;
  /** The value as given. */
  value: string;
  /** What is used instead, as an attribute value would say it ("60", "" for nothing). */
  used: string;
  kind: SettingProblemKind;
  /** What the warning names: the keywords allowed, or the items at fault. */
  items?: readonly string[] | undefined;
}

export interface SettingsRead {
  settings: QuizSettings;
  problems: SettingProblem[];
}

/** Two or three letters, then subtags: the shape of a BCP 47 tag such as "en" or "fr-CA". */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const WHOLE_NUMBER = /^\d+$/;

function asText(value: SettingValue): string {
  if (value == null || typeof value === 'boolean') return '';
  return Array.isArray(value) ? value.join(' ') : String(value).trim();
}

/** Items separated by spaces or commas (a teacher writes either). */
const listItems = (text: string): string[] => text.split(/[\s,]+/).filter(Boolean);

/** Items separated by spaces or commas, without repeats. */
export function splitList(text: string): string[] {
  return [...new Set(listItems(text))];
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
 * and arrays are accepted too). Missing or empty values take the default without a word
 * (DEFAULT_SETTINGS is what it reads from nothing); values that cannot be understood take one
 * too, and are listed as problems. Keywords are case-insensitive; lists are separated by spaces
 * or commas. Names it does not know (such as `src`) are ignored. `parseSettings`
 * (settings-warnings.ts) is this with the problems put into words.
 */
export function readSettings(attributes: Readonly<Partial<Record<SettingAttribute, SettingValue>>>): SettingsRead {
  const problems: SettingProblem[] = [];
  const problem = (attribute: SettingAttribute, value: string, kind: SettingProblemKind, used: string, items?: readonly string[]): void => {
    problems.push({ attribute, value, used, kind, items });
  };
  const text = (attribute: SettingAttribute) => asText(attributes[attribute]);

  /** One of `allowed`, whatever its case; else the first, which is the default. */
  function keyword<T extends string>(attribute: SettingAttribute, allowed: readonly [T, ...T[]]): T {
    const value = text(attribute);
    const match = allowed.find((word) => word === value.toLowerCase());
    if (value && !match) problem(attribute, value, 'keyword', allowed[0], allowed);
    return match ?? allowed[0];
  }

  function positiveWhole(attribute: SettingAttribute): number | undefined {
    const value = text(attribute);
    if (!value || /^(all|unlimited)$/i.test(value)) return undefined;
    if (WHOLE_NUMBER.test(value) && Number(value) > 0) return Number(value);
    problem(attribute, value, 'whole-number', '');
    return undefined;
  }

  function passMark(): number {
    const value = text('pass-mark');
    const parts = /^(\d+(?:\.\d+)?|\.\d+)\s*%?$/.exec(value);
    if (!parts) {
      if (value) problem('pass-mark', value, 'percent', String(DEFAULT_PASS_MARK));
      return DEFAULT_PASS_MARK;
    }
    const percent = Number(parts[1]);
    if (percent > 100) {
      problem('pass-mark', value, 'over-100', '100');
      return 100;
    }
    // Not refused (0.5% is a possible pass mark), but almost surely a fraction meant as a percent.
    if (percent > 0 && percent < 1 && !value.includes('%')) problem('pass-mark', value, 'fraction', String(percent));
    return percent;
  }

  function timeLimit(): number {
    const value = text('time-limit');
    if (!value || value.toLowerCase() === 'none') return 0;
    const seconds = parseDuration(value);
    if (seconds === null) problem('time-limit', value, 'duration', '0');
    return seconds ?? 0;
  }

  function difficulty(): number[] {
    const value = text('difficulty');
    const words = splitList(value);
    const unknown = words.filter((word) => !WHOLE_NUMBER.test(word) || !(DIFFICULTIES as readonly number[]).includes(Number(word)));
    const used = [...new Set(words.filter((word) => !unknown.includes(word)).map(Number))].sort((a, b) => a - b);
    if (unknown.length) problem('difficulty', value, 'difficulty', used.join(' '), unknown);
    return used;
  }

  function questions(): string[] {
    const value = text('questions');
    const words = listItems(value);
    const ids = splitList(value);
    const repeated = [...new Set(words.filter((word, i) => words.indexOf(word) !== i))];
    if (repeated.length) problem('questions', value, 'repeated', ids.join(' '), repeated);
    return ids;
  }

  function lang(): string {
    const value = text('lang');
    if (!value || LANGUAGE_TAG.test(value)) return value;
    problem('lang', value, 'language', '');
    return '';
  }

  const settings: QuizSettings = {
    seed: text('seed'),
    questions: questions(),
    count: positiveWhole('count'),
    tags: splitList(text('tags')),
    difficulty: difficulty(),
    shuffle: keyword('shuffle', SHUFFLE_MODES) === 'all',
    feedback: keyword('feedback', FEEDBACK_MODES),
    passMark: passMark(),
    timeLimit: timeLimit(),
    extend: keyword('extend', EXTEND_MODES),
    attempts: positiveWhole('attempts'),
    source: keyword('source', SOURCE_ACCESS),
    lang: lang(),
    theme: keyword('theme', THEMES),
  };
  if (settings.extend === 'none' && !settings.timeLimit) problem('extend', text('extend'), 'needs-time-limit', 'none');
  return { settings, problems };
}

/** Items of a list setting that the bank does not have: the rest are used. */
function unknownItems(attribute: 'questions' | 'tags', listed: readonly string[], unknown: readonly string[], kind: SettingProblemKind): SettingProblem {
  const used = listed.filter((item) => !unknown.includes(item)).join(' ');
  return { attribute, value: listed.join(' '), used, kind, items: unknown };
}

/**
 * Problems that need the bank: ids in `questions` and tags in `tags` it does not have, and a
 * `count` larger than the questions that match.
 */
export function selectionProblems(settings: QuizSettings, plan: AttemptPlan): SettingProblem[] {
  const { unknownQuestionIds, unknownTags, requested, matching } = plan.selection;
  const problems: SettingProblem[] = [];
  if (unknownQuestionIds.length) problems.push(unknownItems('questions', settings.questions, unknownQuestionIds, 'not-in-bank'));
  if (unknownTags.length) problems.push(unknownItems('tags', settings.tags, unknownTags, 'no-such-tag'));
  if (requested !== undefined && requested > matching) problems.push({ attribute: 'count', value: String(requested), used: String(matching), kind: 'too-few' });
  return problems;
}
