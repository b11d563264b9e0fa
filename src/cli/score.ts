/**
 * `citequiz score`: re-scores a submitted attempt with the engine the player used, and says where
 * the attempt's own figures disagree. A score computed in the browser is the learner's to change;
 * this is the server-side (or teacher's) check.
 *
 * It reads the `quiz-complete` event's detail. It also reads a saved-progress snapshot (the
 * engine's `citequiz/progress` format, as the player stores it; a `getState()` method that hands
 * one to the page does not exist yet): an attempt under way is scored as it stands, and has no
 * claims to check; a finished attempt's summary keeps no responses, so it cannot be re-scored.
 */
import { clampPassMark, loadBankText, formatIssues, planAttempt, readSettings, readSnapshot, scoreAttempt, type AttemptOptions, type Bank, type Question, type QuizResult, type SnapshotProblem } from '../engine/index.js';
import { EXIT, parseCommandArgs, plural, readInput, type CliIo, type Command } from './io.js';

const usage = `Usage: citequiz score [--json] [--pass-mark <percent>] [--count <n>] [--tags <tags>] <bank.json> <attempt.json>

Re-scores an attempt (the detail of the player's quiz-complete event, saved as JSON) with the
same engine, prints the result, and flags every figure the attempt claims that the engine does
not confirm: a question's score, the total, the maximum, the percent, passed or not, a question
the bank does not have. Exits 0 when all agree, 1 on any disagreement, 2 when it cannot check
(usage, an unreadable or invalid bank or attempt).
A saved-progress snapshot is read too: its attempt under way is scored as it stands.
  --pass-mark <percent>  the pass mark the quiz used (default 60, as the player's pass-mark)
  --count <n>            the quiz's count: also check the attempt holds exactly the questions
                         its seed draws (so none was dropped or swapped)
  --tags <tags>          the quiz's tags (space-separated), for the same check
  --json                 print { ok, bankId, seed, result, disagreements } as JSON`;

export interface Disagreement {
  /** The question, when the disagreement is about one. */
  questionId?: string;
  field: 'bankId' | 'questionId' | 'questions' | 'score' | 'maxScore' | 'correct' | 'scaled' | 'passed';
  claimed: unknown;
  rescored: unknown;
  message: string;
}

interface ClaimedResponse {
  questionId: string;
  response: unknown;
  score?: unknown;
  maxScore?: unknown;
  correct?: unknown;
}

export interface Attempt {
  bankId?: unknown;
  seed?: unknown;
  score?: unknown;
  maxScore?: unknown;
  scaled?: unknown;
  passed?: unknown;
  responses: ClaimedResponse[];
}

/** The attempt's shape, or a sentence saying what is wrong with it. */
function readAttempt(data: unknown): Attempt | string {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'an attempt is a JSON object (the quiz-complete event\'s detail)';
  const attempt = data as Record<string, unknown>;
  if (!Array.isArray(attempt.responses)) return 'the attempt has no "responses" list (expected the quiz-complete event\'s detail)';
  const bad = attempt.responses.findIndex((r) => typeof r !== 'object' || r === null || typeof (r as ClaimedResponse).questionId !== 'string');
  if (bad >= 0) return `responses[${bad}] has no "questionId"`;
  return attempt as unknown as Attempt;
}

const SNAPSHOT_PROBLEMS: Record<SnapshotProblem, string> = {
  corrupt: 'the saved progress is damaged, or not in a shape citequiz wrote',
  'unknown-version': 'the saved progress was written by a newer citequiz',
  'other-bank': 'the saved progress is for another bank',
  'bank-changed': 'the saved progress is for an earlier version of this bank (its content changed since), so its questions may not be the same',
};

/**
 * A saved-progress snapshot's attempt under way, as an attempt with responses and no claims;
 * a sentence when there is none to score.
 */
