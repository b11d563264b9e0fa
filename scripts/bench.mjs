// `npm run bench`: prints how the engine and the player scale with bank size (100, 1,000 and
// 10,000 questions), as a Markdown table. Times are medians of several runs on this machine;
// they are figures to read, never assertions.
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { loadBank, planAttempt, scoreAttempt } from '../dist/engine/index.js';
import { CHROME_ARGS, ensureChrome } from './chrome.mjs';

const SIZES = [100, 1_000, 10_000];
const RUNS = 7;
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

function median(run) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    globalThis.gc?.(); // run with --expose-gc (npm run bench does): no collection of an earlier run lands in this one
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[RUNS >> 1];
}

/** In Chromium: ms from inserting <cite-quiz> with the bank to its start screen, and from Start to question 1. */
async function firstQuestionTimes(browser, banks) {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html lang="en"><body></body></html>');
  await page.addScriptTag({ content: readFileSync(new URL('../dist/cdn/citequiz.js', import.meta.url), 'utf8'), type: 'module' });
  await page.waitForFunction(() => customElements.get('cite-quiz'));
  const results = [];
  for (const bank of banks) {
    results.push(await page.evaluate(async (bank, runs) => {
      const ready = [];
      const first = [];
      for (let i = 0; i < runs; i++) {
        const el = document.createElement('cite-quiz');
        el.setAttribute('seed', 'bench');
        el.bank = structuredClone(bank);
        const start = performance.now();
        const loaded = new Promise((resolve) => el.addEventListener('quiz-ready', resolve, { once: true }));
        document.body.append(el);
        await loaded;
        ready.push(performance.now() - start);
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
  return results;
}

const banks = SIZES.map(generateBank);
const rows = banks.map((bank) => {
  const text = JSON.stringify(bank);
  const parsed = JSON.parse(text);
  const parse = median(() => JSON.parse(text));
  const load = median(() => loadBank(parsed));
  const loaded = loadBank(parsed);
  if (!loaded.ok) throw new Error(loaded.message);
  const select = median(() => planAttempt(loaded.bank, { seed: 'bench', count: 20 }));
  const plan = planAttempt(loaded.bank, { seed: 'bench' });
  const responses = Object.fromEntries(plan.questions.map((p) => [p.question.id, rightResponse(p.question)]));
  const score = median(() => scoreAttempt(plan.questions.map((p) => p.question), responses));
  return { size: bank.questions.length, kb: text.length / 1024, parse, load, select, score };
});

const browser = await puppeteer.launch({ executablePath: ensureChrome(), headless: true, args: CHROME_ARGS });
let browserRows;
try {
  browserRows = await firstQuestionTimes(browser, banks);
} finally {
  await browser.close();
}

const ms = (n) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
console.log('| questions | JSON | JSON.parse | loadBank (shape + meaning) | loadBank ÷ JSON.parse | select 20 (seeded) | score a full attempt | insert → start screen (Chromium) | Start → question 1 on screen |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
rows.forEach((r, i) => {
  const b = browserRows[i];
  console.log(`| ${r.size.toLocaleString('en')} | ${r.kb.toFixed(0)} KB | ${ms(r.parse)} | ${ms(r.load)} | ${(r.load / r.parse).toFixed(1)}× | ${ms(r.select)} | ${ms(r.score)} | ${ms(b.ready)} | ${ms(b.first)} |`);
});
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
let chromium = 'Chromium';
try { chromium = execFileSync(ensureChrome(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { /* the version is only a label */ }
console.log(`\nMachine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; ${chromium}. Medians of ${RUNS} runs (5 in Chromium).`);
