/**
 * The iframe player (dist/cdn/player.js, loaded by dist/cdn/player.html): one <cite-quiz>
 * configured only by the page's URL query, for course sites that allow an iframe but not a
 * script. No inline script, so it runs under a strict Content-Security-Policy.
 *
 * - Every query parameter in PLAYER_PARAMETERS becomes the attribute of the same name; the
 *   element checks the values as it checks attributes. An unknown parameter is named in the
 *   console (a typo such as `passmark` would otherwise be silently ignored).
 * - The page posts `{ type: "citequiz:resize", height }` to its parent whenever its height
 *   changes, so the host can size the iframe to fit.
 * - With `parent-origin=https://lms.example` it also posts `{ type: "citequiz:quiz-ready" |
 *   "citequiz:quiz-answer" | "citequiz:quiz-complete", detail }`, to that origin only (the
 *   browser drops them if the parent is any other); without it, only the height is posted.
 */
import './cdn.js';

/** The query parameters the player passes on to <cite-quiz> as attributes. */
const PLAYER_PARAMETERS = [
  'src', 'seed', 'count', 'tags', 'questions', 'difficulty', 'attempts', 'extend', 'shuffle', 'feedback', 'pass-mark', 'time-limit',
  'source', 'lang', 'theme', 'persist', 'report', 'activity-id',
] as const;
/** Parameters read elsewhere: ours, and the ones a cmi5 LMS adds to the launch URL (report=cmi5 reads them). */
const OTHER_PARAMETERS = ['parent-origin', 'endpoint', 'fetch', 'registration', 'activityId', 'actor'];
const FORWARDED_EVENTS = ['quiz-ready', 'quiz-answer', 'quiz-complete'] as const;

/** `value` when it is an origin (scheme, host, port and nothing else), else null. */
function originOf(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value.replace(/\/$/, '') ? url.origin : null;
  } catch {
    return null;
  }
}

function startPlayer(): void {
  const query = new URLSearchParams(location.search);
  const quiz = document.createElement('cite-quiz');
  for (const [name, value] of query) {
    if ((PLAYER_PARAMETERS as readonly string[]).includes(name)) quiz.setAttribute(name, value);
    else if (!OTHER_PARAMETERS.includes(name)) console.warn(`citequiz player: unknown parameter "${name}" is ignored; known: ${PLAYER_PARAMETERS.join(', ')}, parent-origin`);
  }
  if (!query.get('lang')) document.documentElement.lang = navigator.language;
  document.body.style.setProperty('margin', '0');
  document.body.append(quiz);

  if (window.parent === window) return;
  const parentOrigin = originOf(query.get('parent-origin'));
  if (query.has('parent-origin') && !parentOrigin) {
    console.error(`citequiz player: parent-origin "${query.get('parent-origin')}" is not an origin such as https://lms.example; no events are posted`);
  }
  // The height is no secret: without parent-origin it goes to whichever page embeds the player.
  const post = (message: object, origin: string): void => window.parent.postMessage(message, origin);
  let lastHeight = -1;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    post({ type: 'citequiz:resize', height }, parentOrigin ?? '*');
  }).observe(document.documentElement);
  if (!parentOrigin) return;
  for (const name of FORWARDED_EVENTS) {
    quiz.addEventListener(name, (event) => post({ type: `citequiz:${name}`, detail: event.detail }, parentOrigin));
  }
}

startPlayer();
