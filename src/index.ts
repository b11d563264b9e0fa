/** citequiz: the engine, the element classes and the event types. Defines no elements. */
export * from './engine/index.js';
