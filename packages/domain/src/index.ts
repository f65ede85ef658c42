export { z } from 'zod';
export * from './schema/index.js';
