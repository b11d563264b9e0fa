/**
 * The drop-in bundle's entry (dist/cdn/citequiz.js): everything a page needs from one
 * `<script type="module">`. Defining <cite-quiz> is this entry's side effect.
 *
 * It exports the element's class and its event classes, not the engine: every export of the
 * entry is kept in it whether the player uses it or not, so re-exporting the engine would hold
 * in the critical path what only a page's own code could use (0.3 KB gzip, measured), and
 * would keep scoring and the like from ever moving to a lazy chunk. The engine is
 * `citequiz/engine`, for a bundler.
 */
import './define/cite-quiz.js';

export { CiteQuiz } from './components/cite-quiz/cite-quiz.js';
export * from './events.js';
