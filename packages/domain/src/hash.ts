const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

const ENCODER = new TextEncoder();
/** Message schedule, reused by every call (the function never re-enters itself). */
const W = new Int32Array(64);

/** The part of `node:crypto` this module uses. */
interface NativeCrypto {
  createHash(algorithm: 'sha256'): { update(data: string | Uint8Array): { digest(encoding: 'hex'): string } };
  /** One-shot digest (Node >= 20.12): the same bytes hashed without building a `Hash` object. */
  hash?(algorithm: 'sha256', data: string | Uint8Array, encoding: 'hex'): string;
}

/**
 * Node's own SHA-256 when the runtime offers one, found without importing a Node module
 * (`process.getBuiltinModule`, Node >= 20.16), so the main entry still loads in a browser.
 */
const NATIVE: NativeCrypto | null = findNativeCrypto();

/**
 * The native SHA-256 as one function: `crypto.hash('sha256', input, 'hex')` where the runtime has
 * it (about twice as fast on a record, which is a few kilobytes), else `createHash`. Both encode a
 * string as UTF-8 (a lone surrogate as U+FFFD) and give the same digest.
 */
const NATIVE_SHA256: ((input: string | Uint8Array) => string) | null = bindNativeSha256(NATIVE);

function bindNativeSha256(crypto: NativeCrypto | null): ((input: string | Uint8Array) => string) | null {
  if (crypto === null) return null;
  const oneShot = crypto.hash;
  if (typeof oneShot === 'function') return (input) => oneShot('sha256', input, 'hex');
  return (input) => crypto.createHash('sha256').update(input).digest('hex');
}

function findNativeCrypto(): NativeCrypto | null {
  try {
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const crypto = proc?.getBuiltinModule?.('node:crypto') as NativeCrypto | undefined;
    return typeof crypto?.createHash === 'function' ? crypto : null;
  } catch {
    return null;
  }
}

/** Which SHA-256 `sha256` runs here: Node's native one, or the portable JavaScript one. */
export function sha256Implementation(): 'native' | 'portable' {
  return NATIVE === null ? 'portable' : 'native';
}

/**
 * SHA-256 of a string (UTF-8 encoded) or of bytes, as 64 lowercase hex digits: Node's native
 * hash where there is one (about 10x faster), else `sha256Portable`. Both give the same digest.
 * @example sha256('abc') // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sha256(input: string | Uint8Array): string {
  return NATIVE_SHA256 === null ? sha256Portable(input) : NATIVE_SHA256(input);
}

/**
 * SHA-256 in pure JavaScript, for runtimes without `node:crypto` (browsers); 32-bit integer
 * arithmetic on typed arrays, one pass over the bytes.
 * @example sha256Portable('abc') // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sha256Portable(input: string | Uint8Array): string {
  const bytes = typeof input === 'string' ? ENCODER.encode(input) : input;
  const length = bytes.length;
  // the message, the 0x80 marker and the 64-bit length, padded to whole 64-byte blocks
  const padded = new Uint8Array((length + 9 + 63) & ~63);
  padded.set(bytes);
  padded[length] = 0x80;
  const end = padded.length;
  const high = Math.floor(length / 0x20000000);
  const low = (length << 3) >>> 0;
  padded[end - 8] = high >>> 24;
  padded[end - 7] = high >>> 16;
  padded[end - 6] = high >>> 8;
  padded[end - 5] = high;
  padded[end - 4] = low >>> 24;
  padded[end - 3] = low >>> 16;
  padded[end - 2] = low >>> 8;
  padded[end - 1] = low;
  let h0 = 0x6a09e667 | 0;
  let h1 = 0xbb67ae85 | 0;
  let h2 = 0x3c6ef372 | 0;
  let h3 = 0xa54ff53a | 0;
  let h4 = 0x510e527f | 0;
  let h5 = 0x9b05688c | 0;
  let h6 = 0x1f83d9ab | 0;
  let h7 = 0x5be0cd19 | 0;
  const w = W;
  for (let offset = 0; offset < end; offset += 64) {
    for (let i = 0, p = offset; i < 16; i++, p += 4) {
      w[i] =
        ((padded[p] as number) << 24) |
        ((padded[p + 1] as number) << 16) |
        ((padded[p + 2] as number) << 8) |
        (padded[p + 3] as number);
    }
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15] as number;
      const y = w[i - 2] as number;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[i] = ((w[i - 16] as number) + s0 + (w[i - 7] as number) + s1) | 0;
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    let f = h5;
    let g = h6;
    let h = h7;
    for (let i = 0; i < 64; i++) {
      const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (h + s1 + ch + (K[i] as number) + (w[i] as number)) | 0;
      const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (s0 + maj) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
    h5 = (h5 + f) | 0;
    h6 = (h6 + g) | 0;
    h7 = (h7 + h) | 0;
  }
  return hex(h0) + hex(h1) + hex(h2) + hex(h3) + hex(h4) + hex(h5) + hex(h6) + hex(h7);
}

function hex(x: number): string {
  return (x >>> 0).toString(16).padStart(8, '0');
}
