export * from './facts.js';
export * from './meta.js';
export * from './outcome-document.js';
export * from './section.js';
export * from './span.js';
export * from './statement.js';
export * from './topic.js';
export * from './warning.js';
