/** citequiz: the engine, the element classes and the event types. Defines no elements. */
export * from './engine/index.js';
export { CiteQuiz } from './components/cite-quiz/cite-quiz.js';
export { CiteQuizBuilder } from './components/cite-quiz-builder/cite-quiz-builder.js';
export * from './events.js';
export { loadMessages, type AfterMessages, type Messages, type StartMessages } from './i18n/messages.js';
