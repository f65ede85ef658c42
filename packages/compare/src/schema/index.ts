export * from './meeting-diff.js';
export * from './options.js';
export * from './refs.js';
export * from './topic-diff.js';
export * from './topic-timeline.js';
