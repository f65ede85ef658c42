#!/usr/bin/env node
// The `som` command: runs the TypeScript sources through tsx's loader (the CLI is not compiled).
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