function attemptFromSnapshot(data: unknown, bank: Bank): Attempt | string {
  const read = readSnapshot(data, bank);
  if (!read.ok) return SNAPSHOT_PROBLEMS[read.problem];
  const { attempt, last } = read.snapshot;
  if (!attempt) {
    return `the saved progress holds no attempt under way${last ? `; its last finished attempt (${last.score} of ${last.maxScore}) keeps no responses to re-score` : ''}`;
  }
  return {
    bankId: read.snapshot.bankId,
    seed: attempt.seed,
    responses: attempt.questions.map((questionId) => ({ questionId, response: attempt.answers[questionId]?.response ?? null })),
  };
}

const isSnapshot = (data: unknown) => typeof data === 'object' && data !== null && typeof (data as { v?: unknown }).v === 'number';

const sameNumber = (claimed: unknown, actual: number) => typeof claimed === 'number' && Math.abs(claimed - actual) < 1e-4;

export interface Rescore {
  result: QuizResult;
  disagreements: Disagreement[];
}

/**
 * Re-scores the attempt's responses against the bank's questions and compares every claim.
 * With `drawn` (the quiz's count and tags), also checks that the attempt holds exactly the
 * questions its seed draws.
 */
export function rescore(bank: Bank, attempt: Attempt, passMark: number, drawn?: Omit<AttemptOptions, 'seed'>): Rescore {
  const disagreements: Disagreement[] = [];
  const differ = (d: Disagreement) => disagreements.push(d);
  const seed = typeof attempt.seed === 'string' || typeof attempt.seed === 'number' ? String(attempt.seed) : undefined;
  if (drawn && seed === undefined) {
    differ({ field: 'questions', claimed: null, rescored: null, message: 'the attempt has no seed, so which questions it should hold cannot be checked' });
  } else if (drawn && seed !== undefined) {
    const expected = planAttempt(bank, { ...drawn, seed }).questions.map((p) => p.question.id).sort();
    const given = attempt.responses.map((r) => r.questionId).sort();
    if (expected.join('\n') !== given.join('\n')) {
      const missingIds = expected.filter((id) => !given.includes(id));
      differ({
        field: 'questions', claimed: given, rescored: expected,
        message: `the seed ${JSON.stringify(seed)} draws ${expected.length} questions${missingIds.length ? `; the attempt lacks ${missingIds.map((id) => `"${id}"`).join(', ')}` : ''}${given.length !== expected.length ? `; it holds ${given.length}` : ''}`,
      });
    }
  }
  if (attempt.bankId !== undefined && attempt.bankId !== bank.id) {
    differ({ field: 'bankId', claimed: attempt.bankId, rescored: bank.id, message: `the attempt is for bank ${JSON.stringify(attempt.bankId)}, not "${bank.id}"` });
  }
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  const questions: Question[] = [];
  const responses: Record<string, unknown> = {};
  for (const r of attempt.responses) {
    const question = byId.get(r.questionId);
    if (!question) {
      differ({ questionId: r.questionId, field: 'questionId', claimed: r.questionId, rescored: null, message: 'the bank has no such question' });
    } else if (seen.has(r.questionId)) {
      differ({ questionId: r.questionId, field: 'questionId', claimed: r.questionId, rescored: null, message: 'the question is answered twice in the attempt' });
    } else {
      seen.add(r.questionId);
      questions.push(question);
      responses[r.questionId] = r.response;
    }
  }
  const result = scoreAttempt(questions, responses, passMark);
  for (const scored of result.perQuestion) {
    const claimed = attempt.responses.find((r) => r.questionId === scored.questionId)!;
    for (const field of ['score', 'maxScore', 'correct'] as const) {
      const value = claimed[field];
      if (value === undefined) continue;
      const agrees = field === 'correct' ? value === scored.correct : sameNumber(value, scored[field]);
      if (!agrees) differ({ questionId: scored.questionId, field, claimed: value, rescored: scored[field], message: `claims ${field} ${JSON.stringify(value)}, the engine gives ${scored[field]}` });
    }
  }
  for (const field of ['score', 'maxScore', 'scaled', 'passed'] as const) {
    const value = attempt[field];
    if (value === undefined) continue;
    const agrees = field === 'passed' ? value === result.passed : sameNumber(value, result[field]);
    if (!agrees) differ({ field, claimed: value, rescored: result[field], message: `the attempt claims ${field} ${JSON.stringify(value)}, the engine gives ${result[field]}` });
  }
  return { result, disagreements };
}

