/**
 * The drop-in bundle's entry (dist/cdn/citequiz.js): everything a page needs from one
 * `<script type="module">`. Defining the elements is this entry's side effect.
 */
export * from './index.js';
