import { describe, expect, it } from 'vitest';
import { WarningCodeSchema } from '../schema/warning.js';
import { explainWarning, WARNING_CODES } from './warning-codes.js';

describe('WARNING_CODES', () => {
  it('explains every code of the contract and nothing else', () => {
    expect(Object.keys(WARNING_CODES).sort()).toEqual([...WarningCodeSchema.options].sort());
    for (const code of WarningCodeSchema.options) expect(explainWarning(code).length).toBeGreaterThan(20);
  });
});
