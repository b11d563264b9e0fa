/**
 * The builder's drop-in entry (dist/cdn/citequiz-builder.js), for a teacher's page. It imports
 * the player's entry, so the two share one copy of the player and lit, and a page with only
 * <cite-quiz> never loads the builder. Snippets point at the folder this file is served from.
 */
import './cdn.js';
import './define/cite-quiz-builder.js';
import { CiteQuizBuilder } from './components/cite-quiz-builder/cite-quiz-builder.js';

CiteQuizBuilder.defaultCdn = new URL('./', import.meta.url).href;
