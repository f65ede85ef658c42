import { createHash, randomBytes } from 'node:crypto';

/** A new API token secret: `som_` + 32 random bytes in base64url. Shown once, stored only hashed. */
export function generateToken(): string {
  return `som_${randomBytes(32).toString('base64url')}`;
}

/** A new public token id (safe in URLs and logs): `tok-` + 12 hex digits. */
export function generateTokenId(): string {
  return `tok-${randomBytes(6).toString('hex')}`;
}

/**
 * The sha256 (hex) under which a token is stored. Tokens are 256-bit random secrets, so a plain
 * hash is enough: there is nothing to brute-force as there would be with a password.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
