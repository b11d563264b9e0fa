/**
 * Settings written back as attributes: what the builder puts in a snippet, a URL query or JSON.
 * Apart from settings.ts so that the player, which only reads settings, never carries it.
 */
import { readSettings, type QuizSettings, type SettingAttribute } from './settings.js';

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

/** The settings of a quiz that sets none: what the parser reads from nothing, so they cannot disagree. */
export const DEFAULT_SETTINGS: Readonly<QuizSettings> = Object.freeze(readSettings({}).settings);

/** A duration as a teacher writes it: `45` under a minute, else `15:00` or `1:30:00`. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return String(seconds);
  const two = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

function writeSettings(settings: QuizSettings): Record<keyof QuizSettings, string> {
  return {
    seed: settings.seed,
    questions: settings.questions.join(' '),
    count: settings.count === undefined ? '' : String(settings.count),
    tags: settings.tags.join(' '),
    difficulty: settings.difficulty.join(' '),
    shuffle: settings.shuffle ? 'all' : 'none',
    feedback: settings.feedback,
    passMark: String(settings.passMark),
    timeLimit: settings.timeLimit ? formatDuration(settings.timeLimit) : '',
    extend: settings.extend,
    attempts: settings.attempts === undefined ? '' : String(settings.attempts),
    source: settings.source,
    lang: settings.lang,
    theme: settings.theme,
  };
}

/**
 * The attributes that give these settings, defaults left out, in a fixed order: what the
 * builder writes into a snippet, a URL query or JSON. `parseSettings` reads them back equal.
 * `extend` is left out without a time limit: it means nothing there, and the player would warn.
 */
export function settingsToAttributes(settings: QuizSettings): Partial<Record<SettingAttribute, string>> {
  const written = writeSettings(settings.timeLimit ? settings : { ...settings, extend: DEFAULT_SETTINGS.extend });
  const defaults = writeSettings(DEFAULT_SETTINGS);
  const attributes: Partial<Record<SettingAttribute, string>> = {};
  for (const key of Object.keys(SETTING_ATTRIBUTES) as (keyof QuizSettings)[]) {
    if (written[key] !== defaults[key]) attributes[SETTING_ATTRIBUTES[key]] = written[key];
  }
  return attributes;
}
