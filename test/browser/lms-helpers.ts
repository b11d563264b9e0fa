// Helpers for the LMS reporting tests: scorm-again as the LMS in the page, a spy on every SCORM
// API call, the data model's vocabularies, and turning `report` on and off.
import { Scorm12API, Scorm2004API } from 'scorm-again';

export type ScormApi = Record<string, ((...args: string[]) => string) | undefined> & {
  loadFromJSON(json: object, element: string): void;
  isTerminated(): boolean;
};

interface Call {
  name: string;
  args: string[];
  result: string;
  /** The session's state when the call was made. */
  phase: 'before' | 'open' | 'after';
  /** GetLastError right after the call. */
  code: string;
}

export interface LmsSpy {
  calls: Call[];
  /** Every SetValue that the LMS accepted, in order. */
  sets(): [string, string][];
  /** The last accepted value of each element. */
  values(): Record<string, string>;
  /** The last accepted value of each element as of the last Commit: what the LMS keeps for the next launch. */
  committed(): Record<string, string>;
  outOfSession(): Call[];
  errors(): Call[];
}

const METHODS = {
  '1.2': { init: 'LMSInitialize', finish: 'LMSFinish', set: 'LMSSetValue', commit: 'LMSCommit', error: 'LMSGetLastError', all: ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'] },
  '2004': { init: 'Initialize', finish: 'Terminate', set: 'SetValue', commit: 'Commit', error: 'GetLastError', all: ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'] },
} as const;

/** Error codes that are not faults: 2004's 403 on reading an optional element the LMS left unset. */
const OPTIONAL_UNSET = /^cmi\.scaled_passing_score$/;

export function lmsSpy(api: ScormApi, version: '1.2' | '2004'): LmsSpy {
  const names = METHODS[version];
  const calls: Call[] = [];
  let phase: Call['phase'] = 'before';
  const lastError = api[names.error]!.bind(api);
  for (const name of names.all) {
    const original = api[name]!.bind(api);
    api[name] = (...args: string[]) => {
      const before = phase;
      const result = original(...args);
      // Error reads are allowed at any time and change nothing: they are not recorded.
      if (name === names.error || name.includes('ErrorString') || name.includes('Diagnostic')) return result;
      calls.push({ name, args, result, phase: before, code: String(lastError()) });
      if (name === names.init && result === 'true') phase = 'open';
      if (name === names.finish) phase = 'after';
      return result;
    };
  }
  const setsIn = (some: Call[]) => some.filter((c) => c.name === names.set && c.code === '0').map((c) => [c.args[0]!, c.args[1]!] as [string, string]);
  const sets = () => setsIn(calls);
  return {
    calls,
    sets,
    values: () => Object.fromEntries(sets()),
    committed: () => Object.fromEntries(setsIn(calls.slice(0, calls.map((c) => c.name === names.commit && c.code === '0').lastIndexOf(true) + 1))),
    outOfSession: () => calls.filter((c) => c.phase !== 'open' && !(c.name === names.init && c.phase === 'before')),
    errors: () => calls.filter((c) => c.code !== '0' && !(c.code === '403' && OPTIONAL_UNSET.test(c.args[0] ?? ''))),
  };
}

/** Each element's vocabulary or format, by version (SCORM 1.2 RTE 3.4; 2004 RTE 4.2). */
export const VOCABULARY: Record<'1.2' | '2004', Record<string, RegExp>> = {
  '1.2': {
    '^cmi\\.core\\.lesson_status$': /^(passed|completed|failed|incomplete|browsed|not attempted)$/,
    '^cmi\\.core\\.exit$': /^(time-out|suspend|logout|)$/,
    '^cmi\\.core\\.session_time$': /^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/,
    '^cmi\\.core\\.score\\.(raw|min|max)$': /^(100(\.0+)?|\d{1,2}(\.\d+)?)$/,
    '^cmi\\.interactions\\.\\d+\\.type$': /^(true-false|choice|fill-in|matching|performance|sequencing|likert|numeric)$/,
    '^cmi\\.interactions\\.\\d+\\.result$': /^(correct|wrong|unanticipated|neutral|\d+(\.\d+)?)$/,
    '^cmi\\.interactions\\.\\d+\\.(correct_responses\\.\\d+\\.pattern|student_response)$': /^[^]{0,255}$/,
    '^cmi\\.suspend_data$': /^[^]{0,4096}$/,
  },
  '2004': {
    '^cmi\\.completion_status$': /^(completed|incomplete|not attempted|unknown)$/,
    '^cmi\\.success_status$': /^(passed|failed|unknown)$/,
    '^cmi\\.exit$': /^(time-out|suspend|logout|normal|)$/,
    '^cmi\\.session_time$': /^P(\d+Y)?(\d+M)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/,
    '^cmi\\.score\\.scaled$': /^(-?0(\.\d+)?|-?1(\.0+)?)$/,
    '^cmi\\.interactions\\.\\d+\\.type$': /^(true-false|choice|fill-in|long-fill-in|matching|performance|sequencing|likert|numeric|other)$/,
    '^cmi\\.interactions\\.\\d+\\.result$': /^(correct|incorrect|unanticipated|neutral|-?\d+(\.\d+)?)$/,
    '^cmi\\.interactions\\.\\d+\\.timestamp$': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,2})?Z$/,
    '^cmi\\.suspend_data$': /^[^]{0,64000}$/,
  },
};

/** Sets `report` on the element (its chunk then loads); the returned function unsets it. */
export function reportTo(el: HTMLElement, kind: string): () => void {
  const quiz = el as HTMLElement & { report: string };
  quiz.report = kind;
  return () => {
    quiz.report = '';
  };
}

/**
 * A new scorm-again LMS session of `version` where the quiz looks for it (window.API for 1.2,
 * window.API_1484_11 for 2004), its data model loaded with `launch`, and the spy on it.
 */
export function installLms(version: '1.2' | '2004', launch: Record<string, unknown> = {}): { api: ScormApi; spy: LmsSpy } {
  const api = (version === '1.2' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 })) as unknown as ScormApi;
  if (Object.keys(launch).length) api.loadFromJSON(launch, '');
  const spy = lmsSpy(api, version);
  (window as unknown as Record<string, unknown>)[version === '1.2' ? 'API' : 'API_1484_11'] = api;
  return { api, spy };
}

/** Takes the LMS out of the page again. */
export function removeLms(): void {
  delete (window as unknown as Record<string, unknown>)['API'];
  delete (window as unknown as Record<string, unknown>)['API_1484_11'];
}
