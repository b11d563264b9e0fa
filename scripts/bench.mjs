// `npm run bench`: prints how the engine and the player scale with bank size (100, 1,000 and
// 10,000 questions), as Markdown tables. Engine times are the fastest of several runs: on this
// shared machine other processes slow runs at random, and the fastest is the one they slowed
// least (the player's times in Chromium are medians of 5). They are figures to read, never
// assertions.
//
// Loading is timed as a page pays it: `loadBankText` on a string just decoded from the file's
// bytes, as `fetch` hands it over (never a warm object), against zod/mini's bare `safeParse` of
// the same schema on the same text (JSON.parse + safeParse) and against `JSON.parse` alone.
// Both sides run the same zod/mini code: its objects never compile a parser with `new Function`
// (that is classic zod's `$ZodObjectJIT`; zod/mini never even probes for eval), so there is no
// faster path on one side only, in Node or in Chromium, and `jitless` would change nothing.
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { bankSchema, loadBankText, planAttempt, scoreAttempt } from '../dist/engine/index.js';
import { validateBank } from '../dist/engine/validate.js';
import { CHROME_ARGS, ensureChrome } from './chrome.mjs';

const SIZES = [100, 1_000, 10_000];
/** Runs per size: more for the small banks, whose milliseconds are the noisiest. */
const RUNS_BY_SIZE = { 100: 41, 1_000: 21, 10_000: 21 };
let RUNS = 11;
const TYPES = ['single', 'multiple', 'true-false', 'match', 'order', 'cloze'];

/** A source of 400 sentences, and a bank of `count` questions of every type quoting it. */
function generateBank(count) {
  const sentences = Array.from({ length: 400 }, (_, i) => `Sentence ${i} says that “the council” met on day ${i % 7} and voted ${i % 3} times.`);
  const choices = (n) => Array.from({ length: 4 }, (_, c) => ({ id: `c${c}`, text: `Choice ${c} of question ${n}` }));
  const questions = Array.from({ length: count }, (_, n) => {
    const base = { id: `q${n}`, prompt: `What does sentence ${n % 400} say? (${n})`, explanation: 'Because the source says so.', evidence: [sentences[n % 400]], tags: [`t${n % 5}`], difficulty: (n % 3) + 1 };
    switch (TYPES[n % 6]) {
      case 'single': return { ...base, type: 'single', choices: choices(n), answer: 'c1' };
      case 'multiple': return { ...base, type: 'multiple', choices: choices(n), answer: ['c0', 'c2'] };
      case 'true-false': return { ...base, type: 'true-false', answer: n % 2 === 0 };
      case 'match': return { ...base, type: 'match', pairs: [0, 1, 2].map((p) => ({ id: `p${p}`, left: `Left ${p}`, right: `Right ${p} of ${n}` })) };
      case 'order': return { ...base, type: 'order', items: [0, 1, 2, 3].map((i) => ({ id: `i${i}`, text: `Step ${i} of ${n}` })) };
      default: return { ...base, type: 'cloze', text: 'It {{verb}} on day {{day}}.', blanks: [{ id: 'verb', accept: ['met'] }, { id: 'day', accept: [String(n % 7)] }] };
    }
  });
  return { format: 'citequiz/v1', id: `bench-${count}`, title: `Benchmark bank of ${count}`, language: 'en', source: { title: 'Generated', text: sentences.join(' ') }, questions };
}

function rightResponse(q) {
  if (q.type === 'match') return Object.fromEntries(q.pairs.map((p) => [p.id, p.right]));
  if (q.type === 'order') return q.items.map((i) => i.id);
  if (q.type === 'cloze') return Object.fromEntries(q.blanks.map((b) => [b.id, b.accept[0]]));
  return q.answer;
}

/**
 * The steps' names in the order of run `run`: each run starts one step later (a, b, c; b, c, a;
 * c, a, b...), so that no step always follows the same one and inherits the garbage it left (a
 * step that allocates little would pay for a collection the step before it made due).
 */
function rotated(names, run) {
  return names.map((_, i) => names[(run + i) % names.length]);
}

/**
 * The fastest of RUNS runs of each step, interleaved (see `rotated`) so a slow moment of this
 * shared machine falls on all of them alike, after two untimed runs (the first run of a size
 * would otherwise time the compiler). `prepare` makes each run's input, untimed.
 */
function timeSteps(steps, prepare = () => undefined) {
  for (const step of Object.values(steps)) for (let i = 0; i < 2; i++) step(prepare());
  const times = Object.fromEntries(Object.keys(steps).map((name) => [name, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const name of rotated(Object.keys(steps), i)) {
      const step = steps[name];
      const input = prepare();
      // No forced collection before a run: it shrinks the young generation, and then taxes
      // whichever step allocates most (validateBank ran 3 times slower after one).
      const start = performance.now();
      step(input);
      times[name].push(performance.now() - start);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, list]) => [name, Math.min(...list)]));
}