const percent = (scaled: number) => `${Math.floor(scaled * 100)}%`;

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { json: { type: 'boolean' }, 'pass-mark': { type: 'string' }, count: { type: 'string' }, tags: { type: 'string' } }, usage, io);
  if (!parsed) return EXIT.usage;
  const [bankFile, attemptFile, ...extra] = parsed.positionals;
  if (!bankFile || !attemptFile || extra.length) {
    io.err(usage);
    return EXIT.usage;
  }
  const passMarkText = parsed.values['pass-mark'];
  // Read as the element reads `pass-mark` (60 when unset, "80%" too); refused where it would fall back.
  const { settings: { passMark: passMarkPercent }, problems } = readSettings({ 'pass-mark': passMarkText });
  if (problems.some((problem) => problem.kind !== 'fraction')) {
    io.err(`--pass-mark is a percent from 0 to 100, not ${JSON.stringify(passMarkText)}\n\n${usage}`);
    return EXIT.usage;
  }
  const count = parsed.values.count === undefined ? undefined : Number(parsed.values.count);
  if (count !== undefined && !(Number.isInteger(count) && count > 0)) {
    io.err(`--count is a whole number above 0, not ${JSON.stringify(parsed.values.count)}\n\n${usage}`);
    return EXIT.usage;
  }
  const tags = parsed.values.tags?.split(/\s+/).filter(Boolean);
  const drawn = count !== undefined || tags ? { count, tags } : undefined;
  const bankText = await readInput(io, bankFile);
  const attemptText = bankText === undefined ? undefined : await readInput(io, attemptFile);
  if (bankText === undefined || attemptText === undefined) return EXIT.usage;
  const loaded = loadBankText(bankText);
  if (!loaded.ok) {
    io.err(`${bankFile}: cannot score against an invalid bank, ${plural(loaded.issues.length, 'problem')}\n${formatIssues(loaded.issues)}`);
    return EXIT.usage;
  }
  let data: unknown;
  try {
    data = JSON.parse(attemptText);
  } catch (error) {
    io.err(`${attemptFile}: this is not valid JSON (${(error as Error).message})`);
    return EXIT.usage;
  }
  const inProgress = isSnapshot(data);
  const attempt = inProgress ? attemptFromSnapshot(data, loaded.bank) : readAttempt(data);
  if (typeof attempt === 'string') {
    io.err(`${attemptFile}: ${attempt}`);
    return EXIT.usage;
  }
  const { result, disagreements } = rescore(loaded.bank, attempt, clampPassMark(passMarkPercent / 100), drawn);
  const ok = disagreements.length === 0;
  if (parsed.values.json) {
    io.out(JSON.stringify({ ok, bankId: loaded.bank.id, seed: attempt.seed ?? null, result, disagreements }, null, 2));
  } else {
    const seed = typeof attempt.seed === 'string' || typeof attempt.seed === 'number' ? `, attempt code ${attempt.seed}` : '';
    io.out(`${attemptFile} re-scored against ${bankFile} ("${loaded.bank.id}"${seed}):
${result.score} of ${result.maxScore} points (${percent(result.scaled)}), ${result.passed ? 'passed' : 'not passed'} at a pass mark of ${passMarkPercent}%; ${result.perQuestion.length} of the bank's ${loaded.bank.questions.length} questions in the attempt`);
    if (inProgress) io.out('(saved progress: an attempt under way, scored as it stands; it claims no score to check)');
    else if (ok) io.out('✔ the attempt\'s own figures agree');
    else io.out(`✖ ${plural(disagreements.length, 'disagreement')} with the attempt's own figures:\n${disagreements.map((d) => `  ${d.questionId === undefined ? '' : `question "${d.questionId}": `}${d.message}`).join('\n')}`);
  }
  return ok ? EXIT.ok : EXIT.failed;
}

export const scoreCommand: Command = { usage, run };
