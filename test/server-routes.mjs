// Routes the browser tests use to stage network faults on the test server (web-test-runner):
//   /__test__/status/<code>          answers with that HTTP status
//   /__test__/slow/<ms>?file=<path>&key=<k>  waits, then serves the file; a request the
//                                    client abandons first is remembered under its key
//   /__test__/aborted/<key>          "yes" once a slow request with that key was abandoned
//   /__test__/flaky/<key>?file=<path> answers 503 the first time for each key, then the file
//   /__test__/huge                   a body larger than the 5 MB cap, with its Content-Length
//   /__test__/huge-chunked           the same streamed in chunks, with no Content-Length
//   /__test__/gate/<action>?path=<prefix>  holds back the files whose path starts with prefix:
//                                    close (held until open), open, fail (503, as offline),
//                                    held ("yes" once a request waits at the closed gate)
// and serves /test/pages/quiz.html?csp=strict|trusted-types with the Content-Security-Policy
// a strict host page would send (README, "Content-Security-Policy").
import { readFile } from 'node:fs/promises';

import { Readable } from 'node:stream';

const failedOnce = new Set();
const abandoned = new Set();
/** Path prefix -> { state: 'closed' | 'fail', open(), held } */
const gates = new Map();

function closeGate(prefix) {
  let open;
  const opened = new Promise((resolve) => (open = resolve));
  gates.set(prefix, { state: 'closed', opened, open, held: false });
}

function gateFor(path) {
  for (const [prefix, gate] of gates) if (path.startsWith(prefix)) return gate;
  return undefined;
}

async function serveFile(ctx, path) {
  ctx.type = 'application/json';
  ctx.body = await readFile(new URL(`..${path}`, import.meta.url), 'utf8');
}

export const CSP = {
  strict: "script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'",
  'trusted-types': "script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'",
};

export async function testRoutes(ctx, next) {
  if (ctx.path === '/test/pages/quiz.html' && CSP[ctx.query.csp]) {
    await next();
    ctx.set('Content-Security-Policy', CSP[ctx.query.csp]);
    return;
  }
  const [, area, kind, arg] = ctx.path.split('/');
  if (area !== '__test__') {
    const gate = gateFor(ctx.path);
    if (gate?.state === 'fail') {
      ctx.status = 503;
      ctx.body = 'offline';
      return;
    }
    if (gate) {
      gate.held = true;
      await gate.opened;
    }
    return next();
  }
  if (kind === 'gate') {
    const prefix = ctx.query.path;
    if (arg === 'close') closeGate(prefix);
    else if (arg === 'fail') gates.set(prefix, { state: 'fail' });
    else if (arg === 'open') {
      gates.get(prefix)?.open?.();
      gates.delete(prefix);
    }
    ctx.body = arg === 'held' && gates.get(prefix)?.held ? 'yes' : 'no';
    return;
  }
  const file = ctx.query.file ?? '/test/fixtures/valid-bank.json';
  if (kind === 'status') {
    ctx.status = Number(arg);
    ctx.body = `status ${arg}`;
  } else if (kind === 'slow') {
    const key = ctx.query.key;
    ctx.res.once('close', () => {
      if (key && !ctx.res.writableFinished) abandoned.add(key);
    });
    await new Promise((resolve) => setTimeout(resolve, Number(arg)));
    await serveFile(ctx, file);
  } else if (kind === 'aborted') {
    ctx.body = abandoned.has(arg) ? 'yes' : 'no';
  } else if (kind === 'flaky') {
    if (failedOnce.has(arg)) return serveFile(ctx, file);
    failedOnce.add(arg);
    ctx.status = 503;
    ctx.body = 'try later';
  } else if (kind === 'huge') {
    ctx.type = 'application/json';
    ctx.body = ' '.repeat(5 * 1024 * 1024 + 1);
  } else if (kind === 'huge-chunked') {
    ctx.type = 'application/json';
    const chunk = ' '.repeat(64 * 1024);
    ctx.body = Readable.from((function* () {
      for (let i = 0; i < 100; i++) yield chunk; // 6.25 MB
    })());
  } else {
    ctx.status = 404;
  }
}
