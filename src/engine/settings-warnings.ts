/**
 * Settings' problems put into words: every warning a teacher reads about an attribute. The
 * player imports this module only when some setting is not understood (so a quiz whose
 * attributes are all valid never downloads it); the engine's index exports `parseSettings`
 * (reading and wording in one call) for Node and other callers. The rules are settings.ts's; this module only words them.
 */
import type { AttemptPlan } from './attempt.js';
import { readSettings, selectionProblems, type QuizSettings, type SettingAttribute, type SettingProblem, type SettingValue } from './settings.js';

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

/** What is wrong with the value, and what is used instead, as the warning says them. */
function words({ attribute, kind, used, items = [] }: SettingProblem): [problem: string, instead: string] {
  const named = items.join(', ');
  switch (kind) {
    case 'keyword': return [`is not one of ${named}`, used];
    case 'whole-number': return ['is not a whole number above 0', attribute === 'count' ? 'every question that matches' : 'no limit'];
    case 'percent': return ['is not a percent (write 80 or 80%)', used];
    case 'over-100': return ['is over 100%', used];
    case 'fraction': {
      const meant = Math.round(Number(used) * 10_000) / 100;
      return [`is read as ${used}% (for ${meant}% write ${meant})`, used];
    }
    case 'duration': return ['is not seconds, mm:ss or h:mm:ss (900 or 15:00)', 'no time limit'];
    case 'difficulty': return [`names ${named}, not a difficulty (1, 2 or 3)`, used ? `difficulty ${used}` : 'every difficulty'];
    case 'repeated': return [`names ${named} more than once`, 'each once'];
    case 'language': return ['is not a language tag such as en or fr-CA', "the page's language"];
    case 'needs-time-limit': return ['applies only with a time-limit, and there is none', 'no time limit'];
    case 'not-in-bank': return [`names ${named}, not in the bank`, used || 'none, so no question matches'];
    case 'no-such-tag': return [`names ${named}, which no question has`, used || 'none, so no question matches'];
    case 'too-few': return [`asks for more than the ${used} questions that match`, used];
  }
}

/** Each problem as a warning naming the attribute, the value and what is used instead. */
export function settingWarnings(problems: readonly SettingProblem[]): SettingWarning[] {
  return problems.map((problem) => {
    const { attribute, value, used } = problem;
    const [wrong, instead] = words(problem);
    return { attribute, value, used, message: `${attribute}="${value}" ${wrong}; using ${instead}` };
  });
}

/**
 * Reads every setting (see `readSettings`) and puts what it could not understand into words:
 * the settings used, and a warning for each value that could not be used as given.
 */
export function parseSettings(attributes: Readonly<Partial<Record<SettingAttribute, SettingValue>>>): ParsedSettings {
  const { settings, problems } = readSettings(attributes);
  return { settings, warnings: settingWarnings(problems) };
}

/**
 * Warnings that need the bank: ids in `questions` and tags in `tags` it does not have, and a
 * `count` larger than the questions that match.
 */
export function selectionWarnings(settings: QuizSettings, plan: AttemptPlan): SettingWarning[] {
  return settingWarnings(selectionProblems(settings, plan));
}
