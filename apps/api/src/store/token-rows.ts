import type { Role } from '../schemas/api-schemas.js';
import type { TokenRecord } from './document-store.js';

/** A row of `tokens` as `TOKEN_SELECT` reads it (the secret's hash is never read back). */
export interface TokenRow {
  id: string;
  role: Role;
  label: string | null;
  created_at: string;
  revoked_at: string | null;
  [key: string]: unknown;
}

/** Selects the columns of `TokenRow`; callers add WHERE / ORDER BY. */
export const TOKEN_SELECT = 'SELECT id, role, label, created_at, revoked_at FROM tokens';

/** A token row as the store returns it. */
export function toTokenRecord(row: TokenRow): TokenRecord {
  return {
    id: row.id,
    role: row.role,
    label: row.label,
    createdAt: row.created_at,
    revoked: row.revoked_at !== null,
  };
}
