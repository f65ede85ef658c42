export { z } from 'zod';
export { sha256 } from './hash.js';
export { findPresidencyOn, PRESIDENCIES, type Presidency } from './lexicon/presidencies.js';
export { findTopicDefinition, TOPICS } from './lexicon/topics.js';
export { MAX_INPUT_LENGTH, PARSER_VERSION, type ParseOptions, parseOutcome } from './parse/parse-outcome.js';
export { deriveTopicId, LOW_TOPIC_CONFIDENCE, matchTopic, normaliseTitle } from './parse/topics.js';
export { explainWarning, WARNING_CODES } from './parse/warning-codes.js';
export * from './schema/index.js';
