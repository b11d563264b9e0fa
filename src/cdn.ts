/**
 * The drop-in bundle's entry (dist/cdn/citequiz.js): everything a page needs from one
 * `<script type="module">`. Defining <cite-quiz> is this entry's side effect.
 */
import './define/cite-quiz.js';

export * from './index.js';
