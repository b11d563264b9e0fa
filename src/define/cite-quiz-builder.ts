// Defines <cite-quiz-builder>, and <cite-quiz> for its live preview. Guarded, so a second copy does not throw.
import './cite-quiz.js';
import { CiteQuizBuilder } from '../components/cite-quiz-builder/cite-quiz-builder.js';

if (!customElements.get('cite-quiz-builder')) customElements.define('cite-quiz-builder', CiteQuizBuilder);