/**
 * The engine's loading code with zod/mini, bundled as the drop-in file bundles it (the drop-in
 * exports only the element), as one module for a page to import.
 */
async function engineBundle() {
  const entry = '\0bench-entry';
  const module = (file) => JSON.stringify(new URL(`../dist/engine/${file}`, import.meta.url).pathname);
  const build = await rollup({
    input: entry,
    onwarn: () => {}, // zod's comments that rollup drops: the build (rollup.config.mjs) silences them too

    plugins: [
      { name: 'bench-entry', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? `export { checkBankText } from ${module('check.js')}; export { bankSchema } from ${module('schema.js')};` : null) },
      nodeResolve({ exportConditions: ['production'] }),
    ],
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return Buffer.from(output[0].code).toString('base64');
}

/**
 * In Chromium: the same three loads on a freshly decoded string, where `checkBankText` is what
 * the player runs on a fetched bank (`loadBankText` less the messages, which only a failing bank
 * loads).
 */
async function browserLoadTimes(browser, banks) {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html lang="en"><body></body></html>');
  const bundle = await engineBundle();
  const results = [];
  for (const bank of banks) {
    const runs = RUNS_BY_SIZE[bank.questions.length];
    const orders = Array.from({ length: runs }, (_, i) => rotated(['parse', 'bare', 'load'], i));
    // A page's clock ticks in steps of 0.1 ms: a run of a small bank times several loads in a row.
    const batch = Math.max(1, Math.round(5_000 / bank.questions.length));
    results.push(await page.evaluate(async (bundle, text, orders, batch) => {
      const { checkBankText, bankSchema } = await import(`data:text/javascript;base64,${bundle}`);
      const bytes = new TextEncoder().encode(text);
      const decoder = new TextDecoder();
      const steps = {
        parse: (fresh) => JSON.parse(fresh),
        bare: (fresh) => bankSchema.safeParse(JSON.parse(fresh)),
        load: (fresh) => { if (!checkBankText(fresh).ok) throw new Error('the bench bank is invalid'); },
      };
      for (const step of Object.values(steps)) for (let i = 0; i < 2; i++) step(decoder.decode(bytes));
      const times = { parse: [], bare: [], load: [] };
      for (const order of orders) {
        for (const name of order) {
          const fresh = Array.from({ length: batch }, () => decoder.decode(bytes));
          const start = performance.now();
          for (const text of fresh) steps[name](text);
          times[name].push((performance.now() - start) / batch);
        }
      }
      return { parse: Math.min(...times.parse), bare: Math.min(...times.bare), load: Math.min(...times.load) };
    }, bundle, JSON.stringify(bank), orders, batch));
  }
  await page.close();
  return results;
}

/**
 * Serves a blank page at / and dist/cdn/ on localhost, so the drop-in file loads its lazy chunks
 * as on a real site. Resolves to the origin and a function that stops the server.
 */
async function serveDropIn() {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html lang="en"><body></body></html>');
    const file = /^\/dist\/cdn\/(?:chunks\/)?[\w.-]+\.js$/.test(path) ? new URL(`..${path}`, import.meta.url) : null;
    const body = file && (await readFile(file).catch(() => null));
    if (!body) return response.writeHead(404).end();
    return response.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, stop: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * In Chromium: ms from inserting <cite-quiz> with the bank to its start screen (a first visit),
 * and from Start, pressed 300 ms later, to question 1.
 */
async function firstQuestionTimes(browser, banks) {
  const page = await browser.newPage();
  const { origin, stop } = await serveDropIn();
  await page.goto(`${origin}/`);
  await page.addScriptTag({ url: `${origin}/dist/cdn/citequiz.js`, type: 'module' });
  await page.waitForFunction(() => customElements.get('cite-quiz'));
  const results = [];
  for (const bank of banks) {
    results.push(await page.evaluate(async (bank, runs) => {
      const ready = [];
      const first = [];
      for (let i = 0; i < runs; i++) {
        localStorage.clear(); // a first visit each time: no saved progress to offer
        const el = document.createElement('cite-quiz');
        el.setAttribute('seed', 'bench');
        el.bank = structuredClone(bank);
        const start = performance.now();
        const loaded = new Promise((resolve) => el.addEventListener('quiz-ready', resolve, { once: true }));
        document.body.append(el);
        await loaded;
        ready.push(performance.now() - start);
        // A learner reads the start screen before pressing Start: meanwhile the after chunk
        // arrives and saved progress works out the bank's hash, which Start would otherwise wait on.
        await new Promise((resolve) => setTimeout(resolve, 300));
        const startQuestion = performance.now();
        el.start();
        await el.updateComplete;
        if (!el.shadowRoot.querySelector('legend')) throw new Error('no question on screen');
        first.push(performance.now() - startQuestion);
        el.remove();
      }
      const mid = (list) => list.sort((a, b) => a - b)[list.length >> 1];
      return { ready: mid(ready), first: mid(first), questionsInDom: 1 };
    }, bank, 5));
  }
  await page.close();
  await stop();
  return results;
}

const banks = SIZES.map(generateBank);
const decoder = new TextDecoder();
const rows = banks.map((bank) => {
  RUNS = RUNS_BY_SIZE[bank.questions.length];
  const bytes = new TextEncoder().encode(JSON.stringify(bank));
  const fetched = () => decoder.decode(bytes); // a fresh string each run, as response.text() gives
  const load = timeSteps({
    parse: (text) => JSON.parse(text),
    bare: (text) => bankSchema.safeParse(JSON.parse(text)),
    load: (text) => loadBankText(text),
  }, fetched);
  const parsed = () => JSON.parse(fetched());
  const shape = timeSteps({ shape: (input) => bankSchema.safeParse(input, { reportInput: true }) }, parsed).shape;
  const loaded = loadBankText(fetched());
  if (!loaded.ok) throw new Error(loaded.message);
  const meaning = timeSteps({ meaning: () => validateBank(loaded.bank) }).meaning;
  const select = timeSteps({ select: () => planAttempt(loaded.bank, { seed: 'bench', count: 20 }) }).select;
  const plan = planAttempt(loaded.bank, { seed: 'bench' });
  const responses = Object.fromEntries(plan.questions.map((p) => [p.question.id, rightResponse(p.question)]));
  const score = timeSteps({ score: () => scoreAttempt(plan.questions.map((p) => p.question), responses) }).score;
  return { size: bank.questions.length, kb: bytes.length / 1024, ...load, shape, meaning, select, score };
});

const browser = await puppeteer.launch({ executablePath: ensureChrome(), headless: true, args: CHROME_ARGS });
let browserRows;
let browserLoads;
try {
  browserLoads = await browserLoadTimes(browser, banks);
  browserRows = await firstQuestionTimes(browser, banks);
} finally {
  await browser.close();
}

const ms = (n) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
const ratio = (n) => `${n.toFixed(2)}×`;
const table = (head, cells) => {
  console.log(`| ${head.join(' | ')} |`);
  console.log(`| ${head.map(() => '---:').join(' | ')} |`);
  rows.forEach((r, i) => console.log(`| ${cells(r, browserRows[i], browserLoads[i]).join(' | ')} |`));
};
const loadColumns = (name) => ['questions', 'JSON', 'JSON.parse', 'bare safeParse (JSON.parse + zod/mini)', name, `÷ bare safeParse (target ≤ 1.3×)`, `÷ JSON.parse (target ≤ 5×)`];
const loadCells = (r, l) => [r.size.toLocaleString('en'), `${r.kb.toFixed(0)} KB`, ms(l.parse), ms(l.bare), ms(l.load), ratio(l.load / l.bare), ratio(l.load / l.parse)];
console.log('Loading a fetched bank, in Node (loadBankText):\n');
table(loadColumns('loadBankText'), (r) => loadCells(r, r));
console.log('\nThe same in Chromium (checkBankText, what the player runs on a fetched bank):\n');
table(loadColumns('checkBankText'), (r, b, l) => loadCells(r, l));
console.log('\nEach step alone, and the player:\n');
table(
  ['questions', 'shape (zod)', 'meaning and evidence (validateBank)', 'meaning ÷ JSON.parse', 'select 20 (seeded)', 'score a full attempt', 'insert → start screen (Chromium)', 'Start → question 1 on screen'],
  (r, b) => [r.size.toLocaleString('en'), ms(r.shape), ms(r.meaning), ratio(r.meaning / r.parse), ms(r.select), ms(r.score), ms(b.ready), ms(b.first)],
);
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
let chromium = 'Chromium';
try { chromium = execFileSync(ensureChrome(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { /* the version is only a label */ }
console.log(`\nMachine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${os.loadavg()[0].toFixed(1)} at the end; Node ${process.version}; ${chromium}. Loading: the fastest of ${Object.values(RUNS_BY_SIZE).join(', ')} runs by size, interleaved (in Chromium, whose clock ticks in 0.1 ms, a run of 100 or 1,000 questions times 50 or 5 loads in a row); the player in Chromium: medians of 5.`);
