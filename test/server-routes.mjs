// Routes the browser tests use to stage network faults on the test server (web-test-runner):
//   /__test__/status/<code>          answers with that HTTP status
//   /__test__/slow/<ms>?file=<path>&key=<k>  waits, then serves the file; a request the
//                                    client abandons first is remembered under its key
//   /__test__/aborted/<key>          "yes" once a slow request with that key was abandoned
//   /__test__/received/<key>         "yes" once a slow request with that key arrived
//   /__test__/flaky/<key>?file=<path> answers 503 the first time for each key, then the file
//   /__test__/huge                   a body larger than the 5 MB cap, with its Content-Length
//   /__test__/huge-chunked           the same streamed in chunks, with no Content-Length
//   /__test__/scorm-package/<1.2|2004>/<file>  a file of the SCORM package that `citequiz package`
//                                    makes of the fixture bank (pass mark 80, seed "package",
//                                    feedback end), unzipped as an LMS would (needs npm run build)
//   /__test__/lrs/<key>/statements   an LRS double: POSTed statements are kept under <key>, or
//                                    refused as set by /__test__/lrs-mode/<key>?mode=ok|fail|hang|
//                                    drop|reject (503, answers only after 5 s, drops the connection, 400)
//   /__test__/lrs-log/<key>          what the double holds: { statements, attempts, headers }
//   /__test__/lrs/<key>/fetch        cmi5: the auth token, once (then cmi5's error "1")
//   /__test__/lrs/<key>/activities/state  cmi5: LMS.LaunchData, with the mastery score and launch
//                                    mode set by lrs-mode's &mastery=0.8&launchMode=Normal
//   /__test__/gate/<action>?path=<prefix>  holds back the files whose path starts with prefix:
//                                    close (held until open), open, fail (503, as offline),
//                                    held ("yes" once a request waits at the closed gate)
// and serves /test/pages/quiz.html?csp=strict|trusted-types and /dist/cdn/player.html?csp=...
// with the Content-Security-Policy a strict host page would send (README, "Content-Security-Policy").
import { readFile } from 'node:fs/promises';

import { Readable } from 'node:stream';
import { unzipSync } from 'fflate';

const failedOnce = new Set();
const abandoned = new Set();
const received = new Set();
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

const lrs = new Map();
const lrsOf = (key) => {
  if (!lrs.has(key)) lrs.set(key, { mode: 'ok', statements: [], attempts: 0, headers: [], tokens: 0, launch: {} });
  return lrs.get(key);
};

/** What a cmi5 LMS answers at the fetch URL and for LMS.LaunchData. */
function cmi5Double(ctx, state, key) {
  ctx.type = 'application/json';
  if (ctx.path.endsWith('/fetch')) {
    state.tokens++;
    ctx.body = JSON.stringify(state.tokens === 1 ? { 'auth-token': Buffer.from(`token-${key}`).toString('base64') } : { 'error-code': '1', 'error-text': 'already in use' });
    return;
  }
  state.headers.push({ method: ctx.method, authorization: ctx.get('Authorization'), url: ctx.url, query: ctx.query });
  ctx.body = JSON.stringify({
    contextTemplate: {
      contextActivities: { grouping: [{ id: 'https://lms.example/courses/1/au/quiz', objectType: 'Activity' }] },
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': `session-${key}` },
    },
    launchMode: state.launch.launchMode ?? 'Normal',
    moveOn: 'CompletedAndPassed',
    ...(state.launch.mastery ? { masteryScore: Number(state.launch.mastery) } : {}),
  });
}

async function lrsDouble(ctx, key) {
  const state = lrsOf(key);
  if (ctx.path.endsWith('/fetch') || ctx.path.endsWith('/activities/state')) return cmi5Double(ctx, state, key);
  state.attempts++;
  state.headers.push({ method: ctx.method, version: ctx.get('X-Experience-API-Version'), authorization: ctx.get('Authorization'), url: ctx.url });
  const body = await new Promise((resolve) => {
    let text = '';
    ctx.req.on('data', (chunk) => (text += chunk));
    ctx.req.on('end', () => resolve(text));
  });
  if (state.mode === 'fail') return void ((ctx.status = 503), (ctx.body = 'down'));
  if (state.mode === 'reject') return void ((ctx.status = 400), (ctx.body = 'bad statement'));
  if (state.mode === 'drop') return void ctx.req.socket.destroy();
  if (state.mode === 'hang') {
    // Until the client gives up, or 5 s at most, so no connection is held after its test.
    await new Promise((resolve) => {
      ctx.res.once('close', resolve);
      setTimeout(resolve, 5000);
    });
    return void ((ctx.status = 504), (ctx.body = 'too slow'));
  }
  const statements = JSON.parse(body);
  state.statements.push(...statements);
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(statements.map((s) => s.id));
}

const packages = new Map();
const CONTENT_TYPES = { html: 'text/html', js: 'text/javascript', json: 'application/json', xml: 'application/xml' };

async function scormPackage(version) {
  if (!packages.has(version)) {
    const { buildScormPackage, readBundle } = await import('../dist/cli/package.js');
    const bank = await readFile(new URL('./fixtures/valid-bank.json', import.meta.url), 'utf8');
    const attributes = { 'pass-mark': '80', seed: 'package', feedback: 'end' };
    packages.set(version, unzipSync(buildScormPackage(bank, { version, attributes }, await readBundle()).zip));
  }
  return packages.get(version);
}

export async function testRoutes(ctx, next) {
  if ((ctx.path === '/test/pages/quiz.html' || ctx.path === '/dist/cdn/player.html') && CSP[ctx.query.csp]) {
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
    if (key) received.add(key);
    ctx.res.once('close', () => {
      if (key && !ctx.res.writableFinished) abandoned.add(key);
    });
    await new Promise((resolve) => setTimeout(resolve, Number(arg)));
    await serveFile(ctx, file);
  } else if (kind === 'aborted') {
    ctx.body = abandoned.has(arg) ? 'yes' : 'no';
  } else if (kind === 'received') {
    ctx.body = received.has(arg) ? 'yes' : 'no';
  } else if (kind === 'flaky') {
    if (failedOnce.has(arg)) return serveFile(ctx, file);
    failedOnce.add(arg);
    ctx.status = 503;
    ctx.body = 'try later';
  } else if (kind === 'lrs') {
    await lrsDouble(ctx, arg);
  } else if (kind === 'lrs-mode') {
    lrsOf(arg).mode = ctx.query.mode;
    lrsOf(arg).launch = { mastery: ctx.query.mastery, launchMode: ctx.query.launchMode };
    ctx.body = 'ok';
  } else if (kind === 'lrs-log') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(lrsOf(arg));
  } else if (kind === 'scorm-package') {
    const entry = (await scormPackage(arg))[ctx.path.split('/').slice(4).join('/')];
    if (!entry) return (ctx.status = 404);
    ctx.type = CONTENT_TYPES[ctx.path.split('.').pop()] ?? 'application/octet-stream';
    ctx.body = Buffer.from(entry);
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
