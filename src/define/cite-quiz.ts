// Defines <cite-quiz>. Guarded, so a second copy of the bundle on one page does not throw.
import { CiteQuiz } from '../components/cite-quiz/cite-quiz.js';

if (!customElements.get('cite-quiz')) customElements.define('cite-quiz', CiteQuiz);
